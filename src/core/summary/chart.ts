/**
 * The chart drawn with cells where a host cannot write a real chart (ExcelJS): one row per status,
 * a bar of filled cells proportional to the count. Any non-zero count gets at least one cell so a
 * single red indicator is never invisible.
 */

/** Filled cells for `count` when the largest count fills `width` cells. */
export function barCells(count: number, max: number, width: number): number {
  if (count <= 0 || max <= 0 || width <= 0) return 0;
  return Math.max(1, Math.min(width, Math.round((count / max) * width)));
}

/** "45%" of all indicators, the label printed after a bar. */
export function shareText(count: number, total: number): string {
  if (total <= 0) return '';
  return `${Math.round((count / total) * 100)}%`;
}
