/** Period fields from calendar parts, and the year readings shared by the text parsers. */
import { daysInMonth, expandYear } from './months';
import { fyOfMonth, quarterOfMonth } from './quarters';
import type { PeriodFields, QuarterNumber } from './types';

export function monthPeriod(year: number | undefined, month: number): PeriodFields {
  const quarter = quarterOfMonth(month);
  if (year === undefined) return { kind: 'month', month, quarter };
  return { kind: 'month', year, month, fyStart: fyOfMonth(year, month), quarter };
}

export function datePeriod(year: number | undefined, month: number, day: number): PeriodFields {
  const quarter = quarterOfMonth(month);
  if (year === undefined) return { kind: 'date', month, day, quarter };
  return { kind: 'date', year, month, day, fyStart: fyOfMonth(year, month), quarter };
}

export function quarterPeriod(fyStart: number | undefined, quarter: QuarterNumber): PeriodFields {
  return fyStart === undefined ? { kind: 'quarter', quarter } : { kind: 'quarter', fyStart, quarter };
}

export function validDate(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

export function dateOrNull(year: number | undefined, month: number, day: number): PeriodFields | null {
  return validDate(year, month, day) ? datePeriod(year, month, day) : null;
}

/** "2020/21", "2020-21", "2020/2021", "FY 2020/21", "FY20/21" -> financial year 2020. */
export function financialYearStart(l: string): number | null {
  const m = /^(fy|f\/y|financial year|year)?\s*'?(\d{2}|\d{4})\s*[/-]\s*'?(\d{2}|\d{4})$/.exec(l);
  if (!m) return null;
  // Two-digit "20/21" only with an FY prefix: bare it is too easily a fraction or a date.
  if (!m[1] && m[2].length !== 4) return null;
  const first = expandYear(m[2]);
  const second = m[3].length === 4 ? Number(m[3]) : null;
  if (second !== null ? second !== first + 1 : Number(m[3]) !== (first + 1) % 100) return null;
  return first;
}

/**
 * "FY24", "FY 2024", "FY2023": the fiscal year named by the calendar year it ends in, as US, Australian
 * and New Zealand budgets name theirs (FY2023 ends in June or September 2023) and as "Q1 FY24" does.
 * Read as the UK financial year ending in that year (2022/23): the years keep their order, so the
 * latest FY column is the latest year, whichever month a country's year ends in.
 */
export function fiscalYearByEnd(l: string): number | null {
  const m = /^fy\s?'?(\d{2}|\d{4})$/.exec(l);
  if (!m) return null;
  return (m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1])) - 1;
}

/**
 * "Q4 2021" read literally: the quarter whose months fall in 2021. Every financial quarter lies in
 * one calendar year, so only Q4 (January to March) belongs to the financial year before.
 */
export function calendarQuarterFy(year: number, quarter: QuarterNumber): number {
  return quarter === 4 ? year - 1 : year;
}
