/**
 * Half years as council reports name them: "H1 2023/24", "2023/24 H2", "Mid-year 22/23", "Half
 * year 2023/24", "Second half 2023/24". A half of a financial year is read as the date it ends
 * (30 September, 31 March), so it orders among quarters and years, and the same half a year
 * earlier is the same date a year earlier.
 *
 * With a calendar year ("H1 2023", "H2 2023", "2023 H2", "Second half 2023"), the half of that
 * calendar year, read as the date it ends (30 June, 31 December): a six-monthly Council Plan update
 * headed "H2 2022 | H1 2023 | H2 2023". Before, these were no period, so the table's first figure
 * column was read as its only actual. Between themselves the halves order the same whichever year
 * they belong to; the calendar reading is what the words say (a financial half names its
 * financial year: "H1 2023/24").
 */
import { datePeriod, financialYearStart } from './fields';
import type { PeriodFields } from './types';

const HALF_FIRST =
  /^(?:h([12])|half[\s-]?year(?:\s*([12])(?!\d))?|(first|second) half(?: of)?|mid[\s-]?year)[\s:,-]*(.+)$/;
const HALF_LAST = /^(.+?)[\s:,-]+(?:h([12])|half[\s-]?year(?:\s*([12])(?!\d))?|mid[\s-]?year)$/;

/** A four-digit calendar year alone ("2023"), not a sentence or a count after the half's words. */
const CALENDAR_YEAR = /^((?:19|20)\d{2})$/;

function halfOf(h: string | undefined, n: string | undefined, word?: string): 1 | 2 {
  if (h) return h === '2' ? 2 : 1;
  if (n) return n === '2' ? 2 : 1;
  return word === 'second' ? 2 : 1;
}

export function parseHalfYear(l: string): PeriodFields | null {
  let half: 1 | 2;
  let rest: string;
  const first = HALF_FIRST.exec(l);
  if (first) {
    half = halfOf(first[1], first[2], first[3]);
    rest = first[4];
  } else {
    const last = HALF_LAST.exec(l);
    if (!last) return null;
    half = halfOf(last[2], last[3]);
    rest = last[1];
  }
  const fy = financialYearStart(rest) ?? financialYearStart(`fy ${rest}`);
  if (fy !== null) return half === 1 ? datePeriod(fy, 9, 30) : datePeriod(fy + 1, 3, 31);
  const calendar = CALENDAR_YEAR.exec(rest);
  if (!calendar) return null;
  const year = Number(calendar[1]);
  return half === 1 ? datePeriod(year, 6, 30) : datePeriod(year, 12, 31);
}
