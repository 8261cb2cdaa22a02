/** The indicator's target: its own cell, the current (or nearest earlier) period's, else a rule's. */
import type { IndicatorSource, Period, PolarityKind, Reading, SourceCell, Target } from '../model';
import type { IndicatorOverride } from '../rules/types';
import type { ReadOptions } from '../values/read';
import { readTarget } from '../values/target';
import { atOrBefore, periodCells } from './series';

export interface TargetPick {
  target: Target | null;
  hint?: PolarityKind;
  wording?: string;
  unreadable?: { cell: SourceCell; reason: string };
  /** The target came from a rule override. */
  fromRule?: boolean;
}

function decimalsOf(v: number): number {
  const s = String(v);
  const p = s.indexOf('.');
  return p < 0 || s.includes('e') ? 0 : s.length - p - 1;
}

export function pickTarget(
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
