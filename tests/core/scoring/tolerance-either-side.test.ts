/**
 * A Tolerance column written with the sign for either side of the target: "+/- 2%", "± 2 days",
 * "±1pp", "plus or minus 5". The amount after the sign is the tolerance, read as a plain one would
 * be (before: "mixes words and figures", not used, and the default 5% applied: 21.5 days against
 * 20 was RED, within the sheet's 2 days AMBER).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('tolerances written either side of the target', () => {
  const rows = [
    ['Measure', 'Polarity', 'Target', 'Tolerance', 'Q3 Actual', 'Status'],
    ['Average days to pay invoices', 'Lower is better', 20, '± 2 days', 21.5, ''],
    ['Staff vacancy rate (%)', 'Lower is better', '8%', '±1pp', '8.8%', ''],
    ['Missed collections', 'Lower is better', 120, 'plus or minus 10', 128, ''],
    ['Household waste recycled (%)', 'Higher is better', '50%', '+/- 2%', '48.5%', ''],
  ];

  it('reads the amount after the sign', () => {
    const { by } = scoreRows(rows);
    expect(by('Average days to pay invoices').status).toBe('AMBER');
    expect(by('Staff vacancy rate (%)').status).toBe('AMBER');
    expect(by('Staff vacancy rate (%)').notes.join(' ')).toMatch(/Tolerance 1 point, from the sheet/);
    expect(by('Missed collections').notes.join(' ')).toMatch(/Tolerance 10 in the indicator's unit/);
  });

  it('still leaves a bare "2%" on a percentage unused (points or per cent of target)', () => {
    const { by } = scoreRows(rows);
    expect(by('Household waste recycled (%)').notes.join(' ')).toMatch(/could mean 2 points or 2% of the target/);
  });
});
