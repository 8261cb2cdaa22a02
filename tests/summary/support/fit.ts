/**
 * Does every written cell of a summary plan fit its column? Each cell's text width is estimated
 * with the same glyph widths the layout uses (grid.ts), against its column (or merged columns):
 * a cell that does not wrap must fit on one line; a wrapping cell must never break inside a word
 * and its row must be tall enough for its lines. Returns what does not fit, in words.
 */
import { BOLD_WIDTH, lineCapacity, textUnits, wrappedLines } from '../../../src/core/summary/grid';
import type { SummaryCell, SummaryPlan } from '../../../src/core/summary/types';

const BOLD = BOLD_WIDTH;
const LINE_POINTS = 15;

/** A number as its format shows it, near enough to measure: decimals, grouping, literal suffix. */
export function shownNumber(value: number, format: string): string {
  const section = format.split(';')[0];
  const decimals = /0\.(0+)/.exec(section)?.[1].length ?? 0;
  const grouped = section.includes('#,##0');
  let text = Math.abs(value).toFixed(decimals);
  if (grouped) text = text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const literal = /"([^"]*)"/.exec(section)?.[1] ?? (section.includes('%') ? '%' : '');
  const sign = value < 0 || section.startsWith('+') ? '+' : '';
  return `${sign}${text}${literal}`;
}

function spanOf(plan: SummaryPlan, c: SummaryCell): number {
  const merge = plan.merges.find((m) => m.row === c.row && m.col === c.col);
  let w = 0;
  for (let col = c.col; col < c.col + (merge?.colCount ?? 1); col++) w += plan.columnWidths[col] ?? 10;
  return w;
}

export function unfitCells(plan: SummaryPlan): string[] {
  const out: string[] = [];
  for (const c of plan.cells) {
    if (c.value === '') continue;
    const style = plan.styles[c.style] ?? {};
    const scale = (style.size ?? 11) / 11;
    const width = spanOf(plan, c);
    const capacity = lineCapacity(width, scale * (style.bold ? BOLD : 1));
    const text = c.kind === 'number' ? shownNumber(Number(c.value), c.numberFormat) : String(c.value);
    const where = `row ${c.row + 1}, column ${c.col + 1} (“${text.slice(0, 40)}”)`;
    if (!style.wrap || c.kind === 'number') {
      if (textUnits(text) > capacity) out.push(`${where} is wider than its column and does not wrap`);
      continue;
    }
    const longest = Math.max(...text.split(/\s+/).map((w) => textUnits(w)));
    if (longest > capacity) out.push(`${where} breaks inside a word`);
    const lines = wrappedLines(text, width, scale * (style.bold ? BOLD : 1));
    const height = plan.rowHeights[c.row] ?? LINE_POINTS;
    if (lines * LINE_POINTS * scale > height + 0.5) out.push(`${where} needs ${lines} lines; its row holds fewer`);
  }
  return out;
}
