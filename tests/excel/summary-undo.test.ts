/**
 * The board summary and Excel's undo (issue 22): Worksheet.delete, Worksheet.position and
 * DocumentProperties.title have no undo support, and inside Excel.run({ mergeUndoGroup: true })
 * they fail with UndoNotSupported. The sheet is made in a run of its own; its content is one
 * grouped run; if Excel still refuses, the summary is finished ungrouped and the message says so.
 * The real summary writer runs against the summary fake with Excel's grouping rule (fake/summary-runs.ts).
 */
import { buildSummary } from '../../src/core/summary/build';
import { createExcelPaneHost } from '../../src/excel/pane-host';
import { addSummarySheetInRuns, writeSummaryPlanExcel, writeSummaryPlanInRuns } from '../../src/excel/summary-writer';
import { boardResult, boardRules } from '../summary/board-fixture';
import { FakeContext } from '../summary/fake-excel-summary';
import { SCORED_AT } from '../summary/fixtures';
import { declaredMinimum, newestApiSet, versionAtLeast } from './fake/api-sets';
import { lacksUndo } from './fake/no-undo-apis';
import { summaryRuns } from './fake/summary-runs';
import { registerBook } from './helpers';

const plan = buildSummary(boardResult(), boardRules(), SCORED_AT);
const NAME = 'Children KPIs summary';

/** A workbook whose earlier summary of "Children KPIs" is ours to replace, with no document title. */
function bookWithOldSummary(): FakeContext {
  const ctx = new FakeContext(['Children KPIs', NAME, 'Notes']);
  ctx.sheet(NAME).pageLayout.headersFooters.defaultForAllPages.preset('Scorelight board summary: Children KPIs');
  return ctx;
}

const written = (ctx: FakeContext) => ctx.sheet(NAME).ranges.filter((r) => r.values.length > 0).length;

test('the whole summary in one grouped run is refused: the one-run writer cannot be one undo step', async () => {
  const ctx = bookWithOldSummary();
  const { run, runs } = summaryRuns(ctx);
  await expect(run((c) => writeSummaryPlanExcel(c, plan), { mergeUndoGroup: true })).rejects.toThrow(
    /UndoNotSupported/,
  );
  expect(runs[0].refused).toBe('Worksheet.delete');
});

test('the sheet is made in a run of its own, ungrouped; the content is one grouped run Excel accepts', async () => {
  const ctx = bookWithOldSummary();
  const { run, runs } = summaryRuns(ctx);
  expect(await writeSummaryPlanInRuns(run, plan, { mergeUndoGroup: true })).toEqual({ sheetName: NAME });

  expect(runs.map((r) => r.grouped)).toEqual([false, true]);
  expect(runs.every((r) => r.refused === undefined)).toBe(true);
  // Every call without undo support, on the strictest host, is in the first run.
  expect(runs[0].calls).toEqual(
    expect.arrayContaining([
      'Worksheet.delete',
      'WorksheetCollection.add',
      'Worksheet.position',
      'DocumentProperties.title',
    ]),
  );
  expect(runs[1].calls.filter((m) => lacksUndo(m, 'both'))).toEqual([]);
  expect(runs[1].calls).toContain('Worksheet.getRangeByIndexes');
  expect(runs[0].calls).not.toContain('Worksheet.getRangeByIndexes');

  // The summary itself is whole: the old one gone, the new one in its place, written and shown.
  expect(ctx.all.filter((s) => s.name === NAME).map((s) => s.deleted)).toEqual([true, false]);
  const ws = ctx.sheet(NAME);
  expect(ws.position).toBe(1);
  expect(written(ctx)).toBe(plan.blocks.length);
  expect(ws.chartList).toHaveLength(1);
  expect(ws.tableList).toHaveLength(plan.tables.length);
  expect(ws.activated).toBe(true);
  expect(ctx.properties.title).toBe(plan.document.title);
});

test('Excel refuses to group the content after all: the summary is made again ungrouped, and whole', async () => {
  const ctx = bookWithOldSummary();
  // An Excel whose no-undo list has grown since the page was read.
  const { run, runs } = summaryRuns(ctx, { moreWithoutUndo: ['Worksheet.activate'] });
  expect(await writeSummaryPlanInRuns(run, plan, { mergeUndoGroup: true })).toEqual({
    sheetName: NAME,
    ungrouped: true,
  });
  expect(runs.map((r) => [r.grouped, r.refused])).toEqual([
    [false, undefined],
    [true, 'Worksheet.activate'],
    [false, undefined],
  ]);
  // One live summary sheet, in the old one's place, with one chart and one set of tables.
  const live = ctx.all.filter((s) => s.name === NAME && !s.deleted);
  expect(live).toHaveLength(1);
  expect(live[0].position).toBe(1);
  expect(live[0].chartList).toHaveLength(1);
  expect(live[0].tableList).toHaveLength(plan.tables.length);
  expect(written(ctx)).toBe(plan.blocks.length);
  expect(live[0].activated).toBe(true);
});

describe.each([declaredMinimum(), newestApiSet()])('the pane on ExcelApi %s', (level) => {
  const grouping = versionAtLeast(level, '1.20');

  function paneWith(moreWithoutUndo: string[] = []) {
    const fx = registerBook(4, { apiVersion: level });
    const ctx = new FakeContext(['KPIs']);
    const summary = summaryRuns(ctx, { moreWithoutUndo });
    const host = createExcelPaneHost({
      ...fx.env,
      addSummary: (result, rules, scoredAt, options) =>
        addSummarySheetInRuns(summary.run, result, rules, scoredAt, options),
      // The pane builds the plan itself (to compare with the ratings history), then hands it over.
      addSummaryPlan: (plan, options) => writeSummaryPlanInRuns(summary.run, plan, options),
    });
    return { host, ctx, runs: summary.runs };
  }

  test('createSummary groups the content where Excel can, never the sheet itself', async () => {
    const { host, ctx, runs } = paneWith();
    const out = await host.createSummary();
    expect(out).toEqual({
      sheetName: 'KPIs summary',
      message: 'Board summary for "KPIs" is on the sheet "KPIs summary".',
    });
    expect(runs.map((r) => r.grouped)).toEqual([false, grouping]);
    expect(ctx.sheet('KPIs summary').chartList).toHaveLength(1);
  });

  test('createSummary says so when Excel would not make the summary one undo step', async () => {
    const { host, ctx, runs } = paneWith(['Worksheet.activate']);
    const out = await host.createSummary();
    expect(out.sheetName).toBe('KPIs summary');
    expect(ctx.all.filter((s) => s.name === 'KPIs summary' && !s.deleted)).toHaveLength(1);
    if (grouping) {
      expect(out.message).toMatch(/could not make it a single undo step/);
      expect(runs.map((r) => r.grouped)).toEqual([false, true, false]);
    } else {
      expect(out.message).toBe('Board summary for "KPIs" is on the sheet "KPIs summary".');
      expect(runs.map((r) => r.grouped)).toEqual([false, false]);
    }
  });
});
