/**
 * The figures of one indicator: the actual (current period, or the last entry for tables without
 * periods), the previous for the trend (nearest earlier period with a value, else the baseline),
 * and the same period last year.
 */
import type { IndicatorSource, Period, PeriodCell, Reading } from '../model';
import { readValue, type ReadOptions } from '../values/read';
import { atPeriod, earlierThan, isAscending, isSamePeriodLastYear, periodCells } from './series';

export interface Dated {
  reading: Reading;
  period: Period;
}

export interface Figures {
  /** The actual's cell (also when it cannot be read). */
  cell?: PeriodCell;
  actual?: Reading;
  /** Why the actual's cell is not a number. */
  unreadable?: string;
  actualPeriod?: Period;
  /** Nearest earlier value, else the baseline. */
  previous: Dated | null;
  lastYear: Dated | null;
  /** The baseline's reading, where the table gives one (also polarity evidence). */
  baseline: Reading | null;
  /** The nearest earlier value (the last known one when the current period is empty). */
  earlier: Dated | null;
}

function firstNumber(candidates: readonly PeriodCell[], opts: ReadOptions): Dated | null {
  for (const c of candidates) {
    const r = readValue(c.source, opts);
    if (r.kind === 'number') return { reading: r.reading, period: c.period };
  }
  return null;
}

/**
 * The nearest earlier period with a number. A series in period order is walked right to left from
 * where it stands (no filtered, sorted copy per indicator); any other order takes the general path.
 */
function nearestEarlier(cells: readonly PeriodCell[], period: Period, opts: ReadOptions): Dated | null {
  if (!isAscending(cells)) return firstNumber(earlierThan(cells, period), opts);
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i];
    if (!(c.period.order < period.order)) continue;
    const r = readValue(c.source, opts);
    if (r.kind === 'number') return { reading: r.reading, period: c.period };
  }
  return null;
}

/** The first cell (in series order) of the same period last year holding a number. */
function sameLastYear(cells: readonly PeriodCell[], period: Period, opts: ReadOptions): Dated | null {
  for (const c of cells) {
    if (!isSamePeriodLastYear(period, c.period)) continue;
    const r = readValue(c.source, opts);
    if (r.kind === 'number') return { reading: r.reading, period: c.period };
  }
  return null;
}

function pickActual(
  source: IndicatorSource,
  cells: readonly PeriodCell[],
  opts: ReadOptions,
): Pick<Figures, 'cell' | 'actual' | 'unreadable'> {
  if (source.currentPeriod) {
    const cell = atPeriod(cells, source.currentPeriod);
    if (!cell) return {};
    const r = readValue(cell.source, opts);
    if (r.kind === 'number') return { cell, actual: r.reading };
    if (r.kind === 'not-number') return { cell, unreadable: r.reason };
    return { cell };
  }
  for (let i = cells.length - 1; i >= 0; i--) {
    const r = readValue(cells[i].source, opts);
    if (r.kind === 'number') return { cell: cells[i], actual: r.reading };
    if (r.kind === 'not-number') return { cell: cells[i], unreadable: r.reason };
  }
  return {};
}

export function pickFigures(source: IndicatorSource, opts: ReadOptions): Figures {
  const cells = periodCells(source.values);
  const actual = pickActual(source, cells, opts);
  const actualPeriod = actual.cell?.period ?? source.currentPeriod;
  const b = source.baseline ? readValue(source.baseline.source, opts) : null;
  const baseline = b?.kind === 'number' ? b.reading : null;
  const earlier = actualPeriod ? nearestEarlier(cells, actualPeriod, opts) : null;
  const previous =
    earlier ?? (baseline && source.baseline ? { reading: baseline, period: source.baseline.period } : null);
  const lastYear = actualPeriod ? sameLastYear(cells, actualPeriod, opts) : null;
  // Field by field, not by spreading `actual`: a spread of objects of varying shape is slow per indicator.
  return {
    cell: actual.cell,
    actual: actual.actual,
    unreadable: actual.unreadable,
    actualPeriod,
    previous,
    lastYear,
    baseline,
    earlier,
  };
}
