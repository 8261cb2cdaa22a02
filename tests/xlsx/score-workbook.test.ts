import { Workbook } from 'exceljs';
import * as pipeline from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { emptyState } from '../../src/core/state/codec';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { summaryMarker } from '../../src/core/summary/marker';
import type { Book } from '../../src/xlsx/book/book';
import { scoreWorkbook, UnknownSheetError, userSheets } from '../../src/xlsx/score-workbook';
import { readState, writeState } from '../../src/xlsx/state-sheet';
import { undoLastScoring } from '../../src/xlsx/undo-scoring';
import { bookFrom, exceljsFrom, reopen, sheetNames, valueAt } from '../helpers/book';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

function register(wb: Workbook, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.getRow(1).values = ['KPI', 'Polarity', 'Target', 'Actual', 'RAG'];
  ws.getRow(2).values = ['Increase of foster carers', 'Bigger is better', 3, 2];
  ws.getRow(3).values = ['Reduce re-referrals', 'Smaller is better', 25, 20];
}

async function book(): Promise<Book> {
  const wb = new Workbook();
  register(wb, 'KPIs');
  register(wb, 'More KPIs');
  // A board summary of ours (marked by its footer) is never scored.
  const summary = wb.addWorksheet('KPIs summary');
  summary.headerFooter.oddFooter = `&L${summaryMarker('KPIs')}&RPage &P`;
  register(wb, 'spare');
  return bookFrom(wb);
}

afterEach(() => jest.restoreAllMocks());

describe('scoreWorkbook', () => {
  it('scores the user sheets, never the state sheet or our summaries', async () => {
    const wb = await book();
    writeState(wb, emptyState());
    expect(userSheets(wb).map((w) => w.name)).toEqual(['KPIs', 'More KPIs', 'spare']);
    const out = scoreWorkbook(wb);
    expect(out.results.map((r) => r.sheet)).toEqual(['KPIs', 'More KPIs', 'spare']);
    expect(out.written).toEqual(['KPIs', 'More KPIs', 'spare']);
    expect(wb.sheet(STATE_SHEET_NAME)?.visibility).toBe('veryHidden');
    expect(sheetNames(wb).filter((n) => n === STATE_SHEET_NAME)).toHaveLength(1);
    // And so in the saved file.
    const saved = await exceljsFrom(wb);
    expect(saved.getWorksheet(STATE_SHEET_NAME)?.state).toBe('veryHidden');
    expect(saved.worksheets.filter((w) => w.name === STATE_SHEET_NAME)).toHaveLength(1);
  });

  it('scores only the sheets asked for, and rejects an unknown one with the list of sheets', async () => {
    const wb = await book();
    expect(scoreWorkbook(wb, { sheets: ['more kpis'] }).results.map((r) => r.sheet)).toEqual(['More KPIs']);
    expect(() => scoreWorkbook(wb, { sheets: ['Nope'] })).toThrow(UnknownSheetError);
    expect(() => scoreWorkbook(wb, { sheets: ['Nope'] })).toThrow(
      'There is no sheet called "Nope" (sheets: "KPIs", "More KPIs", "spare").',
    );
  });

  it('uses the given rules, else the workbook rules, else the defaults', async () => {
    const wb = await book();
    expect(scoreWorkbook(wb).rules).toEqual(defaultRules());
    const saved = { ...defaultRules(), preset: 'council', showSymbols: false };
    writeState(wb, { ...readState(wb), rules: saved });
    expect(scoreWorkbook(wb).rules).toEqual(saved);
    expect(valueAt(wb, 'KPIs', 'E2')).toBe('Red');
    const given = { ...defaultRules(), preset: 'given' };
    expect(scoreWorkbook(wb, { rules: given }).rules).toBe(given);
    // The rules saved in the workbook are kept.
    expect(readState(wb).rules?.preset).toBe('council');
  });

  it('a sheet the engine fails on is reported, not written; the others are still scored', async () => {
    const real = pipeline.scoreSheet;
    jest.spyOn(pipeline, 'scoreSheet').mockImplementation((snapshot, rules, state) => {
      if (snapshot.name === 'KPIs') throw new Error('boom');
      return real(snapshot, rules, state);
    });
    const wb = await book();
    const out = scoreWorkbook(wb);
    const failed = out.results.find((r) => r.sheet === 'KPIs');
    expect(failed?.plan.blocked).toBe(true);
    expect(failed?.warnings[0].message).toMatch(/could not score "KPIs", so nothing was written to it: boom/);
    expect(out.written).toEqual(['More KPIs', 'spare']);
    expect(valueAt(wb, 'KPIs', 'E2')).toBe('');
    expect(valueAt(wb, 'More KPIs', 'E2')).toMatch(/Red/);
  });

  it('undo restores the last scoring and forgets cells put back to empty', async () => {
    const wb = await book();
    scoreWorkbook(wb, { sheets: ['KPIs'] });
    expect(valueAt(wb, 'KPIs', 'E2')).toMatch(/Red/);
    const undo = undoLastScoring(wb, 'KPIs');
    expect(undo.restored).toBeGreaterThan(0);
    expect(valueAt(wb, 'KPIs', 'E2')).toBe('');
    expect(wb.view('KPIs', 'E2')?.look.fill).toBeUndefined();
    expect(readState(wb).sheets.KPIs.owned).toEqual([]);
    expect(undoLastScoring(wb, 'KPIs')).toEqual({ restored: 0, message: 'Nothing to undo on "KPIs".' });
    expect(undoLastScoring(wb, 'Nope').restored).toBe(0);
    // The saved file holds the restored cell: empty, no fill.
    const back = await reopen(wb);
    expect(valueAt(back, 'KPIs', 'E2')).toBe('');
    expect(back.view('KPIs', 'E2')?.look.fill).toBeUndefined();
    const e2 = (await exceljsFrom(wb)).getWorksheet('KPIs')?.getCell('E2');
    expect(e2?.value ?? null).toBeNull();
    expect(e2?.fill === undefined || (e2.fill as { pattern?: string }).pattern === 'none').toBe(true);
  });
});
