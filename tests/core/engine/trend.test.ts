import type { Reading, Target } from '../../../src/core/model';
import { defaultRules } from '../../../src/core/rules/presets';
import type { TrendRules } from '../../../src/core/rules/types';
import { relativeImprovement, scoreTrend } from '../../../src/core/scoring/trend';

const r = (value: number, decimals = 0, percent = true): Reading => ({ value, decimals, percent, grouping: false });
const better3: TrendRules = defaultRules().trend;
const improving3: TrendRules = { ...better3, scheme: 'improving3' };

describe('better3 (seed 001 key)', () => {
  it('re-referrals 23% -> 20%, smaller is better: Much better', () => {
    expect(scoreTrend(r(20), r(23), 'lower', null, better3)).toBe('MUCH_BETTER');
  });

  it('% visited 94% -> 95%, bigger is better: Bit better (1.06%)', () => {
    expect(relativeImprovement(1, r(94))).toBeCloseTo(0.0106, 4);
    expect(scoreTrend(r(95), r(94), 'higher', null, better3)).toBe('BIT_BETTER');
  });

  it('no change or a change the wrong way is Not better', () => {
    expect(scoreTrend(r(64), r(64), 'higher', null, better3)).toBe('NOT_BETTER');
    expect(scoreTrend(r(28), r(24), 'lower', null, better3)).toBe('NOT_BETTER');
  });

  it('exactly the threshold is Much better', () => {
    expect(scoreTrend(r(105, 0, false), r(100, 0, false), 'higher', null, better3)).toBe('MUCH_BETTER');
  });

  it('divides by |previous| so negative previous values keep their direction', () => {
    expect(scoreTrend(r(-5, 0, false), r(-10, 0, false), 'higher', null, better3)).toBe('MUCH_BETTER');
    expect(scoreTrend(r(-10, 0, false), r(-5, 0, false), 'higher', null, better3)).toBe('NOT_BETTER');
  });

  it('handles a previous of zero', () => {
    expect(scoreTrend(r(3, 0, false), r(0, 0, false), 'higher', null, better3)).toBe('MUCH_BETTER');
    expect(scoreTrend(r(0, 0, false), r(0, 0, false), 'higher', null, better3)).toBe('NOT_BETTER');
    expect(scoreTrend(r(3, 0, false), r(0, 0, false), 'lower', null, better3)).toBe('NOT_BETTER');
    expect(scoreTrend(r(0, 0, false), r(0, 0, false), 'higher', null, improving3)).toBe('STABLE');
  });

  it('is null without a previous value or a polarity', () => {
    expect(scoreTrend(r(3), null, 'higher', null, better3)).toBeNull();
    expect(scoreTrend(r(3), r(2), null, null, better3)).toBeNull();
  });

  it('compares at the displayed precision', () => {
    expect(scoreTrend(r(94.6), r(95.4), 'higher', null, better3)).toBe('NOT_BETTER');
  });
});

describe('improving3', () => {
  it('has a no-material-change band', () => {
    expect(scoreTrend(r(100.5, 1, false), r(100, 0, false), 'higher', null, improving3)).toBe('STABLE');
    expect(scoreTrend(r(99.5, 1, false), r(100, 0, false), 'higher', null, improving3)).toBe('STABLE');
    expect(scoreTrend(r(102, 0, false), r(100, 0, false), 'higher', null, improving3)).toBe('IMPROVING');
    expect(scoreTrend(r(98, 0, false), r(100, 0, false), 'higher', null, improving3)).toBe('WORSENING');
    expect(scoreTrend(r(20), r(23), 'lower', null, improving3)).toBe('IMPROVING');
  });
});

describe('band polarity', () => {
  const band: Target = { kind: 'band', low: r(5), high: r(7) };
  it('is better when moving towards the band', () => {
    expect(scoreTrend(r(8), r(10), 'band', band, better3)).toBe('MUCH_BETTER');
    expect(scoreTrend(r(10), r(8), 'band', band, better3)).toBe('NOT_BETTER');
    expect(scoreTrend(r(6), r(5), 'band', band, improving3)).toBe('STABLE');
    expect(scoreTrend(r(6), r(5), 'band', null, improving3)).toBeNull();
  });
});
