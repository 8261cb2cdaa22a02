/**
 * Applies the shared rules to one detected indicator. Each kind of evidence is a named step
 * (figures, target, the polarity chain in evidence/, then status, direction or trend); this file
 * only runs them in order and says in the notes what each found, so every status can be traced.
 * Never throws: any cell content gives a result, at worst NOT_SCORED with a warning saying why.
 */
import { toA1 } from '../a1';
import type {
  IndicatorSource,
  PolarityKind,
  ScoredIndicator,
  SourceCell,
  Status,
  Target,
  Trend,
  Warning,
} from '../model';
import type { IndicatorOverride, Rules } from '../rules/types';
import type { ReadOptions } from '../values/read';
import { directionStatus, usesDirection } from './direction';
import { polarityFromBaseline } from './evidence/polarity-from-baseline';
import { polarityFromField, unreadPolarityField } from './evidence/polarity-from-field';
import { accumulates, polarityFromEarlierRatings, polarityFromRatings } from './evidence/polarity-from-ratings';
import { polarityFromTarget } from './evidence/polarity-from-target';
import { polarityFromWording } from './evidence/polarity-from-wording';
import { resolvePolarity, type PolarityResult } from './evidence/resolve-polarity';
import type { PolarityEvidence } from './evidence/types';
import { labelOf, trendLabelOf } from './labels';
import { findOverride } from './overrides';
import { percentUnit } from './percent-unit';
import { agreedReading, sheetTolerance } from './sheet-tolerance';
import { cumulativeSeries } from './cumulative';
import { pickFigures, type Figures } from './pick-values';
import { pickTarget, type TargetPick } from './pick-target';
import { scoreStatus } from './status';
import { improvement, scoreTrend } from './trend';
import { varianceText } from './variance';
import { saysNoTarget } from '../values/target';
import { withComparisons } from './compare';

export type Result = { scored: ScoredIndicator; warnings: readonly Warning[] };

/** The warnings of a row that has none: one shared, frozen list. */
const NO_WARNINGS: readonly Warning[] = Object.freeze([]);

function a1(ref: SourceCell['cell'] | undefined): string {
  try {
    return ref ? toA1(ref) : '';
  } catch {
    return '';
  }
}

export function scoreIndicator(source: IndicatorSource, rules: Rules): Result {
  try {
    return withComparisons(score(prepareIndicator(source, rules), rules), rules);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const sheet = typeof source?.sheet === 'string' ? source.sheet : '';
    return {
      scored: {
        source,
        status: 'NOT_SCORED',
        trend: null,
        polarity: null,
        polaritySource: 'assumed',
        actual: null,
        target: null,
        previous: null,
        sameLastYear: null,
        varianceText: '',
        statusLabel: labelOf(rules, 'NOT_SCORED'),
        trendLabel: '',
        notes: [`Not scored: an unexpected problem while scoring (${why}).`],
      },
      warnings: [
        {
          sheet,
          cell: a1(source?.nameCell),
          message: `"${String(source?.name ?? '').slice(0, 200)}" was not scored: an unexpected problem (${why}).`,
        },
      ],
    };
  }
}

/** Status against a target under the rules' scheme, with last year's figure for amber-if-improving. */
function statusAgainst(f: Figures, p: PolarityKind, t: Target, rules: Rules, tolerance: Rules['tolerance']): Status {
  let improvedOnLastYear: boolean | null = null;
  if (f.lastYear && f.actual) {
    const change = improvement(f.actual, f.lastYear.reading, p, t);
    improvedOnLastYear = change === null ? null : change > 0;
  }
  return scoreStatus({
    actual: f.actual!,
    target: t,
    polarity: p,
    scheme: rules.scheme,
    tolerance,
    exceedMargin: rules.exceedMargin,
    improvedOnLastYear,
  });
}

/** What scoring reads before deciding polarity: figures, target and the row's own polarity evidence. */
export interface PreparedIndicator {
  source: IndicatorSource;
  override: IndicatorOverride | undefined;
  figures: Figures;
  target: TargetPick;
  /** The row's polarity evidence in SCORING.md order (field, target, baseline, wording, ratings, then arithmetic where the table gives it); null = found nothing. */
  evidence: (PolarityEvidence | null)[];
  /** Why the figures are cumulative (year to date), or null: the trend is then against the same period last year. */
  cumulative: string | null;
}

/** A polarity decided for the whole measure (evidence/measure-polarity.ts); its disagreement is already reported. */
export type SharedPolarity = PolarityResult;

/** Steps 1-2 of scoring: read the figures and target and gather the row's own polarity evidence. */
export function prepareIndicator(source: IndicatorSource, rules: Rules): PreparedIndicator {
  const override = findOverride(source, rules);
  const opts: ReadOptions = { percentUnit: percentUnit(source, override) };
  const f = pickFigures(source, opts);
  const target = pickTarget(source, f.actualPeriod, override, opts, f);
  // The sheet's own status words: the scale a system's "Alert" or "Warning" is read on.
  const sheetWords = Object.values(source.statusWords ?? {});
  // Which way is good: the evidence chain, strongest first (SCORING.md).
  const evidence = [
    polarityFromField(source),
    polarityFromTarget(target.target, target.hint, target.wording),
    polarityFromBaseline(f.baseline, target.target, source.baseline?.period.label),
    polarityFromWording(source),
    polarityFromRatings(
      source.rating,
      f.actual ?? null,
      target.target,
      sheetWords,
      source.rating !== undefined && accumulates(source.name, source.measure, f.actualPeriod?.label),
      source.letterKey,
    ) ?? polarityFromEarlierRatings(source.earlierRatings, opts, sheetWords),
  ];
  // A year-to-date series trends against the same period last year (cumulative.ts).
  const cumulative =
    f.previous && f.actualPeriod ? cumulativeSeries(source, f.actualPeriod, f.previous.period, opts) : null;
  return { source, override, figures: f, target, evidence, cumulative };
}

/**
 * Scores a prepared row. `shared` is the measure's polarity where the table has other rows of the
 * same measure; a rule override on the row still wins over it.
 */
export function scorePrepared(p: PreparedIndicator, rules: Rules, shared?: SharedPolarity): Result {
  try {
    return withComparisons(score(p, rules, shared), rules);
  } catch {
    return scoreIndicator(p.source, rules);
  }
}

// withWarning, finished and notePolarity are module functions taking what they need, not closures
// made in score: three closures and their context per row were most of what scoring a row made
// besides its result.

/** A warning added to a row's list, the list made at its first warning. */
function withWarning(list: Warning[] | undefined, sheet: string, cell: string, message: string): Warning[] {
  (list ??= []).push({ sheet, cell, message });
  return list;
}

/** The row's result: status, trend and their labels set on `base`. */
function finished(
  base: ScoredIndicator,
  rules: Rules,
  direction: boolean,
  warnings: Warning[] | undefined,
  status: Status,
  trend: Trend | null = null,
): Result {
  if (base.source.fractionNote) base.notes.push(base.source.fractionNote);
  if (base.source.targetNote) base.notes.push(base.source.targetNote);
  base.status = status;
  base.trend = trend;
  base.statusLabel = labelOf(rules, status, base.source, direction);
  base.trendLabel = trendLabelOf(rules, trend);
  return { scored: base, warnings: warnings ?? NO_WARNINGS };
}

/** The polarity note (and conflict warning) only where polarity decides the outcome. */
function notePolarity(
  notes: string[],
  pol: PolarityResult,
  shared: SharedPolarity | undefined,
  warnings: Warning[] | undefined,
  source: IndicatorSource,
  name: string,
): Warning[] | undefined {
  notes.push(pol.note);
  // A measure's disagreement is reported once for the measure, not on every row.
  if (pol.conflict && pol !== shared)
    return withWarning(warnings, source.sheet, a1(source.nameCell), `"${name}": ${pol.conflict}`);
  return warnings;
}

function score(p: PreparedIndicator, rules: Rules, shared?: SharedPolarity): Result {
  const { source, override, target } = p;
  const f = p.figures;
  // Most rows warn of nothing: their list is the shared empty one, made only for a row that warns.
  let warnings: Warning[] | undefined;
  const notes: string[] = [];
  const name = typeof source.name === 'string' ? source.name.slice(0, 200) : '';

  const ruled = override?.polarity !== undefined || override?.band !== undefined;
  const pol = shared && !ruled ? shared : resolvePolarity(p.evidence, override, unreadPolarityField(source));
  const polarity = pol.polarity;
  const direction = !target.target && usesDirection(source.directionKey !== undefined, rules?.direction?.enabled);

  const base: ScoredIndicator = {
    source,
    status: 'NOT_SCORED',
    trend: null,
    polarity,
    polaritySource: pol.source,
    actual: f.actual ?? null,
    actualPeriod: f.cell?.period,
    target: target.target,
    previous: null,
    sameLastYear: f.lastYear?.reading ?? null,
    varianceText: '',
    statusLabel: '',
    trendLabel: '',
    notes,
  };
  if (pol.conflict) base.polarityConflict = pol.conflict;
  if (direction) base.byDirection = true;

  if (f.unreadable && f.cell) {
    const at = a1(f.cell.source.cell);
    notes.unshift(`Not scored: the value in ${at} cannot be read as a number: ${f.unreadable}.`);
    warnings = withWarning(
      warnings,
      source.sheet,
      at,
      `"${name}" was not scored: the value in ${at} cannot be read as a number: ${f.unreadable}.`,
    );
    return finished(base, rules, direction, warnings, 'NOT_SCORED');
  }

  if (!f.actual) {
    if (f.earlier) base.lastKnown = f.earlier;
    const when = source.currentPeriod?.label ? `'${source.currentPeriod.label}'` : 'the current period';
    notes.unshift(
      f.earlier
        ? `No data: no value for ${when}; the last known value (${f.earlier.period.label}) is quoted, not scored.`
        : `No data: no value for ${when}.`,
    );
    return finished(base, rules, direction, warnings, 'NO_DATA');
  }

  const actual = f.actual;
  const byRule = rules?.trend?.compareWith === 'same-period-last-year';
  // A year-to-date figure grows by construction: its trend is against the same period last year.
  const cumulative = byRule ? null : p.cumulative;
  const sameLastYear = byRule || cumulative !== null;
  const compareWith = sameLastYear ? f.lastYear : f.previous;
  if (compareWith) {
    base.previous = compareWith.reading;
    base.previousPeriod = compareWith.period;
    if (cumulative)
      notes.push(
        `Trend against the same period last year (${compareWith.period.label}): cumulative figures (${cumulative}).`,
      );
  } else if (cumulative) {
    notes.push(
      `No trend: the figures are cumulative (${cumulative}), so they compare with the same period last year, which the series does not reach back to.`,
    );
  } else if (sameLastYear) {
    notes.push('No trend: the series does not reach back to the same period last year.');
  }
  const trend = rules?.trend ? scoreTrend(actual, base.previous, polarity, target.target, rules.trend) : null;

  if (!target.target) {
    if (direction) {
      const band = rules?.direction?.band ?? 0.01;
      const status = directionStatus(actual, f.previous?.reading ?? null, polarity, band);
      if (status) {
        notes.unshift(
          `Rated by direction of travel (no target): ${actual.value} against ${f.previous!.reading.value} (${f.previous!.period.label}), no-material-change band ${band * 100}%.`,
        );
        warnings = notePolarity(notes, pol, shared, warnings, source, name);
        return finished(base, rules, direction, warnings, status, trend);
      }
    }
    if (target.infoOnly) {
      notes.unshift(
        `No target: the author's status '${target.infoOnly.slice(0, 60)}' says the row has none, so the 0 in its target cell is not read as a target of 0.`,
      );
    } else if (target.unitClash) {
      const at = a1(target.unitClash.cell.cell);
      notes.unshift(`No target: the target in ${at} is in another unit than the figure: ${target.unitClash.reason}.`);
      warnings = withWarning(
        warnings,
        source.sheet,
        at,
        `"${name}" has no comparable target: ${target.unitClash.reason}.`,
      );
    } else if (target.unreadable && saysNoTarget(target.unreadable.cell.value)) {
      // "Monitor only", "Contextual": the sheet says on purpose that there is none; nothing to fix.
      notes.unshift(
        `No target: the sheet says '${String(target.unreadable.cell.value).trim().slice(0, 40)}' (no target is set for this indicator).`,
      );
    } else if (target.unreadable) {
      const at = a1(target.unreadable.cell.cell);
      notes.unshift(`No target: the target in ${at} cannot be read as a number: ${target.unreadable.reason}.`);
      warnings = withWarning(
        warnings,
        source.sheet,
        at,
        `"${name}" has no numeric target: the target in ${at} cannot be read as a number: ${target.unreadable.reason}.`,
      );
    } else if (direction || !source.targetNote) {
      // Where the detector said why there is no target (a key result naming several figures), that note stands alone.
      notes.unshift(
        direction
          ? 'No target: the sheet gives no target, and there is no earlier figure to judge the direction of travel.'
          : 'No target: the sheet gives no target for this indicator.',
      );
    }
    return finished(base, rules, direction, warnings, 'NO_TARGET', trend);
  }

  if (target.fromRule) {
    notes.push(
      target.unreadable
        ? `Target from a rule override: the target in ${a1(target.unreadable.cell.cell)} cannot be read as a number (${target.unreadable.reason}).`
        : 'Target from a rule override: the sheet gives none.',
    );
  }
  if (target.relative) notes.push(target.relative);
  warnings = notePolarity(notes, pol, shared, warnings, source, name);
  // A rule override wins over the sheet's own tolerance column, which wins over the rules' default.
  const own = override?.tolerance ? null : sheetTolerance(source, f.actual?.percent ?? false, target.target, polarity);
  // "5%" on a percentage is 5 points or 5% of the target: where both say the same, it is the sheet's status.
  const goal = target.target;
  const agreed = own?.readings ? agreedReading(own.readings, (t) => statusAgainst(f, polarity, goal, rules, t)) : null;
  if (own) notes.push(agreed ? agreed.note : own.note);
  const tolerance = override?.tolerance ?? agreed?.tolerance ?? own?.tolerance ?? rules.tolerance;
  const status = statusAgainst(f, polarity, target.target, rules, tolerance);
  if (
    status === 'RED' &&
    target.target.kind === 'value' &&
    target.target.value.value === 0 &&
    tolerance.kind !== 'absolute'
  )
    notes.push(
      'A target of 0 has no tolerance (a percentage of 0 is 0): an absolute tolerance in the rules would allow one.',
    );
  if (pol.source === 'assumed') {
    const other: PolarityKind = polarity === 'higher' ? 'lower' : 'higher';
    if (statusAgainst(f, other, target.target, rules, tolerance) === status)
      notes.push('The status is the same either way.');
  }
  if (rules.scheme === 'amber-if-improving' && status === 'RED' && !f.lastYear) {
    notes.push('Red: off target beyond tolerance, and no value for the same period last year to show an improvement.');
  }
  base.varianceText = varianceText(actual, target.target, polarity);
  return finished(base, rules, direction, warnings, status, trend);
}
