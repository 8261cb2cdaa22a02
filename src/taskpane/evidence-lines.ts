/**
 * The evidence behind one status, as lines a performance officer can check against the sheet: which
 * cells were read (figure, target, previous), which rule rated it, and where the polarity came from.
 */
import { toA1 } from '../core/a1';
import { formatNumber } from '../core/format/number-text';
import type { Period, PeriodCell, Reading, ScoredIndicator, SourceCell, Target } from '../core/model';
import type { Rules, Tolerance } from '../core/rules/types';

const POLARITY_FROM: Record<ScoredIndicator['polaritySource'], string> = {
  field: "the sheet's polarity or direction field",
  target: "the target's own wording",
  baseline: 'the baseline and the target',
  wording: "the indicator's wording",
  ratings: "the author's own ratings",
  arithmetic: "the author's own variance formulas",
  assumed: 'nothing on the sheet: assumed',
  rule: 'a rule override',
};

function shown(r: Reading): string {
  return formatNumber(r.value, r.decimals, r.grouping, r.percent);
}

function samePeriod(a: Period, b: Period): boolean {
  return a.order === b.order && a.label === b.label;
}

function cellOf(cells: readonly PeriodCell[], period: Period | undefined): SourceCell | undefined {
  if (!period) return cells.length === 1 ? cells[0].source : undefined;
  return cells.find((c) => samePeriod(c.period, period))?.source;
}

function where(cell: SourceCell | undefined): string {
  return cell ? ` in ${toA1(cell.cell)}` : '';
}

function targetText(t: Target): string {
  return t.kind === 'value' ? shown(t.value) : `between ${shown(t.low)} and ${shown(t.high)}`;
}

function toleranceText(t: Tolerance): string {
  return t.kind === 'percent-of-target' ? `${t.value}% of the target` : `${t.value} in the indicator's unit`;
}

/** The rule that rated this status, in words. */
function ruleLine(i: ScoredIndicator, rules: Rules | null): string | undefined {
  if (i.byDirection) return 'Rated by direction of travel against the previous period (the table has no target).';
  if (i.status !== 'GREEN' && i.status !== 'AMBER' && i.status !== 'RED' && i.status !== 'BLUE') return undefined;
  if (!rules) return undefined;
  return `Rule: on or better than target is ${rules.status.GREEN.label}; off target by no more than ${toleranceText(rules.tolerance)} is ${rules.status.AMBER.label}; further off is ${rules.status.RED.label}.`;
}

export function evidenceLines(i: ScoredIndicator, rules: Rules | null): string[] {
  const lines: string[] = [];
  const src = i.source;
  if (i.actual) {
    const period = i.actualPeriod ? ` (${i.actualPeriod.label})` : '';
    lines.push(`Figure: ${shown(i.actual)}${period}${where(cellOf(src.values, i.actualPeriod))}.`);
  } else if (i.lastKnown) {
    lines.push(
      `No figure for the current period; last known ${shown(i.lastKnown.reading)} (${i.lastKnown.period.label}).`,
    );
  }
  if (i.target) {
    const cell = src.targetsByPeriod ? cellOf(src.targetsByPeriod, i.actualPeriod) : src.target;
    lines.push(`Target: ${targetText(i.target)}${where(cell)}.`);
  } else if (src.target) {
    lines.push(`Target cell ${toA1(src.target.cell)} could not be read as one number.`);
  }
  if (i.previous) {
    const period = i.previousPeriod ? ` (${i.previousPeriod.label})` : '';
    const cell = i.previousPeriod
      ? (cellOf(src.values, i.previousPeriod) ??
        (src.baseline && samePeriod(src.baseline.period, i.previousPeriod) ? src.baseline.source : undefined))
      : undefined;
    lines.push(`Previous: ${shown(i.previous)}${period}${where(cell)}.`);
  }
  const rule = ruleLine(i, rules);
  if (rule) lines.push(rule);
  if (i.polarity) lines.push(`Which way is good: from ${POLARITY_FROM[i.polaritySource]}.`);
  for (const note of i.notes) lines.push(note);
  if (i.polarityConflict) lines.push(`Note: ${i.polarityConflict}`);
  return lines;
}
