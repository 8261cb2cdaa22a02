import { Workbook } from 'exceljs';
import * as pipeline from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { emptyState } from '../../src/core/state/codec';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { summaryMarker } from '../../src/core/summary/marker';
import { scoreWorkbook, UnknownSheetError, userSheets } from '../../src/xlsx/score-workbook';
import { readState, writeState } from '../../src/xlsx/state-sheet';
import { undoLastScoring } from '../../src/xlsx/undo-scoring';

function register(wb: Workbook, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.getRow(1).values = ['KPI', 'Polarity', 'Target', 'Actual', 'RAG'];
  ws.getRow(2).values = ['Increase of foster carers', 'Bigger is better', 3, 2];
  ws.getRow(3).values = ['Reduce re-referrals', 'Smaller is better', 25, 20];
}

function book(): Workbook {
  const wb = new Workbook();
  register(wb, 'KPIs');
  register(wb, 'More KPIs');
  // A board summary of ours (marked by its footer) is never scored.
  const summary = wb.addWorksheet('KPIs summary');
  summary.headerFooter.oddFooter = `&L${summaryMarker('KPIs')}&RPage &P`;
  register(wb, 'spare');
  return wb;
}

afterEach(() => jest.restoreAllMocks());

describe('scoreWorkbook', () => {
  it('scores the user sheets, never the state sheet or our summaries', () => {
    const wb = book();
    writeState(wb, emptyState());
    expect(userSheets(wb).map((w) => w.name)).toEqual(['KPIs', 'More KPIs', 'spare']);
    const out = scoreWorkbook(wb);
    expect(out.results.map((r) => r.sheet)).toEqual(['KPIs', 'More KPIs', 'spare']);
    expect(out.written).toEqual(['KPIs', 'More KPIs', 'spare']);
    expect(wb.getWorksheet(STATE_SHEET_NAME)?.state).toBe('veryHidden');
    expect(wb.worksheets.filter((w) => w.name === STATE_SHEET_NAME)).toHaveLength(1);
  });

  it('scores only the sheets asked for, and rejects an unknown one with the list of sheets', () => {
    const wb = book();
    expect(scoreWorkbook(wb, { sheets: ['more kpis'] }).results.map((r) => r.sheet)).toEqual(['More KPIs']);
    expect(() => scoreWorkbook(wb, { sheets: ['Nope'] })).toThrow(UnknownSheetError);
    expect(() => scoreWorkbook(wb, { sheets: ['Nope'] })).toThrow(
      'There is no sheet called "Nope" (sheets: "KPIs", "More KPIs", "spare").',
    );
  });

  it('uses the given rules, else the workbook rules, else the defaults', () => {
    const wb = book();
    expect(scoreWorkbook(wb).rules).toEqual(defaultRules());
    const saved = { ...defaultRules(), preset: 'council', showSymbols: false };
    writeState(wb, { ...readState(wb), rules: saved });
    expect(scoreWorkbook(wb).rules).toEqual(saved);
    expect(wb.getWorksheet('KPIs')?.getCell('E2').value).toBe('Red');
    const given = { ...defaultRules(), preset: 'given' };
    expect(scoreWorkbook(wb, { rules: given }).rules).toBe(given);
    // The rules saved in the workbook are kept.
    expect(readState(wb).rules?.preset).toBe('council');
  });

  it('a sheet the engine fails on is reported, not written; the others are still scored', () => {
    const real = pipeline.scoreSheet;
    jest.spyOn(pipeline, 'scoreSheet').mockImplementation((snapshot, rules, state) => {
      if (snapshot.name === 'KPIs') throw new Error('boom');
      return real(snapshot, rules, state);
    });
    const wb = book();
    const out = scoreWorkbook(wb);
    const failed = out.results.find((r) => r.sheet === 'KPIs');
    expect(failed?.plan.blocked).toBe(true);
    expect(failed?.warnings[0].message).toMatch(/could not score "KPIs", so nothing was written to it: boom/);
    expect(out.written).toEqual(['More KPIs', 'spare']);
    expect(wb.getWorksheet('KPIs')?.getCell('E2').value ?? null).toBeNull();
  });

  it('undo restores the last scoring and forgets cells put back to empty', () => {
    const wb = book();
    scoreWorkbook(wb, { sheets: ['KPIs'] });
    const ws = wb.getWorksheet('KPIs');
    expect(ws?.getCell('E2').value).toMatch(/Red/);
    const undo = undoLastScoring(wb, 'KPIs');
    expect(undo.restored).toBeGreaterThan(0);
    expect(ws?.getCell('E2').value ?? null).toBeNull();
    expect(ws?.getCell('E2').fill).toBeUndefined();
    expect(readState(wb).sheets.KPIs.owned).toEqual([]);
    expect(undoLastScoring(wb, 'KPIs')).toEqual({ restored: 0, message: 'Nothing to undo on "KPIs".' });
    expect(undoLastScoring(wb, 'Nope').restored).toBe(0);
  });
});
