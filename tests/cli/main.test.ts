/** The CLI end to end, in-process: outputs, the readable and JSON reports, rules, sheets, summaries. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import { STATUSES } from '../../src/core/model';
import { defaultRules } from '../../src/core/rules/presets';
import { rulesToJson } from '../../src/core/rules/json';
import type { JsonReport, JsonSheet } from '../../src/cli/json-report';
import type { Book } from '../../src/xlsx/book/book';
import { openBook } from '../../src/xlsx/book/read-book';
import { isSummarySheet } from '../../src/xlsx/our-sheets';
import { savePackage } from '../../src/xlsx/workbook-io';
import { readState, writeState } from '../../src/xlsx/state-sheet';
import { emptyState } from '../../src/core/state/codec';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { cellPicture, changedCells } from '../xlsx/workbook-compare';
import { runCli, scratch } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

async function open(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The file as the .xlsx host reads it (a Book), for its saved state and our sheets. */
async function openAsBook(file: string): Promise<Book> {
  return openBook(await fs.readFile(file));
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function parseReport(stdout: string): JsonReport {
  // Exactly one JSON document: JSON.parse rejects anything before or after it.
  return JSON.parse(stdout) as JsonReport;
}

function sheetOf(report: JsonReport, name: string): JsonSheet {
  const s = report.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in report`);
  return s;
}

const rules = defaultRules();
const A1 = /^[A-Z]{1,3}[1-9][0-9]*$/;

describe('scorelight <book.xlsx>', () => {
  it('writes <book>.scored.xlsx beside the input, leaves the input alone and prints a readable report', async () => {
    const dir = await scratch('register.xlsx');
    const input = path.join(dir, 'register.xlsx');
    const bytes = await fs.readFile(input);
    const run = await runCli([input]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(await fs.readFile(input)).toEqual(bytes);
    const out = path.join(dir, 'register.scored.xlsx');
    expect(run.stdout).toMatch(/^Qtr 2 2020-21: 15 indicators \(/);
    // Statuses in the words the sheet shows, long lines wrapped rather than cut.
    expect(run.stdout).toMatch(
      /Red +H8 +Increase in residential accommodation capacity — 40 below the target of 90\n +\(bigger is better\)/,
    );
    expect(run.stdout).toMatch(/Not scored +H4 /);
    expect(run.stdout).toMatch(/Warning E4: /);
    expect(run.stdout).not.toMatch(/RED|NOT_SCORED|NO_DATA/);
    expect(run.stdout).not.toMatch(/Green +H5/);
    expect(Math.max(...run.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(run.stdout.trimEnd().endsWith(`Scored workbook written to ${out}`)).toBe(true);
    const ws = sheet(await open(out), 'Qtr 2 2020-21');
    expect(ws.getCell('H8').value).toBe(`${rules.status.RED.symbol} ${rules.status.RED.label}`);
  });

  it('--out elsewhere, and --out naming the input overwrites it', async () => {
    const dir = await scratch('cards.xlsx');
    const input = path.join(dir, 'cards.xlsx');
    const elsewhere = path.join(dir, 'june.xlsx');
    expect((await runCli([input, '--out', elsewhere])).code).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(['cards.xlsx', 'june.xlsx']);
    expect((await runCli([input, `--out=${input}`])).code).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(['cards.xlsx', 'june.xlsx']);
    expect(sheet(await open(input), 'Exception report').getCell('D12').value).toBe(
      `${rules.status.AMBER.symbol} ${rules.status.AMBER.label}`,
    );
  });

  it('--json prints exactly one JSON document matching the contract', async () => {
    const dir = await scratch('mixed.xlsx');
    const run = await runCli([path.join(dir, 'mixed.xlsx'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = parseReport(run.stdout);
    expect(report.sheets.map((s) => s.name)).toEqual(['Q2 pack', 'Workforce', 'Locked register', 'Notes']);
    const scored = await open(path.join(dir, 'mixed.scored.xlsx'));
    for (const s of report.sheets) {
      expect(Array.isArray(s.indicators)).toBe(true);
      for (const w of s.warnings) {
        expect(Object.keys(w).sort()).toEqual(['cell', 'message']);
        expect(w.cell === null || A1.test(w.cell)).toBe(true);
        expect(typeof w.message).toBe('string');
      }
      for (const ind of s.indicators) {
        expect(typeof ind.name).toBe('string');
        expect(ind.code === null || typeof ind.code === 'string').toBe(true);
        expect(STATUSES).toContain(ind.status);
        expect([null, 'MUCH_BETTER', 'BIT_BETTER', 'NOT_BETTER']).toContain(ind.trend);
        expect(ind.statusCell === null || A1.test(ind.statusCell)).toBe(true);
        expect(ind.actual === null || typeof ind.actual === 'number').toBe(true);
        expect(ind.target === null || typeof ind.target === 'number').toBe(true);
        expect([null, 'higher', 'lower', 'band']).toContain(ind.polarity);
        expect(typeof ind.varianceText).toBe('string');
        // statusCell is where the word really is in the written workbook.
        if (ind.statusCell) {
          // The word is the indicator's label: the rules' word, or the sheet's own (issue 11: a direction key).
          const look = rules.status[ind.status];
          expect(sheet(scored, s.name).getCell(ind.statusCell).value).toBe(
            look.symbol ? `${look.symbol} ${ind.statusLabel}` : ind.statusLabel,
          );
        }
      }
    }
    const pack = sheetOf(report, 'Q2 pack');
    const residential = pack.indicators.find((i) => i.name === 'Increase in residential accommodation capacity');
    expect(residential).toMatchObject({
      status: 'RED',
      statusCell: 'H8',
      actual: 50,
      target: 90,
      polarity: 'higher',
      trend: null,
    });
    expect(residential?.varianceText).toBe('40 below the target of 90 (bigger is better)');
    const ni060 = pack.indicators.find((i) => i.code === 'NI060');
    expect(ni060).toMatchObject({ status: 'AMBER', statusCell: 'D38', actual: 81.72, target: 85, polarity: 'higher' });
    // The protected sheet: scored, nothing written, so no status cell, and a warning for the sheet.
    const locked = sheetOf(report, 'Locked register');
    expect(locked.written).toBe(false);
    expect(locked.protected).toBe(true);
    expect(locked.indicators.length).toBe(4);
    expect(locked.indicators.every((i) => i.statusCell === null)).toBe(true);
    expect(locked.warnings).toContainEqual({ cell: null, message: expect.stringMatching(/protected/) });
  });

  it('--sheet scores only the named sheets (any case) and leaves the others exactly as they were', async () => {
    const dir = await scratch('mixed.xlsx');
    const input = path.join(dir, 'mixed.xlsx');
    const run = await runCli([input, '--sheet', 'workforce', '--json']);
    expect(run.code).toBe(0);
    expect(parseReport(run.stdout).sheets.map((s) => s.name)).toEqual(['Workforce']);
    const before = cellPicture(await open(input), []);
    const after = cellPicture(await open(path.join(dir, 'mixed.scored.xlsx')), [STATE_SHEET_NAME]);
    const changed = changedCells(before, after);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((k) => k.startsWith('Workforce!'))).toBe(true);
  });

  it('a protected sheet is read and scored, not written, with a warning (exit 0)', async () => {
    const dir = await scratch('protected.xlsx');
    const input = path.join(dir, 'protected.xlsx');
    const run = await runCli([input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Protected KPIs: 2 indicators .*nothing written/);
    expect(run.stdout).toMatch(/Warning: Sheet "Protected KPIs" is protected/);
    const before = cellPicture(await open(input));
    const after = cellPicture(await open(path.join(dir, 'protected.scored.xlsx')), [STATE_SHEET_NAME]);
    expect(changedCells(before, after)).toEqual([]);
  });

  it('Excel errors and formulas: not scored with warnings naming the cells; formulas never written over', async () => {
    const dir = await scratch('errors.xlsx');
    const run = await runCli([path.join(dir, 'errors.xlsx'), '--json']);
    expect(run.code).toBe(0);
    const s = sheetOf(parseReport(run.stdout), 'Errors');
    const cells = s.warnings.map((w) => w.cell);
    expect(cells).toEqual(expect.arrayContaining(['E3', 'E4', 'E6', 'F7']));
    const byName = (n: string) => s.indicators.find((i) => i.name === n);
    expect(byName('Assessments in timescale')?.status).toBe('NOT_SCORED');
    expect(byName('Reviews on time')?.status).toBe('NOT_SCORED');
    expect(byName('Status already set by a formula')?.statusCell).toBeNull();
    const ws = sheet(await open(path.join(dir, 'errors.scored.xlsx')), 'Errors');
    expect(ws.getCell('E2').formula).toBe('C2/D2');
    expect(ws.getCell('F7').formula).toBe('IF(E7>=B7,"GREEN","RED")');
    expect(ws.getCell('E4').value).toEqual({ error: '#N/A' });
  });

  it('an empty sheet: nothing to score, still exit 0', async () => {
    const dir = await scratch('empty-sheet.xlsx');
    const run = await runCli([path.join(dir, 'empty-sheet.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Sheet1: 0 indicators, nothing written/);
  });
});

describe('rules', () => {
  async function bookWithSavedRules(dir: string): Promise<string> {
    const wb = await openAsBook(path.join(dir, 'register.xlsx'));
    writeState(wb, { ...emptyState(), rules: { ...defaultRules(), showSymbols: false, preset: 'council' } });
    const file = path.join(dir, 'saved-rules.xlsx');
    await fs.writeFile(file, await savePackage(wb));
    return file;
  }

  it('uses the rules saved in the workbook, unless --rules is given', async () => {
    const dir = await scratch('register.xlsx');
    const book = await bookWithSavedRules(dir);
    expect((await runCli([book])).code).toBe(0);
    const saved = sheet(await open(path.join(dir, 'saved-rules.scored.xlsx')), 'Qtr 2 2020-21');
    expect(saved.getCell('H8').value).toBe(rules.status.RED.label);

    const file = path.join(dir, 'rules.json');
    await fs.writeFile(file, rulesToJson(defaultRules()));
    expect((await runCli([book, '--rules', file])).code).toBe(0);
    const given = sheet(await open(path.join(dir, 'saved-rules.scored.xlsx')), 'Qtr 2 2020-21');
    expect(given.getCell('H8').value).toBe(`${rules.status.RED.symbol} ${rules.status.RED.label}`);
    // --rules is for this run: the workbook's saved rules are kept.
    expect(readState(await openAsBook(path.join(dir, 'saved-rules.scored.xlsx'))).rules?.preset).toBe('council');
  });
});

describe('--summary', () => {
  it('adds a board summary per scored sheet (or says in one line why not) and always writes the scored book', async () => {
    const dir = await scratch('register.xlsx');
    const run = await runCli([path.join(dir, 'register.xlsx'), '--summary']);
    expect(run.code).toBe(0);
    const out = await open(path.join(dir, 'register.scored.xlsx'));
    expect(sheet(out, 'Qtr 2 2020-21').getCell('H8').value).toBe(
      `${rules.status.RED.symbol} ${rules.status.RED.label}`,
    );
    const summaries = (await openAsBook(path.join(dir, 'register.scored.xlsx'))).sheets.filter(isSummarySheet);
    if (run.stderr !== '') {
      expect(run.stderr).toMatch(/^scorelight: board summary not added: .+\n$/);
      expect(summaries).toHaveLength(0);
      return;
    }
    expect(summaries.map((s) => s.name)).toEqual(['Qtr 2 2020-21 summary']);
    expect(run.stdout).toMatch(/Board summary added: the sheet "Qtr 2 2020-21 summary"\./);
    // Re-scoring the scored book does not score our summary, and replaces it rather than adding one;
    // it updates register.scored.xlsx itself rather than making register.scored.scored.xlsx.
    const again = await runCli([path.join(dir, 'register.scored.xlsx'), '--summary', '--json']);
    expect(again.code).toBe(0);
    expect(parseReport(again.stdout).sheets.map((s) => s.name)).toEqual(['Qtr 2 2020-21']);
    expect((await fs.readdir(dir)).sort()).toEqual(['register.scored.xlsx', 'register.xlsx']);
    const twice = await openAsBook(path.join(dir, 'register.scored.xlsx'));
    expect(twice.sheets.filter(isSummarySheet)).toHaveLength(1);
    // ExcelJS (another program) still opens the rescored copy.
    expect(sheet(await open(path.join(dir, 'register.scored.xlsx')), 'Qtr 2 2020-21 summary')).toBeDefined();
  });
});
