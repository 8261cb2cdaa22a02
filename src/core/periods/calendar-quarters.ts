/**
 * Quarters numbered in the calendar year ("2023 Q2 | 2023 Q3 | 2023 Q4", "Q1 2024"). A lone "Q4
 * 2023" is read as the UK financial quarter whose months fall in 2023 (January to March: parse-quarter.ts),
 * but in a row that runs 2023 Q2, Q3, Q4 that reading puts Q4 before Q2. Where the financial reading
 * of a row's calendar-year quarters is out of order and the calendar reading (Q1 January to March,
 * Q4 October to December) is in order, the row means calendar quarters: each is re-read so.
 */
import type { Period } from '../model';
import { quarterPeriod } from './fields';
import { provisionalOrder, timeKey } from './order';
import { headerText, normalizeHeader } from './text';
import type { HeaderCell, QuarterNumber } from './types';

const YEAR_QUARTER =
  /^(?:(?:q|qtr|quarter)\s*([1-4])[\s,-]*((?:19|20)\d\d)|((?:19|20)\d\d)[\s,-]*(?:q|qtr|quarter)\s*([1-4]))$/i;

/** Calendar quarter q of year y as the UK financial quarter it is: Q2 2023 (April to June) is 2023/24 Q1. */
function calendarQuarter(year: number, q: number): { fyStart: number; quarter: QuarterNumber } {
  return q === 1 ? { fyStart: year - 1, quarter: 4 } : { fyStart: year, quarter: (q - 1) as QuarterNumber };
}

/** True when the keys run one way (ascending, or descending), never back. */
function monotonic(keys: number[]): boolean {
  let up = true;
  let down = true;
  for (let k = 1; k < keys.length; k++) {
    if (keys[k] <= keys[k - 1]) up = false;
    if (keys[k] >= keys[k - 1]) down = false;
  }
  return up || down;
}

export function readCalendarQuarters(cells: readonly HeaderCell[], parsed: (Period | null)[]): (Period | null)[] {
  const found: { col: number; year: number; q: number }[] = [];
  parsed.forEach((p, col) => {
    if (!p || p.kind !== 'quarter') return;
    const m = YEAR_QUARTER.exec(normalizeHeader(headerText(cells[col])));
    if (m) found.push({ col, year: Number(m[2] ?? m[3]), q: Number(m[1] ?? m[4]) });
  });
  if (found.length < 2) return parsed;
  const asParsed = found.map((f) => timeKey(parsed[f.col] as Period) ?? 0);
  if (monotonic(asParsed)) return parsed;
  const re = found.map((f) => {
    const c = calendarQuarter(f.year, f.q);
    return quarterPeriod(c.fyStart, c.quarter);
  });
  if (!monotonic(re.map((p) => timeKey(p) ?? 0))) return parsed;
  const out = [...parsed];
  found.forEach((f, i) => {
    const p = parsed[f.col] as Period;
    out[f.col] = { ...re[i], label: p.label, order: provisionalOrder(re[i]) };
  });
  return out;
}
