/**
 * Every colour we ship has its contrast: over the palette of every preset, each status and trend
 * word on its fill reaches 4.5:1, each symbol 3:1, the summary's own styles 4.5:1 and the chart's
 * bars 3:1 on the white page. A preset colour changed to a failing one fails this file.
 */
import fc from 'fast-check';
import { STATUSES } from '../../src/core/model';
import { checkLookContrast, contrastRatio, MIN_CONTRAST, nearestPassingColour } from '../../src/core/rules/colour';
import { PRESET_NAMES, presetRules } from '../../src/core/rules/presets';
import { buildSummary } from '../../src/core/summary/build';
import { paletteProblems } from '../../src/core/summary/palette-check';
import { boardResult } from './board-fixture';
import { SCORED_AT } from './fixtures';

describe.each(PRESET_NAMES)('the %s preset', (name) => {
  const rules = presetRules(name);

  test('has no colour pair below its contrast', () => {
    expect(paletteProblems(rules)).toEqual([]);
  });

  test('every status word reaches 4.5:1 on its fill, and the numbers say so', () => {
    for (const s of STATUSES) {
      const a = rules.status[s];
      expect({ s, ok: contrastRatio(a.fontColor, a.fill) >= MIN_CONTRAST }).toEqual({ s, ok: true });
    }
  });

  test("the summary's chart bars keep 3:1 on the white page", () => {
    const plan = buildSummary(boardResult(), rules, SCORED_AT);
    for (const c of plan.chart.categories) expect(contrastRatio(c.fill, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
});

describe('the check fails when a preset colour is changed to a failing one', () => {
  test('an amber word in light orange on its pale fill', () => {
    const rules = presetRules('seed-001');
    rules.status.AMBER = { ...rules.status.AMBER, fontColor: '#FFC000' };
    const problems = paletteProblems(rules);
    expect(problems.map((p) => p.where)).toEqual(
      expect.arrayContaining([
        'status.AMBER text',
        'status.AMBER symbol',
        'chart bar AMBER',
        'summary style status-AMBER',
      ]),
    );
    expect(problems.find((p) => p.where === 'status.AMBER text')?.ratio).toBeLessThan(1.5);
  });

  test('a trend fill too dark for its text', () => {
    const rules = presetRules('tolerance-on-track');
    rules.trends.STABLE = { ...rules.trends.STABLE, fill: '#606060' };
    expect(paletteProblems(rules).map((p) => p.where)).toContain('trend.STABLE text');
  });
});

describe('the nearest passing colour (what the rules editor suggests)', () => {
  test('a passing colour is kept as it is', () => {
    expect(nearestPassingColour('#9C0006', '#FFC7CE')).toBe('#9C0006');
    expect(checkLookContrast({ fill: '#FFC7CE', fontColor: '#9C0006' })).toBeNull();
  });

  test('a failing amber text becomes a darker amber that passes, not black', () => {
    const fixed = nearestPassingColour('#FFC000', '#FFEB9C');
    expect(contrastRatio(fixed, '#FFEB9C')).toBeGreaterThanOrEqual(4.5);
    expect(fixed).not.toBe('#000000');
    // Still warm: red above green above blue, as the original.
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(fixed.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    const problem = checkLookContrast({ fill: '#FFEB9C', fontColor: '#FFC000' });
    expect(problem).toMatchObject({ needed: 4.5, suggestedFont: fixed });
    expect(problem?.message).toContain(fixed);
  });

  test('light text on a dark fill is lightened', () => {
    const fixed = nearestPassingColour('#808080', '#202020');
    expect(contrastRatio(fixed, '#202020')).toBeGreaterThanOrEqual(4.5);
    expect(parseInt(fixed.slice(1, 3), 16)).toBeGreaterThan(0x80);
  });

  test('for any two colours the suggestion passes and is no further than black or white', () => {
    const hex = fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`);
    fc.assert(
      fc.property(hex, hex, (font, fill) => {
        const fixed = nearestPassingColour(font, fill);
        expect(contrastRatio(fixed, fill)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        if (contrastRatio(font, fill) >= MIN_CONTRAST) expect(fixed).toBe(font);
      }),
      { numRuns: 300 },
    );
  });
});
