/**
 * Figures and units as the comparison lines quote them, in the style of the variance text:
 * "6 per 10K", "4 percentage points", "the national average of 42".
 */
import { perScale } from '../detect/comparator-labels';
import { formatNumber } from '../format/number-text';
import type { PolarityKind, Reading, ScoredIndicator } from '../model';
import type { ComparisonRules, Rules } from '../rules/types';

export const DEFAULT_COMPARISON: ComparisonRules = {
  scheme: 'against-target',
  inLine: { kind: 'percent-of-target', value: 5 },
  areaRatings: 'sheet-place',
};

export function comparisonRules(rules: Rules): ComparisonRules {
  return rules?.comparison ?? DEFAULT_COMPARISON;
}

/** The "per N" the indicator is written in: its unit, else its name ("Rate per 10K"). */
export function indicatorPer(ind: ScoredIndicator): number | undefined {
  const s = ind.source;
  return perScale(s.unitText ?? '') ?? perScale(s.name ?? '');
}

/** "per 10K" for 10000, "per 1,000", "per 100K": how councils write rates. */
export function perWords(per: number | undefined): string {
  if (!per) return '';
  if (per >= 1000 && per % 1000 === 0) return `per ${formatNumber(per / 1000, 0, true)}K`;
  return `per ${formatNumber(per, 0, true)}`;
}

/** A figure with its unit: "48 per 10K", "24%", "1,305". */
export function figureText(r: Reading, per: number | undefined): string {
  const n = formatNumber(r.value, r.decimals, r.grouping, r.percent);
  return !r.percent && per ? `${n} ${perWords(per)}` : n;
}

/** The size of a difference with its unit: "6 per 10K", "4 percentage points", "1 percentage point". */
export function sizeWords(size: number, decimals: number, grouping: boolean, percent: boolean, per?: number): string {
  const n = formatNumber(size, decimals, grouping);
  if (percent) return n === '1' ? '1 percentage point' : `${n} percentage points`;
  return per ? `${n} ${perWords(per)}` : n;
}

export function polarityWords(p: PolarityKind | null): string {
  if (p === 'lower') return ' (smaller is better)';
  if (p === 'higher') return ' (bigger is better)';
  return '';
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
