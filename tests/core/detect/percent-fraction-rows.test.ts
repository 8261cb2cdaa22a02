/**
 * Percentages written as fractions: typed as text ("0.92") in a column read as fractions, the figure
 * is 92% as the note says (before, the note said so and the figure stayed 0.92: "89.08 percentage
 * points below the target of 90%", RED); and on one row of a mixed register, where the column test
 * cannot speak, a row whose target says "%" and whose figures are all plain fractions
 * (percent-fraction-rows.ts).
 */
import { scoreRows } from '../../helpers/score-by-name';
import { pct } from '../../helpers/snapshot-builder';

describe('percentages written as fractions', () => {
  it('reads text fractions of a fraction column as percentages', () => {
    const { by } = scoreRows([
      ['Measure', 'Target', 'Actual'],
      ['Calls answered in time', 90, '0.92'],
      ['Invoices paid in time', 95, '0.935'],
    ]);
    expect(by('Calls answered in time').actual?.value).toBe(92);
    expect(by('Calls answered in time').status).toBe('GREEN');
    expect(by('Invoices paid in time').actual?.value).toBe(93.5);
  });

  it('reads one row of fractions against its "%" target in a register of other figures', () => {
    const { by } = scoreRows([
      ['Measure', 'Goal', 'FY22', 'FY23'],
      ['Customer requests resolved at first contact', 95, pct(0.91), pct(0.935, 1)],
      ['Staff engagement score', '75', '71', '73'],
      ['Planning applications determined in time', '90%', '0.87', '0.92'],
      ['Major applications determined in time', pct(0.6), 0.55, 0.58],
    ]);
    const planning = by('Planning applications determined in time');
    expect(planning.actual?.value).toBe(92);
    expect(planning.status).toBe('GREEN');
    expect(planning.trend).toBe('MUCH_BETTER');
    expect(planning.notes.join(' ')).toMatch(/fractions \(0\.87\) read as percentages/);
    expect(by('Major applications determined in time').actual?.value).toBe(58);
    expect(by('Staff engagement score').actual?.value).toBe(73);
  });

  it('reads a fractional target as a percentage beside figures written with "%"', () => {
    const { by } = scoreRows([
      ['Measure', 'Target', 'Q1', 'Q2'],
      ['Rent collected', 0.98, '97.1%', '98.4%'],
      ['Households helped', 120, 131, 118],
    ]);
    expect(by('Rent collected').target).toMatchObject({ kind: 'value', value: { value: 98 } });
    expect(by('Rent collected').status).toBe('GREEN');
  });
});
