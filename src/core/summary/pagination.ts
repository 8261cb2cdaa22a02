/**
 * Page breaks so a printed section (a heading and its table) starts on a fresh page rather than
 * losing its header over a page end. Heights are estimates at 100% scale; fitting the page width can
 * only shrink rows, so the breaks err towards starting a page early, never late.
 */
import type { CellRange } from '../snapshot';

/** A4 landscape (595 pt tall) less 0.6 in margins top and bottom. */
export const PAGE_POINTS = 595 - 2 * 0.6 * 72;
/** Excel's default row height for 11 pt Calibri. */
export const DEFAULT_ROW_POINTS = 15;

export interface Section {
  /** First row (the heading) and last row of the section, 0-based. */
  start: number;
  end: number;
}

function height(rowHeights: Record<number, number>, row: number): number {
  return rowHeights[row] ?? DEFAULT_ROW_POINTS;
}

function span(rowHeights: Record<number, number>, from: number, to: number): number {
  let h = 0;
  for (let r = from; r <= to; r++) h += height(rowHeights, r);
  return h;
}

/** A section's heading, its table header and two rows stay together: never a heading alone at a page end. */
const KEEP_FIRST_ROWS = 4;
/** Fewer rows than this of a section at the top of a page is an orphan: start that page a row early. */
const MIN_CARRIED_ROWS = 2;

/**
 * Rows (0-based) that start a new page. A section that would cross the page end moves to the next
 * page when it fits there and less than half the page is left; a longer one when less than a third
 * is left. Otherwise it starts here and flows on, as long as its heading, table header and first
 * rows fit (else it moves). Where a section
 * flows over a page end, at least two of its rows go over, so no last row sits alone.
 */
export function pageBreaks(sections: Section[], rowHeights: Record<number, number>, titleRows: CellRange): number[] {
  const titles = span(rowHeights, titleRows.row, titleRows.row + titleRows.rowCount - 1);
  const capacity = PAGE_POINTS - titles;
  const breaks: number[] = [];
  // The first page holds the title rows too: count from the first row after them.
  let pageStart = titleRows.row + titleRows.rowCount;
  for (const s of sections) {
    if (s.start <= pageStart) continue;
    const used = span(rowHeights, pageStart, s.start - 1);
    const need = span(rowHeights, s.start, s.end);
    if (used + need <= capacity) continue;
    const left = capacity - used;
    const firstRows = span(rowHeights, s.start, Math.min(s.end, s.start + KEEP_FIRST_ROWS - 1));
    if ((need <= capacity && left < capacity / 2) || left < capacity / 3 || firstRows > left) {
      breaks.push(s.start);
      pageStart = s.start;
    }
    // Rows that flow on past a page end start a page of their own; follow them so later sections
    // are measured from the right place, and pull the break a row earlier for a lone last row.
    while (span(rowHeights, pageStart, s.end) > capacity) {
      let r = pageStart;
      let h = 0;
      while (r <= s.end && h + height(rowHeights, r) <= capacity) h += height(rowHeights, r++);
      const carried = s.end - r + 1;
      const earliest = Math.max(pageStart, s.start + KEEP_FIRST_ROWS - 1) + 1;
      if (carried < MIN_CARRIED_ROWS && r - (MIN_CARRIED_ROWS - carried) >= earliest) {
        r -= MIN_CARRIED_ROWS - carried;
        breaks.push(r);
      }
      pageStart = Math.max(r, pageStart + 1);
    }
  }
  return breaks;
}
