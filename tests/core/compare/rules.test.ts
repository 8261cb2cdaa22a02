/** The comparison rules: defaults, JSON import, and messages that name the field. */
import { defaultRules, presetRules } from '../../../src/core/rules/presets';
import { rulesFromJson, rulesToJson } from '../../../src/core/rules/json';
import { validateRules } from '../../../src/core/rules/validate';

test("the default compares against target, in line within 5%, area ratings in the sheet's own place", () => {
  expect(defaultRules().comparison).toEqual({
    scheme: 'against-target',
    inLine: { kind: 'percent-of-target', value: 5 },
    areaRatings: 'sheet-place',
  });
  expect(presetRules('brag').comparison?.scheme).toBe('against-target');
});

test('a rules file can choose compare-with-national and an absolute in-line tolerance', () => {
  const r = rulesFromJson(
    JSON.stringify({ comparison: { scheme: 'compare-with-national', inLine: { kind: 'absolute', value: 2 } } }),
  );
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.rules.comparison).toEqual({
    scheme: 'compare-with-national',
    inLine: { kind: 'absolute', value: 2 },
    areaRatings: 'sheet-place',
  });
  // Round trip.
  const again = rulesFromJson(rulesToJson(r.rules));
  expect(again.ok && again.rules.comparison).toEqual(r.rules.comparison);
});

test('rules saved before comparators (no comparison field) are still valid', () => {
  const old = { ...defaultRules() } as Record<string, unknown>;
  delete old.comparison;
  expect(validateRules(old)).toEqual({ ok: true, errors: [] });
});

test('wrong values are named', () => {
  const r = rulesFromJson(
    JSON.stringify({
      comparison: { scheme: 'vs-england', inLine: { kind: 'absolute', value: -1 }, areaRatings: 'recolour' },
    }),
  );
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors).toEqual([
    'comparison.scheme must be one of "against-target", "compare-with-national" (got "vs-england")',
    'comparison.inLine.value must not be negative (got -1)',
    'comparison.areaRatings must be one of "sheet-place", "describe" (got "recolour")',
  ]);
});
