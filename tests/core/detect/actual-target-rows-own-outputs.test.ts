/**
 * An Actual row and a Target row per indicator, with the table's own "RAG" (and "Direction of
 * travel") column right of the months, the name merged over the pair. The status goes in the
 * table's own column, on the Actual row (SCORING.md: status goes into the existing status column).
 * Before: the RAG column was passed over and new Status / Trend / Variance columns were added right
 * of it.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe("Actual / Target row pairs with the table's own RAG column", () => {
  const rows = [
    ['Indicator', '', 'Apr-23', 'May-23', 'Jun-23', 'Jul-23', 'RAG', 'Direction of travel'],
    ['Complaints answered within 10 days (%)', 'Actual', 82, 85, 88, 79, null, null],
    [null, 'Target', 85, 85, 85, 85, null, null],
    ['Average days to re-let empty homes', 'Actual', 31, 30, 29, 27, null, null],
    [null, 'Target', 28, 28, 28, 28, null, null],
  ];
  const merges = [
    { row: 1, col: 0, rowCount: 2, colCount: 1 },
    { row: 3, col: 0, rowCount: 2, colCount: 1 },
    { row: 1, col: 6, rowCount: 2, colCount: 1 },
    { row: 3, col: 6, rowCount: 2, colCount: 1 },
  ];
  const { by } = scoreRows(rows, { merges });

  it('rates each indicator into the RAG column on its Actual row', () => {
    const complaints = by('Complaints answered within 10 days (%)');
    expect(complaints.status).toBe('RED');
    expect(complaints.source.statusCell).toEqual({ row: 1, col: 6 });
    expect(by('Average days to re-let empty homes').source.statusCell).toEqual({ row: 3, col: 6 });
  });

  it('writes the trend into the Direction of travel column', () => {
    expect(by('Average days to re-let empty homes').source.trendCell).toEqual({ row: 3, col: 7 });
  });
});
