import fc from 'fast-check';
import type { PolarityKind, Reading, Target } from '../../../src/core/model';
import type { StatusScheme, Tolerance } from '../../../src/core/rules/types';
import { scoreStatus, toleranceAmount } from '../../../src/core/scoring/status';

const r = (value: number, decimals = 0, percent = false): Reading => ({ value, decimals, percent, grouping: false });
const v = (value: number, decimals = 0, percent = false): Target => ({
  kind: 'value',
  value: r(value, decimals, percent),
});
const band = (low: number, high: number): Target => ({ kind: 'band', low: r(low, 0, true), high: r(high, 0, true) });
const pct5: Tolerance = { kind: 'percent-of-target', value: 5 };
const margin10: Tolerance = { kind: 'percent-of-target', value: 10 };

function status(
  actual: Reading,
  target: Target,
  polarity: PolarityKind,
  scheme: StatusScheme = 'rag',
  extra: { tolerance?: Tolerance; improved?: boolean | null } = {},
) {
  return scoreStatus({
    actual,
    target,
    polarity,
    scheme,
    tolerance: extra.tolerance ?? pct5,
    exceedMargin: margin10,
    improvedOnLastYear: extra.improved,
  });
}

describe('tolerance', () => {
  it('is a percentage of the absolute target, or an absolute amount', () => {
    expect(toleranceAmount(pct5, 36)).toBeCloseTo(1.8);
    expect(toleranceAmount(pct5, -40)).toBeCloseTo(2);
    expect(toleranceAmount({ kind: 'absolute', value: 2 }, 95)).toBe(2);
  });
});

describe('rag (default)', () => {
  it('scores the seed 003 cards', () => {
    // LAC per 10,000: 37.47 vs 36, smaller is better, 1.47 off is within 1.8.
    expect(status(r(37.47, 2), v(36), 'lower')).toBe('AMBER');
    // CS143: 0.31 vs 1.8, bigger is better, 1.49 off is beyond 0.09.
    expect(status(r(0.31, 2), v(1.8, 1), 'higher')).toBe('RED');
    // NI060: 81.72 vs 85, 3.28 off is within 4.25.
    expect(status(r(81.72, 2, true), v(85, 0, true), 'higher')).toBe('AMBER');
    // NI065: 22.97 vs 16, smaller is better, far off.
    expect(status(r(22.97, 2, true), v(16, 0, true), 'lower')).toBe('RED');
  });

  it('scores the seed 001 blocks', () => {
    expect(status(r(20, 0, true), v(25, 0, true), 'lower')).toBe('GREEN');
    expect(status(r(95, 0, true), v(95, 0, true), 'higher')).toBe('GREEN');
    expect(status(r(64, 0, true), v(68, 0, true), 'higher')).toBe('RED');
  });

  it('judges equality at the displayed precision', () => {
    expect(status(r(94.999999, 0, true), v(95, 0, true), 'higher')).toBe('GREEN');
    expect(status(r(94.999999, 6, true), v(95, 0, true), 'higher')).toBe('AMBER');
  });

  it('treats the tolerance edge as Amber and beyond it as Red', () => {
    expect(status(r(95), v(100), 'higher')).toBe('AMBER');
    expect(status(r(94.9, 1), v(100), 'higher')).toBe('RED');
    expect(status(r(105), v(100), 'lower')).toBe('AMBER');
    expect(status(r(98), v(100), 'higher', 'rag', { tolerance: { kind: 'absolute', value: 2 } })).toBe('AMBER');
    expect(status(r(97), v(100), 'higher', 'rag', { tolerance: { kind: 'absolute', value: 2 } })).toBe('RED');
  });

  it('scores band polarity: inside Green, near Amber, beyond Red', () => {
    expect(status(r(6, 0, true), band(5, 7), 'band')).toBe('GREEN');
    expect(status(r(5, 0, true), band(5, 7), 'band')).toBe('GREEN');
    expect(status(r(7.3, 1, true), band(5, 7), 'band')).toBe('AMBER');
    expect(status(r(7.5, 1, true), band(5, 7), 'band')).toBe('RED');
    expect(status(r(4.8, 1, true), band(5, 7), 'band')).toBe('AMBER');
    // A single target with band polarity is a band of one value.
    expect(status(r(100), v(100), 'band')).toBe('GREEN');
    expect(status(r(104), v(100), 'band')).toBe('AMBER');
    expect(status(r(94), v(100), 'band')).toBe('RED');
  });
});

describe('brag', () => {
  it('is Blue when beating the target by the exceeding margin', () => {
    expect(status(r(110), v(100), 'higher', 'brag')).toBe('BLUE');
    expect(status(r(109), v(100), 'higher', 'brag')).toBe('GREEN');
    expect(status(r(18), v(20), 'lower', 'brag')).toBe('BLUE');
    expect(status(r(97), v(100), 'higher', 'brag')).toBe('AMBER');
    expect(status(r(90), v(100), 'higher', 'brag')).toBe('RED');
    expect(status(r(6, 0, true), band(5, 7), 'band', 'brag')).toBe('GREEN');
  });
});

describe('tolerance-on-track', () => {
  it('is Green only beyond tolerance on the good side, Amber within it either side', () => {
    expect(status(r(106), v(100), 'higher', 'tolerance-on-track')).toBe('GREEN');
    expect(status(r(104), v(100), 'higher', 'tolerance-on-track')).toBe('AMBER');
    expect(status(r(100), v(100), 'higher', 'tolerance-on-track')).toBe('AMBER');
    expect(status(r(96), v(100), 'higher', 'tolerance-on-track')).toBe('AMBER');
    expect(status(r(94), v(100), 'higher', 'tolerance-on-track')).toBe('RED');
    expect(status(r(37.47, 2), v(36), 'lower', 'tolerance-on-track')).toBe('AMBER');
  });
});

describe('amber-if-improving', () => {
  it('is Amber off target if improved on last year, else Red', () => {
    expect(status(r(64, 0, true), v(68, 0, true), 'higher', 'amber-if-improving', { improved: true })).toBe('AMBER');
    expect(status(r(64, 0, true), v(68, 0, true), 'higher', 'amber-if-improving', { improved: false })).toBe('RED');
    expect(status(r(64, 0, true), v(68, 0, true), 'higher', 'amber-if-improving', { improved: null })).toBe('RED');
    expect(status(r(66, 0, true), v(68, 0, true), 'higher', 'amber-if-improving', { improved: false })).toBe('AMBER');
    expect(status(r(70, 0, true), v(68, 0, true), 'higher', 'amber-if-improving', { improved: false })).toBe('GREEN');
  });
});

describe('monotonic: status never gets better as the actual gets worse', () => {
  const rank = { BLUE: 0, GREEN: 1, AMBER: 2, RED: 3 } as const;
  const schemes: StatusScheme[] = ['rag', 'brag', 'tolerance-on-track', 'amber-if-improving'];
  const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });

  it.each(['higher', 'lower'] as const)('%s is better', (polarity) => {
    fc.assert(
      fc.property(
        num,
        num,
        num,
        fc.constantFrom(...schemes),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (a, b, t, scheme, decimals, improved) => {
          // `worse` is the worse of the two actuals for this polarity.
          const [better, worse] = (polarity === 'higher' ? a >= b : a <= b) ? [a, b] : [b, a];
          const sBetter = status(r(better, decimals), v(t, decimals), polarity, scheme, { improved });
          const sWorse = status(r(worse, decimals), v(t, decimals), polarity, scheme, { improved });
          expect(rank[sWorse as keyof typeof rank]).toBeGreaterThanOrEqual(rank[sBetter as keyof typeof rank]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
