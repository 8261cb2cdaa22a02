/**
 * The pane's one-click polarity flip: a rule override for this indicator (by code, else by name)
 * saying the other way is good. Saved with the rules, so the workbook remembers it.
 */
import type { PolarityKind, ScoredIndicator } from '../model';
import type { IndicatorOverride, Rules } from './types';

function same(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The other direction; a band or an unknown polarity flips to smaller-is-better. */
export function flipped(p: PolarityKind | null): PolarityKind {
  return p === 'lower' ? 'higher' : 'lower';
}

export function withPolarityFlip(rules: Rules, indicator: ScoredIndicator): Rules {
  const code = indicator.source.code?.trim();
  const match: IndicatorOverride['match'] = code ? { code } : { name: indicator.source.name.trim() };
  const polarity = flipped(indicator.polarity);
  const overrides = [...rules.overrides];
  const at = overrides.findIndex((o) => (code ? same(o.match.code, code) : same(o.match.name, match.name)));
  if (at >= 0) overrides[at] = { ...overrides[at], polarity };
  else overrides.push({ match, polarity });
  return { ...rules, overrides };
}
