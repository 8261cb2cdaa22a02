/**
 * The year's own figure beside its quarters or months: "Q1 | Q2 | Q3 | Q4 | Year End", "Apr ...
 * Mar | Annual", "Qtr 1 ... Qtr 4 | Outturn". Councils close the year with its outturn in a column
 * after the quarters; at year end that is the figure rated against the annual target (SCORING.md:
 * the current period is the latest holding a value, and the year ends with its last quarter). The
 * column is a period (the financial year of the quarters beside it), read only when it stands right
 * of all of them and its header says it is the year's figure.
 */
import type { Period } from '../model';
import { fyOfMonth } from '../periods/quarters';
import { provisionalOrder } from '../periods/order';
import { normaliseHeaderWords } from './column-words';
import type { HeaderColumn } from './headers';
import type { PeriodColumn } from './series';

/** Headers of the year's own figure ("Year End", "Annual", "Full Year Outturn", "Outturn", "Year Total"). */
const YEAR_TOTAL =
  /^(?:(?:year[ -]?end|annual|full[ -]?year|whole[ -]?year)(?: (?:outturn|actual|result|total|figure|position|performance))?|(?:year end |annual |full year )?outturn|year total|total for (?:the )?year)$/;

export interface YearTotal {
  col: number;
  period: Period;
  /** Orders of the quarters or months the year is made of: not earlier periods of the year's figure. */
  partOrders: number[];
}

/** The financial year a quarter or month column belongs to, or null. */
function fyOf(p: Period): number | null {
  if (p.kind === 'quarter' && p.fyStart !== undefined) return p.fyStart;
  if ((p.kind === 'month' || p.kind === 'date') && p.year !== undefined && p.month !== undefined)
    return fyOfMonth(p.year, p.month);
  return null;
}

/**
 * The year-to-date figure ("YTD", "Year to date", "Cumulative") where the table's target is on that
 * basis ("YTD Target"): the figure the target is met by, read as the year's figure so far.
 */
const TO_DATE = /^(?:ytd|year to date|cumulative)(?: (?:actual|outturn|result|total|figure|performance))?$/;

/** The year-total column right of a year's quarter or month columns (periods oldest first), or null. */
export function yearTotalColumn(
  columns: readonly HeaderColumn[],
  periods: readonly PeriodColumn[],
  toDate = false,
): { col: number; period: Period } | null {
  // The year's parts: its quarters or months, all of one financial year. Other periods (an earlier
  // year's outturn before them) stay the year's earlier periods.
  const parts = periods.filter((p) => fyOf(p.period) !== null);
  if (parts.length < 2) return null;
  const fy = fyOf(parts[0].period)!;
  if (parts.some((p) => fyOf(p.period) !== fy)) return null;
  const lastCol = Math.max(...periods.map((p) => p.col));
  const col = columns.find(
    (c) =>
      c.col > lastCol &&
      (c.role === 'other' || (c.role === 'actual' && !c.period)) &&
      (toDate ? TO_DATE : YEAR_TOTAL).test(normaliseHeaderWords(c.label.toLowerCase())),
  );
  if (!col) return null;
  const fields = { kind: 'year' as const, fyStart: fy };
  const period: Period = { ...fields, label: col.label, order: provisionalOrder(fields) };
  if (periods.some((p) => p.period.order >= period.order)) return null;
  return { col: col.col, period };
}

/**
 * The latest period when it is a year whose quarters or months are columns too ("Q1 23/24 ... Q4
 * 23/24 | 2023/24 Outturn", or a year-total column): those are its parts, not earlier periods.
 */
export function yearOfParts(periods: readonly PeriodColumn[]): YearTotal | null {
  if (periods.length < 3) return null;
  let last = periods[0];
  for (const p of periods) if (p.period.order > last.period.order) last = p;
  const year = last.period;
  if (year.kind !== 'year' || year.fyStart === undefined) return null;
  const parts = periods.filter((p) => p !== last && fyOf(p.period) === year.fyStart);
  if (parts.length < 2) return null;
  return { col: last.col, period: year, partOrders: parts.map((p) => p.period.order) };
}
