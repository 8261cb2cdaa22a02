import { STATUSES, TRENDS } from '../../../src/core/model';
import { contrastRatio } from '../../../src/core/rules/colour';
import { rulesFromJson, rulesToJson } from '../../../src/core/rules/json';
import { defaultRules, PRESET_NAMES, presetRules } from '../../../src/core/rules/presets';
import { validateRules } from '../../../src/core/rules/validate';

describe('contrastRatio', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(contrastRatio('#000000', '#FFFFFF'), 10);
  });
});

describe('defaultRules', () => {
  const r = defaultRules();

  it('holds the SCORING.md defaults', () => {
    expect(r.scheme).toBe('rag');
    expect(r.tolerance).toEqual({ kind: 'percent-of-target', value: 5 });
    expect(r.trend).toMatchObject({ scheme: 'better3', muchBetterThreshold: 0.05, compareWith: 'previous' });
    expect(r.preset).toBe('seed-001');
    expect(r.overrides).toEqual([]);
  });

  it('labels every status and trend', () => {
    expect(STATUSES.map((s) => r.status[s].label)).toEqual([
      'Green',
      'Amber',
      'Red',
      'Blue',
      'No data',
      'No target',
      'Not scored',
    ]);
    expect(TRENDS.map((t) => r.trends[t].label)).toEqual([
      'Much better',
      'Bit better',
      'Not better',
      'Improving',
      'Stable',
      'Worsening',
    ]);
    for (const s of ['GREEN', 'AMBER', 'RED', 'BLUE'] as const) expect(r.status[s].symbol).not.toBe('');
    expect(new Set(['GREEN', 'AMBER', 'RED', 'BLUE'].map((s) => r.status[s as 'GREEN'].symbol)).size).toBe(4);
    expect([r.trends.IMPROVING.symbol, r.trends.STABLE.symbol, r.trends.WORSENING.symbol]).toEqual(['↑', '→', '↓']);
  });

  it('returns a fresh object each time', () => {
    const a = defaultRules();
    a.status.GREEN.label = 'changed';
    expect(defaultRules().status.GREEN.label).toBe('Green');
  });
});

describe('presets', () => {
  it('knows the four presets', () => {
    expect([...PRESET_NAMES]).toEqual(['seed-001', 'brag', 'tolerance-on-track', 'amber-if-improving']);
    expect(presetRules('seed-001')).toEqual(defaultRules());
    expect(presetRules('brag').scheme).toBe('brag');
    expect(presetRules('tolerance-on-track').scheme).toBe('tolerance-on-track');
    expect(presetRules('amber-if-improving').scheme).toBe('amber-if-improving');
  });

  it('throws a clear error for an unknown name', () => {
    expect(() => presetRules('rainbow')).toThrow(/Unknown rules preset "rainbow".*seed-001, brag/);
  });

  it.each([...PRESET_NAMES])('%s: every fill/font pair has contrast of at least 4.5:1 and validates', (name) => {
    const r = presetRules(name);
    const pairs = [...Object.values(r.status), ...Object.values(r.trends)];
    for (const a of pairs) expect(contrastRatio(a.fontColor, a.fill)).toBeGreaterThanOrEqual(4.5);
    expect(validateRules(r)).toEqual({ ok: true, errors: [] });
  });
});

describe('rulesFromJson', () => {
  it('merges partial JSON over the defaults', () => {
    const r = rulesFromJson(
      '{ "tolerance": { "kind": "absolute", "value": 2 }, "status": { "GREEN": { "label": "On track" } } }',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rules.tolerance).toEqual({ kind: 'absolute', value: 2 });
    expect(r.rules.status.GREEN).toMatchObject({ label: 'On track', fill: '#C6EFCE' });
    expect(r.rules.trend).toEqual(defaultRules().trend);
  });

  it('merges over the preset it names', () => {
    const r = rulesFromJson('{ "preset": "brag" }');
    expect(r.ok && r.rules.scheme).toBe('brag');
  });

  it('round-trips through rulesToJson', () => {
    const rules = presetRules('amber-if-improving');
    const r = rulesFromJson(rulesToJson(rules));
    expect(r).toEqual({ ok: true, rules });
  });

  it.each([
    ['{ not json', /not valid JSON/],
    ['[1, 2]', /must be a JSON object/],
    ['{ "tolerance": { "value": -1 } }', /tolerance\.value must not be negative/],
    ['{ "tolerance": { "kind": "percent-of-target", "value": 250 } }', /tolerance\.value .* between 0 and 100/],
    ['{ "scheme": "traffic" }', /scheme must be one of/],
    ['{ "trend": { "scheme": "arrows" } }', /trend\.scheme must be one of/],
    ['{ "trend": { "muchBetterThreshold": 1.5 } }', /trend\.muchBetterThreshold/],
    ['{ "trend": { "stableBand": -0.1 } }', /trend\.stableBand/],
    ['{ "trend": { "muchBetterThreshold": 0.02, "stableBand": 0.03 } }', /out of order/],
    ['{ "status": { "RED": { "fill": "red" } } }', /status\.RED\.fill must be a colour/],
    ['{ "trends": { "STABLE": { "fontColor": "#12345" } } }', /trends\.STABLE\.fontColor must be a colour/],
    ['{ "status": { "AMBER": { "fill": "#FFFF00", "fontColor": "#FFFFFF" } } }', /status\.AMBER: .*contrast/],
    ['{ "overrides": [ { "polarity": "lower" } ] }', /overrides\[0\]\.match must give a code or a name/],
    [
      '{ "overrides": [ { "match": { "code": "NI060" }, "polarity": "sideways" } ] }',
      /overrides\[0\]\.polarity must be one of/,
    ],
    ['{ "overrides": [ { "match": { "code": "X" }, "band": { "low": 7, "high": 5 } } ] }', /overrides\[0\]\.band\.low/],
    ['{ "tolerence": 5 }', /tolerence is not a known rules field/],
    ['{ "version": 2 }', /version must be 1/],
  ])('rejects %s', (json, message) => {
    const r = rulesFromJson(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});

describe('validateRules', () => {
  it('rejects non-objects and lists every problem', () => {
    expect(validateRules(null).ok).toBe(false);
    expect(validateRules('rules').ok).toBe(false);
    const bad = { ...defaultRules(), scheme: 'x', tolerance: { kind: 'absolute', value: -3 } };
    const v = validateRules(bad);
    expect(v.ok).toBe(false);
    expect(v.errors).toHaveLength(2);
  });
});
