/**
 * The period a role header names alongside its role: "2016/17 end of year target" (the year
 * 2016/17), "2016/17 half year metric value" (April to September 2016, read as Q2, the quarter the
 * half-year ends with), "Q3 2019/20 actual", "2015 provisional". A plan range ("Target 2022-30")
 * is no single period: null.
 */
import type { Period } from '../model';
import { financialYearStart } from './fields';
import { provisionalOrder } from './order';
import type { PeriodFields, QuarterNumber } from './types';

const FY = /\b((?:19|20)\d{2})\s*[/\- ]\s*(\d{2}|\d{4})\b/;
const YEAR = /\b((?:19|20)\d{2})\b/;
const HALF = /\b(h1|half[\s-]?year(?:ly)?|mid[\s-]?year|first half|six months)\b/;
const SECOND_HALF = /\b(h2|second half)\b/;
const QUARTER = /\b(?:q|quarter\s*)([1-4])\b|\b([1-4])(?:st|nd|rd|th)\s+quarter\b/;

function fields(l: string): PeriodFields | null {
  const fyMatch = FY.exec(l);
  const fy = fyMatch ? financialYearStart(`${fyMatch[1]}/${fyMatch[2]}`) : null;
  // "2022-30" and other ranges that are not one financial year name a plan, not a period.
  if (fyMatch && fy === null) return null;
  const q = QUARTER.exec(l);
  const quarter = q ? (Number(q[1] ?? q[2]) as QuarterNumber) : null;
  if (fy !== null) {
    if (quarter) return { kind: 'quarter', fyStart: fy, quarter };
    if (HALF.test(l)) return { kind: 'quarter', fyStart: fy, quarter: 2 };
    if (SECOND_HALF.test(l)) return { kind: 'quarter', fyStart: fy, quarter: 4 };
    return { kind: 'year', fyStart: fy };
  }
  const y = YEAR.exec(l);
  if (y && !quarter) return { kind: 'year', year: Number(y[1]) };
  return null;
}

/** The period named in a header's period words (lowercase), or null. */
export function parsePeriodPhrase(periodText: string, label: string): Period | null {
  const l = periodText.toLowerCase().trim();
  if (l === '' || l.length > 60) return null;
  const f = fields(l);
  return f ? { ...f, label, order: provisionalOrder(f) } : null;
}
