/**
 * TEST ORACLE, NOT PRODUCT CODE: the former .xlsx summary writer (src/xlsx/summary-writer.ts as
 * it was at commit d382a41, when the host still wrote workbooks with ExcelJS), kept here so that
 * tests/xlsx/summary-sheet-xml.test.ts can compare summarySheetXml's output against it. Changes
 * from that version: imports point at src from tests/xlsx/support, and the call to
 * touchDocumentInfo (package/touched.ts, removed with ExcelJS) is dropped; the oracle sets the
 * title and language on the ExcelJS workbook only.
 *
 * Former description: writes the board summary plan into an ExcelJS workbook: a new sheet after
 * the source sheet (or the earlier summary of ours, replaced in place), values only, text as text,
 * the page set up to print A4 landscape one page wide. ExcelJS cannot write charts, so the status
 * chart is drawn with filled cells; having no drawing part, it has no alt text to set, and the
 * caption cell under it carries the same numbers. Data regions are real Excel tables (addTable) with header rows.
 */
import type { Alignment, Borders, Fill, Font, Workbook, Worksheet } from 'exceljs';
import { toA1 } from '../../../src/core/a1';
import type { SheetResult } from '../../../src/core/pipeline';
import type { Rules } from '../../../src/core/rules/types';
import { buildSummary } from '../../../src/core/summary/build';
import { barCells } from '../../../src/core/summary/chart';
import { footerString, isSummaryMarker, leftFooterSection } from '../../../src/core/summary/marker';
import { chooseSummarySheetName } from '../../../src/core/summary/sheet-name';
import { uniqueTableName } from '../../../src/core/summary/tables';
import type { SummaryPlan, SummaryStyle } from '../../../src/core/summary/types';

const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;

function isOurs(ws: Worksheet, source: string): boolean {
  return isSummaryMarker(leftFooterSection(ws.headerFooter?.oddFooter ?? ''), source);
}

/** Fresh objects per cell: ExcelJS may share a style object between cells given the same one. */
function applyStyle(ws: Worksheet, row: number, col: number, s: SummaryStyle): void {
  const cell = ws.getCell(row + 1, col + 1);
  const font: Partial<Font> = { name: 'Calibri', size: s.size ?? 11, family: 2 };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  cell.font = font;
  if (s.fill) {
    const fill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
    cell.fill = fill;
  }
  const alignment: Partial<Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.indent) alignment.indent = s.indent;
  if (s.vAlign) alignment.vertical = s.vAlign;
  cell.alignment = alignment;
  const line = (hex: string) => ({ style: 'thin' as const, color: { argb: argb(hex) } });
  if (s.borderAll) {
    const b: Partial<Borders> = {
      top: line(s.borderAll),
      left: line(s.borderAll),
      bottom: line(s.borderAll),
      right: line(s.borderAll),
    };
    cell.border = b;
  } else if (s.borderBottom) {
    cell.border = { bottom: line(s.borderBottom) };
  }
}

function writeCells(ws: Worksheet, plan: SummaryPlan): void {
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    // A JS string is stored as a string cell: "=A1" from a sheet stays text, never a formula.
    if (c.kind === 'text') {
      if (c.value !== '') cell.value = String(c.value);
    } else {
      cell.value = Number(c.value);
    }
    cell.numFmt = c.numberFormat;
    applyStyle(ws, c.row, c.col, plan.styles[c.style] ?? {});
  }
  for (const m of plan.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
}

/**
 * The status chart as bars of filled cells beside the counts. Decoration only: the counts table and
 * the caption under it carry the numbers, so no text sits beside the table to break reading order.
 */
function drawBars(ws: Worksheet, plan: SummaryPlan): void {
  const { chart } = plan;
  const width = chart.area.colCount;
  const max = Math.max(0, ...chart.categories.map((c) => c.count));
  chart.categories.forEach((cat, i) => {
    const row = chart.labels.row + i;
    const n = barCells(cat.count, max, width);
    for (let k = 0; k < n; k++) {
      const cell = ws.getCell(row + 1, chart.area.col + k + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cat.fill) } };
      cell.border = {
        top: { style: 'thin', color: { argb: 'FFFFFFFF' } },
        bottom: { style: 'thin', color: { argb: 'FFFFFFFF' } },
      };
    }
  });
}

/** Table names already used anywhere in the workbook (Excel wants them unique across sheets). */
function tableNames(workbook: Workbook): string[] {
  return workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => tableNameOf(t)));
}

/** ExcelJS's Table keeps its model in `table`, which its type declarations leave out. */
function tableNameOf(t: unknown): string {
  const model = (t as { table?: { name?: string }; name?: string }).table ?? (t as { name?: string });
  return String(model.name ?? '');
}

/** Each data region as a real table: header row from the plan, no filter buttons, no stripes. */
function addTables(workbook: Workbook, ws: Worksheet, plan: SummaryPlan): void {
  const at = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c]));
  const taken = tableNames(workbook);
  for (const t of plan.tables) {
    const name = uniqueTableName(t.name, taken);
    taken.push(name);
    const rows: (string | number | null)[][] = [];
    for (let r = t.range.row + 1; r < t.range.row + t.range.rowCount; r++)
      rows.push(
        t.columns.map((_, k) => {
          const c = at.get(`${r},${t.range.col + k}`);
          if (!c || c.value === '') return null;
          return c.kind === 'text' ? String(c.value) : Number(c.value);
        }),
      );
    ws.addTable({
      name,
      displayName: name,
      ref: toA1({ row: t.range.row, col: t.range.col }),
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleLight1', showRowStripes: false, showColumnStripes: false },
      columns: t.columns.map((c) => ({ name: c, filterButton: false })),
      rows,
    });
  }
}

/** Title and language for the checkers and PDF export; a title the user gave the file is kept. */
function setDocumentInfo(workbook: Workbook, plan: SummaryPlan): void {
  if (!workbook.title) workbook.title = plan.document.title;
  const wb = workbook as Workbook & { language?: string };
  if (!wb.language) wb.language = plan.document.language;
}

function setUpPage(ws: Worksheet, plan: SummaryPlan): void {
  const p = plan.print;
  // No print area: ExcelJS would write it with relative rows ($A1:$H45); the used range is the summary.
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    scale: 100,
    showGridLines: p.gridlines,
    horizontalCentered: true,
    printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}`,
    margins: { ...p.margins },
  };
  ws.headerFooter = { differentFirst: false, differentOddEven: false, oddFooter: footerString(p.footer) };
  ws.views = [{ state: 'normal', showGridLines: false, zoomScale: 100 }];
  // addPageBreak puts the break below a row: below the row before each section that starts a page.
  for (const row of p.breaks) ws.getRow(row).addPageBreak();
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(row) + 1).height = h;
}

/** ExcelJS orders tabs by `orderNo`, a property its type declarations leave out. */
interface Ordered {
  orderNo: number;
}
const tab = (ws: Worksheet): Ordered => ws as unknown as Ordered;

/** Put the sheet right after the one at `afterOrderNo` in the tab order, renumbering all tabs. */
function placeAfter(workbook: Workbook, ws: Worksheet, afterOrderNo: number): void {
  const others = workbook.worksheets.filter((s) => s !== ws);
  const before = others.filter((s) => tab(s).orderNo <= afterOrderNo);
  const after = others.filter((s) => tab(s).orderNo > afterOrderNo);
  [...before, ws, ...after].forEach((s, i) => (tab(s).orderNo = i + 1));
}

/** Write an already built plan. Exported for tests and for hosts that show the plan first. */
export function writeSummaryPlan(workbook: Workbook, plan: SummaryPlan): { sheetName: string } {
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, ours: isOurs(ws, plan.sourceSheet) }));
  const choice = chooseSummarySheetName(plan.sheetName, existing);
  const source = workbook.worksheets.find((ws) => ws.name === plan.sourceSheet);
  let afterOrderNo = source ? tab(source).orderNo : Number.MAX_SAFE_INTEGER;
  if (choice.replace) {
    const old = workbook.worksheets.find((ws) => ws.name === choice.name);
    if (old) {
      // Keep the old summary's place in the tabs: the user may have moved it.
      afterOrderNo = tab(old).orderNo - 0.5;
      workbook.removeWorksheet(old.id);
    }
  }
  const ws = workbook.addWorksheet(choice.name, { properties: { tabColor: { argb: argb('#1F3864') } } });
  placeAfter(workbook, ws, afterOrderNo);
  // Tables first: addTable writes its cells, then writeCells gives them the plan's formats.
  addTables(workbook, ws, plan);
  writeCells(ws, plan);
  drawBars(ws, plan);
  setDocumentInfo(workbook, plan);
  setUpPage(ws, plan);
  return { sheetName: choice.name };
}

/** Add (or replace, if ours) the board summary sheet for one scored sheet. Values only, no formulas. */
export function addSummarySheet(
  workbook: Workbook,
  result: SheetResult,
  rules: Rules,
  scoredAt: Date,
): { sheetName: string } {
  return writeSummaryPlan(workbook, buildSummary(result, rules, scoredAt));
}
