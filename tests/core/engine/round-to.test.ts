import fc from 'fast-check';
import { roundTo } from '../../../src/core/format/number-text';

/** The reference: strip float noise at 15 significant digits, then round half away from zero. */
function reference(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Number((Math.abs(value) * f).toPrecision(15))) / f;
  const signed = value < 0 ? -r : r;
  return signed === 0 ? 0 : signed;
}

describe('roundTo', () => {
  it('rounds halves away from zero despite float noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(94.999999, 0)).toBe(95);
    expect(roundTo(0.28 * 100, 0)).toBe(28);
  });

  it('agrees with the reference everywhere, fast path or not (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000 + 0.0005),
        ),
        fc.integer({ min: 0, max: 12 }),
        (v, d) => {
          expect(roundTo(v, d)).toBe(reference(v, d));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
