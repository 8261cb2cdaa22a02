/**
 * Without formulas, a row of no shared measure is scored as soon as it is read and only rows of
 * shared measures wait for their measure's decision (score-table.ts); with formulas every row is
 * read first, for the author's arithmetic. Where the formulas hold no variance arithmetic the two
 * orders must give the same indicators and warnings, in the same order: proven on a register typed
 * as people type them and on public registers of the shared corpus.
 */
import fs from 'fs';
import path from 'path';
import { detectSheet } from '../../../src/core/detect';
import { defaultRules } from '../../../src/core/rules/presets';
import { scoreIndicators } from '../../../src/core/scoring/score-table';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { openWorkbook } from '../../../src/xlsx/workbook-io';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { buildSnapshot } from '../../helpers/snapshot-builder';
import { sharedCorpus } from './shared-corpus';

jest.setTimeout(120_000);

/** Both orders on one sheet: as read, and with formula text that holds no arithmetic. */
function bothOrders(given: SheetSnapshot) {
  // The workbook's own formulas (a host may pass them) are left out of both.
  const snapshot: SheetSnapshot = { ...given };
  delete snapshot.formulas;
  const sources = detectSheet(snapshot).indicators;
  const rules = defaultRules();
  const asRead = scoreIndicators(sources, rules, snapshot);
  const formulas = snapshot.values.map((row) => row.map(() => ''));
  const readFirst = scoreIndicators(sources, rules, { ...snapshot, formulas });
  return { sources, asRead, readFirst };
}

describe('scoring a register row by row or all rows first', () => {
  it('gives the same results for shared measures, lone rows and rows that cannot be scored', () => {
    const snapshot = buildSnapshot([
      ['Area', 'Measure', 'Actual', 'Target', 'Status'],
      ['North', 'Caseload per worker', 12, 10, 'Red'],
      ['South', 'Caseload per worker', 9, 10, ''],
      ['East', 'Caseload per worker', 11, 10, 'Green'],
      ['West', 'Caseload per worker', 8, 10, 'Red'],
      ['All', 'Percentage of calls answered', 0.91, 0.95, ''],
      ['All', 'Number of complaints', 'n/a', 40, ''],
      ['All', 'Households in temporary accommodation', '', 200, ''],
      ['All', 'Reduce missed bin collections', 35, 30, ''],
    ]);
    const { sources, asRead, readFirst } = bothOrders(snapshot);
    expect(sources.length).toBe(8);
    expect(asRead.indicators).toEqual(readFirst.indicators);
    expect(asRead.warnings).toEqual(readFirst.warnings);
    // The shared measure was decided for its rows, and the disagreement said once.
    expect(asRead.warnings.filter((w) => /disagree/.test(w.message)).length).toBe(1);
    expect(asRead.indicators.map((i) => i.status)).toContain('NO_DATA');
  });

  const corpus = sharedCorpus();
  const books = ['mshs_bsc_overtime_metrics_final_df.xlsx', 'mcc_kpis.xlsx', 'tbs_infobase_indicators_2018.xlsx'];
  for (const book of books) {
    const file = corpus ? path.join(corpus, book) : null;
    const run = file && fs.existsSync(file) ? it : it.skip;
    if (!file || !fs.existsSync(file)) console.log(`shared corpus not found: ${book} is skipped`);
    run(`gives the same results on ${book}`, async () => {
      const opened = await openWorkbook(fs.readFileSync(file!));
      let scored = 0;
      for (const sheet of opened.sheets) {
        const { asRead, readFirst } = bothOrders(readSnapshot(sheet));
        expect(asRead.indicators).toEqual(readFirst.indicators);
        expect(asRead.warnings).toEqual(readFirst.warnings);
        scored += asRead.indicators.length;
      }
      expect(scored).toBeGreaterThan(20);
    });
  }
});
