/**
 * A period banner over role headers (issue 20 item 1, in its two-row form): a row of periods, each
 * over a group of columns ("2022/23" over "Target | Actual", "Q1" over "Plan | Actual | RAG"), the
 * banner cell merged or centred across its group (so the cells right of it are blank), and the
 * role words in the header row below. Each role column under a banner names that period, as a
 * one-row "2022/23 Target" would.
 *
 * Evidence, in order: the row above the header holds at least two distinct periods; a blank banner
 * cell continues the period to its left (a merged or centred group); a non-period word ends it. A
 * single period above (a title such as "Quarter 2") is not a banner: it gives nothing.
 */
import type { Period } from '../model';
import { analysePeriodRow, parsePeriodHeader } from '../periods';
import type { HeaderCell } from '../periods/types';
import type { Grid } from './grid';
import { keywordRole } from './column-words';
import { headerCell } from './headers';
import { monthName } from '../periods/months';

/** The period over each column of c0..c1 from the banner row above header row r; empty when there is none. */
export function bannerPeriods(grid: Grid, r: number, c0: number, c1: number): Map<number, Period> {
  const out = new Map<number, Period>();
  const up = r - 1;
  if (up < 0 || grid.rowFilled[up] < 2 || grid.rowClaimed(up, c0, c1)) return out;
  // Each banner cell with the columns it spans.
  const banners: { col: number; cell: HeaderCell; span: number[] }[] = [];
  let current: (typeof banners)[number] | undefined;
  for (let c = c0; c <= c1; c++) {
    if (grid.isBlank(up, c)) {
      if (current && !grid.isBlank(r, c)) current.span.push(c);
      continue;
    }
    const cell = headerCell(grid, up, c);
    const p = parsePeriodHeader(cell, { date1904: grid.date1904 });
    // A merged banner repeated in each of its cells (as some hosts give it) is one group.
    if (p && p.kind !== 'baseline') {
      if (current && current.cell.text === cell.text && current.span[current.span.length - 1] === c - 1) {
        current.span.push(c);
        continue;
      }
      current = { col: c, cell, span: [c] };
      banners.push(current);
    } else current = undefined;
  }
  if (new Set(banners.map((b) => b.cell.text)).size < 2) return out;
  // Read as a row, so yearless banners ("Q1" .. "Q4", "April" .. "March") get years in order.
  const periods = analysePeriodRow(
    banners.map((b) => b.cell),
    { date1904: grid.date1904 },
  ).periods;
  banners.forEach((b, i) => {
    const p = periods[i];
    if (p) for (const c of b.span) out.set(c, p);
  });
  return out;
}

/** Role words that make a row under periods a header row, not a block's first data row. */
const ROLES_UNDER_BANNER = new Set(['target', 'actual', 'earlier', 'status', 'variance', 'trend']);

/**
 * True when row `below` has two or more role words ("Target", "Actual", "RAG") under columns
 * c0..c1: the periods above it are a banner over that header, not a metric block's period row.
 */
export function roleRowUnder(grid: Grid, below: number, c0: number, c1: number): boolean {
  if (below >= grid.rows) return false;
  let roles = 0;
  for (let c = c0; c <= c1; c++) {
    if (!grid.isString(below, c)) continue;
    const role = keywordRole(grid.lower(below, c));
    if (role !== null && ROLES_UNDER_BANNER.has(role) && ++roles >= 2) return true;
  }
  return false;
}

/**
 * A quarter or month header without its year under a year banner ("2023/24" over "Q3 | Outturn",
 * "2024/25" over "Q1 | Q2 | Q3 | Target"), as the cell the row's period reading sees: "Q3 2023/24",
 * "October 2023". Before, the row chained them from the nearest dated header instead, so Q3 under
 * "2023/24" was read as Q3 2024/25, later than the quarters under "2024/25". Null when the banner
 * is not a year or the header already has one.
 */
export function withBannerYear(own: Period | undefined, over: Period | undefined): HeaderCell | null {
  if (!own || !over || over.kind !== 'year') return null;
  if (own.year !== undefined || own.fyStart !== undefined) return null;
  let text: string | null = null;
  if (own.kind === 'quarter' && own.quarter !== undefined && over.fyStart !== undefined) {
    text = `Q${own.quarter} ${over.fyStart}/${String((over.fyStart + 1) % 100).padStart(2, '0')}`;
  } else if (own.kind === 'month' && own.month !== undefined) {
    // A month of a financial year falls in its first calendar year from April, its second before.
    const year = over.fyStart !== undefined ? over.fyStart + (own.month >= 4 ? 0 : 1) : over.year;
    if (year !== undefined) text = `${monthName(own.month)} ${year}`;
  }
  return text ? { value: text, numberFormat: 'General', text } : null;
}
