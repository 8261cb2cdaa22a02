/**
 * Writes the board summary plan through Office.js: a new sheet after the source sheet (or our
 * earlier summary replaced in its place), each block of cells in one range write, formats applied
 * once per style over all its cells, a real bar chart over the counts, and the page set up to print
 * A4 landscape one page wide (ExcelApi 1.9). Three syncs at most: sheet names (with table names
 * and the document title), footers of sheets whose name we want (only when there are any), then
 * everything else. Data regions become real tables (tables.add, ExcelApi 1.1).
 * In the add-in the sheet itself (replacing our old one, its position, the document title: calls
 * without undo support) is made in one run and its content written in a second, one undo step
 * where ExcelApi 1.20 allows (writeSummaryPlanInRuns).
 *
 * Chart alt text: Excel.Chart has no alt text member in any ExcelApi set (checked in
 * @types/office-js: altTextTitle/altTextDescription exist on Shape, ExcelApi 1.9, and PivotLayout,
 * ExcelApi 1.13, only; a chart is not reachable as a Shape). So the plan puts a caption cell under
 * the chart with the same numbers as its alt text would give.
 * Document language: DocumentProperties (ExcelApi 1.7) has a title but no language member; Excel
 * takes the language from the user's Office editing language. The title is set when empty.
 *
 * The narrow Sx* interfaces (summary-office-types.ts) name only what this file uses.
 */
import { columnLetters, toA1 } from '../core/a1';
import type { SheetResult } from '../core/pipeline';
import type { Rules } from '../core/rules/types';
import type { CellRange } from '../core/snapshot';
import { buildSummary } from '../core/summary/build';
import { isSummaryMarker, leftFooterSection } from '../core/summary/marker';
import { chooseSummarySheetName, numberedSheetName } from '../core/summary/sheet-name';
import { uniqueTableName } from '../core/summary/tables';
import type { SummaryCell, SummaryPlan, SummaryStyle } from '../core/summary/types';
import type { SxBorderIndex, SxContext, SxFormat, SxRun, SxWorksheet } from './summary-office-types';
import { isUndoNotSupported } from './payload';
import { ourText } from './text-safety';

export type * from './summary-office-types';

/** Excel's RangeAreas address strings are cut at 8,192 characters; stay well below. */
const MAX_ADDRESS_CHARS = 8000;

/** Column width in characters to points, as Excel converts: 7 px per character plus 5 px padding. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The 2-D values and formats of one block; cells the plan leaves empty are "" in General. */
export function blockArrays(
  plan: SummaryPlan,
  block: CellRange,
): { values: (string | number)[][]; formats: string[][] } {
  const values = Array.from({ length: block.rowCount }, () => Array<string | number>(block.colCount).fill(''));
  const formats = Array.from({ length: block.rowCount }, () => Array<string>(block.colCount).fill('General'));
  for (const c of plan.cells) {
    const r = c.row - block.row;
    const k = c.col - block.col;
    if (r < 0 || k < 0 || r >= block.rowCount || k >= block.colCount) continue;
    // Text goes in a Text ("@") cell and is quoted if it starts like a formula: it stays text.
    values[r][k] = c.kind === 'text' ? ourText(String(c.value)) : Number(c.value);
    formats[r][k] = c.numberFormat;
  }
  return { values, formats };
}

/**
 * A style's cells merged into rectangles: runs along a row, then runs of rows with the same
 * columns, so a table column is one "B10:B30" rather than twenty-one cells.
 */
export function styleRects(cells: SummaryCell[]): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const runs: CellRange[] = [];
  for (const [row, cols] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ row, col: start, rowCount: 1, colCount: sorted[i - 1] - start + 1 });
      start = sorted[i];
    }
  }
  const rects: CellRange[] = [];
  for (const run of runs) {
    const open = rects.find((r) => r.col === run.col && r.colCount === run.colCount && r.row + r.rowCount === run.row);
    if (open) open.rowCount++;
    else rects.push({ ...run });
  }
  return rects;
}

function rectAddress(r: CellRange): string {
  const start = toA1({ row: r.row, col: r.col });
  return r.rowCount === 1 && r.colCount === 1
    ? start
    : `${start}:${toA1({ row: r.row + r.rowCount - 1, col: r.col + r.colCount - 1 })}`;
}

/** A1 addresses of a style's cells, as rectangles. */
export function styleAddresses(cells: SummaryCell[]): string[] {
  return styleRects(cells).map(rectAddress);
}

/** Address lists joined with ", " into strings Excel accepts. */
export function addressChunks(addresses: string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 2 + a.length > MAX_ADDRESS_CHARS) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}, ${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function setBorders(f: SxFormat, edges: readonly SxBorderIndex[], colour: string): void {
  for (const edge of edges) {
    const b = f.borders.getItem(edge);
    b.style = 'Continuous';
    b.color = colour;
  }
}

function applyFormat(f: SxFormat, s: SummaryStyle): void {
  f.font.bold = s.bold === true;
  f.font.italic = s.italic === true;
  f.font.size = s.size ?? 11;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  f.wrapText = s.wrap === true;
  f.horizontalAlignment =
    s.hAlign === 'center' ? 'Center' : s.hAlign === 'right' ? 'Right' : s.hAlign === 'left' ? 'Left' : 'General';
  if (s.indent) f.indentLevel = s.indent;
  f.verticalAlignment = s.vAlign === 'middle' ? 'Center' : s.vAlign === 'bottom' ? 'Bottom' : 'Top';
  if (s.borderAll) setBorders(f, EDGES, s.borderAll);
  else if (s.borderBottom) setBorders(f, ['EdgeBottom'], s.borderBottom);
}

function writeFormats(ws: SxWorksheet, plan: SummaryPlan): void {
  const byStyle = new Map<string, SummaryCell[]>();
  for (const c of plan.cells) {
    const list = byStyle.get(c.style) ?? [];
    list.push(c);
    byStyle.set(c.style, list);
  }
  for (const [key, cells] of byStyle) {
    const style = plan.styles[key];
    if (!style) continue;
    const rects = styleRects(cells);
    for (const chunk of addressChunks(rects.map(rectAddress))) applyFormat(ws.getRanges(chunk).format, style);
    // Inside borders only where a rectangle has an inside: Excel may refuse them on a single row or column.
    const colour = style.borderAll;
    if (!colour) continue;
    const tall = rects.filter((r) => r.rowCount > 1).map(rectAddress);
    const wide = rects.filter((r) => r.colCount > 1).map(rectAddress);
    for (const chunk of addressChunks(tall)) setBorders(ws.getRanges(chunk).format, ['InsideHorizontal'], colour);
    for (const chunk of addressChunks(wide)) setBorders(ws.getRanges(chunk).format, ['InsideVertical'], colour);
  }
}

function addChart(ws: SxWorksheet, plan: SummaryPlan): void {
  const { chart } = plan;
  if (chart.categories.length === 0) return;
  const source = ws.getRangeByIndexes(
    chart.labels.row,
    chart.labels.col,
    chart.labels.rowCount,
    chart.values.col - chart.labels.col + 1,
  );
  const c = ws.charts.add('BarClustered', source, 'Columns');
  c.name = 'Scorelight status chart';
  c.title.text = chart.title;
  c.legend.visible = false;
  // Bars read top to bottom in the table's order (Excel draws the first category at the bottom).
  c.axes.categoryAxis.reversePlotOrder = true;
  const series = c.series.getItemAt(0);
  series.hasDataLabels = true;
  series.gapWidth = 60;
  chart.categories.forEach((cat, i) => series.points.getItemAt(i).format.fill.setSolidColor(cat.fill));
  const a = chart.area;
  c.setPosition(toA1({ row: a.row, col: a.col }), toA1({ row: a.row + a.rowCount - 1, col: a.col + a.colCount - 1 }));
}

/** Each data region as a real table with its header row; names unique in the workbook. */
function addTables(ws: SxWorksheet, plan: SummaryPlan, taken: string[]): void {
  for (const t of plan.tables) {
    const table = ws.tables.add(rectAddress(t.range), true);
    table.name = uniqueTableName(t.name, taken);
    taken.push(table.name);
    // The plan's own cell formats show through: no stripes, and no filter buttons on the printed page.
    table.style = 'TableStyleLight1';
    table.showBandedRows = false;
    table.showFilterButton = false;
  }
}

function setUpPage(ws: SxWorksheet, plan: SummaryPlan): void {
  const p = plan.print;
  const pl = ws.pageLayout;
  pl.orientation = 'Landscape';
  pl.paperSize = 'A4';
  // 1 page wide, as many tall as needed (0 = automatic, as in the file format's fitToHeight).
  pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
  pl.printGridlines = p.gridlines;
  pl.centerHorizontally = true;
  const pt = (inches: number): number => inches * 72;
  pl.leftMargin = pt(p.margins.left);
  pl.rightMargin = pt(p.margins.right);
  pl.topMargin = pt(p.margins.top);
  pl.bottomMargin = pt(p.margins.bottom);
  pl.headerMargin = pt(p.margins.header);
  pl.footerMargin = pt(p.margins.footer);
  pl.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  const lastCol = columnLetters(p.area.col + p.area.colCount - 1);
  pl.setPrintArea(`${toA1({ row: p.area.row, col: p.area.col })}:${lastCol}${p.area.row + p.area.rowCount}`);
  const footer = pl.headersFooters.defaultForAllPages;
  footer.leftFooter = p.footer.left;
  footer.centerFooter = p.footer.center;
  footer.rightFooter = p.footer.right;
  // A break is added before the top-left cell of the range given.
  for (const row of p.breaks) ws.horizontalPageBreaks.add(toA1({ row, col: 0 }));
  ws.showGridlines = false;
}

/** Where the summary goes, found by reading the workbook (1 sync, 2 when a sheet has a name we want). */
interface Placement {
  name: string;
  position: number;
  /** Our earlier summary, to be replaced. */
  old?: SxWorksheet;
  /** Table names in use once the old summary is gone. */
  taken: string[];
  /** The document title, to be set (it was empty). */
  title?: string;
}

async function findPlacement(context: SxContext, plan: SummaryPlan): Promise<Placement> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/position');
  context.workbook.tables.load('items/name');
  const properties = context.workbook.properties;
  properties.load('title');
  await context.sync();

  // Only sheets holding a name we might use need their footer read to tell ours from the user's.
  const wanted = new Set(
    Array.from({ length: sheets.items.length + 1 }, (_, i) => numberedSheetName(plan.sheetName, i + 1).toLowerCase()),
  );
  const candidates = sheets.items.filter((ws) => wanted.has(ws.name.toLowerCase()));
  const footers = candidates.map((ws) => {
    const f = ws.pageLayout.headersFooters.defaultForAllPages;
    f.load('leftFooter');
    // A summary we replace takes its tables with it: their names are free again.
    ws.tables.load('items/name');
    return { ws, f };
  });
  if (footers.length > 0) await context.sync();

  const ours = new Set(
    footers
      .filter(({ f }) => isSummaryMarker(leftFooterSection(`&L${f.leftFooter}`), plan.sourceSheet))
      .map(({ ws }) => ws),
  );
  const choice = chooseSummarySheetName(
    plan.sheetName,
    sheets.items.map((ws) => ({ name: ws.name, ours: ours.has(ws) })),
  );
  const source = sheets.items.find((ws) => ws.name === plan.sourceSheet);
  let position = source ? source.position + 1 : sheets.items.length;
  let freed = new Set<string>();
  const old = choice.replace ? sheets.items.find((ws) => ws.name === choice.name) : undefined;
  if (old) {
    position = old.position;
    freed = new Set(old.tables.items.map((t) => t.name.toLowerCase()));
  }
  const taken = context.workbook.tables.items.map((t) => t.name).filter((n) => !freed.has(n.toLowerCase()));
  return { name: choice.name, position, old, taken, title: properties.title ? undefined : plan.document.title };
}

/**
 * The calls without undo support (Microsoft's "Undo capabilities with the Excel JavaScript API":
 * Worksheet.delete, Worksheet.position on the web, DocumentProperties.title on Windows and Mac):
 * queued here, never inside an undo group, where they fail with UndoNotSupported.
 */
function queueSheet(context: SxContext, at: Placement): SxWorksheet {
  at.old?.delete();
  const ws = context.workbook.worksheets.add(at.name);
  ws.position = at.position;
  ws.tabColor = '#1F3864';
  if (at.title) context.workbook.properties.title = at.title;
  return ws;
}

/** Everything on the sheet: only calls with undo support, so this may be one undo step. */
function queueContent(ws: SxWorksheet, plan: SummaryPlan, taken: string[]): void {
  for (const block of plan.blocks) {
    const { values, formats } = blockArrays(plan, block);
    const range = ws.getRangeByIndexes(block.row, block.col, block.rowCount, block.colCount);
    // Formats first, so text lands in "@" cells and nothing is read as a number or formula.
    range.numberFormat = formats;
    range.values = values;
  }
  for (const m of plan.merges) ws.getRangeByIndexes(m.row, m.col, m.rowCount, m.colCount).merge(false);
  addTables(ws, plan, [...taken]);
  writeFormats(ws, plan);
  plan.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w)));
  for (const [row, h] of Object.entries(plan.rowHeights))
    ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = h;
  addChart(ws, plan);
  setUpPage(ws, plan);
  ws.activate();
}

/** Queue and sync an already built plan in one run (no undo group). Exported for tests. */
export async function writeSummaryPlanExcel(context: SxContext, plan: SummaryPlan): Promise<{ sheetName: string }> {
  const at = await findPlacement(context, plan);
  queueContent(queueSheet(context, at), plan, at.taken);
  await context.sync();
  return { sheetName: at.name };
}

export interface SummaryWritten {
  sheetName: string;
  /** Excel refused to make the sheet's content one undo step, so it was written as ordinary steps. */
  ungrouped?: boolean;
}

/**
 * The summary over separate runs, so its content can be one undo step (ExcelApi 1.20):
 * 1. read the workbook, replace our earlier summary, add the sheet, place it, set the title:
 *    calls without undo support, never grouped;
 * 2. the content, grouped when asked. Should Excel still refuse to group it (UndoNotSupported),
 *    the half-written sheet (ours, just made) is made again and written ungrouped.
 */
export async function writeSummaryPlanInRuns(
  run: SxRun,
  plan: SummaryPlan,
  options: { mergeUndoGroup?: boolean } = {},
): Promise<SummaryWritten> {
  const at = await run(async (context) => {
    const found = await findPlacement(context, plan);
    queueSheet(context, found);
    await context.sync();
    return found;
  });
  const content = async (context: SxContext): Promise<void> => {
    queueContent(context.workbook.worksheets.getItem(at.name), plan, at.taken);
    await context.sync();
  };
  if (!options.mergeUndoGroup) {
    await run(content);
    return { sheetName: at.name };
  }
  try {
    await run(content, { mergeUndoGroup: true });
    return { sheetName: at.name };
  } catch (error) {
    if (!isUndoNotSupported(error)) throw error;
  }
  // Excel applies a failed request's calls up to the one it refused: start the sheet afresh.
  await run(async (context) => {
    context.workbook.worksheets.getItem(at.name).delete();
    const ws = queueSheet(context, { name: at.name, position: at.position, taken: at.taken });
    queueContent(ws, plan, at.taken);
    await context.sync();
  });
  return { sheetName: at.name, ungrouped: true };
}

/** Queue and sync the board summary sheet (with an Excel chart) for one scored sheet, in one run. */
export async function addSummarySheetExcel(
  context: Excel.RequestContext,
  result: SheetResult,
  rules: Rules,
  scoredAt: Date,
): Promise<{ sheetName: string }> {
  return writeSummaryPlanExcel(context, buildSummary(result, rules, scoredAt));
}

/** The board summary sheet for one scored sheet, over the runs of writeSummaryPlanInRuns. */
export async function addSummarySheetInRuns(
  run: SxRun,
  result: SheetResult,
  rules: Rules,
  scoredAt: Date,
  options: { mergeUndoGroup?: boolean } = {},
): Promise<SummaryWritten> {
  return writeSummaryPlanInRuns(run, buildSummary(result, rules, scoredAt), options);
}
