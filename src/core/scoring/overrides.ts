/** Finding the rule override for an indicator: by code or by name, exact and case-insensitive. */
import type { IndicatorSource } from '../model';
import type { IndicatorOverride, Rules } from '../rules/types';

function same(a: unknown, b: unknown): boolean {
  return (
    typeof a === 'string' &&
    typeof b === 'string' &&
    a.trim() !== '' &&
    a.trim().toLowerCase() === b.trim().toLowerCase()
  );
}

/** The first override that matches; undefined when none does. */
export function findOverride(source: IndicatorSource, rules: Rules): IndicatorOverride | undefined {
  const list = Array.isArray(rules?.overrides) ? rules.overrides : [];
  return list.find((o) => !!o?.match && (same(o.match.code, source.code) || same(o.match.name, source.name)));
}
