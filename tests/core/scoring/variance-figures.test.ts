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

  it('the gap groups its thousands where the target does, though the actual is small', () => {
    expect(variance(195, { v: 1200, f: '#,##0' })).toBe('1,005 below the target of 1,200 (bigger is better)');
  });
});

describe('a percentage name over bare figures in 0..1', () => {
  function row(name: string, target: number | { v: number; f: string }, actual: number | { v: number; f: string }) {
    const res = scoreSheet(
      buildSnapshot([
        ['Indicator', 'Target', 'Actual'],
        [name, target, actual],
      ]),
      defaultRules(),
    );
    return res.indicators[0];
  }

  it('claims no unit: 0.91 against 0.95 may be 91% or 0.91%, and the text is true either way', () => {
    const i = row('Percentage of FOI requests answered within 20 working days', 0.95, 0.91);
    expect(i.varianceText).toBe('0.04 below the target of 0.95 (bigger is better)');
    // The status is the same in either reading: 5% of the target is the tolerance.
    expect(i.status).toBe('AMBER');
  });

  it('keeps the percentage where the figures are in points or shown as percentages', () => {
    expect(row('% of invoices paid within 30 days', 98, 97.5).varianceText).toBe(
      '0.5 percentage points below the target of 98% (bigger is better)',
    );
    expect(
      row('% of invoices paid within 30 days', { v: 0.98, f: '0%' }, { v: 0.975, f: '0.0%' }).varianceText,
    ).toMatch(/percentage points below the target of 98/);
  });
});
