/**
 * Scores a sheet's indicators: each row's figures, target and polarity evidence are read first (with
 * the author's variance arithmetic, where the snapshot carries formulas), then
 * rows of the same measure share one polarity (evidence/measure-polarity.ts), then each row is scored.
 * Warnings keep the rows' order; a measure's one disagreement warning comes before its first row's.
 */
import type { IndicatorSource, ScoredIndicator, Warning } from '../model';
import type { Rules } from '../rules/types';
import type { SheetSnapshot } from '../snapshot';
import { decideMeasures, measureGroups, type MeasureDecision, type MeasureRow } from './evidence/measure-polarity';
import { polarityFromArithmetic } from './evidence/polarity-from-arithmetic';
import {
  prepareIndicator,
  scoreIndicator,
  scorePrepared,
  type PreparedIndicator,
  type Result,
} from './score-indicator';

function prepareOrNull(source: IndicatorSource, rules: Rules): PreparedIndicator | null {
  try {
    return prepareIndicator(source, rules);
  } catch {
    // scoreIndicator says what went wrong for this row.
    return null;
  }
}

function measureRow(source: IndicatorSource, p: PreparedIndicator | null): MeasureRow {
  return { source, evidence: p ? p.evidence : [] };
}

/** Every row prepared first: the author's arithmetic reads the whole table's figures and targets. */
function withArithmetic(
  sources: readonly IndicatorSource[],
  rules: Rules,
  snapshot: SheetSnapshot,
  groups: readonly number[][],
): { results: Result[]; measures: MeasureDecision } {
  const prepared = sources.map((s) => prepareOrNull(s, rules));
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
  const measures = decideMeasures(
    prepared.map((p, i) => measureRow(sources[i], p)),
    groups,
    sources.length,
  );
  const results = prepared.map((p, i) =>
    p ? scorePrepared(p, rules, measures.shared[i]) : scoreIndicator(sources[i], rules),
  );
  return { results, measures };
}

/**
 * Without formulas, a row of no shared measure is scored as soon as it is read, so what it read
 * (figures, target, evidence) is not kept while the other rows are: only the rows of shared measures
 * wait for their measure's decision. The results are those of preparing every row first.
 */
function byMeasure(
  sources: readonly IndicatorSource[],
  rules: Rules,
  groups: readonly number[][],
): { results: Result[]; measures: MeasureDecision } {
  const grouped = new Uint8Array(sources.length);
  for (const g of groups) for (const i of g) grouped[i] = 1;
  const results = new Array<Result>(sources.length);
  const waiting = new Array<PreparedIndicator | null | undefined>(sources.length);
  const rows = new Array<MeasureRow | undefined>(sources.length);
  for (let i = 0; i < sources.length; i++) {
    if (grouped[i]) {
      const p = prepareOrNull(sources[i], rules);
      waiting[i] = p;
      rows[i] = measureRow(sources[i], p);
    } else {
      // No measure to share: exactly what preparing, then scoring with no shared polarity, gives.
      results[i] = scoreIndicator(sources[i], rules);
    }
  }
  const measures = decideMeasures(rows, groups, sources.length);
  for (let i = 0; i < sources.length; i++) {
    if (!grouped[i]) continue;
    const p = waiting[i];
    results[i] = p ? scorePrepared(p, rules, measures.shared[i]) : scoreIndicator(sources[i], rules);
  }
  return { results, measures };
}

export function scoreIndicators(
  sources: readonly IndicatorSource[],
  rules: Rules,
  snapshot?: SheetSnapshot,
): { indicators: ScoredIndicator[]; warnings: Warning[] } {
  const groups = measureGroups(sources);
  // The author's variance arithmetic needs the sheet's formulas: the weakest evidence, added last.
  const { results, measures } = snapshot?.formulas
    ? withArithmetic(sources, rules, snapshot, groups)
    : byMeasure(sources, rules, groups);
  const measureWarnings = new Map<number, Warning[]>();
  for (const { row, warning } of measures.warnings) {
    const list = measureWarnings.get(row);
    if (list) list.push(warning);
    else measureWarnings.set(row, [warning]);
  }
  const indicators: ScoredIndicator[] = [];
  const warnings: Warning[] = [];
  for (let i = 0; i < results.length; i++) {
    const { scored, warnings: w } = results[i];
    indicators.push(scored);
    const m = measureWarnings.get(i);
    if (m) warnings.push(...m);
    for (let j = 0; j < w.length; j++) warnings.push(w[j]);
  }
  return { indicators, warnings };
}
