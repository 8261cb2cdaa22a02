/**
 * The period the summary reports on: the latest quarter any table's current period falls in
 * ("Quarter 2 2020/21 (July to September 2020)"), in the sheet's own words where its title states
 * the quarter ("Qtr 2 (July - Sept 2020)"), with the year from the title where the headers carry
 * none ("Q2 Actual" under "Corporate performance indicators 2020/21"; "September" ... "April" on a
 * sheet that names its year). When the latest month is not the quarter's last, the summary says
 * how far the figures go ("Figures to August 2020"), so a part quarter is not mistaken for a whole.
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
import type { StatedPeriod } from './sheet-period';

export interface ReportPeriod {
  /** Null when no table has dated periods (a register with one actual column). */
  quarter: QuarterKey | null;
  /** The line under the title. */
  label: string;
  /** "Figures to August 2020" when the quarter is not complete yet. */
  upTo?: string;
  /** The sheet's headers carry no year ("September" ... "April"): quarter comparisons say the quarter without one. */
  nominal: boolean;
  /** How a sentence names the period ("Quarter 2 (July to September) 2020/21", "Qtr 2 (July - Sept 2020)"). */
  phrase: string;
}

function currentOf(ind: ScoredIndicator): Period | undefined {
  return ind.source.currentPeriod ?? ind.actualPeriod;
}

/** The calendar year a month of financial year `fyStart` falls in. */
function calendarYear(fyStart: number, month: number): number {
  return month >= 4 ? fyStart : fyStart + 1;
}

function monthsPhrase(q: QuarterKey): string {
  const months = monthsOfQuarter(q);
  return `${MONTH_NAMES[months[0] - 1]} to ${MONTH_NAMES[months[2] - 1]}`;
}

interface HeaderQuarter {
  best: QuarterKey | null;
  nominal: boolean;
  lastMonth: { year: number; month: number } | null;
  latestYear: number | null;
  /** A quarter header with no year ("Q2 Actual"): its number, the latest seen. */
  bareQuarter: 1 | 2 | 3 | 4 | null;
}

function fromHeaders(indicators: ScoredIndicator[]): HeaderQuarter {
  const out: HeaderQuarter = { best: null, nominal: false, lastMonth: null, latestYear: null, bareQuarter: null };
  for (const ind of indicators) {
    const p = currentOf(ind);
    if (!p) continue;
    if (p.kind === 'year' && p.fyStart !== undefined) out.latestYear = Math.max(out.latestYear ?? p.fyStart, p.fyStart);
    const q = quarterOfPeriod(p);
    if (!q) {
      if (p.kind === 'quarter' && p.quarter && (!out.bareQuarter || p.quarter > out.bareQuarter))
        out.bareQuarter = p.quarter;
      continue;
    }
    if (!out.best || quarterIndex(q) > quarterIndex(out.best)) {
      out.best = q;
      out.lastMonth = null;
      out.nominal = hasNominalYear(p);
    }
    if (sameQuarter(q, out.best) && p.kind !== 'quarter' && p.year !== undefined && p.month !== undefined) {
      if (!out.lastMonth || p.year * 12 + p.month > out.lastMonth.year * 12 + out.lastMonth.month)
        out.lastMonth = { year: p.year, month: p.month };
    }
  }
  return out;
}

export function reportPeriod(indicators: ScoredIndicator[], stated: StatedPeriod | null = null): ReportPeriod {
  const h = fromHeaders(indicators);
  const { best } = h;
  if (best) {
    // A year the headers lack, taken from the sheet's title when it names the same quarter or a year.
    const statedYear =
      stated?.fyStart !== undefined && (!stated.quarter || stated.quarter === best.quarter)
        ? stated.fyStart
        : undefined;
    const fy = h.nominal ? statedYear : best.fyStart;
    const months = monthsOfQuarter(best);
    const complete = !h.lastMonth || h.lastMonth.month === months[months.length - 1];
    const yearOf = (month: number): string => (fy === undefined ? '' : ` ${calendarYear(fy, month)}`);
    const upTo =
      complete || !h.lastMonth
        ? undefined
        : `Figures to ${MONTH_NAMES[h.lastMonth.month - 1]}${yearOf(h.lastMonth.month)}`;
    const own =
      stated?.text && stated.quarter === best.quarter && (stated.fyStart === undefined || stated.fyStart === fy);
    const label = own
      ? (stated.text as string)
      : fy === undefined
        ? `Quarter ${best.quarter} (${monthsPhrase(best)})`
        : quarterLabel(fy, best.quarter);
    const phrase = own
      ? (stated.text as string)
      : `Quarter ${best.quarter} (${monthsPhrase(best)})${fy === undefined ? '' : ` ${financialYear(fy)}`}`;
    return { quarter: best, label, upTo, nominal: h.nominal, phrase };
  }
  if (h.bareQuarter) {
    const q = h.bareQuarter;
    const fy = stated?.fyStart !== undefined && (!stated.quarter || stated.quarter === q) ? stated.fyStart : undefined;
    if (stated?.text && stated.quarter === q)
      return { quarter: null, label: stated.text, nominal: true, phrase: stated.text };
    const key: QuarterKey = { fyStart: fy ?? 2000, quarter: q };
    const label = fy === undefined ? `Quarter ${q} (${monthsPhrase(key)})` : quarterLabel(fy, q);
    const phrase = `Quarter ${q} (${monthsPhrase(key)})${fy === undefined ? '' : ` ${financialYear(fy)}`}`;
    return { quarter: null, label, nominal: true, phrase };
  }
  const year = h.latestYear ?? stated?.fyStart ?? null;
  if (stated?.text) return { quarter: null, label: stated.text, nominal: true, phrase: stated.text };
  if (year !== null) {
    const label = `Year ${financialYear(year)}`;
    return { quarter: null, label, nominal: false, phrase: label };
  }
  return { quarter: null, label: 'Latest reported figures', nominal: false, phrase: 'the latest' };
}
