/**
 * Windows named by the month they end in, as crime, road safety and health statistics head their
 * columns: "12 months to Sep 2023", "Rolling 12 months to Sep-23", "Year ending March 2023" (the
 * ONS form), "YE Mar 23", "Year to September 2023", "12 months ending 30/09/2023", and a twelve-month
 * range "Oct 22 - Sep 23". Each is read as the date its window ends (the month's last day), so
 * "12 months to Sep 2022 | 12 months to Sep 2023" are two periods a year apart and the later one is
 * the figure (before, none was a period, and "Rolling 12 months to Sep-23" was taken for a
 * "Prev. 6 months" style baseline and never rated).
 *
 * A window that says it is an earlier or an averaged one ("Previous 12 months to Aug-23", "12 month
 * average to Sep 23") stays what it was; a window without a year ("Year to date", "Year to Sep") is
 * no period here (the end could be this year or last).
 */
import { datePeriod } from './fields';
import { daysInMonth, expandYear, monthFromName } from './months';
import { parseNamedDate, parseNumericDate } from './parse-dates';
import type { PeriodFields } from './types';

const WINDOW_ENDING =
  /^(?:rolling\s+)?(?:(?:\d{1,2}|three|six|twelve)[\s-]*(?:months?|mths?|mnths?)|(?:the\s+)?(?:financial\s+)?(?:year|yr))\s+(?:to|ending|ended|end(?:ing)?\s+in)\s+(.+)$/;
const SHORT_YEAR_ENDING = /^(?:ye|y\/e|y\.e\.)\s+(.+)$/;
const NOT_THE_WINDOW = /\b(?:prev|previous|prior|last|average|avg|mean|median)\b/;
const TWELVE_MONTH_RANGE = /^([a-z]+)\.?[\s'-]*(\d{4}|\d{2})\s*(?:-|–|to)\s*([a-z]+)\.?[\s'-]*(\d{4}|\d{2})$/;

/** The end of a window as a dated period (the month's last day), or null without a year. */
function endOf(text: string): PeriodFields | null {
  const t = text.replace(/^(?:the\s+)?(?:end\s+of\s+)?/, '').trim();
  const d = parseNumericDate(t, false) ?? parseNamedDate(t);
  if (!d || d.year === undefined || d.month === undefined) return null;
  if (d.kind === 'date') return d;
  return datePeriod(d.year, d.month, daysInMonth(d.month, d.year));
}

/** "Oct 22 - Sep 23", "April 2022 to March 2023": twelve months, read as the date they end. */
function twelveMonthRange(l: string): PeriodFields | null {
  const m = TWELVE_MONTH_RANGE.exec(l);
  if (!m) return null;
  const a = monthFromName(m[1]);
  const b = monthFromName(m[3]);
  if (a === null || b === null) return null;
  const y1 = expandYear(m[2]);
  const y2 = expandYear(m[4]);
  // Twelve months end the month before they start, a year on (January to December in one year).
  const twelve = a === 1 ? b === 12 && y2 === y1 : b === a - 1 && y2 === y1 + 1;
  return twelve ? datePeriod(y2, b, daysInMonth(b, y2)) : null;
}

/** A window named by its end ("12 months to Sep 2023"), lower-cased and normalised; null otherwise. */
export function parseRollingYear(l: string): PeriodFields | null {
  if (l.length > 60 || NOT_THE_WINDOW.test(l)) return null;
  const m = WINDOW_ENDING.exec(l) ?? SHORT_YEAR_ENDING.exec(l);
  if (m) return endOf(m[1]);
  return twelveMonthRange(l);
}
