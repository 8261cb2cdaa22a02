import type { Reading, Target } from '../../../src/core/model';
import { varianceText } from '../../../src/core/scoring/variance';

const r = (value: number, decimals = 0, percent = false, grouping = false): Reading => ({
  value,
  decimals,
  percent,
  grouping,
});
const v = (reading: Reading): Target => ({ kind: 'value', value: reading });

describe('varianceText', () => {
  it('seed 003 LAC: target written with the actual decimals', () => {
    expect(varianceText(r(37.47, 2), v(r(36)), 'lower')).toBe('1.47 above the target of 36.00 (smaller is better)');
  });

  it('seed 003 CS143', () => {
    expect(varianceText(r(0.31, 2), v(r(1.8, 1)), 'higher')).toBe('1.49 below the target of 1.80 (bigger is better)');
  });

  it('percentages differ in percentage points; the target keeps its own precision', () => {
    expect(varianceText(r(90.2, 1, true), v(r(94, 0, true)), 'higher')).toBe(
      '3.8 percentage points below the target of 94% (bigger is better)',
    );
    expect(varianceText(r(81.72, 2, true), v(r(85, 0, true)), 'higher')).toBe(
      '3.28 percentage points below the target of 85% (bigger is better)',
    );
    expect(varianceText(r(24, 0, true), v(r(25, 0, true)), 'lower')).toBe(
      '1 percentage point below the target of 25% (smaller is better)',
    );
  });

  it('writes numbers with the sheet thousands separators', () => {
    expect(varianceText(r(1807, 0, false, true), v(r(1750, 0, false, true)), 'lower')).toBe(
      '57 above the target of 1,750 (smaller is better)',
    );
    expect(varianceText(r(12500, 0, false, true), v(r(10000, 0, false, true)), 'higher')).toBe(
      '2,500 above the target of 10,000 (bigger is better)',
    );
  });

  it('says on target at the displayed precision', () => {
    expect(varianceText(r(95, 0, true), v(r(95, 0, true)), 'higher')).toBe('On target (95%)');
    expect(varianceText(r(94.999999, 0, true), v(r(95, 0, true)), 'higher')).toBe('On target (95%)');
  });

  it('describes bands', () => {
    const band: Target = { kind: 'band', low: r(5, 0, true), high: r(7, 0, true) };
    expect(varianceText(r(7.5, 1, true), band, 'band')).toBe('0.5 percentage points above the band of 5% to 7%');
    expect(varianceText(r(4, 0, true), band, 'band')).toBe('1 percentage point below the band of 5% to 7%');
    expect(varianceText(r(6, 0, true), band, 'band')).toBe('Within the band of 5% to 7% (6%)');
  });

  it('is empty when there is nothing to compare', () => {
    expect(varianceText(null, v(r(1)), 'higher')).toBe('');
    expect(varianceText(r(1), null, 'higher')).toBe('');
  });

  it('leaves out whether that is good when the polarity is unknown', () => {
    expect(varianceText(r(1), v(r(2)), null)).toBe('1 below the target of 2');
    expect(varianceText(r(95, 0, true), v(r(95, 0, true)), null)).toBe('On target (95%)');
  });
});
