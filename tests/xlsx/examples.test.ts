/**
 * Every example workbook scored end to end through the .xlsx host: the cells the engine fills carry
 * the planned word, fill and colour; every other cell, merge, width and sheet is exactly as before;
 * the result survives save and reopen; re-scoring updates in place; undo puts the sheet back.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import { parseA1, toA1 } from '../../src/core/a1';
import type { ScoredIndicator, Status } from '../../src/core/model';
import type { SheetResult } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import type { Book } from '../../src/xlsx/book/book';
import { openBook } from '../../src/xlsx/book/read-book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { readState } from '../../src/xlsx/state-sheet';
import { undoLastScoring } from '../../src/xlsx/undo-scoring';
import { exceljsFrom, reopen, sheetNames, valueAt } from '../helpers/book';
import { expectOnlyPlannedChanges, expectWritesApplied, lookOfCell, takeBefore } from './scoring-check';
import { cellPicture, changedCells } from './workbook-compare';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const rules = defaultRules();

/** The example as the host reads it: a Book. */
async function load(name: string): Promise<Book> {
  return openBook(await fs.readFile(path.join(EXAMPLES, name)));
}

/** The example file as another program (ExcelJS) reads it, before any scoring. */
async function original(name: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load((await fs.readFile(path.join(EXAMPLES, name))) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function result(results: SheetResult[], name: string): SheetResult {
  const r = results.find((x) => x.sheet === name);
  if (!r) throw new Error(`no result for ${name}`);
  return r;
}

/** The indicator whose name cell is at this A1. */
function at(r: SheetResult, a1: string): ScoredIndicator {
  const ind = r.indicators.find((i) => toA1(i.source.nameCell) === a1);
  if (!ind) throw new Error(`no indicator named at ${a1} on ${r.sheet}`);
  return ind;
}

function statusText(status: Status, word?: string): string {
  const a = rules.status[status];
  const label = word ?? a.label;
  return a.symbol ? `${a.symbol} ${label}` : label;
}

/** The scored Book saved and read back, by us and by another program. */
interface Saved {
  book: Book;
  excel: Workbook;
}

async function saved(book: Book): Promise<Saved> {
  return { book: await reopen(book), excel: await exceljsFrom(book) };
}

/**
 * The status cell holds the status word (and symbol) with the status fill; `word` = the sheet's
 * own word. Checked in the reopened Book and in the file as ExcelJS reads it.
 */
function expectStatusCell(back: Saved, name: string, a1: string, status: Status, word?: string): void {
  const fill = rules.status[status].fill ? rules.status[status].fill.toUpperCase() : undefined;
  const view = back.book.view(name, a1);
  expect({ a1, value: view?.value, fill: view?.look.fill?.toUpperCase() }).toEqual({
    a1,
    value: statusText(status, word),
    fill,
  });
  const cell = sheet(back.excel, name).getCell(a1);
  expect({ a1, value: cell.value }).toEqual({ a1, value: statusText(status, word) });
  expect({ a1, fill: lookOfCell(cell).fill }).toEqual({ a1, fill });
}

const FILES = ['register.xlsx', 'time-series.xlsx', 'cards.xlsx', 'metric-blocks.xlsx', 'mixed.xlsx'];

describe.each(FILES)('%s', (file) => {
  it('changes only the planned cells, each written as planned, and survives save and reopen', async () => {
    const wb = await load(file);
    const before = takeBefore(await original(file));
    const out = scoreWorkbook(wb, { scoredAt: new Date('2020-10-05T10:00:00Z') });
    expect(out.results.length).toBeGreaterThan(0);
    expect(out.results.some((r) => r.indicators.length > 0)).toBe(true);
    const back = await exceljsFrom(wb);
    expectOnlyPlannedChanges(before, back, out.results, out.written);
    for (const r of out.results) if (out.written.includes(r.sheet)) expectWritesApplied(back, r);
    // Reopened by us, every write reads back as its text.
    const again = await reopen(wb);
    for (const r of out.results) {
      if (!out.written.includes(r.sheet)) continue;
      for (const w of r.plan.writes) {
        const a1 = toA1(w.cell);
        expect([r.sheet, a1, valueAt(again, r.sheet, a1)]).toEqual([r.sheet, a1, w.text]);
      }
    }
    // The state sheet is very hidden and records what we own.
    expect(sheet(back, STATE_SHEET_NAME).state).toBe('veryHidden');
    expect(again.sheet(STATE_SHEET_NAME)?.visibility).toBe('veryHidden');
    const state = readState(again);
    for (const r of out.results) {
      if (!out.written.includes(r.sheet)) continue;
      expect(state.sheets[r.sheet].owned.slice().sort()).toEqual(r.plan.owned.slice().sort());
      expect(state.sheets[r.sheet].scoredAt).toBe('2020-10-05T10:00:00.000Z');
    }
  });

  it('re-scoring after reopening updates in place: same cells, nothing duplicated', async () => {
    const wb = await load(file);
    const first = scoreWorkbook(wb, { scoredAt: new Date('2020-10-05T10:00:00Z') });
    const once = await reopen(wb);
    const pictureOnce = cellPicture(await exceljsFrom(once), [STATE_SHEET_NAME]);
    const second = scoreWorkbook(once, { scoredAt: new Date('2020-10-06T10:00:00Z') });
    const twice = await reopen(once);
    expect(changedCells(pictureOnce, cellPicture(await exceljsFrom(twice), [STATE_SHEET_NAME]))).toEqual([]);
    for (const r of second.results) {
      const r1 = result(first.results, r.sheet);
      expect(r.plan.writes.map((w) => toA1(w.cell)).sort()).toEqual(r1.plan.writes.map((w) => toA1(w.cell)).sort());
      expect(r.plan.clears).toEqual([]);
      // Our own cells from the first run are ours, not "user content" to skip.
      expect(r.plan.skipped ?? []).toEqual(r1.plan.skipped ?? []);
    }
    expect(sheetNames(twice)).toEqual(sheetNames(once));
    expect((await exceljsFrom(twice)).worksheets.map((w) => w.name)).toEqual(sheetNames(once));
  });

  it('undo puts every scored cell back as it was', async () => {
    const wb = await load(file);
    const orig = await original(file);
    const before = cellPicture(orig, [STATE_SHEET_NAME]);
    const out = scoreWorkbook(wb);
    const back = await reopen(wb);
    for (const name of out.written) {
      const undo = undoLastScoring(back, name);
      expect(undo.restored).toBeGreaterThan(0);
    }
    const after = await reopen(back);
    const afterExcel = await exceljsFrom(back);
    const ws = (n: string) => sheet(afterExcel, n);
    for (const key of changedCells(before, cellPicture(afterExcel, [STATE_SHEET_NAME]))) {
      // Only formatting representation may differ (an explicit "no fill"); values and looks match.
      const [name, a1] = key.split('!');
      const ref = parseA1(a1);
      if (!ref) throw new Error(key);
      const now = ws(name).getCell(a1);
      const was = sheet(orig, name).getCell(a1);
      expect({ key, value: now.value ?? null, look: lookOfCell(now) }).toEqual({
        key,
        value: was.value ?? null,
        look: lookOfCell(was),
      });
    }
    // Every cell a plan wrote reads as it did before scoring, in the reopened Book too.
    const fresh = await load(file);
    for (const r of out.results) {
      if (!out.written.includes(r.sheet)) continue;
      for (const w of r.plan.writes) {
        const a1 = toA1(w.cell);
        const now = after.view(r.sheet, a1);
        const was = fresh.view(r.sheet, a1);
        expect({ key: `${r.sheet}!${a1}`, value: now?.value, look: now?.look }).toEqual({
          key: `${r.sheet}!${a1}`,
          value: was?.value,
          look: was?.look,
        });
      }
    }
    for (const name of out.written) expect(readState(after).sheets[name].undo ?? []).toEqual([]);
  });
});

describe('register.xlsx (seed 000)', () => {
  it('fills the existing Rag Status column with word, symbol and fill; unreadable rows are not scored with a warning', async () => {
    const wb = await load('register.xlsx');
    const out = scoreWorkbook(wb);
    const r = result(out.results, 'Qtr 2 2020-21');
    const back = await saved(wb);
    const ws = sheet(back.excel, 'Qtr 2 2020-21');
    // "Reduce ... adult social care NFA": 0% against 5%, smaller is better.
    expect(at(r, 'C5').status).toBe('GREEN');
    expectStatusCell(back, 'Qtr 2 2020-21', 'H5', 'GREEN');
    // Residential capacity 50 against 90, bigger is better ("Increase").
    expect(at(r, 'C8').status).toBe('RED');
    expectStatusCell(back, 'Qtr 2 2020-21', 'H8', 'RED');
    expect(at(r, 'C8').varianceText).toMatch(/40 below the target of 90/);
    // Foster carers 2 against 3.
    expectStatusCell(back, 'Qtr 2 2020-21', 'H10', 'RED');
    // "5%" typed as text compares with the 5% target.
    expect(at(r, 'C7').status).toBe('GREEN');
    // "less than 25%": words, not one number.
    expect(at(r, 'C4').status).toBe('NOT_SCORED');
    expectStatusCell(back, 'Qtr 2 2020-21', 'H4', 'NOT_SCORED');
    expect(r.warnings.some((w) => w.cell === 'E4')).toBe(true);
    // The compound target "1. 80/85%..." and "Two multi agency training courses per quarter".
    expect(['NOT_SCORED', 'NO_TARGET']).toContain(at(r, 'C15').status);
    expect(at(r, 'C18').status).toBe('NO_TARGET');
    expect(r.warnings.some((w) => w.cell === 'D18')).toBe(true);
    expect(r.warnings.some((w) => w.cell === 'D15' || w.cell === 'E15')).toBe(true);
    // No figure in the seed: no data.
    expectStatusCell(back, 'Qtr 2 2020-21', 'H9', 'NO_DATA');
    // The user's formula below the table is untouched and is not an indicator.
    expect(r.indicators).toHaveLength(15);
    expect(ws.getCell('C20').formula).toBe('COUNTA(C4:C18)');
    expect(back.book.view('Qtr 2 2020-21', 'C20')?.formula).toBe(true);
    expect(ws.getCell('H20').value ?? null).toBeNull();
    expect(valueAt(back.book, 'Qtr 2 2020-21', 'H20')).toBe('');
  });
});

describe('time-series.xlsx (seed 004)', () => {
  it('scores the latest month (October), quoting but not scoring rows that stop in September', async () => {
    const wb = await load('time-series.xlsx');
    const out = scoreWorkbook(wb);
    const r = result(out.results, 'Performance Data');
    const back = await saved(wb);
    const ws = sheet(back.excel, 'Performance Data');
    // Row 13 "No. of audits" has September only: NO_DATA, in the RAG column, in the key's words.
    expect(at(r, 'A13').status).toBe('NO_DATA');
    expectStatusCell(back, 'Performance Data', 'J13', 'NO_DATA', 'Not started');
    // "% Of Dental checks": 64% (number) then "67%" (text): one representation, 67 now.
    const dental = at(r, 'A26');
    expect(dental.actual?.value).toBeCloseTo(67);
    expect(dental.actual?.percent).toBe(true);
    // Issue 11: no targets, but the sheet's RAG Guide is a direction key: rated by direction of
    // travel in its own words (64% -> 67%, bigger is better assumed: Favourable).
    expect(dental.status).toBe('GREEN');
    expectStatusCell(back, 'Performance Data', 'J26', 'GREEN', 'Favourable');
    const words = new Set(r.indicators.map((i) => i.statusLabel));
    // Rows first reported in October have no earlier figure: no direction, so no target.
    expect([...words].sort()).toEqual(['Favourable', 'No target', 'Not started', 'On Track', 'Unfavourable']);
    // Every section's rows were found, the repeated header rows were not taken as indicators.
    expect(r.indicators.map((i) => i.source.name)).not.toContain('Measure');
    expect(r.indicators.length).toBe(36);
    // "-" stays as the user typed it.
    expect(ws.getCell('B12').value).toBe('-');
    expect(valueAt(back.book, 'Performance Data', 'B12')).toBe('-');
  });
});

describe('cards.xlsx (seed 003)', () => {
  it('writes the status into the Symbol row under the current month, with the variance line', async () => {
    const wb = await load('cards.xlsx');
    const out = scoreWorkbook(wb);
    const r = result(out.results, 'Exception report');
    const back = await saved(wb);
    const ws = sheet(back.excel, 'Exception report');
    expect(r.indicators).toHaveLength(12);
    const lac = r.indicators.find((i) => i.source.code === '2042SC');
    expect(lac?.status).toBe('AMBER');
    expect(lac?.varianceText).toBe('1.47 above the target of 36.00 (smaller is better)');
    const symbolCell = lac?.source.statusCell;
    expect(symbolCell && toA1(symbolCell)).toBe('D12');
    expectStatusCell(back, 'Exception report', 'D12', 'AMBER');
    const byCode = (code: string) => r.indicators.find((i) => i.source.code === code)?.status;
    expect(byCode('CS143')).toBe('RED');
    expect(byCode('2023SC')).toBe('GREEN');
    expect(byCode('CS012')).toBe('GREEN');
    expect(byCode('NI062')).toBe('GREEN');
    // The Symbol row's other marks (the export's own) are left alone: CS146's "_" at 31/12/12.
    const cs146 = r.indicators.find((i) => i.source.code === 'CS146');
    const row = (cs146?.source.statusCell?.row ?? 0) + 1;
    expect(ws.getCell(row, 10).value).toBe('_');
    expect(back.book.sheet('Exception report')?.cellAt(row - 1, 9)?.value).toBe('_');
    // Dates stay dates.
    expect(ws.getCell('B9').value).toEqual(new Date(Date.UTC(2012, 3, 30)));
    expect(ws.getCell('B9').numFmt).toBe('dd/mm/yy');
    // In the Book: the serial of 30/04/2012, with its date format.
    expect(back.book.view('Exception report', 'B9')).toMatchObject({ value: 41029, numberFormat: 'dd/mm/yy' });
  });
});

describe('metric-blocks.xlsx (seed 001)', () => {
  it('fills Performance rating and Trend beside their labels', async () => {
    const wb = await load('metric-blocks.xlsx');
    const out = scoreWorkbook(wb);
    const r = result(out.results, 'April 2016');
    const back = await saved(wb);
    const ws = sheet(back.excel, 'April 2016');
    const rereferrals = at(r, 'A3');
    expect(rereferrals.status).toBe('GREEN');
    expect(rereferrals.trend).toBe('MUCH_BETTER');
    expect(toA1(rereferrals.source.statusCell ?? { row: 0, col: 0 })).toBe('B10');
    // Issue 11: written in the sheet's own key words (seed 001: Off target / target / Above target).
    expectStatusCell(back, 'April 2016', 'B10', 'GREEN', 'Above target');
    expect(ws.getCell('B11').value).toBe(`${rules.trends.MUCH_BETTER.symbol} ${rules.trends.MUCH_BETTER.label}`);
    expect(lookOfCell(ws.getCell('B11')).fill).toBe(rules.trends.MUCH_BETTER.fill.toUpperCase());
    expect(valueAt(back.book, 'April 2016', 'B11')).toBe(
      `${rules.trends.MUCH_BETTER.symbol} ${rules.trends.MUCH_BETTER.label}`,
    );
    expect(back.book.view('April 2016', 'B11')?.look.fill?.toUpperCase()).toBe(
      rules.trends.MUCH_BETTER.fill.toUpperCase(),
    );
    // Average caseload 15 against 16, smaller is better.
    expect(at(r, 'A67').status).toBe('GREEN');
    // "N/A" baseline cells are left as typed.
    expect(ws.getCell('B86').value).toBe('N/A');
    expect(valueAt(back.book, 'April 2016', 'B86')).toBe('N/A');
    // The May 2015 sheet: "1,305" typed as text stays text.
    const may = sheet(back.excel, 'May 2015');
    expect(may.getCell('C18').value).toBe('1,305');
    expect(valueAt(back.book, 'May 2015', 'C18')).toBe('1,305');
  });
});

describe('mixed.xlsx', () => {
  it('scores every layout on the pack sheet, skips the protected sheet with a warning and leaves Notes alone', async () => {
    const wb = await load('mixed.xlsx');
    const before = takeBefore(await original('mixed.xlsx'));
    const out = scoreWorkbook(wb);
    expect(
      result(out.results, 'Q2 pack')
        .tables.map((t) => t.layout)
        .sort(),
    ).toEqual(['card', 'metric-block', 'register']);
    const locked = result(out.results, 'Locked register');
    expect(locked.plan.blocked).toBe(true);
    expect(locked.indicators.length).toBeGreaterThan(0);
    expect(locked.warnings.some((w) => /protected/i.test(w.message))).toBe(true);
    expect(out.written).not.toContain('Locked register');
    expect(out.written).not.toContain('Notes');
    const back = await exceljsFrom(wb);
    const after = cellPicture(back, [STATE_SHEET_NAME]);
    expect(
      changedCells(before.cells, after).filter((k) => k.startsWith('Locked register!') || k.startsWith('Notes!')),
    ).toEqual([]);
    // The user's formulas on Notes keep their formulas and cached results.
    expect(sheet(back, 'Notes').getCell('D4').formula).toBe('C4/B4');
    expect(sheet(back, 'Notes').getCell('B6').formula).toBe('SUM(B4:B5)');
    const again = await reopen(wb);
    expect(again.view('Notes', 'D4')).toMatchObject({
      formula: true,
      value: sheet(back, 'Notes').getCell('D4').result,
    });
    expect(again.view('Notes', 'B6')).toMatchObject({
      formula: true,
      value: sheet(back, 'Notes').getCell('B6').result,
    });
  });
});
