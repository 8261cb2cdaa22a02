/**
 * The board summary sheet written straight from its plan as SpreadsheetML, with no ExcelJS: the
 * worksheet part, its table parts and its print titles, ready to graft into the user's package
 * (see GraftedSheet). It lays the sheet out as the ExcelJS writer (summary-writer.ts) always has:
 * tables with header rows and no filter buttons, every planned cell with its style and number
 * format, merges, the status chart as bars of filled cells, A4 landscape one page wide with the
 * title rows repeated, our footer and the planned page breaks. Text is written as inline strings,
 * so nothing a cell says ("=1+1") is ever a formula, and the user's shared strings are untouched.
 */
import { toA1 } from '../../core/a1';
import { barCells } from '../../core/summary/chart';
import { footerString } from '../../core/summary/marker';
import { uniqueTableName } from '../../core/summary/tables';
import type { SummaryPlan, SummaryStyle } from '../../core/summary/types';
import type { GraftedRelationship, GraftedSheet } from './graft-sheet';
import type { StylesPart } from './styles-part';
import { escapeText, startTag, stripInvalidXmlChars } from './xml-text';
import { encodeXstring } from './xstring';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The tab colour of our summary sheets (dark blue, as the title). */
const TAB_COLOR = 'FF1F3864';
/** Excel's last column, 0-based (XFD): a row break runs across all of them. */
const LAST_COL = 16_383;
const A4 = 9;

/** What one cell of the sheet holds: a value (none for an empty or merged-over cell) and its look. */
interface SheetCell {
  value?: { text: string } | { number: number };
  /** Undefined: a cell with no planned style (a table header cell the plan left out, a bare bar cell). */
  style?: SummaryStyle;
  numberFormat?: string;
  /** #RRGGBB of the chart bar painted over the cell. */
  bar?: string;
}

/** A sheet name as a formula refers to it: always quoted, an apostrophe doubled, as Excel writes it. */
function quotedSheet(name: string): string {
  return `'${name.split("'").join("''")}'`;
}

const key = (row: number, col: number): string => `${row},${col}`;

/** Every cell the summary writes, as the ExcelJS writer left them: tables, planned cells, merges, bars. */
function layCells(plan: SummaryPlan): Map<string, SheetCell & { row: number; col: number }> {
  const cells = new Map<string, SheetCell & { row: number; col: number }>();
  const at = (row: number, col: number) => {
    const k = key(row, col);
    let cell = cells.get(k);
    if (!cell) {
      cell = { row, col };
      cells.set(k, cell);
    }
    return cell;
  };
  for (const c of plan.cells) {
    const cell = at(c.row, c.col);
    // An empty planned text cell keeps what is there (a table's header) and only takes the style.
    if (c.kind === 'text') {
      if (c.value !== '') cell.value = { text: String(c.value) };
    } else {
      const n = Number(c.value);
      // Excel has no NaN or infinity: such a cell is left empty rather than written unreadable.
      cell.value = Number.isFinite(n) ? { number: n } : undefined;
    }
    cell.style = plan.styles[c.style] ?? {};
    cell.numberFormat = c.numberFormat;
  }
  // A table's header cells hold exactly its column names, or Excel repairs the table away.
  for (const t of plan.tables)
    t.columns.forEach((name, k) => (at(t.range.row, t.range.col + k).value = { text: name }));
  // Merged-over cells lose their value and take the first cell's look, as Excel (and ExcelJS) do.
  for (const m of plan.merges) {
    const first = at(m.row, m.col);
    for (let r = m.row; r < m.row + m.rowCount; r++)
      for (let c = m.col; c < m.col + m.colCount; c++) {
        if (r === m.row && c === m.col) continue;
        const cell = at(r, c);
        cell.value = undefined;
        cell.style = first.style;
        cell.numberFormat = first.numberFormat;
      }
  }
  const { chart } = plan;
  const width = chart.area.colCount;
  const max = Math.max(0, ...chart.categories.map((c) => c.count));
  chart.categories.forEach((cat, i) => {
    const n = barCells(cat.count, max, width);
    for (let k = 0; k < n; k++) at(chart.labels.row + i, chart.area.col + k).bar = cat.fill;
  });
  return cells;
}

function cellXml(cell: SheetCell & { row: number; col: number }, styles: StylesPart): string {
  const attrs: [string, string][] = [['r', toA1(cell)]];
  if (cell.style || cell.bar) attrs.push(['s', String(styles.summaryXf(cell.style, cell.numberFormat, cell.bar))]);
  const v = cell.value;
  if (v === undefined) return attrs.length > 1 ? startTag('c', attrs, true) : '';
  if ('number' in v) return `${startTag('c', attrs)}<v>${String(v.number)}</v></c>`;
  attrs.push(['t', 'inlineStr']);
  return `${startTag('c', attrs)}<is><t xml:space="preserve">${escapeText(encodeXstring(stripInvalidXmlChars(v.text)))}</t></is></c>`;
}

function colsXml(widths: number[]): string {
  let out = '';
  for (let i = 0; i < widths.length;) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (Number.isFinite(widths[i]) && widths[i] > 0)
      out += startTag(
        'col',
        [
          ['min', String(i + 1)],
          ['max', String(j + 1)],
          ['width', String(widths[i])],
          ['customWidth', '1'],
        ],
        true,
      );
    i = j + 1;
  }
  return out ? `<cols>${out}</cols>` : '';
}

function sheetDataXml(plan: SummaryPlan, styles: StylesPart): { xml: string; dimension: string } {
  const byRow = new Map<number, (SheetCell & { row: number; col: number })[]>();
  for (const cell of layCells(plan).values()) {
    const row = byRow.get(cell.row) ?? [];
    row.push(cell);
    byRow.set(cell.row, row);
  }
  const heights = new Map<number, number>();
  for (const [row, h] of Object.entries(plan.rowHeights)) {
    const r = Number(row);
    if (Number.isInteger(r) && r >= 0 && Number.isFinite(h) && h > 0) heights.set(r, h);
  }
  const rows = [...new Set([...byRow.keys(), ...heights.keys()])].sort((a, b) => a - b);
  let xml = '';
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const r of rows) {
    const cells = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col);
    let inner = '';
    for (const cell of cells) {
      const c = cellXml(cell, styles);
      if (!c) continue;
      inner += c;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, cell.col);
      right = Math.max(right, cell.col);
    }
    const attrs: [string, string][] = [['r', String(r + 1)]];
    const h = heights.get(r);
    if (h !== undefined) attrs.push(['ht', String(h)], ['customHeight', '1']);
    if (!inner && h === undefined) continue;
    xml += inner ? `${startTag('row', attrs)}${inner}</row>` : startTag('row', attrs, true);
  }
  const dimension = bottom < 0 ? 'A1' : `${toA1({ row: top, col: left })}:${toA1({ row: bottom, col: right })}`;
  return { xml: `<sheetData>${xml}</sheetData>`, dimension };
}

function mergesXml(plan: SummaryPlan): string {
  const refs = plan.merges
    .filter((m) => m.rowCount * m.colCount > 1)
    .map((m) => `${toA1(m)}:${toA1({ row: m.row + m.rowCount - 1, col: m.col + m.colCount - 1 })}`);
  if (refs.length === 0) return '';
  return `${startTag('mergeCells', [['count', String(refs.length)]])}${refs
    .map((ref) => startTag('mergeCell', [['ref', ref]], true))
    .join('')}</mergeCells>`;
}

function printXml(plan: SummaryPlan): string {
  const p = plan.print;
  const m = p.margins;
  let out = startTag(
    'printOptions',
    [['horizontalCentered', '1'], ...(p.gridlines ? [['gridLines', '1'] as [string, string]] : [])],
    true,
  );
  out += startTag(
    'pageMargins',
    [
      ['left', String(m.left)],
      ['right', String(m.right)],
      ['top', String(m.top)],
      ['bottom', String(m.bottom)],
      ['header', String(m.header)],
      ['footer', String(m.footer)],
    ],
    true,
  );
  out += startTag(
    'pageSetup',
    [
      ['paperSize', String(A4)],
      ['scale', '100'],
      ['fitToWidth', String(p.fitToWidth)],
      ['fitToHeight', String(p.fitToHeight)],
      ['orientation', p.orientation],
    ],
    true,
  );
  out += `<headerFooter><oddFooter>${escapeText(footerString(p.footer))}</oddFooter></headerFooter>`;
  // ExcelJS's getRow(n).addPageBreak() breaks below 1-based row n: the row before each 0-based start.
  const breaks = [...new Set(p.breaks)].filter((b) => Number.isInteger(b) && b > 0).sort((a, b) => a - b);
  if (breaks.length > 0)
    out += `${startTag('rowBreaks', [
      ['count', String(breaks.length)],
      ['manualBreakCount', String(breaks.length)],
    ])}${breaks
      .map((b) =>
        startTag(
          'brk',
          [
            ['id', String(b)],
            ['max', String(LAST_COL)],
            ['man', '1'],
          ],
          true,
        ),
      )
      .join('')}</rowBreaks>`;
  return out;
}

function tableXml(id: number, name: string, plan: SummaryPlan, index: number): string {
  const t = plan.tables[index];
  const ref = `${toA1(t.range)}:${toA1({ row: t.range.row + t.range.rowCount - 1, col: t.range.col + t.range.colCount - 1 })}`;
  // The filter is there only to hide its buttons: a summary table is read, not filtered.
  const filter = t.columns
    .map((_, k) =>
      startTag(
        'filterColumn',
        [
          ['colId', String(k)],
          ['hiddenButton', '1'],
        ],
        true,
      ),
    )
    .join('');
  const columns = t.columns
    .map((c, k) =>
      startTag(
        'tableColumn',
        [
          ['id', String(k + 1)],
          ['name', c],
        ],
        true,
      ),
    )
    .join('');
  return (
    PROLOG +
    startTag('table', [
      ['xmlns', MAIN_NS],
      ['id', String(id)],
      ['name', name],
      ['displayName', name],
      ['ref', ref],
      ['headerRowCount', '1'],
      ['totalsRowShown', '0'],
    ]) +
    `${startTag('autoFilter', [['ref', ref]])}${filter}</autoFilter>` +
    `${startTag('tableColumns', [['count', String(t.columns.length)]])}${columns}</tableColumns>` +
    startTag(
      'tableStyleInfo',
      [
        ['name', 'TableStyleLight1'],
        ['showFirstColumn', '0'],
        ['showLastColumn', '0'],
        ['showRowStripes', '0'],
        ['showColumnStripes', '0'],
      ],
      true,
    ) +
    '</table>'
  );
}

/**
 * The summary sheet `plan` as a sheet to graft under `sheetName`: its cell formats appended to
 * `styles` (the user's style sheet), its tables named apart from `takenTableNames` (and numbered
 * rId1.., id 1..; TablePlacer gives them ids, names and relationship ids free in the workbook).
 */
export function summarySheetXml(
  plan: SummaryPlan,
  sheetName: string,
  styles: StylesPart,
  takenTableNames: string[],
): GraftedSheet {
  const taken = [...takenTableNames];
  const relationships: GraftedRelationship[] = plan.tables.map((t, i) => {
    const name = uniqueTableName(t.name, taken);
    taken.push(name);
    return { id: `rId${i + 1}`, kind: 'table', xml: tableXml(i + 1, name, plan, i) };
  });
  const data = sheetDataXml(plan, styles);
  const tableParts =
    relationships.length === 0
      ? ''
      : `${startTag('tableParts', [['count', String(relationships.length)]])}${relationships
          .map((r) => startTag('tablePart', [['r:id', r.id]], true))
          .join('')}</tableParts>`;
  const xml =
    PROLOG +
    startTag('worksheet', [
      ['xmlns', MAIN_NS],
      ['xmlns:r', REL_NS],
    ]) +
    `<sheetPr>${startTag('tabColor', [['rgb', TAB_COLOR]], true)}<pageSetUpPr fitToPage="1"/></sheetPr>` +
    startTag('dimension', [['ref', data.dimension]], true) +
    '<sheetViews><sheetView showGridLines="0" zoomScale="100" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan.columnWidths) +
    data.xml +
    mergesXml(plan) +
    printXml(plan) +
    tableParts +
    '</worksheet>';
  const { first, last } = plan.print.titleRows;
  return {
    name: sheetName,
    xml,
    definedNames: [{ name: '_xlnm.Print_Titles', text: `${quotedSheet(sheetName)}!$${first + 1}:$${last + 1}` }],
    relationships,
  };
}
