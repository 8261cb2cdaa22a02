/**
 * Applies the shared rules to one detected indicator: reads the actual, target and previous values,
 * resolves polarity, and gives status, trend and variance line with notes and warnings.
 * Never throws: any cell content gives a result, at worst NOT_SCORED with a warning saying why.
 */
import { toA1 } from '../a1';
import { formatFacts } from '../format/format-code';
import type {
  IndicatorSource,
  Period,
  PeriodCell,
  PolarityKind,
  Reading,
  ScoredIndicator,
  SourceCell,
  Status,
  Target,
  Trend,
  Warning,
} from '../model';
import type { IndicatorOverride, Rules } from '../rules/types';
import { readValue, type ReadOptions } from '../values/read';
import { readTarget } from '../values/target';
import { findOverride } from './overrides';
import { resolvePolarity } from './polarity';
import { atOrBefore, atPeriod, earlierThan, isSamePeriodLastYear, periodCells } from './series';
import { scoreStatus } from './status';
import { improvement, scoreTrend } from './trend';
import { varianceText } from './variance';
import { withComparisons } from './compare';

const STATUS_WORDS: Record<Status, string> = {
  GREEN: 'Green',
  AMBER: 'Amber',
  RED: 'Red',
  BLUE: 'Blue',
  NO_DATA: 'No data',
  NO_TARGET: 'No target',
  NOT_SCORED: 'Not scored',
};

function a1(ref: SourceCell['cell'] | undefined): string {
  try {
    return ref ? toA1(ref) : '';
  } catch {
    return '';
  }
}

/** A percent-formatted number, or text that reads as a percentage ("25%", "5%-7%"); unreadable text never counts. */
function isPercentCell(src: SourceCell | undefined): boolean {
  if (!src) return false;
  if (typeof src.value === 'number') return formatFacts(src.numberFormat).percent;
  if (typeof src.value !== 'string' || !src.value.includes('%')) return false;
  const t = readTarget(src);
  if (t.kind !== 'target') return false;
  return t.target.kind === 'value' ? t.target.value.percent : t.target.low.percent;
}

/** Percent unit by the unit, the name, or the cells themselves, so all readings share one representation. */
function percentUnit(source: IndicatorSource, override: IndicatorOverride | undefined): boolean {
  if (typeof override?.percent === 'boolean') return override.percent;
  const unit = typeof source.unitText === 'string' ? source.unitText : '';
  if (/%|\bper\s*cent\b|\bpercent(age)?\b/i.test(unit)) return true;
  let name = typeof source.name === 'string' ? source.name.trim() : '';
  // Seed 003 names start with their code ("NI060 Percentage core assessments").
  if (source.code && name.toLowerCase().startsWith(source.code.toLowerCase()))
    name = name.slice(source.code.length).replace(/^[\s:.-]+/, '');
  if (/^(the\s+)?(%|percentage\b|percent\b)/i.test(name)) return true;
  const cells: (SourceCell | undefined)[] = [source.target, source.baseline?.source];
  for (const v of source.values ?? []) cells.push(v?.source);
  for (const t of source.targetsByPeriod ?? []) cells.push(t?.source);
  return cells.some(isPercentCell);
}

interface Picked {
  cell?: PeriodCell;
  reading?: Reading;
  unreadable?: string;
}

/** The actual: the value at the current period, or the last non-blank entry for tables without periods. */
function pickActual(source: IndicatorSource, cells: PeriodCell[], opts: ReadOptions): Picked {
  if (source.currentPeriod) {
    const cell = atPeriod(cells, source.currentPeriod);
    if (!cell) return {};
    const r = readValue(cell.source, opts);
    if (r.kind === 'number') return { cell, reading: r.reading };
    if (r.kind === 'not-number') return { cell, unreadable: r.reason };
    return { cell };
  }
  for (let i = cells.length - 1; i >= 0; i--) {
    const r = readValue(cells[i].source, opts);
    if (r.kind === 'number') return { cell: cells[i], reading: r.reading };
    if (r.kind === 'not-number') return { cell: cells[i], unreadable: r.reason };
  }
  return {};
}

function firstNumber(candidates: PeriodCell[], opts: ReadOptions): { reading: Reading; period: Period } | null {
  for (const c of candidates) {
    const r = readValue(c.source, opts);
    if (r.kind === 'number') return { reading: r.reading, period: c.period };
  }
  return null;
}

interface TargetPick {
  target: Target | null;
  hint?: PolarityKind;
  wording?: string;
  unreadable?: { cell: SourceCell; reason: string };
  /** The target came from a rule override. */
  fromRule?: boolean;
}

function pickTarget(
  source: IndicatorSource,
  period: Period | undefined,
  override: IndicatorOverride | undefined,
  opts: ReadOptions,
): TargetPick {
  let unreadable: TargetPick['unreadable'];
  const tryCell = (cell: SourceCell): TargetPick | 'blank' => {
    const t = readTarget(cell, opts);
    if (t.kind === 'target') return { target: t.target, hint: t.polarityHint, wording: t.wording };
    if (t.kind === 'not-number') {
      unreadable = { cell, reason: t.reason };
      return { target: null };
    }
    return 'blank';
  };
  let found: TargetPick | null = null;
  if (source.target) {
    const t = tryCell(source.target);
    if (t !== 'blank') found = t;
  }
  if (!found && Array.isArray(source.targetsByPeriod) && source.targetsByPeriod.length > 0) {
    const cells = periodCells(source.targetsByPeriod);
    const candidates = period ? atOrBefore(cells, period) : [...cells].reverse();
    for (const c of candidates) {
      const t = tryCell(c.source);
      if (t !== 'blank') {
        found = t;
        break;
      }
    }
  }
  if (found?.target) return found;
  // A rule target stands in when the sheet has none or it cannot be read.
  const mk = (v: number): Reading => ({
    value: v,
    percent: !!opts.percentUnit,
    decimals: decimalsOf(v),
    grouping: false,
  });
  if (override?.band && Number.isFinite(override.band.low) && Number.isFinite(override.band.high)) {
    return {
      target: { kind: 'band', low: mk(override.band.low), high: mk(override.band.high) },
      unreadable,
      fromRule: true,
    };
  }
  if (typeof override?.target === 'number' && Number.isFinite(override.target)) {
    return { target: { kind: 'value', value: mk(override.target) }, unreadable, fromRule: true };
  }
  return { target: null, unreadable };
}

function decimalsOf(v: number): number {
  const s = String(v);
  const p = s.indexOf('.');
  return p < 0 || s.includes('e') ? 0 : s.length - p - 1;
}

function periodName(p: Period | undefined): string {
  return p?.label ? `'${p.label}'` : 'the current period';
}

export function scoreIndicator(
  source: IndicatorSource,
  rules: Rules,
): { scored: ScoredIndicator; warnings: Warning[] } {
  try {
    return withComparisons(score(source, rules), rules);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const notes = [`Not scored: an unexpected problem while scoring (${why}).`];
    const sheet = typeof source?.sheet === 'string' ? source.sheet : '';
    return {
      scored: {
        source,
        status: 'NOT_SCORED',
        trend: null,
        polarity: null,
        polaritySource: 'unknown',
        actual: null,
        target: null,
        previous: null,
        sameLastYear: null,
        varianceText: '',
        statusLabel: labelOf(rules, 'NOT_SCORED'),
        trendLabel: '',
        notes,
      },
      warnings: [
        {
          sheet,
          cell: a1(source?.nameCell),
          message: `"${String(source?.name ?? '')}" was not scored: an unexpected problem (${why}).`,
        },
      ],
    };
  }
}

function labelOf(rules: Rules, status: Status): string {
  const label = rules?.status?.[status]?.label;
  return typeof label === 'string' && label ? label : STATUS_WORDS[status];
}

function trendLabelOf(rules: Rules, trend: Trend | null): string {
  if (!trend) return '';
  const label = rules?.trends?.[trend]?.label;
  return typeof label === 'string' ? label : '';
}

function score(source: IndicatorSource, rules: Rules): { scored: ScoredIndicator; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const notes: string[] = [];
  const name = typeof source.name === 'string' ? source.name : '';
  const warn = (cell: string, message: string): void => {
    warnings.push({ sheet: source.sheet, cell, message });
  };

  const override = findOverride(source, rules);
  const opts: ReadOptions = { percentUnit: percentUnit(source, override) };
  const cells = periodCells(source.values);
  const actualPick = pickActual(source, cells, opts);
  const actualPeriod = actualPick.cell?.period ?? source.currentPeriod;
  const target = pickTarget(source, actualPeriod, override, opts);

  let pol = resolvePolarity(source, override);
  // The target's own wording ("between 5% and 7%", "keep under 20") says more than a word in the
  // name; a polarity field or a rule override still says more than either.
  const weak = pol.polarity === null || pol.source === 'inferred';
  if (weak && target.hint) {
    pol = {
      polarity: target.hint,
      source: 'inferred',
      note: `polarity inferred from the target wording '${target.wording ?? ''}'`,
    };
  } else if (weak && target.target?.kind === 'band') {
    pol = { polarity: 'band', source: 'inferred', note: 'polarity inferred from the target band' };
  }
  const polarity = pol.polarity;
  // An unknown polarity is explained only where it changes the outcome (below).
  if (pol.note && pol.source === 'inferred') notes.push(pol.note);

  // Previous for the trend: the nearest earlier period with a value, else the baseline.
  const baseline = source.baseline ? readValue(source.baseline.source, opts) : null;
  const earlier = actualPeriod ? firstNumber(earlierThan(cells, actualPeriod), opts) : null;
  const previousPick =
    earlier ??
    (baseline?.kind === 'number' && source.baseline
      ? { reading: baseline.reading, period: source.baseline.period }
      : null);
  const lastYear = actualPeriod
    ? firstNumber(
        cells.filter((c) => isSamePeriodLastYear(actualPeriod, c.period)),
        opts,
      )
    : null;

  const base: ScoredIndicator = {
    source,
    status: 'NOT_SCORED',
    trend: null,
    polarity,
    polaritySource: pol.source,
    actual: actualPick.reading ?? null,
    actualPeriod: actualPick.cell?.period,
    target: target.target,
    previous: null,
    sameLastYear: lastYear?.reading ?? null,
    varianceText: '',
    statusLabel: '',
    trendLabel: '',
    notes,
  };
  const finish = (status: Status, trend: Trend | null = null): { scored: ScoredIndicator; warnings: Warning[] } => {
    base.status = status;
    base.trend = trend;
    base.statusLabel = labelOf(rules, status);
    base.trendLabel = trendLabelOf(rules, trend);
    return { scored: base, warnings };
  };

  if (actualPick.unreadable && actualPick.cell) {
    const at = a1(actualPick.cell.source.cell);
    notes.unshift(`Not scored: the value in ${at} cannot be read as a number: ${actualPick.unreadable}.`);
    warn(at, `"${name}" was not scored: the value in ${at} cannot be read as a number: ${actualPick.unreadable}.`);
    return finish('NOT_SCORED');
  }

  if (!actualPick.reading) {
    const lastKnown = actualPeriod ? firstNumber(earlierThan(cells, actualPeriod), opts) : null;
    if (lastKnown) base.lastKnown = lastKnown;
    notes.unshift(
      lastKnown
        ? `No data: no value for ${periodName(source.currentPeriod)}; the last known value (${lastKnown.period.label}) is quoted, not scored.`
        : `No data: no value for ${periodName(source.currentPeriod)}.`,
    );
    return finish('NO_DATA');
  }

  const actual = actualPick.reading;
  const compareWith = rules?.trend?.compareWith === 'same-period-last-year' ? lastYear : previousPick;
  if (compareWith) {
    base.previous = compareWith.reading;
    base.previousPeriod = compareWith.period;
  } else if (rules?.trend?.compareWith === 'same-period-last-year') {
    notes.push('No trend: the series does not reach back to the same period last year.');
  }
  const trend = rules?.trend ? scoreTrend(actual, base.previous, polarity, target.target, rules.trend) : null;

  if (!target.target) {
    if (target.unreadable) {
      const at = a1(target.unreadable.cell.cell);
      notes.unshift(`No target: the target in ${at} cannot be read as a number: ${target.unreadable.reason}.`);
      warn(
        at,
        `"${name}" has no numeric target: the target in ${at} cannot be read as a number: ${target.unreadable.reason}.`,
      );
    } else {
      notes.unshift('No target: the sheet gives no target for this indicator.');
    }
    return finish('NO_TARGET', trend);
  }

  if (target.fromRule) {
    notes.push(
      target.unreadable
        ? `Target from a rule override: the target in ${a1(target.unreadable.cell.cell)} cannot be read as a number (${target.unreadable.reason}).`
        : 'Target from a rule override: the sheet gives none.',
    );
  }

  const statusFor = (p: PolarityKind, t: Target): Status => {
    let improvedOnLastYear: boolean | null = null;
    if (lastYear) {
      const change = improvement(actual, lastYear.reading, p, t);
      improvedOnLastYear = change === null ? null : change > 0;
    }
    return scoreStatus({
      actual,
      target: t,
      polarity: p,
      scheme: rules.scheme,
      tolerance: override?.tolerance ?? rules.tolerance,
      exceedMargin: rules.exceedMargin,
      improvedOnLastYear,
    });
  };

  if (!polarity) {
    // Not a guess: when either direction gives the same status (on target, or within tolerance under
    // tolerance-on-track), that status holds whichever way is good.
    const either = statusFor('higher', target.target);
    if (either === statusFor('lower', target.target)) {
      notes.push(`${pol.note ?? 'Which way is good is not known'}; the status is the same either way.`);
      base.varianceText = varianceText(actual, target.target, null);
      return finish(either, null);
    }
    const at = a1(source.nameCell);
    notes.unshift('Not scored: which way is good is not known.');
    if (pol.note) notes.push(pol.note);
    warn(
      at,
      `"${name}" was not scored: ${pol.note ?? 'which way is good is not known'}. Add a polarity override (by code or name) to score it.`,
    );
    return finish('NOT_SCORED', null);
  }

  const status = statusFor(polarity, target.target);
  if (rules.scheme === 'amber-if-improving' && status === 'RED' && !lastYear) {
    notes.push('Red: off target beyond tolerance, and no value for the same period last year to show an improvement.');
  }
  base.varianceText = varianceText(actual, target.target, polarity);
  return finish(status, trend);
}
