/** English month names as council sheets write them ("Sept", "Sep", "September", "SEPT."). */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const BY_NAME: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  MONTH_NAMES.forEach((name, i) => {
    const lower = name.toLowerCase();
    m.set(lower, i + 1);
    m.set(lower.slice(0, 3), i + 1);
  });
  m.set('sept', 9);
  return m;
})();

/** "sep", "Sept.", "SEPTEMBER" -> 9; anything else -> null. */
export function monthFromName(word: string): number | null {
  const key = word.trim().replace(/\.$/, '').toLowerCase();
  return BY_NAME.get(key) ?? null;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

export function monthAbbrev(month: number): string {
  return monthName(month).slice(0, 3);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; without a year February allows 29 (a bare "29 Feb" is a real date some year). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Two-digit years in header text: 00-79 -> 2000s, 80-99 -> 1900s. (Excel's own cutoff for typed
 * dates is 30, but text headers that Excel did not turn into dates are ours to read, and KPI tables
 * will reach "Mar-30" long before they reach back to the 1980s.)
 */
export function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length >= 4) return n;
  return n < 80 ? 2000 + n : 1900 + n;
}
