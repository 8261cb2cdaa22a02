/**
 * A register whose rows are in different units, said by a Unit column ("%", "£k", "Days"): no
 * figure column is all of one kind, so each row is read in its own unit. A "%" row of fractions
 * (0.87, 0.91) against a target of 90 is 87%, 91% (before: 0.91 against 90, RED by 89 points); a
 * "%" row whose target is typed "0.85" against 82, 86 has a target of 85%; a "£k" row's "£450k"
 * target is 450 in the row's unit (before: 450,000 against 480, an overspend rated GREEN).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('rows in their own units', () => {
  const rows = [
    ['Indicator', 'Unit', 'Target', 'Q1', 'Q2', 'RAG'],
    ['Council tax collection rate', '%', '95%', 92.1, 93.5, ''],
    ['Calls answered', '%', 90, 0.87, 0.91, ''],
    ['Repairs right first time', 'Percentage', '0.85', 82, 86, ''],
    ['Agency spend', '£k', '£450k', 512, 480, ''],
    ['Average void turnaround', 'Days', '30 days', '34 days', '29 days', ''],
  ];

  it('reads a % row of fractions against a target in points as percentages', () => {
    const { by } = scoreRows(rows);
    const calls = by('Calls answered');
    expect(calls.actual).toMatchObject({ value: 91, percent: true });
    expect(calls.status).toBe('GREEN');
    expect(calls.notes.join(' ')).toMatch(/fraction \(0\.87\) read as a percentage/);
    const repairs = by('Repairs right first time');
    expect(repairs.target).toMatchObject({ kind: 'value', value: { value: 85 } });
    expect(repairs.status).toBe('GREEN');
  });

  it('reads a "£450k" target in a £k row as 450', () => {
    const { by } = scoreRows(rows);
    const agency = by('Agency spend');
    expect(agency.target).toMatchObject({ kind: 'value', value: { value: 450 } });
    expect(agency.status).toBe('RED');
    expect(agency.notes.join(' ')).toMatch(/read in the row's unit \(£k\), so 450/);
  });

  it('leaves the rows already in one representation as they were', () => {
    const { by } = scoreRows(rows);
    expect(by('Council tax collection rate').actual?.value).toBe(93.5);
    expect(by('Average void turnaround').target).toMatchObject({ kind: 'value', value: { value: 30 } });
  });
});

describe('a percentage named by its unit in brackets', () => {
  it('"... (%)" and "as a % of" are percentages: the gap is in percentage points', () => {
    const { by } = scoreRows([
      ['Performance Indicator', 'Q1 24/25', 'Q2 24/25', 'Target 24/25', 'RAG'],
      ['Food premises rated 4 or 5 stars (%)', 95.6, 95.9, 95, ''],
      ['Rent collected as a % of rent due', 97.1, 96.4, 98, ''],
    ]);
    expect(by('Food premises rated 4 or 5 stars (%)').varianceText).toMatch(
      /^0\.9 percentage points above the target of 95%/,
    );
    expect(by('Rent collected as a % of rent due').varianceText).toMatch(/percentage points below the target of 98%/);
  });
});
