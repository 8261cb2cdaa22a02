import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const root = path.join(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'validate-manifest.js');
const manifestPath = path.join(root, 'manifest.xml');
const manifest = fs.readFileSync(manifestPath, 'utf8');

function run(file: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [script, file, '--root', root], { encoding: 'utf8', cwd: root });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function brokenCopy(edit: (xml: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, edit(manifest));
  return file;
}

test('the real manifest passes the offline checks', () => {
  const r = run(manifestPath);
  expect(r.out).toMatch(/is valid/);
  expect(r.status).toBe(0);
});

test('a broken copy fails, naming every problem', () => {
  const file = brokenCopy((xml) =>
    xml
      .replace('resid="Icon.80x80"', 'resid="Icon.Missing"')
      .replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>')
      .replace('<Set Name="ExcelApi" MinVersion="1.13"/>', '<Set Name="ExcelApi" MinVersion="1.12"/>')
      .replace('<FunctionName>scoreThisSheet</FunctionName>', '<FunctionName>scoreEverything</FunctionName>')
      .replace('assets/icon-16.png', 'assets/icon-17.png')
      .replace(
        'https://localhost:3000/taskpane.html"/>\n      </bt:Urls>',
        'https://localhost:3000/pane.html"/>\n      </bt:Urls>',
      )
      .replace('id="Scorelight.PaneButton"', 'id="Scorelight.ScoreButton"'),
  );
  const r = run(file);
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/resid "Icon.Missing", which is not in Resources/);
  expect(r.out).toMatch(/Permissions "ReadWriteMailbox" is wider than ReadWriteDocument/);
  expect(r.out).toMatch(/ExcelApi 1.12; Scorelight needs 1.13/);
  expect(r.out).toMatch(/FunctionName "scoreEverything" is not registered/);
  expect(r.out).toMatch(/assets\/icon-17.png, which does not exist/);
  expect(r.out).toMatch(/pane.html is neither in assets\/ nor an HTML page the build makes/);
  expect(r.out).toMatch(/id "Scorelight.ScoreButton" is used more than once/);
});

test('malformed XML fails', () => {
  const r = run(brokenCopy((xml) => xml.replace('</Hosts>', '')));
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/not well-formed XML/);
});

test('the manifest has the ribbon the design asks for', () => {
  expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
  expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
  expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  expect(manifest).toMatch(/<bt:String id="Group.Label" DefaultValue="Scorelight"\/>/);
  expect(manifest).toMatch(/<bt:String id="ScoreButton.Label" DefaultValue="Score this sheet"\/>/);
  expect(manifest).toMatch(/<bt:String id="PaneButton.Label" DefaultValue="Open Scorelight"\/>/);
  expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>scoreThisSheet<\/FunctionName>/);
  expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  for (const url of [
    'https://localhost:3000/taskpane.html',
    'https://localhost:3000/commands.html',
    'https://localhost:3000/assets/icon-16.png',
  ])
    expect(manifest).toContain(url);
});

test('icons are real PNGs of the sizes their names say', () => {
  for (const size of [16, 32, 64, 80, 128]) {
    const png = fs.readFileSync(path.join(root, 'assets', `icon-${size}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  }
});
