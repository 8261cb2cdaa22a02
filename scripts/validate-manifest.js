#!/usr/bin/env node
// Offline manifest check (`npm run validate`). `office-addin-manifest validate` posts to a
// Microsoft service and cannot run here or in CI, so this checks what we can locally:
//   - well-formed XML (xmllint --noout when installed; the XML parser below in any case), and
//     readable by office-addin-manifest's own reader;
//   - every resid names a resource; every id is unique;
//   - every icon and URL resource points to a file we ship: assets/<file>, or an HTML entry the
//     webpack build makes (taskpane.html, commands.html);
//   - Requirements ask for ExcelApi >= 1.13 (src/excel/requirements.ts); Permissions no wider than ReadWriteDocument;
//   - each ExecuteFunction FunctionName is registered by src/commands/commands.ts.
//   - with --base <url> (a production manifest from `npm run build -- --env url=<url>`): every URL
//     is under that base, and AppDomains holds exactly its origin.
// Usage: node scripts/validate-manifest.js [manifest.xml] [--root <repo dir>] [--base <url>]
// Exits 1 with one line per problem.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const xml2js = require('xml2js');

const HTML_ENTRIES = { 'taskpane.html': 'src/taskpane/taskpane.html', 'commands.html': 'src/commands/commands.html' };
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadWriteDocument'];
const MIN_EXCEL_API = [1, 13];

function parseArgs(argv) {
  const args = { manifest: 'manifest.xml', root: path.join(__dirname, '..'), base: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') args.root = path.resolve(argv[++i]);
    else if (argv[i] === '--base') args.base = argv[++i].replace(/\/+$/, '');
    else args.manifest = argv[i];
  }
  return args;
}

function parseXml(text) {
  let result;
  let error;
  // xml2js calls back synchronously unless async: true.
  xml2js.parseString(
    text,
    { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: false },
    (err, doc) => {
      error = err;
      result = doc;
    },
  );
  if (error) throw error;
  return result;
}

/** Every element, depth first, as { name (prefix stripped), attrs, text }. */
function elements(doc) {
  const out = [];
  const visit = (node, name) => {
    out.push({
      name: name.replace(/^.*:/, ''),
      attrs: node.$ || {},
      text: typeof node._ === 'string' ? node._.trim() : '',
    });
    for (const child of node.$$ || []) visit(child, child['#name']);
  };
  const rootName = Object.keys(doc)[0];
  visit(doc[rootName], rootName);
  return out;
}

function versionAtLeast(v, [major, minor]) {
  const [a, b = '0'] = String(v).split('.');
  return Number(a) > major || (Number(a) === major && Number(b) >= minor);
}

/** FunctionNames registered with Office.actions.associate in the commands entry (follows one import hop). */
function registeredFunctions(root) {
  const entry = path.join(root, 'src/commands/commands.ts');
  if (!fs.existsSync(entry)) return [];
  const source = fs.readFileSync(entry, 'utf8');
  const names = [];
  for (const m of source.matchAll(/associate\(\s*(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))/g)) {
    if (m[2]) {
      names.push(m[2]);
      continue;
    }
    const ident = m[3];
    const files = [entry];
    for (const imp of source.matchAll(/from\s+['"](\.[^'"]+)['"]/g))
      files.push(path.resolve(path.dirname(entry), `${imp[1]}.ts`));
    for (const f of files) {
      if (!fs.existsSync(f)) continue;
      const def = new RegExp(`const\\s+${ident.replace(/\$/g, '\\$')}\\s*=\\s*(['"])([^'"]+)\\1`).exec(
        fs.readFileSync(f, 'utf8'),
      );
      if (def) names.push(def[2]);
    }
  }
  return names;
}

/** Where a URL's file lives in the repo, or null when we do not ship it. */
function shippedFile(root, url, basePath = '') {
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  if (basePath) {
    if (!pathname.startsWith(`${basePath}/`)) return null;
    pathname = pathname.slice(basePath.length);
  }
  const base = path.posix.basename(pathname);
  if (pathname.startsWith('/assets/')) return path.join(root, 'assets', pathname.slice('/assets/'.length));
  if (HTML_ENTRIES[base] && pathname === `/${base}`) return path.join(root, HTML_ENTRIES[base]);
  return null;
}

async function validate(manifestPath, root, base = null) {
  const problems = [];
  const baseUrl = base ? new URL(base) : null;
  const basePath = baseUrl ? baseUrl.pathname.replace(/\/+$/, '') : '';
  const text = fs.readFileSync(manifestPath, 'utf8');

  const xmllint = spawnSync('xmllint', ['--noout', manifestPath], { encoding: 'utf8' });
  if (!xmllint.error && xmllint.status !== 0) problems.push(`not well-formed XML (xmllint): ${xmllint.stderr.trim()}`);
  let doc;
  try {
    doc = parseXml(text);
  } catch (e) {
    problems.push(`not well-formed XML: ${e.message.split('\n')[0]}`);
    return problems;
  }
  try {
    const { OfficeAddinManifest } = require('office-addin-manifest');
    await OfficeAddinManifest.readManifestFile(manifestPath);
  } catch (e) {
    problems.push(`office-addin-manifest cannot read it: ${e.message}`);
  }

  const all = elements(doc);
  const resources = new Set();
  const seenIds = new Map();
  for (const el of all) {
    if (el.attrs.id === undefined) continue;
    const key = el.attrs.id;
    if (seenIds.has(key)) problems.push(`id "${key}" is used more than once (${seenIds.get(key)} and ${el.name})`);
    else seenIds.set(key, el.name);
    if (['Image', 'Url', 'String'].includes(el.name) && el.attrs.DefaultValue !== undefined) resources.add(key);
  }
  for (const el of all) {
    if (el.attrs.resid !== undefined && !resources.has(el.attrs.resid))
      problems.push(`${el.name} refers to resid "${el.attrs.resid}", which is not in Resources`);
  }

  const urls = [];
  for (const el of all) {
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(el.name) && el.attrs.DefaultValue)
      urls.push([el.name, el.attrs.DefaultValue]);
    if ((el.name === 'Image' || el.name === 'Url') && el.attrs.id !== undefined && el.attrs.DefaultValue)
      urls.push([`${el.name} ${el.attrs.id}`, el.attrs.DefaultValue]);
  }
  for (const [where, url] of urls) {
    if (!/^https:\/\//.test(url)) {
      problems.push(`${where}: ${url} is not an https URL`);
      continue;
    }
    if (base && !url.startsWith(`${base}/`)) problems.push(`${where}: ${url} is not under ${base}`);
    const file = shippedFile(root, url, basePath);
    if (!file)
      problems.push(
        `${where}: ${url} is neither in assets/ nor an HTML page the build makes (${Object.keys(HTML_ENTRIES).join(', ')})`,
      );
    else if (!fs.existsSync(file))
      problems.push(`${where}: ${url} points to ${path.relative(root, file)}, which does not exist`);
  }

  const sets = all.filter((el) => el.name === 'Set' && el.attrs.Name === 'ExcelApi');
  const setsEl = all.find((el) => el.name === 'Sets');
  if (sets.length === 0)
    problems.push(`Requirements do not name the ExcelApi set (ExcelApi ${MIN_EXCEL_API.join('.')} is the floor)`);
  for (const s of sets) {
    const v = s.attrs.MinVersion ?? setsEl?.attrs.DefaultMinVersion ?? '1.1';
    if (!versionAtLeast(v, MIN_EXCEL_API))
      problems.push(`Requirements ask for ExcelApi ${v}; Scorelight needs ${MIN_EXCEL_API.join('.')} or later`);
  }

  const permissions = all.filter((el) => el.name === 'Permissions').map((el) => el.text);
  if (permissions.length !== 1) problems.push(`expected one Permissions element, found ${permissions.length}`);
  for (const p of permissions) {
    if (!PERMISSIONS.includes(p)) problems.push(`Permissions "${p}" is wider than ReadWriteDocument (or unknown)`);
  }

  if (baseUrl) {
    const domains = all.filter((el) => el.name === 'AppDomain').map((el) => el.text);
    if (domains.length !== 1 || domains[0] !== baseUrl.origin)
      problems.push(`AppDomains should hold exactly ${baseUrl.origin}, not ${domains.join(', ') || 'nothing'}`);
  }

  const registered = registeredFunctions(root);
  for (const el of all.filter((e) => e.name === 'FunctionName')) {
    if (!registered.includes(el.text))
      problems.push(
        `FunctionName "${el.text}" is not registered by src/commands/commands.ts (it registers: ${registered.join(', ') || 'nothing'})`,
      );
  }
  if (
    !all.some(
      (el) => el.name === 'Id' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(el.text),
    )
  )
    problems.push('Id is not a GUID');
  return problems;
}

async function main() {
  const { manifest, root, base } = parseArgs(process.argv.slice(2));
  const manifestPath = path.resolve(manifest);
  if (!fs.existsSync(manifestPath)) {
    process.stderr.write(`validate-manifest: ${manifest} not found\n`);
    process.exit(1);
  }
  const problems = await validate(manifestPath, root, base);
  if (problems.length > 0) {
    process.stderr.write(
      `${path.basename(manifestPath)} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`,
    );
    for (const p of problems) process.stderr.write(`  - ${p}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `${path.basename(manifestPath)} is valid (offline checks: XML, resources, files, requirements, permissions, function names).\n`,
  );
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`validate-manifest: ${e.stack || e}\n`);
    process.exit(1);
  });
}
module.exports = { validate };
