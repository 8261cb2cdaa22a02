/**
 * The brief's layering rules, checked on the source: the engine is pure, types flow one way, and
 * host adapters never reach into the pane or preview folders.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports or re-exports (static and dynamic), resolved when relative. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs: string[] = [];
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(pattern)) {
    const spec = m[1];
    specs.push(spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : spec);
  }
  return specs;
}

function offenders(folder: string, bad: (spec: string) => boolean): string[] {
  const out: string[] = [];
  for (const f of filesUnder(path.join(SRC, folder)))
    for (const spec of importsOf(f)) if (bad(spec)) out.push(`${path.relative(SRC, f)} -> ${spec}`);
  return out;
}

describe('layering', () => {
  test('src/core imports no host library, UI library or host folder', () => {
    const hostLib = /^(exceljs|react|react-dom|@fluentui\/|@microsoft\/office-js|office-addin-)/;
    const hostFolder = /^(excel|xlsx|taskpane|preview|commands|cli)\//;
    expect(offenders('core', (s) => hostLib.test(s) || hostFolder.test(s))).toEqual([]);
  });

  test('types flow one way: the workbook state does not import the write plan', () => {
    expect(offenders('core/state', (s) => s.startsWith('core/plan'))).toEqual([]);
  });

  test('the .xlsx host imports nothing from the pane, the preview or the Office.js host', () => {
    expect(offenders('xlsx', (s) => /^(taskpane|preview|excel)\//.test(s))).toEqual([]);
  });

  test('the Office.js host imports nothing from the pane, the preview or the .xlsx host', () => {
    expect(offenders('excel', (s) => /^(taskpane|preview|xlsx)\//.test(s) || s === 'exceljs')).toEqual([]);
  });

  test('nothing Scorelight ships loads ExcelJS: the CLI and the preview read and edit packages themselves', () => {
    expect(offenders('', (s) => s === 'exceljs' || s.startsWith('exceljs/'))).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(SRC, '..', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    // Tests, examples and the bench's floor still build workbooks with it.
    expect(Object.keys(pkg.dependencies)).not.toContain('exceljs');
    expect(Object.keys(pkg.devDependencies)).toContain('exceljs');
  });
});
