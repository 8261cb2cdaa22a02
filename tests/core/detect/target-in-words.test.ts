/**
 * A table with no target column whose rows state their targets in words: in the name ("(target
 * 90%)", "(target: 10 days)", "- target 200") or in the row's objective ("Increase the household
 * recycling rate to 50% by 2025", "Reduce ... to fewer than 60 a year"). Before: every row
 * NO_TARGET. A name or objective with no figure to reach gives nothing, and says nothing.
 */
import { targetInName } from '../../../src/core/detect/target-in-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('targets stated in words', () => {
  it('reads a target from the name', () => {
    const { by } = scoreRows([
      ['Measure', 'Q1', 'Q2', 'Q3', 'Status'],
      ['Percentage of calls answered (target 90%)', '91%', '89%', '87%'],
      ['Average days to pay invoices (target: 10 days)', 9, 11, 12],
      ['Missed bins per 100,000 collections', 55, 61, 58],
    ]);
    const calls = by('Percentage of calls answered (target 90%)');
    expect(calls.target).toMatchObject({ kind: 'value', value: { value: 90 } });
    expect(calls.status).toBe('AMBER');
    expect(calls.notes.join(' ')).toMatch(/Target read from the name: 90%/);
    expect(by('Average days to pay invoices (target: 10 days)').status).toBe('RED');
    expect(by('Missed bins per 100,000 collections').status).toBe('NO_TARGET');
  });

  it("reads a target from the row's objective", () => {
    const { by } = scoreRows([
      ['Objective', 'Measure', 'Baseline', 'Latest', 'Status'],
      ['Increase the household recycling rate to 50% by 2025', 'Household recycling rate (%)', 44, 47],
      [
        'Reduce the number of people killed or seriously injured on our roads to fewer than 60 a year',
        'KSI casualties',
        81,
        66,
      ],
      ['Improve the quality of our parks', 'Residents satisfied with parks (%)', 70, 74],
    ]);
    const recycling = by('Household recycling rate (%)');
    expect(recycling.target).toMatchObject({ kind: 'value', value: { value: 50 } });
    expect(recycling.status).toBe('RED');
    expect(recycling.notes.join(' ')).toMatch(/objective/);
    const ksi = by('KSI casualties');
    expect(ksi.target).toMatchObject({ kind: 'value', value: { value: 60 } });
    expect(ksi.polarity).toBe('lower');
    const parks = by('Residents satisfied with parks (%)');
    expect(parks.status).toBe('NO_TARGET');
    expect(parks.notes.join(' ')).not.toMatch(/objective/);
  });

  it.each([
    ['Percentage of calls answered (target 90%)', '90%'],
    ['Volunteers recruited - target 200', '200'],
    ['Complaints answered on time (tgt: at least 95%)', 'at least 95%'],
  ])('%p states %p', (name, target) => {
    expect(targetInName(name)).toBe(target);
  });

  it.each(['Target setting completed', 'Targeted youth support cases', 'Number of targets met (of 12)'])(
    '%p states no target',
    (name) => {
      expect(targetInName(name)).toBeNull();
    },
  );
});
