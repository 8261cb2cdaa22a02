/**
 * The Office.js writer against a recording fake: what reaches Excel, in how many syncs, and that
 * text stays text, our sheet is replaced and a user's sheet never is.
 */
import type { SummaryCell } from '../../src/core/summary/types';
import { buildSummary } from '../../src/core/summary/build';
import {
  addSummarySheetExcel,
  addressChunks,
  styleAddresses,
  widthPoints,
  writeSummaryPlanExcel,
} from '../../src/excel/summary-writer';
import { boardResult, boardRules } from './board-fixture';
import { FakeContext } from './fake-excel-summary';
import { SCORED_AT } from './fixtures';

const plan = buildSummary(boardResult(), boardRules(), SCORED_AT);
const NAME = 'Children KPIs summary';

describe('writeSummaryPlanExcel', () => {
  test('a new sheet after its source, in two syncs, shown to the user', async () => {
    const ctx = new FakeContext(['Cover', 'Children KPIs', 'Notes']);
    expect(await writeSummaryPlanExcel(ctx, plan)).toEqual({ sheetName: NAME });
    expect(ctx.syncs).toBe(2);
    const ws = ctx.sheet(NAME);
    expect(ws.position).toBe(2);
    expect(ws.activated).toBe(true);
    expect(ws.showGridlines).toBe(false);
  });

  test('one range write per block, formats before values, text in "@" and quoted if it starts like a formula', async () => {
    const ctx = new FakeContext(['Children KPIs']);
    await writeSummaryPlanExcel(ctx, plan);
    const written = ctx.sheet(NAME).ranges.filter((r) => r.values.length > 0);
    expect(written.map((r) => r.address)).toEqual([
      'A1:H3',
      'A5:H11',
      'A13:H21',
      'A23:H26',
      'A28:H31',
      'A33:H39',
      'A41:H44',
      'A46:H46',
    ]);
    for (const r of written) expect(r.setOrder).toEqual(['numberFormat', 'values']);
    const focus = written[4];
    expect(focus.values[3].slice(0, 4)).toEqual(["'=Children in care per 10,000", 65, 63, '▲ Amber']);
    expect(focus.numberFormat[3].slice(0, 4)).toEqual(['@', '0', '0', '@']);
    const unrated = written[6];
    expect(unrated.values[2][0]).toBe("'+Dental checks for children in care");
    expect(unrated.values[3][0]).toBe("'@Young people in education, employment or training");
    expect(unrated.values[2][1]).toBe(14.9);
    expect(unrated.numberFormat[2][1]).toBe('0.0"%"');
    expect(written[0].values[0][0]).toBe('Performance indicators: Children KPIs');
  });

  test('merges, widths and heights', async () => {
    const ctx = new FakeContext(['Children KPIs']);
    await writeSummaryPlanExcel(ctx, plan);
    const ws = ctx.sheet(NAME);
    expect(ws.ranges.filter((r) => r.merged).map((r) => r.address)).toEqual(
      plan.merges.map(
        (m) =>
          `${String.fromCharCode(65 + m.col)}${m.row + 1}:${String.fromCharCode(65 + m.col + m.colCount - 1)}${m.row + 1}`,
      ),
    );
    expect(ws.ranges.find((r) => r.address === 'A1' && r.format.columnWidth !== 48)?.format.columnWidth).toBe(
      widthPoints(42),
    );
    expect(ws.ranges.find((r) => r.address === 'A34' && r.format.rowHeight !== 15)?.format.rowHeight).toBe(
      plan.rowHeights[33],
    );
  });

  test('formats once per style over all its cells', async () => {
    const ctx = new FakeContext(['Children KPIs']);
    await writeSummaryPlanExcel(ctx, plan);
    const areas = ctx.sheet(NAME).areas;
    // Every style is applied once (each fits one address string); no style uses bottom alignment,
    // the fake's default, so applied areas are the ones aligned otherwise.
    const applied = areas.filter((a) => a.format.verticalAlignment !== 'Bottom');
    expect(applied).toHaveLength(new Set(plan.cells.map((c) => c.style)).size);
    const red = areas.find((a) => a.address === 'A17, D30');
    expect(red?.format.fill.color).toBe('#FFC7CE');
    expect(red?.format.font).toMatchObject({ bold: true, color: '#9C0006' });
    expect(red?.format.horizontalAlignment).toBe('Left');
    expect(red?.format.indentLevel).toBe(1);
    expect(red?.format.edges.get('EdgeBottom')).toEqual({ style: 'Continuous', color: '#BFBFBF' });
    // Inside borders go only to rectangles that have an inside.
    expect(red?.format.edges.has('InsideHorizontal')).toBe(false);
    const insides = areas.filter((a) => a.format.edges.has('InsideHorizontal'));
    expect(insides.length).toBeGreaterThan(0);
    for (const a of insides)
      for (const part of a.address.split(', ')) expect(part).toMatch(/^[A-H](\d+):[A-H](?!\1\b)\d+$/);
    const title = areas.find((a) => a.address === 'A1:H1');
    expect(title?.format.font).toMatchObject({ bold: true, size: 16, color: '#1F3864' });
    const nums = areas.find((a) => a.address.startsWith('B15:B19'));
    expect(nums?.format.horizontalAlignment).toBe('Right');
  });

  test('a clustered bar chart over the counts, in the status colours, beside the table', async () => {
    const ctx = new FakeContext(['Children KPIs']);
    await writeSummaryPlanExcel(ctx, plan);
    const [chart] = ctx.sheet(NAME).chartList;
    expect(chart).toMatchObject({
      type: 'BarClustered',
      source: 'A15:B19',
      seriesBy: 'Columns',
      name: 'Scorelight status chart',
    });
    expect(chart.title.text).toBe('Indicators by status');
    expect(chart.legend.visible).toBe(false);
    expect(chart.axes.categoryAxis.reversePlotOrder).toBe(true);
    expect(chart.seriesProps.hasDataLabels).toBe(true);
    expect(chart.pointColours).toEqual(['#006100', '#7A4500', '#9C0006', '#3B3838', '#404040']);
    expect(chart.position).toEqual(['C14', 'H20']);
  });

  test('data regions become real tables with header rows, named uniquely; an empty document title is set', async () => {
    const ctx = new FakeContext(['Children KPIs']);
    await writeSummaryPlanExcel(ctx, plan);
    const tables = ctx.sheet(NAME).tableList;
    expect(tables.map((t) => [t.address, t.hasHeaders, t.name])).toEqual([
      ['A14:B19', true, 'Indicators_by_status_Children_KPIs'],
      ['A24:F26', true, 'Performing_well_Children_KPIs'],
      ['A29:F31', true, 'Areas_for_focus_Children_KPIs'],
      ['A34:H38', true, 'Quarter_on_quarter_Children_KPIs'],
      ['A42:F44', true, 'Not_rated_Children_KPIs'],
    ]);
    for (const t of tables) expect(t).toMatchObject({ showBandedRows: false, showFilterButton: false });
    // No merge lies inside a table.
    const merged = ctx
      .sheet(NAME)
      .ranges.filter((r) => r.merged)
      .map((r) => Number(/\d+/.exec(r.address)![0]));
    for (const t of tables) {
      const [a, b] = t.address.match(/\d+/g)!.map(Number);
      expect(merged.filter((row) => row >= a && row <= b)).toEqual([]);
    }
    expect(ctx.properties.title).toBe(plan.document.title);
    expect(ctx.syncs).toBe(2);
  });

  test("the user's document title is kept; a replaced summary frees its table names, others' names are not reused", async () => {
    const ctx = new FakeContext(['Children KPIs', NAME]);
    ctx.properties.title = 'Quarterly pack';
    ctx.sheet(NAME).pageLayout.headersFooters.defaultForAllPages.preset('Scorelight board summary: Children KPIs');
    ctx.sheet(NAME).tables.add('A14:B19', true).name = 'Performing_well_Children_KPIs';
    ctx.sheet('Children KPIs').tables.add('A1:C9', true).name = 'Areas_for_focus_Children_KPIs';
    await writeSummaryPlanExcel(ctx, plan);
    const names = ctx.sheet(NAME).tableList.map((t) => t.name);
    expect(names).toContain('Performing_well_Children_KPIs');
    expect(names).toContain('Areas_for_focus_Children_KPIs_2');
    expect(ctx.properties.title).toBe('Quarterly pack');
  });

  test('page layout: A4 landscape, one page wide, title rows, no gridlines, our footer', async () => {
    const ctx = new FakeContext(['Children KPIs']);
    await writeSummaryPlanExcel(ctx, plan);
    const pl = ctx.sheet(NAME).pageLayout;
    expect(pl).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printGridlines: false,
      centerHorizontally: true,
      printTitleRows: '$1:$2',
      printArea: 'A1:H46',
      leftMargin: 36,
    });
    expect(pl.headersFooters.defaultForAllPages.leftFooter).toBe('Scorelight board summary: Children KPIs');
    expect(pl.headersFooters.defaultForAllPages.rightFooter).toBe('Page &P of &N');
    expect(ctx.sheet(NAME).pageBreaksBefore).toEqual(plan.print.breaks.map((r) => `A${r + 1}`));
  });

  test('our earlier summary is deleted and the new one takes its place (three syncs)', async () => {
    const ctx = new FakeContext(['Children KPIs', 'Notes', NAME]);
    ctx.sheet(NAME).pageLayout.headersFooters.defaultForAllPages.preset('Scorelight board summary: Children KPIs');
    expect(await writeSummaryPlanExcel(ctx, plan)).toEqual({ sheetName: NAME });
    expect(ctx.syncs).toBe(3);
    const [old, fresh] = ctx.all.filter((s) => s.name === NAME);
    expect(old.deleted).toBe(true);
    expect(fresh.deleted).toBe(false);
    expect(fresh.position).toBe(2);
  });

  test('a user\'s sheet with the name is left alone: "(2)"', async () => {
    const ctx = new FakeContext(['Children KPIs', NAME]);
    ctx.sheet(NAME).pageLayout.headersFooters.defaultForAllPages.preset('Confidential');
    expect(await writeSummaryPlanExcel(ctx, plan)).toEqual({ sheetName: `${NAME} (2)` });
    expect(ctx.sheet(NAME).deleted).toBe(false);
    expect(ctx.sheet(NAME).ranges).toHaveLength(0);
    expect(ctx.sheet(`${NAME} (2)`).position).toBe(1);
  });

  test('addSummarySheetExcel builds the plan and writes it', async () => {
    const ctx = new FakeContext(['Children KPIs']);
    const result = await addSummarySheetExcel(
      ctx as unknown as Excel.RequestContext,
      boardResult(),
      boardRules(),
      SCORED_AT,
    );
    expect(result).toEqual({ sheetName: NAME });
    expect(ctx.sheet(NAME).chartList).toHaveLength(1);
  });
});

describe('style addresses', () => {
  const cell = (row: number, col: number): SummaryCell => ({
    row,
    col,
    value: '',
    kind: 'text',
    style: 's',
    numberFormat: '@',
  });

  test('runs along rows, then rows with the same columns, become rectangles', () => {
    const cells = [
      cell(0, 0),
      cell(0, 1),
      cell(0, 2),
      cell(1, 0),
      cell(1, 1),
      cell(1, 2),
      cell(3, 1),
      cell(4, 1),
      cell(4, 3),
    ];
    expect(styleAddresses(cells)).toEqual(['A1:C2', 'B4:B5', 'D5']);
  });

  test('address lists are cut into strings Excel accepts (under 8,192 characters)', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}`);
    const chunks = addressChunks(many);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThan(8192);
    expect(chunks.join(', ').split(', ')).toEqual(many);
  });
});

describe('a large sheet', () => {
  test("1,000 indicators: built and queued quickly, every address string within Excel's limit", async () => {
    const { indicator, monthly, reading, rules, sheetResult } = await import('./fixtures');
    const statuses = ['GREEN', 'AMBER', 'RED', 'NO_DATA'] as const;
    const many = Array.from({ length: 1000 }, (_, i) =>
      indicator({
        name: `Indicator ${i + 1} with a reasonably long descriptive name`,
        status: statuses[i % 4],
        polarity: 'higher',
        actual: statuses[i % 4] === 'NO_DATA' ? null : reading(i % 97),
        series: monthly(
          2019,
          4,
          Array.from({ length: 18 }, (_, k) => (i + k) % 97),
        ),
        variance: `${i % 7} above the target of ${i % 11}`,
      }),
    );
    const started = Date.now();
    const big = buildSummary(sheetResult('Big', many), rules(), SCORED_AT);
    const ctx = new FakeContext(['Big']);
    await writeSummaryPlanExcel(ctx, big);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(ctx.syncs).toBe(2);
    for (const a of ctx.sheet('Big summary').areas) expect(a.address.length).toBeLessThan(8192);
    expect(
      big.cells.filter((c) => c.col === 0 && c.value === 'Indicator 1000 with a reasonably long descriptive name')
        .length,
    ).toBe(2);
  });
});
