/**
 * Picking cells out of an indicator's series: the current actual, the previous value, the same
 * period last year, and the target that applies to a period.
 */
import type { Period, PeriodCell } from '../model';
import { fyOfMonth } from '../periods/quarters';

function isPeriodCell(v: PeriodCell | undefined): boolean {
  return !!v && !!v.period && !!v.source && v.period.kind !== 'baseline';
}

/** Baseline columns ("Prev. 6 months") are never the current period. */
export function periodCells(values: readonly PeriodCell[] | undefined): readonly PeriodCell[] {
  if (!Array.isArray(values)) return [];
  // Nearly every series has nothing to drop: hand it back as it is rather than copy it per indicator.
  let i = 0;
  while (i < values.length && isPeriodCell(values[i])) i++;
  return i === values.length ? values : values.filter(isPeriodCell);
}

/** True when each cell's period is later than the one before: nearest-first is then right to left. */
export function isAscending(cells: readonly PeriodCell[]): boolean {
  for (let i = 1; i < cells.length; i++) if (!(cells[i].period.order > cells[i - 1].period.order)) return false;
  return true;
}

/** The cell for one period, by order. */
export function atPeriod(cells: readonly PeriodCell[], period: Period): PeriodCell | undefined {
  return cells.find((c) => c.period.order === period.order);
}

/** Cells earlier than `period`, nearest first. */
export function earlierThan(cells: readonly PeriodCell[], period: Period): PeriodCell[] {
  return cells.filter((c) => c.period.order < period.order).sort((a, b) => b.period.order - a.period.order);
}

/** Is `p` (a quarter, month or date) inside the year `year` names: its financial year, or its calendar year? */
function insideYear(year: Period, p: Period): boolean {
  if (year.kind !== 'year' || p.kind === 'year' || p.kind === 'baseline') return false;
  if (year.fyStart !== undefined) {
    const fy = p.fyStart ?? (p.year !== undefined && p.month !== undefined ? fyOfMonth(p.year, p.month) : undefined);
    return fy === year.fyStart;
  }
  return year.year !== undefined && p.kind !== 'quarter' && p.year === year.year;
}

/**
 * The target cells that may apply to `period`, best first: a year's target covering it ("2023/24
 * Target" for "Q3 Actual" under 2023/24; it ends after the quarter, so it is not "at or before"),
 * then the targets at or before it, nearest first.
 */
export function targetsFor(cells: readonly PeriodCell[], period: Period): PeriodCell[] {
  const before = atOrBefore(cells, period);
  const covering = cells.filter((c) => insideYear(c.period, period));
  return covering.length === 0 ? before : [...covering, ...before.filter((c) => !covering.includes(c))];
}

/** Cells at or before `period`, nearest first. */
export function atOrBefore(cells: readonly PeriodCell[], period: Period): PeriodCell[] {
  return cells.filter((c) => c.period.order <= period.order).sort((a, b) => b.period.order - a.period.order);
}

function isMonthly(p: Period): boolean {
  return (p.kind === 'month' || p.kind === 'date') && p.year !== undefined && p.month !== undefined;
}

/** Is `earlier` the same period one year before `later`? 12 months back, or 4 quarters back. */
export function isSamePeriodLastYear(later: Period, earlier: Period): boolean {
  if (isMonthly(later) && isMonthly(earlier))
    return earlier.year === (later.year ?? 0) - 1 && earlier.month === later.month;
  if (
    later.kind === 'quarter' &&
    earlier.kind === 'quarter' &&
    later.quarter !== undefined &&
    later.fyStart !== undefined
  ) {
    return earlier.quarter === later.quarter && earlier.fyStart === later.fyStart - 1;
  }
  if (later.kind === 'year' && earlier.kind === 'year') {
    if (later.fyStart !== undefined && earlier.fyStart !== undefined) return earlier.fyStart === later.fyStart - 1;
    if (later.year !== undefined && earlier.year !== undefined) return earlier.year === later.year - 1;
  }
  return false;
}
