/**
 * A performance system's export rates each quarter with its icons' words ("OK", "Warning",
 * "Alert"). A row the system rated "Alert" at 140 against a target of 130 says smaller is better
 * (evidence 5, the sheet's own ratings), though the row's own earlier ratings hold only that one
 * word: the words are the sheet's scale, read with the other rows' words. Before: one word alone
 * was no rating, so "Number of households in TA" was bigger-is-better, assumed, and GREEN at 150
 * against 130.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe("a system's sign words as earlier ratings", () => {
  const { by } = scoreRows(
    [
      ['PI', null, 'Q2 2023/24', null, null, 'Q3 2023/24', null, null],
      ['Code', 'Short Name', 'Value', 'Target', 'Status', 'Value', 'Target', 'Status'],
      ['HS01', 'Average days to process new claims', 21, 20, 'Warning', 19, 20, null],
      ['HS02', 'Council tax collected (%)', 56.1, 57, 'Warning', 82.0, 85, null],
      ['HS03', 'Number of households in TA', 140, 130, 'Alert', 150, 130, null],
    ],
    {
      merges: [
        { row: 0, col: 2, rowCount: 1, colCount: 3 },
        { row: 0, col: 5, rowCount: 1, colCount: 3 },
      ],
    },
  );

  it('reads which way is good from the row rated "Alert"', () => {
    const ta = by('Number of households in TA');
    expect(ta.polarity).toBe('lower');
    expect(ta.status).toBe('RED');
  });
});

describe("a system's sign word as this period's rating", () => {
  it('"Alert" at 150 against 130 says smaller is better, and is not overwritten with "OK"', () => {
    const { by } = scoreRows([
      ['Code', 'Short Name', 'Current Value', 'Current Target', 'Status'],
      ['HS01', 'Number of households in TA', 150, 130, 'Alert'],
      ['HS02', 'Number of people in B&B', 20, 25, 'OK'],
      ['HS03', 'Number of library members', 9000, 10000, 'Warning'],
    ]);
    const ta = by('Number of households in TA');
    expect(ta.polarity).toBe('lower');
    expect(ta.status).toBe('RED');
    expect(ta.statusLabel).toBe('Alert');
  });
});
