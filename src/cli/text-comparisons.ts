/**
 * The readable report's comparison lines under an exception (issue 15): how it compares with the
 * national average and others, and the areas pulling it down, so "on target?" and "better or worse
 * than others?" are answered side by side.
 */
import type { ScoredIndicator } from '../core/model';

/** Indented under the exception line; at most one line per comparator, plus one for the areas. */
export function comparisonLines(ind: ScoredIndicator): string[] {
  const lines = (ind.comparisons ?? []).map((c) => `${' '.repeat(20)}compared: ${c.text}`);
  if (ind.areas && ind.areas.outliers.length > 0) lines.push(`${' '.repeat(20)}areas: ${ind.areas.text}`);
  return lines;
}
