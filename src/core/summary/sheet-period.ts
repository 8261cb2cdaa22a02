/**
 * The period a sheet states in its own words: a title such as "Performance Reporting - Qtr 2 (July -
 * Sept 2020)", "Corporate performance indicators 2020/21" or a sheet named "Q1 2012-13". The summary
 * prints the sheet's own phrase where it names a quarter, and borrows the year where the headers
 * carry none ("Q2 Actual", "September" ... "April").
 *
 * Each reader is a small step that says what it found; statedPeriod takes the first text (table
 * titles first, then the sheet name) where one of them finds something.
 */
import { monthFromName } from '../periods/months';
import { calendarQuarterFy, financialYearStart } from '../periods/fields';

export interface StatedPeriod {
  /** The phrase as the sheet writes it ("Qtr 2 (July - Sept 2020)"), when it names a quarter. */
  text?: string;
  quarter?: 1 | 2 | 3 | 4;
  /** UK financial year by its starting calendar year (2020 = 2020/21). */
  fyStart?: number;
}

type QuarterNo = 1 | 2 | 3 | 4;
const ORDINAL: Record<string, QuarterNo> = {
  '1st': 1,
  first: 1,
  '2nd': 2,
  second: 2,
  '3rd': 3,
  third: 3,
  '4th': 4,
  fourth: 4,
};

/** "2020/21", "2020-21", "2012/2013" anywhere in a text. */
function financialYearIn(text: string): { fyStart: number; index: number } | null {
  const re = /\b(?:FY\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fy = financialYearStart(`${m[1]}/${m[2]}`);
    if (fy !== null) return { fyStart: fy, index: m.index };
  }
  return null;
}

/** A calendar year (1990-2099) inside a quarter's months phrase: "(July - Sept 2020)". */
function calendarYearIn(text: string): number | null {
  const m = /\b(19[89]\d|20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Months named in a phrase, to check they agree with the quarter ("July - Sept" is Q2). */
function monthsIn(text: string): number[] {
  return (text.match(/[A-Za-z]+/g) ?? []).map((w) => monthFromName(w)).filter((m): m is number => m !== null);
}

const QUARTER_MONTH_SETS: Record<QuarterNo, number[]> = { 1: [4, 5, 6], 2: [7, 8, 9], 3: [10, 11, 12], 4: [1, 2, 3] };

/**
 * Reader 1: a quarter phrase. "Qtr 2", "Quarter 1 2012/13", "Q3 2019-20", "2nd Quarter", each with
 * an optional "(July - Sept 2020)" or a year after it.
 */
export function quarterPhrase(text: string): StatedPeriod | null {
  const re =
    /\b(?:(?:Qtr|Quarter|Q)\s*([1-4])|(1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:Qtr|Quarter))\b(\s*\([^)]{0,40}\))?(\s*,?\s*(?:\d{4}\s*[/-]\s*\d{2,4}|\d{4}))?/i;
  const m = re.exec(text);
  if (!m) return null;
  const quarter = (m[1] ? Number(m[1]) : ORDINAL[m[2].toLowerCase()]) as QuarterNo;
  const months = m[3] ? monthsIn(m[3]) : [];
  if (months.some((mo) => !QUARTER_MONTH_SETS[quarter].includes(mo))) return null;
  let fyStart: number | undefined;
  const after = m[4]?.trim();
  if (after) {
    const fy = financialYearIn(after);
    if (fy) fyStart = fy.fyStart;
    else if (/^\d{4}$/.test(after.replace(/^,\s*/, '')))
      fyStart = calendarQuarterFy(Number(after.replace(/^,\s*/, '')), quarter);
  }
  if (fyStart === undefined && m[3]) {
    const year = calendarYearIn(m[3]);
    if (year !== null) fyStart = calendarQuarterFy(year, quarter);
  }
  // Elsewhere in the same text: "Qtr 2 2020-21" is the sheet name's way.
  if (fyStart === undefined) fyStart = financialYearIn(text)?.fyStart;
  return { text: m[0].trim(), quarter, fyStart };
}

/** Reader 2: a financial year alone ("Corporate performance indicators 2020/21"). */
export function yearPhrase(text: string): StatedPeriod | null {
  const fy = financialYearIn(text);
  return fy ? { fyStart: fy.fyStart } : null;
}

/**
 * The period stated by the first text that states one; a quarter phrase beats a bare year in the
 * same text, and a later text may still give the year a quarter phrase lacks.
 */
export function statedPeriod(texts: readonly string[]): StatedPeriod | null {
  let found: StatedPeriod | null = null;
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ').trim();
    const got = text ? (quarterPhrase(text) ?? yearPhrase(text)) : null;
    if (got) found = found ? merge(found, got) : got;
    if (found?.quarter && found.fyStart !== undefined) break;
  }
  return found;
}

/** What a later text adds to what an earlier one stated: the year a quarter lacked, or the quarter of its year. */
function merge(had: StatedPeriod, got: StatedPeriod): StatedPeriod {
  if (had.fyStart === undefined && got.fyStart !== undefined && (!got.quarter || got.quarter === had.quarter))
    return { ...had, fyStart: got.fyStart };
  if (
    !had.quarter &&
    got.quarter &&
    (had.fyStart === undefined || got.fyStart === undefined || got.fyStart === had.fyStart)
  )
    return { ...got, fyStart: got.fyStart ?? had.fyStart };
  return had;
}
