/**
 * A letter key that defines amber and red by their distance from target, in one line above the
 * table: "Key: G = on target, A = within 5% of target, R = more than 5% off target". The letters
 * are the sheet's words, so the statuses are written as G / A / R (SCORING.md: letter codes are the
 * sheet's own words). Before: "within 5% of target" and "more than 5% off target" meant nothing to
 * the key reader, the key was not read, and "Green" / "Amber" / "Red" were written.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a letter key by distance from target', () => {
  it('writes the key letters', () => {
    const { by } = scoreRows([
      ['Key: G = on target, A = within 5% of target, R = more than 5% off target'],
      [],
      ['Indicator', 'Target', 'Actual', 'RAG'],
      ['Percentage of invoices paid on time', 95, 96.2, null],
      ['Average days sickness per employee', 9, 9.3, null],
      ['Number of data breaches reported', 0, 1, null],
    ]);
    expect(by('Percentage of invoices paid on time').statusLabel).toBe('G');
    expect(by('Average days sickness per employee').statusLabel).toBe('A');
    expect(by('Number of data breaches reported').statusLabel).toBe('R');
  });
});

describe('a letter key down the rows, letter and meaning in two cells', () => {
  it('writes the key letters', () => {
    const { by } = scoreRows([
      ['Indicator', 'Target', 'Actual', 'RAG'],
      ['Percentage of invoices paid on time', 95, 96.2, null],
      ['Average days sickness per employee', 9, 9.3, null],
      ['Number of data breaches reported', 0, 1, null],
      [],
      ['Key'],
      ['G', 'On or above target'],
      ['A', 'Within 5% of target'],
      ['R', 'More than 5% from target'],
    ]);
    expect(by('Percentage of invoices paid on time').statusLabel).toBe('G');
    expect(by('Average days sickness per employee').statusLabel).toBe('A');
    expect(by('Number of data breaches reported').statusLabel).toBe('R');
  });
});
