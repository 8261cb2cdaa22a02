/**
 * Quartile banding as the DfE's LAIT tool shows it: A is the best quartile and D the worst,
 * whichever way is good. Sheets give the thresholds as "Top quartile" / "Bottom quartile" (by
 * performance) or "Upper quartile" / "Median" / "Lower quartile" (by value); polarity turns the
 * value-named ones into best and worst.
 */
import type { QuartileEdge } from '../detect/comparator-labels';
import { formatNumber } from '../format/number-text';
import type { PolarityKind, Reading } from '../model';
import type { CellRef } from '../snapshot';
import type { QuartileBand, QuartileResult } from './compare-types';
import { shown } from './status';

export interface Threshold {
  label: string;
  edge: QuartileEdge;
  value: number;
  cell: CellRef;
}

type Edge = 'best' | 'median' | 'worst';

function performanceEdge(edge: QuartileEdge, polarity: 'higher' | 'lower'): Edge {
  if (edge === 'high') return polarity === 'higher' ? 'best' : 'worst';
  if (edge === 'low') return polarity === 'higher' ? 'worst' : 'best';
  return edge;
}

const EDGE_WORDS: Record<Edge, string> = {
  best: 'the top quartile threshold',
  median: 'the median',
  worst: 'the bottom quartile threshold',
};

/** The band, or null without polarity or with too few thresholds to place the figure. */
export function quartileBand(
  actual: Reading,
  list: readonly Threshold[],
  polarity: PolarityKind | null,
  assumed = false,
): QuartileResult | null {
  if (polarity !== 'higher' && polarity !== 'lower') return null;
  const at: Partial<Record<Edge, Threshold>> = {};
  for (const t of list) at[performanceEdge(t.edge, polarity)] ??= t;
  // "At least as good as": on a threshold counts as inside the better band, as LAIT rounds.
  const good = (t: Threshold | undefined): boolean | undefined => {
    if (!t) return undefined;
    const a = shown(actual);
    return polarity === 'higher' ? a >= t.value - 1e-9 : a <= t.value + 1e-9;
  };
  const best = good(at.best);
  const median = good(at.median);
  const worst = good(at.worst);
  let band: QuartileBand | null = null;
  if (best === true) band = 'A';
  else if (median === true) band = best === false ? 'B' : 'A/B';
  else if (median === false) band = worst === undefined ? 'C/D' : worst ? 'C' : 'D';
  else if (worst === false) band = 'D';
  else if (best === false && worst === true) band = 'B/C';
  else if (worst === true && best === undefined) band = null;
  if (!band) return null;
  const thresholds = (['best', 'median', 'worst'] as Edge[])
    .filter((e) => at[e])
    .map((e) => ({ label: at[e]!.label, value: at[e]!.value, cell: at[e]!.cell }));
  const fmt = (v: number): string => formatNumber(v, actual.decimals, actual.grouping, actual.percent);
  const quoted = (['best', 'median', 'worst'] as Edge[])
    .filter((e) => at[e])
    .map((e) => `${EDGE_WORDS[e]} ${fmt(at[e]!.value)}`);
  // An assumed polarity bands the figure too (it is scored on it), and the text says it was assumed.
  const way = `${polarity === 'lower' ? 'smaller is better' : 'bigger is better'}${assumed ? ', assumed' : ''}`;
  const what = band.length === 1 ? `Quartile ${band}` : `Quartile ${band.replace('/', ' or ')}`;
  return { band, thresholds, text: `${what} (${fmt(actual.value)} against ${quoted.join(', ')}; ${way})` };
}
