/**
 * Comparator rows of an indicator card (issue 15): a "National average" or "Statistical neighbours"
 * row under Actual/Target gives its figure in the current period's column, or, where it is written
 * once, in its latest filled column up to the current period.
 */
import type { Comparator } from '../model';
import type { CellRef } from '../snapshot';
import { classifyComparatorLabel } from './comparator-labels';
import type { Grid } from './grid';
import type { HeaderColumn } from './headers';
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

/**
 * The sheet's own place for an area's rating: the block's Performance rating row under the area's
 * column. Only where that row is free beyond the block's own rating cell (a note typed along it, as
 * seed 001 has, overflows into those cells) and the cell is empty or ours from an earlier scoring.
 */
export function areaRatingCell(
  grid: Grid,
  ratingRow: number | undefined,
  label: number,
  areas: HeaderColumn[],
  lastCol: number,
  col: number,
): CellRef | undefined {
  if (ratingRow === undefined || col <= label + 1) return undefined;
  const free = (c: number): boolean => grid.isBlank(ratingRow, c) || grid.isOwned(ratingRow, c);
  for (let c = label + 2; c <= lastCol; c++) if (!free(c)) return undefined;
  if (!areas.some((a) => a.col === col)) return undefined;
  return grid.ref(ratingRow, col);
}
