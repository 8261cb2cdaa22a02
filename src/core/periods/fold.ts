/**
 * Folds a monthly (or quarterly) series into UK financial quarters for quarter-on-quarter
 * comparisons. A quarter column passes through as it is: it is the sheet's own figure for the
 * quarter and wins over any months of the same quarter.
 */
import type { Period } from '../model';
import type { QuarterFold } from '../rules/types';
import { timeKey } from './order';
import { compareQuarters, quarterMonths, quarterOf } from './quarters';
import type { QuarterValue } from './types';

interface Bucket {
  fyStart: number;
  quarter: 1 | 2 | 3 | 4;
  /** Month and date values with their time keys, to find the last one. */
  points: { key: number; month: number; value: number }[];
  /** The quarter's own value, when the series has a quarter period for it. */
  own?: number;
}

/**
 * 'last' = the snapshot at the quarter's last month that has a value (caseloads, children in care);
 * 'sum' = the quarter's total (referrals); 'mean' = the average of the months that have a value.
 * Baselines, whole years, periods without a year and non-finite values are left out.
 */
export function foldToQuarters(
  series: readonly { period: Period; value: number }[],
  fold: QuarterFold,
): QuarterValue[] {
  const buckets = new Map<string, Bucket>();
  for (const { period, value } of series) {
    if (!Number.isFinite(value)) continue;
    const fq = quarterOf(period);
    if (!fq) continue;
    const id = `${fq.fyStart}:${fq.quarter}`;
    let b = buckets.get(id);
    if (!b) {
      b = { fyStart: fq.fyStart, quarter: fq.quarter, points: [] };
      buckets.set(id, b);
    }
    if (period.kind === 'quarter') b.own = value;
    else if (period.month !== undefined)
      b.points.push({ key: timeKey(period) ?? period.order, month: period.month, value });
  }
  const out: QuarterValue[] = [];
  for (const b of buckets.values()) {
    if (b.own !== undefined) {
      out.push({
        fyStart: b.fyStart,
        quarter: b.quarter,
        value: b.own,
        months: quarterMonths(b.fyStart, b.quarter).map((m) => m.month),
      });
      continue;
    }
    const months = [...new Set(b.points.map((p) => p.month))].sort((x, y) => monthRank(x) - monthRank(y));
    out.push({ fyStart: b.fyStart, quarter: b.quarter, value: combine(b.points, fold), months });
  }
  return out.sort(compareQuarters);
}

function combine(points: Bucket['points'], fold: QuarterFold): number {
  if (fold === 'last') {
    // Latest in time; among equal keys the later entry in the series.
    let best = points[0];
    for (const p of points) if (p.key >= best.key) best = p;
    return best.value;
  }
  const sum = points.reduce((s, p) => s + p.value, 0);
  return fold === 'sum' ? sum : sum / points.length;
}

/** Months in financial-year order, so a Q4 lists January, February, March. */
function monthRank(month: number): number {
  return (month + 8) % 12;
}
