/**
 * One header cell to a Period. Real dates come from the serial and the format; text is matched
 * against the forms council sheets use. Anything else is not a period (null): a wrong period would
 * silently score the wrong column, a missed one only asks the user to map it.
 */
import type { Period } from '../model';
import { dateFormatParts, formatDate, serialToDate } from './excel-dates';
import { datePeriod, monthPeriod } from './fields';
import { ACTUAL_WORDS_ALL, isActualHeader, isBaselineHeader } from './header-words';
import { provisionalOrder } from './order';
import {
  parseCalendarYear,
  parseDatedBy,
  parseFinancialMonth,
  parseFinancialYear,
  parseNamedDate,
  parseNumericDate,
} from './parse-dates';
import { parseMonthRange, parseQuarter } from './parse-quarter';
import { headerText, normalizeHeader } from './text';
import { withoutAnnotations } from '../values/annotations';
import { eitherLanguage } from '../values/two-languages';
import { parseHalfYear } from './half-years';
import { parseRollingYear } from './rolling-years';
import { spelledYearsAsSlash, withoutDataQualifier } from './spelled-years';
import type { HeaderCell, PeriodFields } from './types';

export interface ParseOptions {
  /** Workbook uses the 1904 date system (old Mac workbooks). */
  date1904?: boolean;
  /** Read text dates month first ("06/30/12"); analysePeriodRow sets it for rows written US-style. */
  monthFirst?: boolean;
}

/** One header to a period, or null when it is not one. Never throws. */
export function parsePeriodHeader(cell: HeaderCell, options: ParseOptions = {}): Period | null {
  const fields = parseHeaderFields(cell, options);
  if (!fields) return null;
  // A wrapped header ("Q3\n2023/24") is labelled on one line.
  const shown = typeof cell.text === 'string' ? cell.text.trim().replace(/[\s\u00a0]*[\n\r][\s\u00a0]*/g, ' ') : '';
  // A serial without displayed text is labelled from its format, not as the bare number.
  const label = shown || (typeof cell.value === 'number' ? fallbackLabel(cell, fields) : headerText(cell));
  return { ...fields, label, order: provisionalOrder(fields) };
}

function parseHeaderFields(cell: HeaderCell, options: ParseOptions): PeriodFields | null {
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const parts = dateFormatParts(typeof cell.numberFormat === 'string' ? cell.numberFormat : '');
    if (parts) {
      const d = serialToDate(v, options.date1904);
      if (!d) return null;
      if (parts.day) return datePeriod(d.year, d.month, d.day);
      if (parts.month) return monthPeriod(d.year, d.month);
      return { kind: 'year', year: d.year };
    }
    // A plain number is a value, unless the host shows it as something else (a text-formatted date).
    const shown = typeof cell.text === 'string' ? cell.text.trim() : '';
    return shown && shown !== String(v) ? parsePeriodText(shown, false, options.monthFirst) : null;
  }
  if (typeof v === 'string') {
    // "2022-23 [note 2]", "Q1 2023 [p]": the period, without the annotations after it.
    const text = withoutAnnotations(v.trim()) || (typeof cell.text === 'string' ? cell.text : '');
    // "C2 / Q2": a header in two languages is the period one part names (two periods are not one).
    return (
      parsePeriodText(text, true, options.monthFirst) ??
      eitherLanguage(text, (part) => parsePeriodText(part, false, options.monthFirst))
    );
  }
  return null;
}

function fallbackLabel(cell: HeaderCell, f: PeriodFields): string {
  if (typeof cell.value === 'number' && f.year !== undefined && f.month !== undefined) {
    return formatDate({ year: f.year, month: f.month, day: f.day ?? 1 }, cell.numberFormat);
  }
  return f.year !== undefined ? String(f.year) : '';
}

/**
 * Text forms: "30/06/12" (day first), "2012-06-30", "30 Jun 2012", "May-15", "Apr 2016", "September",
 * "Qtr 2", "Q2 2020/21", "2nd Quarter", "Quarter 2 2020/21 (July to September 2020)", "Apr-Jun 2020",
 * "2020/21", "w/e 03/09/2023", "M6 2023/24" (a financial month), and (only for text cells, `bareYear`) "2020".
 */
export function parsePeriodText(raw: string, bareYear = true, monthFirst = false): PeriodFields | null {
  const t = normalizeHeader(raw);
  // Headers are short; a long string is a title or a note, not a period.
  if (!t || t.length > 80) return null;
  const l = withoutDataQualifier(spelledYearsAsSlash(t.toLowerCase()));
  // "Rolling 12 months to Sep-23" names its end: a period, not a "Prev. 6 months" baseline.
  const rolling = parseRollingYear(l);
  if (rolling) return rolling;
  if (isBaselineHeader(t)) return { kind: 'baseline' };
  if (isActualHeader(t)) return null;
  return (
    yearNamedByItsEnd(l) ??
    parseHalfYear(l) ??
    parseFinancialYear(l) ??
    parseNumericDate(l, monthFirst) ??
    parseQuarter(l) ??
    parseMonthRange(l) ??
    parseNamedDate(l) ??
    parseDatedBy(l, monthFirst) ??
    parseFinancialMonth(l) ??
    // A year marked as one ("CY2023", "Calendar year 2023") is a period even where a bare "2023" is not.
    (bareYear || /^(?:cy|calendar year)/.test(l) ? parseCalendarYear(l) : null)
  );
}

/**
 * "Year end 22/23", "Year-end 2022/23", "End of year 2023/24", "Full year 2023/24": the year itself
 * (its figure at the year's end). Only a year: "Year end" alone or before a month is not one.
 */
function yearNamedByItsEnd(l: string): PeriodFields | null {
  const m = /^(?:year[\s-]?end|end of (?:the )?year|full[\s-]year)[\s:,-]+(.+)$/.exec(l);
  if (!m) return null;
  const year = parseFinancialYear(m[1]) ?? shortYearBesideRole(m[1]) ?? parseCalendarYear(m[1]);
  return year && year.kind === 'year' ? year : null;
}

/**
 * A short financial year left beside a role word ("Outturn 21/22", "21/22 Target"): alone "21/22"
 * may be a fraction or a date, but beside the role it names the year (read as "FY 21/22", which
 * checks the two years follow each other).
 */
export function shortYearBesideRole(rest: string): PeriodFields | null {
  return /^'?\d{2}\s*[/-]\s*'?\d{2}$/.test(rest) ? parsePeriodText(`FY ${rest}`, true) : null;
}

/**
 * The words of an actual header left once its role words are taken out ("Q2 Actual" -> "Q2"), or
 * null when it is not an actual header or nothing is left: read as a period by the caller.
 */
export function actualHeaderPeriodText(text: string): string | null {
  if (!isActualHeader(text)) return null;
  const rest = normalizeHeader(text)
    .replace(ACTUAL_WORDS_ALL, ' ')
    .replace(/\b(position|value|figure|data|performance)\b/gi, ' ')
    .replace(/^[\s:,-]+|[\s:,-]+$/g, '');
  return rest || null;
}

/** The period an actual header names, if any: "Q2 Actual" -> Q2, "2019/20 Outturn" -> 2019/20. */
export function actualHeaderPeriod(text: string): Period | null {
  const rest = actualHeaderPeriodText(text);
  const fields = rest ? (parsePeriodText(rest, true) ?? shortYearBesideRole(rest)) : null;
  if (!fields || fields.kind === 'baseline') return null;
  return { ...fields, label: normalizeHeader(text), order: provisionalOrder(fields) };
}
