/**
 * A cumulative (year-to-date) series crossing into a new year: each quarter's or month's figure adds
 * to the one before and starts again each financial year ("% of council tax collected": 27.9, 55.2,
 * 82.8, 96.9, then 28.1). The new year's first figure against the old year's last always looks
 * worse (it restarted, it did not fall); the comparison that says something is the same period last
 * year (SCORING.md: "or, by rule, the same period last year"). Within a year the figure is compared
 * with the period before, as seed 004 rates its "Year to date" rows month on month.
 *
 * Evidence: the series' shape. Within each financial year it never falls and ends at least half as
 * much again as it started, and at each new year it starts again well below where the last ended.
 */
import type { IndicatorSource, Period, PeriodCell } from '../model';
import { fyOfMonth } from '../periods/quarters';
import { readValue, type ReadOptions } from '../values/read';

/** A new year's first figure at most this share of the last year's last: a restart, not a dip. */
const RESTART = 0.6;
/** Within a year, the last figure at least this many times the first: growth, not noise. */
const GROWTH = 1.5;

function fyOf(p: Period): number | undefined {
  if (p.kind === 'quarter') return p.fyStart;
  if ((p.kind === 'month' || p.kind === 'date') && p.year !== undefined && p.month !== undefined)
    return fyOfMonth(p.year, p.month);
  return undefined;
}

/** The series' figures by financial year, in order; null where a cell has no year within a year. */
function byYear(cells: readonly PeriodCell[], opts: ReadOptions): number[][] | null {
  const years: number[][] = [];
  let fy: number | undefined;
  for (const c of cells) {
    const year = fyOf(c.period);
    if (year === undefined) return null;
    const r = readValue(c.source, opts);
    if (r.kind !== 'number') continue;
    if (year !== fy) {
      years.push([]);
      fy = year;
    }
    years[years.length - 1].push(r.reading.value);
  }
  return years;
}

function shapeIsCumulative(years: number[][]): boolean {
  if (years.length < 2 || !years.some((y) => y.length >= 3)) return false;
  for (const y of years) {
    for (let i = 1; i < y.length; i++) if (y[i] < y[i - 1]) return false;
    if (y.length >= 3 && !(y[0] > 0 && y[y.length - 1] >= GROWTH * y[0])) return false;
  }
  for (let i = 1; i < years.length; i++) {
    const last = years[i - 1][years[i - 1].length - 1];
    if (!(years[i][0] <= RESTART * last)) return false;
  }
  return true;
}

/**
 * Why the trend should look a year back rather than at the period before (for the note): the
 * previous figure is last year's and the series restarts each year. Null otherwise.
 */
export function cumulativeSeries(
  source: IndicatorSource,
  actualPeriod: Period,
  previousPeriod: Period,
  opts: ReadOptions,
): string | null {
  const now = fyOf(actualPeriod);
  const before = fyOf(previousPeriod);
  if (now === undefined || before === undefined || now === before) return null;
  const cells = source.values;
  // Only a series of quarters or months spanning more than one year can show the shape.
  if (!Array.isArray(cells) || cells.length < 5) return null;
  const years = byYear(cells, opts);
  return years && shapeIsCumulative(years)
    ? 'the figures rise through each financial year and start again at its beginning'
    : null;
}
