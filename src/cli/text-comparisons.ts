/**
 * The readable report's comparison lines under an exception (issue 15): how it compares with the
 * national average and others, and the areas pulling it down, so "on target?" and "better or worse
 * than others?" are answered side by side.
 */
import type { ScoredIndicator } from '../core/model';

/** One text per comparator, plus one for the areas; text-report.ts indents and wraps them under the exception. */
export function comparisonTexts(ind: ScoredIndicator): string[] {
  const texts = (ind.comparisons ?? []).map((c) => `compared: ${c.text}`);
  if (ind.areas && ind.areas.outliers.length > 0) texts.push(`areas: ${ind.areas.text}`);
  return texts;
}
