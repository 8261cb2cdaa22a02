/**
 * The body rows of a long-format table (long-format.ts): each row's key and period, and whether
 * the rows group into series (one indicator per key, one row per period).
 */
import type { Period } from '../model';
import { analysePeriodRow, parsePeriodHeader, parsePeriodText } from '../periods';
import type { HeaderCell } from '../periods/types';
import type { Grid } from './grid';
import { headerCell } from './headers';
import type { LongHeader } from './long-header';

/** Share of body rows whose period cell reads as a period. */
export const PERIOD_SHARE = 0.8;
/** Share of rows that must belong to an indicator with two or more periods. */
const SERIES_SHARE = 0.5;
/** Fewer rows than this are too few to tell a series from a register. */
const MIN_ROWS = 3;

/** Evidence step 2: a period cell read as a period (a year number under a Year header too). */
function periodOf(grid: Grid, r: number, c: number): Period | null {
  const v = grid.value(r, c);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100 && !grid.format(r, c).includes('/')) {
    const fields = parsePeriodText(String(v), true);
    return fields ? { ...fields, label: String(v), order: orderOfYear(v) } : null;
  }
  return parsePeriodHeader(headerCell(grid, r, c), { date1904: grid.date1904 });
}

/**
 * Evidence step 2a: a year in one column and the month or quarter in another ("2023/24" | "Q3",
 * 2024 | "Jan"), read as one period ("Q3 2023/24", "Jan 2024"). A financial year's months Jan-Mar
 * fall in its second calendar year. Null when the two cells are not a year and a part of one.
 */
function splitPeriodOf(grid: Grid, r: number, h: LongHeader): Period | null {
  if (h.subPeriod === undefined) return null;
  const a = periodOf(grid, r, h.period);
  const b = periodOf(grid, r, h.subPeriod);
  if (!a || !b) return null;
  const [year, part] = a.kind === 'year' && yearless(b) ? [a, b] : b.kind === 'year' && yearless(a) ? [b, a] : [];
  if (!year || !part) return null;
  const partText = grid.trimmed(r, part === a ? h.period : h.subPeriod);
  let text: string | null = null;
  if (part.kind === 'quarter') text = `${partText} ${year.label}`;
  else if (part.month !== undefined) {
    const calendar = year.year ?? (year.fyStart === undefined ? undefined : year.fyStart + (part.month < 4 ? 1 : 0));
    if (calendar !== undefined) text = `${partText} ${calendar}`;
  }
  if (text === null) return null;
  const fields = parsePeriodText(text, false);
  if (!fields || fields.kind !== part.kind) return null;
  return parsePeriodHeader({ value: text, numberFormat: 'General', text }, { date1904: grid.date1904 });
}

/** The same order a "2024" text header gets: the year's last month (periods/order.ts timeKey). */
function orderOfYear(year: number): number {
  return (year * 12 + 11) * 100 + 70;
}

export interface Row {
  r: number;
  key: string;
  period: Period;
  /** The row's breakdown ("Derby", "Female, 18-64") where the measure is given per area or group (long-breakdown.ts). */
  breakdown?: string;
}

/** The body rows: up to a blank row run or another table, each with its key and period. */
export function readRows(grid: Grid, h: LongHeader): { rows: Row[]; last: number; unparsed: number } {
  const keyCol = h.key ?? h.name!;
  const rows: Row[] = [];
  let last = h.row;
  let unparsed = 0;
  let blank = 0;
  for (let r = h.row + 1; r < grid.rows; r++) {
    if (grid.rowClaimed(r, h.first, h.last)) break;
    if (grid.filledIn(r, h.first, h.last) === 0) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    const nameCol = h.name ?? keyCol;
    // A row without its key is keyed by its name (a code left blank on some rows).
    const keyed = grid.isBlank(r, keyCol) ? nameCol : keyCol;
    if (grid.isBlank(r, keyed)) break;
    const period = splitPeriodOf(grid, r, h) ?? periodOf(grid, r, h.period);
    if (!period || period.kind === 'baseline') {
      unparsed++;
      last = r;
      continue;
    }
    rows.push({ r, key: grid.lower(r, keyed) || grid.trimmed(r, keyed), period });
    last = r;
  }
  return { rows: placeYearless(grid, h, rows), last, unparsed };
}

/** A month or quarter with no year ("Jan", "Qtr 2"): its place in time comes from its neighbours. */
function yearless(p: Period): boolean {
  return (p.kind === 'month' || p.kind === 'quarter') && p.year === undefined && p.fyStart === undefined;
}

/**
 * Evidence step 2b: period cells without a year ("Jan" .. "Jun" down the rows) are in the order the
 * table first lists them, read as a header row would read them (periods/row.ts: chained forward from
 * the first, across the year end). Without this each would get the nominal financial year on its
 * own, and Jan-Mar would sort after Jun (the UK financial year runs April to March) although the
 * sheet lists them first.
 */
function placeYearless(grid: Grid, h: LongHeader, rows: Row[]): Row[] {
  if (!rows.some((row) => yearless(row.period))) return rows;
  const cells: HeaderCell[] = [];
  const slot = new Map<string, number>();
  const slotOf = rows.map((row) => {
    const cell = headerCell(grid, row.r, h.period);
    const id = `${row.period.kind}|${row.period.label}`;
    let k = slot.get(id);
    if (k === undefined) {
      k = cells.length;
      slot.set(id, k);
      cells.push(cell);
    }
    return k;
  });
  const placed = analysePeriodRow(cells, { date1904: grid.date1904 }).periods;
  return rows.map((row, i) => {
    const p = placed[slotOf[i]];
    return p && p.kind === row.period.kind ? { ...row, period: p } : row;
  });
}

/** Evidence step 3: rows group into series, one period each. Null when they do not. */
export function groupRows(rows: Row[], unparsed: number): Map<string, Row[]> | null {
  if (rows.length < MIN_ROWS || rows.length < (rows.length + unparsed) * PERIOD_SHARE) return null;
  const groups = new Map<string, Row[]>();
  const periods = new Set<number>();
  for (const row of rows) {
    periods.add(row.period.order);
    const g = groups.get(row.key);
    if (g) g.push(row);
    else groups.set(row.key, [row]);
  }
  if (periods.size < 2) return null;
  let inSeries = 0;
  for (const g of groups.values()) {
    const seen = new Set<number>();
    for (const row of g) {
      // The same period twice under one name: several series (areas, groups), not one indicator's.
      if (seen.has(row.period.order)) return null;
      seen.add(row.period.order);
    }
    if (g.length >= 2) inSeries += g.length;
  }
  return inSeries >= rows.length * SERIES_SHARE ? groups : null;
}

export function hasActual(grid: Grid, r: number, h: LongHeader): boolean {
  return !grid.isBlank(r, h.actual) && !grid.isOurs(r, h.actual);
}
