/**
 * Scores a sheet's indicators: each row's figures, target and polarity evidence are read first (with
 * the author's variance arithmetic, where the snapshot carries formulas), then
 * rows of the same measure share one polarity (evidence/measure-polarity.ts), then each row is scored.
 * Warnings keep the rows' order; a measure's one disagreement warning comes before its first row's.
 */
import type { IndicatorSource, ScoredIndicator, Warning } from '../model';
import type { Rules } from '../rules/types';
import type { SheetSnapshot } from '../snapshot';
import { measurePolarity } from './evidence/measure-polarity';
import { polarityFromArithmetic } from './evidence/polarity-from-arithmetic';
import { prepareIndicator, scoreIndicator, scorePrepared, type PreparedIndicator } from './score-indicator';

export function scoreIndicators(
  sources: readonly IndicatorSource[],
  rules: Rules,
  snapshot?: SheetSnapshot,
): { indicators: ScoredIndicator[]; warnings: Warning[] } {
  const prepared: (PreparedIndicator | null)[] = sources.map((s) => {
    try {
      return prepareIndicator(s, rules);
    } catch {
      // scoreIndicator says what went wrong for this row.
      return null;
    }
  });
  // The author's variance arithmetic needs the sheet's formulas: the weakest evidence, added last.
  if (snapshot?.formulas) {
    const arithmetic = polarityFromArithmetic(
      snapshot,
      prepared.map((p) => ({
        table: p?.source.table ?? -1,
        actual: p?.figures.cell?.source.cell,
        target: p?.source.target?.cell,
      })),
    );
    arithmetic.forEach((e, i) => {
      if (e) prepared[i]?.evidence.push(e);
    });
  }
  const measures = measurePolarity(prepared.map((p, i) => ({ source: sources[i], evidence: p ? p.evidence : [] })));
  const measureWarnings = new Map<number, Warning[]>();
  for (const { row, warning } of measures.warnings) {
    const list = measureWarnings.get(row);
    if (list) list.push(warning);
    else measureWarnings.set(row, [warning]);
  }
  const indicators: ScoredIndicator[] = [];
  const warnings: Warning[] = [];
  prepared.forEach((p, i) => {
    const { scored, warnings: w } = p ? scorePrepared(p, rules, measures.shared[i]) : scoreIndicator(sources[i], rules);
    indicators.push(scored);
    warnings.push(...(measureWarnings.get(i) ?? []), ...w);
  });
  return { indicators, warnings };
}
