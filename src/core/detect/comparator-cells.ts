/**
 * Comparator rows of an indicator card (issue 15): a "National average" or "Statistical neighbours"
 * row under Actual/Target gives its figure in the current period's column, or, where it is written
 * once, in its latest filled column up to the current period.
 */
import type { Comparator } from '../model';
import { classifyComparatorLabel } from './comparator-labels';
import type { Grid } from './grid';
import type { PeriodColumn } from './series';

/** A card row label that names a comparator (not a bare "Average ..." figure). */
export function isCardComparator(lower: string): boolean {
  const c = classifyComparatorLabel(lower);
  return c !== null && c.kind !== 'other';
}

export function cardComparators(
  grid: Grid,
  rows: number[],
  label: number,
  periods: PeriodColumn[],
  current: PeriodColumn | undefined,
): Comparator[] {
  const out: Comparator[] = [];
  for (const r of rows) {
    const text = grid.trimmed(r, label);
    const kind = classifyComparatorLabel(text)?.kind ?? 'other';
    let col = -1;
    for (const p of periods) {
      if (current && p.period.order > current.period.order) break;
      if (!grid.isBlank(r, p.col)) col = p.col;
    }
    if (col >= 0) out.push({ label: text, kind, source: grid.source(r, col) });
  }
  return out;
}
