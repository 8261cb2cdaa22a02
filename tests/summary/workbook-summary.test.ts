/**
 * One board summary for the workbook: a workbook with several scored sheets gets one summary tab
 * with overall counts, each sheet's counts, and every indicator's sheet named; per-sheet summaries
 * remain an option (the .xlsx host's mode "sheet", the CLI's --summary=sheet).
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { buildWorkbookSummary, WORKBOOK_SUMMARY_NAME } from '../../src/core/summary/build';
import type { SummaryPlan } from '../../src/core/summary/types';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { addSummaries } from '../../src/xlsx/summary-writer';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { sheetNames } from '../helpers/book';

jest.setTimeout(120_000);

const SCORED_AT = new Date(2026, 10, 21, 9, 0);
const MIXED = path.join(__dirname, '../../examples/mixed.xlsx');

async function scoredMixed() {
  const book = await openWorkbook(readFileSync(MIXED));
  const scored = scoreWorkbook(book, { scoredAt: SCORED_AT });
  return { book, scored, results: scored.results.filter((r) => r.indicators.length > 0) };
}

/** Rows of the table whose name starts with `name`, as arrays of cell values (header first). */
function tableRows(plan: SummaryPlan, name: string): (string | number)[][] {
  const t = plan.tables.find((x) => x.name.startsWith(name));
  if (!t) throw new Error(`no table ${name}`);
  const rows: (string | number)[][] = [];
  for (let r = t.range.row; r < t.range.row + t.range.rowCount; r++)
    rows.push(
      Array.from(
        { length: t.range.colCount },
        (_, i) => plan.cells.find((c) => c.row === r && c.col === t.range.col + i)?.value ?? '',
      ),
    );
  return rows;
}

describe('the workbook’s board summary', () => {
  test('overall counts, then each sheet’s counts adding up to its indicators', async () => {
    const { scored, results } = await scoredMixed();
    expect(results.length).toBeGreaterThan(1);
    const plan = buildWorkbookSummary(results, scored.rules, SCORED_AT, 'mixed');
    expect(plan.sheetName).toBe(WORKBOOK_SUMMARY_NAME);
    expect(plan.cells.find((c) => c.row === 0 && c.col === 0)?.value).toBe('Performance indicators: mixed');
    const total = results.reduce((n, r) => n + r.indicators.length, 0);
    const totalRow = plan.cells.find((c) => c.value === 'Total' && c.col === 0)!;
    expect(plan.cells.find((c) => c.row === totalRow.row && c.col === 1)?.value).toBe(total);
    const [header, ...rows] = tableRows(plan, 'By_sheet');
    expect(header[0]).toBe('Sheet');
    expect(header[header.length - 1]).toBe('Total');
    expect(rows.map((r) => r[0])).toEqual(results.map((r) => r.sheet));
    for (const [i, r] of results.entries()) {
      const row = rows[i];
      expect(row[row.length - 1]).toBe(r.indicators.length);
      // The status columns and "Not rated" add up to the sheet's total.
      const parts = row.slice(1, -1).reduce<number>((n, v) => n + Number(v), 0);
      expect(parts).toBe(r.indicators.length);
    }
    expect(plan.narrative[0]).toContain(`across ${results.length} sheets`);
  });

  test('performing well and areas for focus name each indicator’s sheet', async () => {
    const { scored, results } = await scoredMixed();
    const plan = buildWorkbookSummary(results, scored.rules, SCORED_AT);
    for (const name of ['Performing_well', 'Areas_for_focus']) {
      const [header, ...rows] = tableRows(plan, name);
      const col = header.indexOf('Sheet');
      expect(col).toBeGreaterThan(0);
      const byName = new Map(
        results.flatMap((r) => r.indicators.map((i) => [i.source.name.replace(/\s+/g, ' ').trim(), i.source.sheet])),
      );
      for (const row of rows) expect(results.map((r) => r.sheet)).toContain(row[col]);
      // The sheet named is the indicator's own (names unique to one sheet checked).
      for (const row of rows) {
        const sheets = results.filter((r) =>
          r.indicators.some((i) => i.source.name.replace(/\s+/g, ' ').trim() === row[0]),
        );
        if (sheets.length === 1) expect(row[col]).toBe(byName.get(String(row[0])));
      }
    }
  });

  test('one sheet scored: the workbook summary is that sheet’s summary', async () => {
    const { scored, results } = await scoredMixed();
    const plan = buildWorkbookSummary([results[0]], scored.rules, SCORED_AT);
    expect(plan.sheetName).toBe(`${results[0].sheet} summary`);
    expect(plan.tables.some((t) => t.name.startsWith('By_sheet'))).toBe(false);
  });

  test('.xlsx host: one tab for the workbook by default, replaced in place when run again; one per sheet on request', async () => {
    const { book, scored } = await scoredMixed();
    expect(addSummaries(book, scored.results, scored.rules, SCORED_AT)).toEqual([WORKBOOK_SUMMARY_NAME]);
    expect(addSummaries(book, scored.results, scored.rules, SCORED_AT)).toEqual([WORKBOOK_SUMMARY_NAME]);
    expect(sheetNames(book).filter((n) => n.startsWith(WORKBOOK_SUMMARY_NAME))).toEqual([WORKBOOK_SUMMARY_NAME]);
    const other = await scoredMixed();
    const perSheet = addSummaries(other.book, other.scored.results, other.scored.rules, SCORED_AT, { mode: 'sheet' });
    expect(perSheet).toEqual(other.results.map((r) => `${r.sheet} summary`));
  });

  test('command line: --summary gives the workbook summary, --summary=sheet one per sheet', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'scorelight-wbsum-'));
    try {
      const run = async (flag: string): Promise<string[]> => {
        let out = '';
        const code = await main([MIXED, flag, '--json', '--out', path.join(dir, `out${flag.length}.xlsx`)], {
          stdout: (t) => void (out += t),
          stderr: () => undefined,
        });
        expect(code).toBe(0);
        return (JSON.parse(out) as { summaries: string[] }).summaries;
      };
      expect(await run('--summary')).toEqual([WORKBOOK_SUMMARY_NAME]);
      const perSheet = await run('--summary=sheet');
      expect(perSheet.length).toBeGreaterThan(1);
      expect(perSheet.every((n) => n.endsWith(' summary'))).toBe(true);
      let err = '';
      const bad = await main([MIXED, '--summary=all'], { stdout: () => undefined, stderr: (t) => void (err += t) });
      expect(bad).toBe(2);
      expect(err).toContain('--summary takes');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
