/**
 * A small builder for the summary's cells: text and number cells, merges across columns, and row
 * heights for wrapped text. Excel and LibreOffice do not grow a merged row to fit its text, so the
 * plan sets heights from an estimate of the wrapped lines.
 */
import type { CellRange } from '../snapshot';
import { cellText } from '../text-limits';
import type { SummaryCell, SummaryTable } from './types';

/** Styles written in bold (summaryStyles), and how much wider bold glyphs run. */
const BOLD_STYLE = /^(th|th-num|td-bold|td-num-bold|status-.*|heading|title|period)$/;
export const BOLD_WIDTH = 1.06;
/** Points per line of 11 pt Calibri, as Excel autofits wrapped rows (2 lines = 30 pt). */
const LINE_POINTS = 15;
const PARAGRAPH_GAP_POINTS = 6;
/** Units of column width lost to cell padding and a one-level indent. */
const INSET_UNITS = 1.5;
/** Lines are filled to this share of the width: a little slack for rounding in the renderer. */
const FILL = 0.97;

/**
 * Calibri 11 pt advance widths in column-width units (the width of "0"), grouped: most lower case
 * is about a digit wide, r/t/f two thirds, i/l and spaces under half, m/w and capitals wider.
 */
const GROUPS: [string, number][] = [
  [' ', 0.45],
  ["ijl.,:;'|!`", 0.45],
  ['ftr()-/[]', 0.65],
  ['scz', 0.8],
  ['eagvxyk', 0.95],
  ['nohubdpq', 1.03],
  ['mMW%@', 1.6],
  ['w', 1.41],
  ['IJ', 0.55],
];

export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    const group = GROUPS.find(([chars]) => chars.includes(ch));
    if (group) units += group[1];
    else if (ch >= 'A' && ch <= 'Z') units += 1.15;
    else units += 1;
  }
  return units;
}

/** How much text (in textUnits) one line of a cell `width` units wide holds, at a font `scale`. */
export function lineCapacity(width: number, scale = 1): number {
  return Math.max(1, ((width - INSET_UNITS) * FILL) / scale);
}

/** Lines a text needs in a cell `width` units wide, breaking at spaces as Excel does. */
export function wrappedLines(text: string, width: number, scale = 1): number {
  const capacity = lineCapacity(width, scale);
  const space = textUnits(' ');
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = textUnits(word);
      if (line === 0) line = w;
      else if (line + space + w <= capacity) line += space + w;
      else {
        count++;
        line = w;
      }
      // A word longer than the line breaks wherever it must.
      while (line > capacity) {
        count++;
        line -= capacity;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

export class SummaryGrid {
  readonly cells: SummaryCell[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly tables: SummaryTable[] = [];

  constructor(private readonly widths: number[]) {}

  /** Width in characters of columns col..col+span-1. */
  width(col: number, span: number): number {
    let w = 0;
    for (let c = col; c < col + span; c++) w += this.widths[c] ?? 10;
    return w;
  }

  /**
   * A text cell, always kind "text" with format "@": a name such as "=A1" or "-5% target" stays
   * text in every host. `span` merges it across columns. `scale` > 1 for larger fonts.
   */
  text(row: number, col: number, value: string, style: string, span = 1, scale = 1): void {
    this.cells.push({ row, col, value: cellText(value), kind: 'text', style, numberFormat: '@' });
    for (let c = col + 1; c < col + span; c++)
      this.cells.push({ row, col: c, value: '', kind: 'text', style, numberFormat: '@' });
    if (span > 1) this.merges.push({ row, col, rowCount: 1, colCount: span });
    // Bold glyphs are wider: measured as such, a bold header never needs a line its row lacks.
    const glyphs = BOLD_STYLE.test(style) ? scale * BOLD_WIDTH : scale;
    this.fit(row, wrappedLines(value, this.width(col, span), glyphs) * scale);
  }

  number(row: number, col: number, value: number, numberFormat: string, style: string): void {
    this.cells.push({ row, col, value, kind: 'number', style, numberFormat });
  }

  /** Make the row tall enough for `lines` lines (never shorter than it already is). */
  fit(row: number, lines: number): void {
    if (lines <= 1) return;
    const h = lines * LINE_POINTS;
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, h);
  }

  /** A paragraph row: its wrapped lines plus a gap of half a line below, however many lines it has. */
  paragraph(row: number, text: string, span: number): void {
    const lines = wrappedLines(text, this.width(0, span));
    this.rowHeights[row] = lines * LINE_POINTS + PARAGRAPH_GAP_POINTS;
  }

  /** Declare rows header..lastRow, columns col..col+columns-1, a real table whose header row is `header`. */
  table(name: string, header: number, lastRow: number, columns: string[], col = 0): void {
    this.tables.push({
      name,
      range: { row: header, col, rowCount: lastRow - header + 1, colCount: columns.length },
      columns,
    });
  }

  /** At least this height in points (chart rows, the title). */
  minHeight(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }
}
