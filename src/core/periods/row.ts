/**
 * A header row read as a whole. Lone headers often lack a year ("September" ... "April", "Qtr 2"):
 * the row supplies it. Yearless periods are chained from the nearest dated one so the sequence runs
 * forward across the year end, in whichever direction the row runs; `order` is then set by time.
 */
import type { Period } from '../model';
import { readCalendarQuarters } from './calendar-quarters';
import { fyOfMonth } from './quarters';
import { keyOf, monthIndex, NOMINAL_FY_START, placeAt, residueOf, timeKey } from './order';
import { parsePeriodHeader, type ParseOptions } from './parse';
import { NUMERIC_DATE } from './parse-dates';
import { headerText } from './text';
import type { HeaderCell, PeriodRow } from './types';

interface Item {
  col: number;
  period: Period;
  /** Resolved time key (null until a yearless period is placed). */
  key: number | null;
  residue: { monthOfYear: number; sub: number } | null;
}

/** A row of headers to periods with context; null where a cell is not a period. */
export function parsePeriodRow(cells: readonly HeaderCell[], options: ParseOptions = {}): (Period | null)[] {
  return analysePeriodRow(cells, options).periods;
}

/** As parsePeriodRow, and says whether the row runs newest first and whether its years are nominal. */
export function analysePeriodRow(cells: readonly HeaderCell[], options: ParseOptions = {}): PeriodRow {
  const monthFirst = options.monthFirst ?? writtenMonthFirst(cells);
  const parsed = readCalendarQuarters(
    cells,
    cells.map((c) => parsePeriodHeader(c, { ...options, monthFirst })),
  );
  const items: Item[] = [];
  parsed.forEach((p, col) => {
    if (p && p.kind !== 'baseline') items.push({ col, period: p, key: timeKey(p), residue: residueOf(p) });
  });
  const descending = runsNewestFirst(items);
  const inTime = descending ? [...items].reverse() : items;
  const nominalYear = placeYearless(inTime);

  const out: (Period | null)[] = parsed.map(() => null);
  for (const it of items) {
    const placed = it.period.year === undefined && it.period.fyStart === undefined && it.key !== null;
    out[it.col] = placed ? { ...placeAt(it.period, it.key as number), order: 0 } : it.period;
  }
  assignOrders(parsed, items, out);
  return { periods: out, descending, nominalYear };
}

/**
 * A row of text dates is US-style when some can only be read month first ("06/30/12") and none
 * only day first ("30/06/12"); then all its ambiguous ones ("06/07/12") are read month first too.
 */
function writtenMonthFirst(cells: readonly HeaderCell[]): boolean {
  let dayOnly = 0;
  let monthOnly = 0;
  for (const c of cells) {
    if (typeof c.value === 'boolean') continue;
    const m = NUMERIC_DATE.exec(headerText(c).trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayOnly++;
    else if (Number(m[2]) > 12) monthOnly++;
  }
  return monthOnly > 0 && dayOnly === 0;
}

/** Dated periods decide the direction; failing that, the shorter way round the calendar does. */
function runsNewestFirst(items: readonly Item[]): boolean {
  // Whole years span a twelvemonth and say nothing about direction.
  const dated = items.filter((it) => it.key !== null && it.period.kind !== 'year').map((it) => it.key as number);
  let ups = 0;
  let downs = 0;
  for (let k = 1; k < dated.length; k++) {
    if (dated[k] > dated[k - 1]) ups++;
    else if (dated[k] < dated[k - 1]) downs++;
  }
  if (ups + downs > 0) return downs > ups;
  const marks = items.filter((it) => it.period.kind !== 'year').map(residueOfItem);
  let forward = 0;
  let backward = 0;
  for (let k = 1; k < marks.length; k++) {
    forward += monthsAhead(marks[k - 1], marks[k]);
    backward += monthsAhead(marks[k], marks[k - 1]);
  }
  return backward < forward;
}

function residueOfItem(it: Item): { monthOfYear: number; sub: number } {
  if (it.residue) return it.residue;
  const key = it.key as number;
  return { monthOfYear: Math.floor(key / 100) % 12, sub: key % 100 };
}

/** Months from a to the next b going forward (a full year when b is not after a within its month). */
function monthsAhead(a: { monthOfYear: number; sub: number }, b: { monthOfYear: number; sub: number }): number {
  const d = (b.monthOfYear - a.monthOfYear + 12) % 12;
  return d === 0 && b.sub <= a.sub ? 12 : d;
}

/** The first key after `after` (or before `before`) with the given month of year and sub position. */
function nextKey(from: number, r: { monthOfYear: number; sub: number }, forward: boolean): number {
  const baseYear = Math.floor(Math.floor(from / 100) / 12);
  const candidates = [-1, 0, 1].map((dy) => keyOf((baseYear + dy) * 12 + r.monthOfYear, r.sub));
  if (forward) return Math.min(...candidates.filter((k) => k > from));
  return Math.max(...candidates.filter((k) => k < from));
}

/** A whole financial year anchors what follows it from its start and what precedes it from its end. */
function anchorFrom(it: Item, forward: boolean): number {
  const key = it.key as number;
  if (it.period.kind === 'year' && it.period.fyStart !== undefined && forward) {
    return keyOf(monthIndex(it.period.fyStart, 4), 0);
  }
  if (it.period.kind === 'year' && it.period.fyStart === undefined && forward) {
    return keyOf(monthIndex(Math.floor(key / 100 / 12), 1), 0);
  }
  return key;
}

/** Gives yearless items keys in time order; returns true when no header had a year (nominal years). */
function placeYearless(inTime: Item[]): boolean {
  if (inTime.length === 0) return false;
  const firstAnchor = inTime.findIndex((it) => it.key !== null);
  let nominal = false;
  let start = firstAnchor;
  if (firstAnchor < 0) {
    const r = inTime[0].residue as { monthOfYear: number; sub: number };
    inTime[0].key = keyOf(NOMINAL_FY_START * 12 + r.monthOfYear, r.sub);
    start = 0;
    nominal = true;
  }
  for (let k = start + 1; k < inTime.length; k++) {
    const it = inTime[k];
    if (it.key !== null && it.residue === null) continue;
    it.key = nextKey(anchorFrom(inTime[k - 1], true), it.residue as { monthOfYear: number; sub: number }, true);
  }
  for (let k = start - 1; k >= 0; k--) {
    const it = inTime[k];
    if (it.key !== null) continue;
    it.key = nextKey(anchorFrom(inTime[k + 1], false), it.residue as { monthOfYear: number; sub: number }, false);
  }
  if (nominal) {
    // Shift by whole years so the earliest period falls in the nominal financial year.
    const idx = Math.floor((inTime[0].key as number) / 100);
    const shift = NOMINAL_FY_START - fyOfMonth(Math.floor(idx / 12), (idx % 12) + 1);
    for (const it of inTime) it.key = (it.key as number) + shift * 1200;
  }
  return nominal;
}

/** Baselines first (-n .. -1), then time keys; equal periods are told apart left to right. */
function assignOrders(parsed: readonly (Period | null)[], items: readonly Item[], out: (Period | null)[]): void {
  const baselines = parsed.map((p, col) => (p?.kind === 'baseline' ? col : -1)).filter((c) => c >= 0);
  baselines.forEach((col, j) => {
    out[col] = { ...(parsed[col] as Period), order: j - baselines.length };
  });
  const seen = new Map<number, number>();
  for (const it of items) {
    const key = it.key as number;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out[it.col] = { ...(out[it.col] as Period), order: key + n / 100 };
  }
}
