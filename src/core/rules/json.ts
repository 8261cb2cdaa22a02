/**
 * Rules as JSON, for export and import with the workbook. Partial JSON merges over the defaults
 * (or over the preset it names), so a council can write only what differs.
 */
import { defaultRules, isPresetName, presetRules } from './presets';
import type { Rules } from './types';
import { parseJsonNumbers } from './json-numbers';
import { isBag, validateRules } from './validate';

type Bag = Record<string, unknown>;

/** Objects merge key by key; arrays and plain values replace. */
function merge(base: unknown, over: unknown): unknown {
  if (!isBag(base) || !isBag(over)) return over;
  const out: Bag = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? merge(base[k], v) : v;
  return out;
}

/** Parse and validate rules JSON; missing fields take the defaults. Errors say what is wrong. */
export function rulesFromJson(text: string): { ok: true; rules: Rules } | { ok: false; errors: string[] } {
  let parsed: unknown;
  try {
    // Numbers as written: 1e309 is named as such, never read as Infinity (json-numbers.ts).
    parsed = parseJsonNumbers(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`The rules are not valid JSON: ${why}`] };
  }
  if (!isBag(parsed)) return { ok: false, errors: ['The rules must be a JSON object ({ ... })'] };
  const preset = parsed.preset;
  const base = typeof preset === 'string' && isPresetName(preset) ? presetRules(preset) : defaultRules();
  const merged = merge(base, parsed);
  const check = validateRules(merged);
  if (!check.ok) return { ok: false, errors: check.errors };
  // validateRules has checked every field of the merged object against the Rules shape.
  return { ok: true, rules: merged as Rules };
}

export function rulesToJson(rules: Rules): string {
  return JSON.stringify(rules, null, 2);
}
