/**
 * The figures of one indicator: the actual (current period, or the last entry for tables without
 * periods), the previous for the trend (nearest earlier period with a value, else the baseline),
 * and the same period last year.
 */
import type { IndicatorSource, Period, PeriodCell, Reading } from '../model';
import { readValue, type ReadOptions } from '../values/read';
import { atPeriod, earlierThan, isSamePeriodLastYear, periodCells } from './series';

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

function firstNumber(candidates: PeriodCell[], opts: ReadOptions): Dated | null {
  for (const c of candidates) {
    const r = readValue(c.source, opts);
    if (r.kind === 'number') return { reading: r.reading, period: c.period };
  }
  return null;
}

function pickActual(
  source: IndicatorSource,
  cells: PeriodCell[],
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
  const earlier = actualPeriod ? firstNumber(earlierThan(cells, actualPeriod), opts) : null;
  const previous =
    earlier ?? (baseline && source.baseline ? { reading: baseline, period: source.baseline.period } : null);
  const lastYear = actualPeriod
    ? firstNumber(
        cells.filter((c) => isSamePeriodLastYear(actualPeriod, c.period)),
        opts,
      )
    : null;
  return { ...actual, actualPeriod, previous, lastYear, baseline, earlier };
}
