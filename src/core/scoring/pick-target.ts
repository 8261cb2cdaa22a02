/** The indicator's target: its own cell, the current (or nearest earlier) period's, else a rule's. */
import type { IndicatorSource, Period, PolarityKind, Reading, SourceCell, Target } from '../model';
import type { IndicatorOverride } from '../rules/types';
import type { ReadOptions } from '../values/read';
import { readTarget, targetDirectionWords } from '../values/target';
import { notRatedOf } from './rating-words';
import type { Figures } from './pick-values';
import { readRelativeWording, relativeTarget } from './relative-target';
import { comparatorTarget } from './comparator-target';
import { targetInUnit } from './unit-scale';
import { periodCells, targetsFor } from './series';
import { unitClash } from './target-unit';

export interface TargetPick {
  target: Target | null;
  hint?: PolarityKind;
  wording?: string;
  unreadable?: { cell: SourceCell; reason: string };
  /** The target came from a rule override. */
  fromRule?: boolean;
  /** The target cell is in another unit than the figure ("£297.5m" against a %): the reason. */
  unitClash?: { cell: SourceCell; reason: string };
  /** How a relative target ("reduce by 5%") or a comparator-named one ("Top quartile") was reached, for the note. */
  relative?: string;
  /** The author's status says the row has no target ("for info only") and its target cell holds 0. */
  infoOnly?: string;
}

function decimalsOf(v: number): number {
  const s = String(v);
  const p = s.indexOf('.');
  return p < 0 || s.includes('e') ? 0 : s.length - p - 1;
}

/**
 * A minimum and a maximum target on the same row are a band, inside it good (SCORING.md: "between
 * 5% and 7%"); "target_min" 0 and "target_max" 0 is exactly 0. Null when the other bound is not a
 * plain figure or the two are the wrong way round.
 */
function boundsBand(
  value: Reading,
  bound: NonNullable<IndicatorSource['targetBound']>,
  source: IndicatorSource,
  opts: ReadOptions,
): TargetPick | null {
  const other = source.targetOtherBound;
  if (!other) return null;
  const t = readTarget(other.source, opts);
  if (t.kind !== 'target' || t.polarityHint || t.target.kind !== 'value') return null;
  const [low, high] = bound.kind === 'min' ? [value, t.target.value] : [t.target.value, value];
  if (low.value > high.value) return null;
  const [lowHeader, highHeader] = bound.kind === 'min' ? [bound.header, other.header] : [other.header, bound.header];
  return {
    target: { kind: 'band', low, high },
    hint: 'band',
    wording: `${lowHeader} and ${highHeader}: between the two figures`,
  };
}

export function pickTarget(
  source: IndicatorSource,
  period: Period | undefined,
  override: IndicatorOverride | undefined,
  opts: ReadOptions,
  figures?: Figures,
): TargetPick {
  let unreadable: TargetPick['unreadable'];
  let clash: TargetPick['unitClash'];
  const tryCell = (cell: SourceCell): TargetPick | 'blank' => {
    const t = readTarget(cell, opts);
    if (t.kind === 'target') {
      const why = unitClash(cell, figures?.cell?.source, figures?.actual);
      if (why) {
        clash = { cell, reason: why };
        return { target: null, unitClash: clash };
      }
      // A plain figure under a "target_min" / "Maximum target" header is an "at least" / "at most" target.
      const bound = !t.polarityHint && cell === source.target ? source.targetBound : undefined;
      const band = bound && t.target.kind === 'value' ? boundsBand(t.target.value, bound, source, opts) : null;
      if (band) return band;
      if (bound)
        return {
          target: t.target,
          hint: bound.kind === 'min' ? 'higher' : 'lower',
          wording: `${bound.header}: ${bound.kind === 'min' ? 'at least' : 'at most'} the figure`,
        };
      // "£450k" on a row kept in £k: 450 in the row's unit (unit-scale.ts).
      const inUnit = targetInUnit(t.target, cell, source.unitText);
      if (inUnit) return { target: inUnit.target, hint: t.polarityHint, wording: t.wording, relative: inUnit.note };
      return { target: t.target, hint: t.polarityHint, wording: t.wording };
    }
    if (t.kind === 'not-number') {
      // "Top quartile", "At or above the Wales average": the row's comparator figure (comparator-target.ts).
      const named = typeof cell.value === 'string' ? comparatorTarget(cell.value, source, opts) : null;
      if (named) {
        return {
          target: { kind: 'value', value: named.value },
          hint: named.hint,
          wording: named.hint ? String(cell.value).trim() : undefined,
          relative: named.says,
        };
      }
      const relative = typeof cell.value === 'string' ? readRelativeWording(cell.value) : null;
      const from =
        relative && figures ? (relative.lastYear ? (figures.lastYear ?? figures.previous) : figures.previous) : null;
      if (relative && from) {
        const r = relativeTarget(relative, from);
        return {
          target: { kind: 'value', value: r.value },
          hint: relative.polarity ?? undefined,
          wording: String(cell.value),
          relative: `Target: '${String(cell.value).trim()}' from ${r.says}, so ${r.value.value}.`,
        };
      }
      unreadable = {
        cell,
        reason: relative
          ? `'${String(cell.value).trim().slice(0, 60)}' is relative to an earlier figure, and the table has none for this row`
          : t.reason,
      };
      // "Increase reporting", "Reduce": no number, but the author's word on which way is good.
      const way = !relative && typeof cell.value === 'string' ? targetDirectionWords(cell.value) : null;
      return way ? { target: null, hint: way, wording: String(cell.value).trim() } : { target: null };
    }
    return 'blank';
  };
  let found: TargetPick | null = null;
  if (source.target && !source.targetIsFallback) {
    const t = tryCell(source.target);
    if (t !== 'blank') found = t;
  }
  if (!found && Array.isArray(source.targetsByPeriod) && source.targetsByPeriod.length > 0) {
    const cells = periodCells(source.targetsByPeriod);
    const candidates = period ? targetsFor(cells, period) : [...cells].reverse();
    for (const c of candidates) {
      const t = tryCell(c.source);
      if (t !== 'blank') {
        found = t;
        break;
      }
    }
  }
  if (!found && source.target && source.targetIsFallback) {
    const t = tryCell(source.target);
    if (t !== 'blank') found = t;
  }
  // A 0 in the target cell of a row the author marks "for info only" / "No target set" is a
  // placeholder, not a target of 0: the author's own word for the row says there is none.
  if (
    found?.target?.kind === 'value' &&
    found.target.value.value === 0 &&
    notRatedOf(source.rating?.value) === 'NO_TARGET'
  ) {
    found = { target: null, infoOnly: String(source.rating!.value).trim() };
  }
  if (found?.target || found?.unitClash) return found;
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
  if (found?.infoOnly) return found;
  const pick: TargetPick = clash ? { target: null, unreadable, unitClash: clash } : { target: null, unreadable };
  // The direction a wordy target states ("Increase reporting") still tells which way is good.
  if (found?.hint) {
    pick.hint = found.hint;
    pick.wording = found.wording;
  }
  return pick;
}
