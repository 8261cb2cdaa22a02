/** Every way the input can be wrong: a non-zero exit and one clear line on stderr, nothing on stdout. */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { JsonReport } from '../../src/cli/json-report';
import { defaultRules } from '../../src/core/rules/presets';
import { openBook } from '../../src/xlsx/book/read-book';
import * as sheetPatch from '../../src/xlsx/package/sheet-patch';
import * as writePackageModule from '../../src/xlsx/package/write-package';
import { valueAt } from '../helpers/book';
import { expectOneLine, runCli, scratch } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

/** Every cell value of a sheet, by address, to compare two readings. */
function sheetValues(book: Awaited<ReturnType<typeof openBook>>, sheet: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [r, line] of book.sheet(sheet)?.rows ?? []) for (const [c, cell] of line) out[`${r},${c}`] = cell.value;
  return out;
}

describe('scorelight errors', () => {
  it.each([
    ['a missing file', 'nowhere.xlsx', /Cannot find .*nowhere\.xlsx/],
    ['random bytes named .xlsx', 'corrupt.xlsx', /corrupt\.xlsx is damaged or not an Excel workbook/],
    ['a text file', 'not-xlsx.txt', /not-xlsx\.txt is not an \.xlsx workbook/],
  ])('%s: exit 1', async (_what, file, message) => {
    const dir = await scratch('corrupt.xlsx', 'not-xlsx.txt');
    const run = await runCli([path.join(dir, file)]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    // Nothing written beside it.
    expect((await fs.readdir(dir)).sort()).toEqual(['corrupt.xlsx', 'not-xlsx.txt']);
  });

  it('a folder: exit 1', async () => {
    const dir = await scratch();
    const run = await runCli([dir]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/is a folder/);
  });

  it('an old .xls (or encrypted) file: exit 1 with advice', async () => {
    const dir = await scratch();
    const file = path.join(dir, 'old.xls');
    await fs.writeFile(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const run = await runCli([file]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/save it as \.xlsx/);
  });

  it('rules that are not JSON: exit 1', async () => {
    const dir = await scratch('register.xlsx');
    const rules = path.join(dir, 'rules.json');
    await fs.writeFile(rules, '{ "tolerance": ');
    const run = await runCli([path.join(dir, 'register.xlsx'), '--rules', rules]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/rules\.json is not valid JSON/);
    expect(await fs.readdir(dir)).not.toContain('register.scored.xlsx');
  });

  it('rules JSON with wrong values: exit 1 naming the field', async () => {
    const dir = await scratch('register.xlsx');
    const rules = path.join(dir, 'rules.json');
    await fs.writeFile(rules, JSON.stringify({ tolerance: { kind: 'percent-of-target', value: -5 } }));
    const run = await runCli([path.join(dir, 'register.xlsx'), '--rules', rules]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/rules\.json is not valid: .*tolerance/);
  });

  it('a missing rules file: exit 1', async () => {
    const dir = await scratch('register.xlsx');
    const run = await runCli([path.join(dir, 'register.xlsx'), '--rules', path.join(dir, 'none.json')]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/Cannot find the rules file/);
  });

  it('a rules file naming an unknown preset: exit 1, never scored on the defaults instead', async () => {
    const dir = await scratch('register.xlsx');
    const rulesFile = path.join(dir, 'rules.json');
    await fs.writeFile(
      rulesFile,
      JSON.stringify({ preset: 'bragg', tolerance: { kind: 'percent-of-target', value: 10 } }),
    );
    const run = await runCli([path.join(dir, 'register.xlsx'), '--rules', rulesFile]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(
      /unknown preset "bragg" \(known presets: seed-001, brag, tolerance-on-track, amber-if-improving\)/,
    );
    expect((await fs.readdir(dir)).sort()).toEqual(['register.xlsx', 'rules.json']);
  });

  it('an unknown --sheet: exit 2 listing the sheets', async () => {
    const dir = await scratch('mixed.xlsx');
    const run = await runCli([path.join(dir, 'mixed.xlsx'), '--sheet', 'Q3 pack']);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(
      /no sheet called "Q3 pack" \(sheets: "Q2 pack", "Workforce", "Locked register", "Notes"\)/,
    );
    expect(await fs.readdir(dir)).toEqual(['mixed.xlsx']);
  });

  it.each([
    [['--bogus', 'a.xlsx'], /Unknown option --bogus/],
    [[], /No workbook given/],
    [['a.xlsx', 'b.xlsx'], /One workbook at a time/],
    [['a.xlsx', '--out'], /--out needs a value/],
  ])('a wrong command line %j: exit 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(message);
  });

  it('--help: usage on stdout, exit 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: scorelight <book\.xlsx>/);
    expect(run.stderr).toBe('');
  });
});

describe('parts ExcelJS does not model (charts, pivots)', () => {
  // with-chart.xlsx is register.xlsx plus a chart and a pivot cache part (added with Python's zipfile).
  it('are kept: no warning, the scored copy has them byte for byte', async () => {
    const dir = await scratch('with-chart.xlsx');
    const input = path.join(dir, 'with-chart.xlsx');
    const run = await runCli([input, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).workbookWarnings).toEqual([]);
    const before = await JSZip.loadAsync(await fs.readFile(input));
    const after = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'with-chart.scored.xlsx')));
    const kept = Object.keys(before.files).filter((n) => n.startsWith('xl/charts/') || n.startsWith('xl/pivotCache/'));
    expect(kept.length).toBeGreaterThan(0);
    for (const name of kept)
      expect(await after.file(name)?.async('nodebuffer')).toEqual(await before.file(name)?.async('nodebuffer'));
  });

  it('so overwriting the input is allowed', async () => {
    const dir = await scratch('with-chart.xlsx');
    const input = path.join(dir, 'with-chart.xlsx');
    const run = await runCli([input, '--out', input]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect((await fs.readdir(dir)).sort()).toEqual(['with-chart.xlsx']);
  });
});

describe('a sheet Scorelight cannot write its results into', () => {
  // mixed.xlsx scores "Q2 pack" and "Workforce"; the sheet patcher is made to fail on Workforce's
  // part alone (the part reads fine: the failure is at write time), as an unforeseen sheet would.
  const BROKEN = 'Workforce';
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  async function breakWorkforce(input: string): Promise<{ part: string }> {
    const book = await openBook(await fs.readFile(input));
    const part = book.sheet(BROKEN)?.part;
    if (!part) throw new Error(`no part for ${BROKEN}`);
    const xml = await (await JSZip.loadAsync(await fs.readFile(input))).file(part)?.async('string');
    const real = sheetPatch.patchSheetXml;
    const spy = jest.spyOn(sheetPatch, 'patchSheetXml').mockImplementation((text, patch, styleFor) => {
      if (text === xml) throw new Error('unexpected markup in the sheet');
      return real(text, patch, styleFor);
    });
    restore = () => spy.mockRestore();
    return { part };
  }

  const flat = (text: string) => text.split(/\s+/).join(' ');

  it('still writes the copy with the other sheets scored, and names the sheet in workbookWarnings and the text report', async () => {
    const dir = await scratch('mixed.xlsx');
    const input = path.join(dir, 'mixed.xlsx');
    const { part } = await breakWorkforce(input);
    const json = await runCli([input, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as JsonReport;
    const output = path.join(dir, 'mixed.scored.xlsx');
    expect(report.output).toBe(output);
    expect(report.workbookWarnings).toHaveLength(1);
    expect(report.workbookWarnings[0]).toMatch(
      /^Scorelight could not write its results into the sheet "Workforce" \(unexpected markup in the sheet\); that sheet is unchanged in the scored copy\.$/,
    );
    expect(json.stderr).toMatch(
      /^scorelight: warning: Scorelight could not write its results into the sheet "Workforce"/,
    );

    // The broken sheet's part is exactly the input's; the other scored sheet has its results.
    const before = await JSZip.loadAsync(await fs.readFile(input));
    const after = await JSZip.loadAsync(await fs.readFile(output));
    expect(await after.file(part)?.async('nodebuffer')).toEqual(await before.file(part)?.async('nodebuffer'));
    const inBook = await openBook(await fs.readFile(input));
    const outBook = await openBook(await fs.readFile(output));
    const q2 = report.sheets.find((s) => s.name === 'Q2 pack');
    const written = q2?.indicators.filter((i) => i.statusCell !== null) ?? [];
    expect(written.length).toBeGreaterThan(0);
    for (const i of written)
      expect({ cell: i.statusCell, value: String(valueAt(outBook, 'Q2 pack', i.statusCell as string)) }).toEqual({
        cell: i.statusCell,
        value: expect.stringContaining(defaultRules().status[i.status].label),
      });
    // The report says what the copy holds: the broken sheet was scored but nothing of it was written.
    const workforce = report.sheets.find((s) => s.name === BROKEN);
    expect(workforce?.indicators.length).toBeGreaterThan(0);
    expect(workforce?.written).toBe(false);
    expect(workforce?.indicators.every((i) => i.statusCell === null)).toBe(true);
    expect(sheetValues(outBook, BROKEN)).toEqual(sheetValues(inBook, BROKEN));

    const text = await runCli([input, '--out', path.join(dir, 'again.xlsx')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Warning: Scorelight could not write its results into the sheet "Workforce"/);
    expect(flat(text.stdout)).toMatch(/that sheet is unchanged in the scored copy\./);
    expect(text.stdout).toMatch(/Scored workbook written to .*again\.xlsx/);
  });

  it('refuses to overwrite the input with that copy', async () => {
    const dir = await scratch('mixed.xlsx');
    const input = path.join(dir, 'mixed.xlsx');
    const bytes = await fs.readFile(input);
    await breakWorkforce(input);
    const run = await runCli([input, '--out', input]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/could not be scored completely \(.*"Workforce".*\): write the copy elsewhere/);
    expect(run.stdout).toBe('');
    expect(await fs.readFile(input)).toEqual(bytes);
    expect(await fs.readdir(dir)).toEqual(['mixed.xlsx']);
  });

  it('a copy that cannot be built at all: exit 1, one line, nothing written', async () => {
    const dir = await scratch('mixed.xlsx');
    const input = path.join(dir, 'mixed.xlsx');
    const spy = jest.spyOn(writePackageModule, 'writePackage').mockRejectedValue(new Error('the zip writer failed'));
    restore = () => spy.mockRestore();
    const run = await runCli([input]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/Could not build the scored workbook \(.*\); nothing was written\./);
    expect(await fs.readdir(dir)).toEqual(['mixed.xlsx']);
  });
});

describe('a workbook with no KPI table', () => {
  it('says so and writes no copy', async () => {
    const dir = await scratch('empty-sheet.xlsx');
    const run = await runCli([path.join(dir, 'empty-sheet.xlsx')]);
    expect(run.code).toBe(0);
    // The line is wrapped like every long line of the report.
    expect(run.stdout.split(/\s+/).join(' ')).toMatch(
      /No KPI table was found in .*empty-sheet\.xlsx, so no scored copy was written\./,
    );
    expect(await fs.readdir(dir)).toEqual(['empty-sheet.xlsx']);
  });
});

describe('writing the scored copy', () => {
  it('into a folder that does not exist: exit 1, one line, nothing half-written', async () => {
    const dir = await scratch('register.xlsx');
    const out = path.join(dir, 'missing', 'scored.xlsx');
    const run = await runCli([path.join(dir, 'register.xlsx'), '--out', out]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/Cannot write .*scored\.xlsx: its folder does not exist/);
    expect(run.stdout).toBe('');
    expect(await fs.readdir(dir)).toEqual(['register.xlsx']);
  });
});
