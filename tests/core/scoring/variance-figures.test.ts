/**
 * Variance text shows figures as the sheet shows them: "below the target of 30", not
 * "30.0000000" beside an actual a formula left with many decimals in a General cell.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

function variance(actual: number | { v: number; f: string }, target: number | { v: number; f: string }): string {
  const res = scoreSheet(
    buildSnapshot(
      [
        ['Measure', 'Target', 'Actual'],
        ['Number of households helped', target, actual],
      ],
      { withTexts: false },
    ),
    defaultRules(),
  );
  return res.indicators[0].varianceText;
}

describe('variance text figures', () => {
  it('a target of 30 stays "30" beside an actual with seven decimals', () => {
    expect(variance(29.1234567, 30)).toBe('0.8765433 below the target of 30 (bigger is better)');
  });

  it('a target is padded to the decimals of an actual shown to one or two places', () => {
    expect(variance({ v: 29.1, f: '0.0' }, 30)).toBe('0.9 below the target of 30.0 (bigger is better)');
    expect(variance(37.47, 36)).toBe('1.47 above the target of 36.00 (bigger is better)');
  });

  it('a target shown with thousands separators keeps them', () => {
    expect(variance({ v: 12345, f: '#,##0' }, { v: 12000, f: '#,##0' })).toBe(
      '345 above the target of 12,000 (bigger is better)',
    );
  });
});
