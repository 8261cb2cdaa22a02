/** Date, month and year headers as text: "30/06/12", "2012-06-30", "30 Jun 2012", "May-15", "September", "2020/21", "2020". */
import { dateOrNull, financialYearStart, fiscalYearByEnd, monthPeriod } from './fields';
import { expandYear, monthFromName } from './months';
import type { PeriodFields } from './types';

/** "2020/21", "FY 2020/21", and a fiscal year named by its end alone ("FY2023", "FY23"). */
export function parseFinancialYear(l: string): PeriodFields | null {
  const fy = financialYearStart(l) ?? fiscalYearByEnd(l);
  return fy === null ? null : { kind: 'year', fyStart: fy };
}

/** "30/06/12", "30.06.2012", "30-06-12". */
export const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

export function parseNumericDate(l: string, monthFirst: boolean): PeriodFields | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(l);
  if (m) return dateOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(l);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? monthPeriod(Number(m[1]), Number(m[2])) : null;
  m = NUMERIC_DATE.exec(l);
  if (m) {
    const year = expandYear(m[3]);
    const a = Number(m[1]);
    const b = Number(m[2]);
    // UK day first; a date only readable month first ("06/30/12") is a US-style header.
    if (monthFirst) return dateOrNull(year, a, b) ?? dateOrNull(year, b, a);
    return dateOrNull(year, b, a) ?? dateOrNull(year, a, b);
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(l);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? monthPeriod(Number(m[2]), Number(m[1])) : null;
  return null;
}

/** "30 Jun 2012", "30-Jun-12", "31st March", "June 30, 2012", "May-15", "Apr 2016", "September". */
export function parseNamedDate(l: string): PeriodFields | null {
  let m = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([a-z]+)\.?,?(?:[\s./',-]*(\d{4}|\d{2}))?$/.exec(l);
  if (m) {
    const month = monthFromName(m[2]);
    if (month === null) return null;
    return dateOrNull(m[3] ? expandYear(m[3]) : undefined, month, Number(m[1]));
  }
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(l);
  if (m) {
    const month = monthFromName(m[1]);
    return month === null ? null : dateOrNull(Number(m[3]), month, Number(m[2]));
  }
  // Month and year: "May-15" is May 2015 (the sheets' mmm-yy), never 15 May.
  m = /^([a-z]+)\.?[\s./',-]*(\d{4}|\d{2})$/.exec(l);
  if (m) {
    const month = monthFromName(m[1]);
    return month === null ? null : monthPeriod(expandYear(m[2]), month);
  }
  m = /^([a-z]+)\.?$/.exec(l);
  if (m) {
    const month = monthFromName(m[1]);
    return month === null ? null : monthPeriod(undefined, month);
  }
  return null;
}

/** "2023", and a calendar year marked as one beside fiscal years: "CY2023", "CY 2023", "CY23", "Calendar year 2023". */
export function parseCalendarYear(l: string): PeriodFields | null {
  if (/^(19[5-9]\d|20\d\d)$/.test(l)) return { kind: 'year', year: Number(l) };
  const m = /^(?:cy\s?|calendar year\s)(19[5-9]\d|20\d\d|\d\d)$/.exec(l);
  return m ? { kind: 'year', year: m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]) } : null;
}

/**
 * A date named by what it ends or starts: "w/e 03/09/2023", "Week ending 3 Sep 2023", "W/C 04/09/23",
 * "Month ending 30/09/2023". The date is the period; the words only say how the week is labelled.
 */
const DATED_BY =
  /^(?:w\/e|w\.e\.?|we|wk\/e|w\/c|w\.c\.?|wc|w\/b|wb|m\/e|q\/e|(?:week|wk|month|period|quarter) (?:ending|end|ended|commencing|beginning|starting)|(?:w|wk)\/(?:ending|commencing))[\s.:,]*(\d.*)$/;

export function parseDatedBy(l: string, monthFirst: boolean): PeriodFields | null {
  const m = DATED_BY.exec(l);
  if (!m) return null;
  return parseNumericDate(m[1], monthFirst) ?? parseNamedDate(m[1]);
}

/**
 * A month of the financial year as NHS and council finance reports number them: "M6", "M06",
 * "Month 6", with the year before or after ("2023/24 M6", "M6 23/24"). M1 is April, M12 March.
 */
const FINANCIAL_MONTH = /^(?:(.+?)[\s,:-]+)?(?:m|mth|month)\s?0?([1-9]|1[0-2])(?:[\s,:-]+(.+))?$/;

export function parseFinancialMonth(l: string): PeriodFields | null {
  const m = FINANCIAL_MONTH.exec(l);
  if (!m || (m[1] && m[3])) return null;
  const month = ((Number(m[2]) + 2) % 12) + 1;
  const context = m[1] ?? m[3];
  if (!context) return monthPeriod(undefined, month);
  const fy = financialYearStart(context) ?? financialYearStart(`fy ${context.replace(/^fy\s?/, '')}`);
  if (fy === null) return null;
  return monthPeriod(month >= 4 ? fy : fy + 1, month);
}
