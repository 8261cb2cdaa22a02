/** Quarter headers: "Q2", "Qtr 2", "2nd Quarter", "Q2 2020/21", "Quarter 2 (July to September) 2020/21", "Apr-Jun 2020". */
import { calendarQuarterFy, financialYearStart, fiscalYearByEnd, quarterPeriod } from './fields';
import { expandYear, monthFromName } from './months';
import { fyOfMonth, quarterOfMonth } from './quarters';
import type { PeriodFields, QuarterNumber } from './types';

const QUARTER_NUMBER: Record<string, QuarterNumber> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

const Q_WORD = '(?:quarter|qtr|qr|q)';
const QUARTER_FIRST = new RegExp(`^${Q_WORD}\\s*\\.?\\s*([1-4]|one|two|three|four)(?![0-9a-z])(.*)$`);
const ORDINAL_QUARTER = new RegExp(`^(1st|2nd|3rd|4th|first|second|third|fourth)\\s*${Q_WORD}\\b\\.?(.*)$`);
const QUARTER_LAST = new RegExp(`^(.+?)[\\s,:-]*\\b${Q_WORD}\\s*\\.?\\s*([1-4])$`);

/** "Q2", "Qtr 2", "Quarter 2 2020/21", "2nd Quarter", "2020/21 Q2", "Qtr 2 (July - Sept 2020)". */
export function parseQuarter(l: string): PeriodFields | null {
  let q: QuarterNumber | undefined;
  let context = '';
  let m = QUARTER_FIRST.exec(l);
  if (m) {
    q = QUARTER_NUMBER[m[1]];
    context = m[2];
  } else if ((m = ORDINAL_QUARTER.exec(l))) {
    q = QUARTER_NUMBER[m[1]];
    context = m[2];
  } else if ((m = QUARTER_LAST.exec(l))) {
    q = QUARTER_NUMBER[m[2]];
    context = m[1];
  }
  if (q === undefined) return null;
  return quarterWithContext(q, context);
}

/** The year part around a quarter: "2020/21", "2020" (the quarter's calendar year), "(July to September 2020)". */
function quarterWithContext(q: QuarterNumber, context: string): PeriodFields | null {
  let quarter = q;
  let parenFy: number | undefined;
  const parens: string[] = [];
  const rest = context
    .replace(/\(([^)]*)\)/g, (_all, inner: string) => {
      parens.push(inner);
      return ' ';
    })
    .replace(/^[\s,:;-]+|[\s,:;-]+$/g, '');
  for (const inner of parens) {
    const months = (inner.match(/[a-z]+/g) ?? []).map(monthFromName).filter((x): x is number => x !== null);
    const year = /\b(\d{4})\b/.exec(inner);
    // The months say which quarter is meant, even where a sheet numbers calendar quarters.
    if (months.length > 0) quarter = quarterOfMonth(months[0]);
    if (year)
      parenFy = months.length > 0 ? fyOfMonth(Number(year[1]), months[0]) : calendarQuarterFy(Number(year[1]), quarter);
    else {
      const fy = financialYearStart(inner.trim());
      if (fy !== null) parenFy = fy;
    }
  }
  if (!rest) return quarterPeriod(parenFy, quarter);
  // Beside a quarter, a two-digit year pair ("Q1 23/24", "23-24 Q2") is a financial year, as with
  // an FY prefix: the quarter word is the context a bare "23/24" (a fraction, a date) lacks.
  const fy = financialYearStart(rest) ?? financialYearStart(`fy ${rest}`) ?? fiscalYearByEnd(rest);
  if (fy !== null) return quarterPeriod(fy, quarter);
  const cal = /^(\d{4})$/.exec(rest);
  if (cal) return quarterPeriod(calendarQuarterFy(Number(cal[1]), quarter), quarter);
  // Anything else ("Q2 target", "Q2 Actual") is not a period.
  return null;
}

/** "Apr-Jun 2020", "July to September 2020": a month range that is exactly one financial quarter. */
export function parseMonthRange(l: string): PeriodFields | null {
  const m = /^([a-z]+)\.?\s*(?:-|–|to)\s*([a-z]+)\.?[\s,'-]*(\d{4}|\d{2})?$/.exec(l) ?? withYearEach(l);
  if (!m) return null;
  const a = monthFromName(m[1]);
  const b = monthFromName(m[2]);
  if (a === null || b === null || ![1, 4, 7, 10].includes(a) || b !== a + 2) return null;
  const quarter = quarterOfMonth(a);
  return quarterPeriod(m[3] ? fyOfMonth(expandYear(m[3]), a) : undefined, quarter);
}

/**
 * "Apr 23 - Jun 23", "Apr 2023 - Jun 2023": each month with its year. A UK quarter lies within one
 * calendar year, so both years must be the same; read as "apr - jun 23" reads.
 */
function withYearEach(l: string): [string, string, string, string] | null {
  const m = /^([a-z]+)\.?[\s'-]*(\d{4}|\d{2})\s*(?:-|–|to)\s*([a-z]+)\.?[\s'-]*(\d{4}|\d{2})$/.exec(l);
  if (!m || expandYear(m[2]) !== expandYear(m[4])) return null;
  return [m[0], m[1], m[3], m[2]];
}
