/**
 * The period the summary reports on: the latest quarter any table's current period falls in
 * ("Quarter 2 2020/21 (July to September 2020)"). When the latest month is not the quarter's last,
 * the summary says how far the figures go ("Figures to August 2020"), so a part quarter is not
 * mistaken for a whole one.
 */
import type { Period, ScoredIndicator } from '../model';
import { quarterLabel } from '../periods';
import {
  MONTH_NAMES,
  type QuarterKey,
  financialYear,
  hasNominalYear,
  monthsOfQuarter,
  quarterIndex,
  quarterOfPeriod,
  sameQuarter,
} from './quarters';

export interface ReportPeriod {
  /** Null when no table has dated periods (a register with one actual column). */
  quarter: QuarterKey | null;
  /** The line under the title. */
  label: string;
  /** "Figures to August 2020" when the quarter is not complete yet. */
  upTo?: string;
  /** The sheet's headers carry no year ("September" ... "April"): say the quarter without one. */
  nominal: boolean;
}

function currentOf(ind: ScoredIndicator): Period | undefined {
  return ind.source.currentPeriod ?? ind.actualPeriod;
}

export function reportPeriod(indicators: ScoredIndicator[]): ReportPeriod {
  let best: QuarterKey | null = null;
  let nominal = false;
  let lastMonth: { year: number; month: number } | null = null;
  let latestYear: number | null = null;
  for (const ind of indicators) {
    const p = currentOf(ind);
    if (!p) continue;
    if (p.kind === 'year' && p.fyStart !== undefined) latestYear = Math.max(latestYear ?? p.fyStart, p.fyStart);
    const q = quarterOfPeriod(p);
    if (!q) continue;
    if (!best || quarterIndex(q) > quarterIndex(best)) {
      best = q;
      lastMonth = null;
      nominal = hasNominalYear(p);
    }
    if (sameQuarter(q, best) && p.kind !== 'quarter' && p.year !== undefined && p.month !== undefined) {
      if (!lastMonth || p.year * 12 + p.month > lastMonth.year * 12 + lastMonth.month)
        lastMonth = { year: p.year, month: p.month };
    }
  }
  if (best) {
    const months = monthsOfQuarter(best);
    const complete = !lastMonth || lastMonth.month === months[months.length - 1];
    const month = lastMonth ? `${MONTH_NAMES[lastMonth.month - 1]}${nominal ? '' : ` ${lastMonth.year}`}` : '';
    const upTo = complete || !lastMonth ? undefined : `Figures to ${month}`;
    const label = nominal
      ? `Quarter ${best.quarter} (${MONTH_NAMES[months[0] - 1]} to ${MONTH_NAMES[months[2] - 1]})`
      : quarterLabel(best.fyStart, best.quarter);
    return { quarter: best, label, upTo, nominal };
  }
  if (latestYear !== null) return { quarter: null, label: `Year ${financialYear(latestYear)}`, nominal: false };
  return { quarter: null, label: 'Latest reported figures', nominal: false };
}
