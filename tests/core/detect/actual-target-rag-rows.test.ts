/**
 * An Actual row, a Target row and a RAG row per indicator, the name merged down the three, the
 * row's role in a column of its own ("" | "RAG" | ...). The RAG row is part of its indicator, and
 * its cell in the current period's column is where the status goes (as a card's Symbol row).
 * Before: the RAG row ended the table, so every indicator after the first was lost.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('Actual / Target / RAG rows per indicator', () => {
  const { result, by } = scoreRows(
    [
      ['Indicator', 'Type', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['Days lost to sickness per FTE', 'Actual', 2.1, 2.3, 2.6, null],
      [null, 'Target', 2.0, 2.0, 2.0, 2.0],
      [null, 'RAG', null, null, null, null],
      ['Council tax collected (%)', 'Actual', 28.9, 56.8, 84.1, null],
      [null, 'Target', 29.0, 57.0, 85.0, 97.0],
      [null, 'RAG', null, null, null, null],
    ],
    {
      merges: [
        { row: 1, col: 0, rowCount: 3, colCount: 1 },
        { row: 4, col: 0, rowCount: 3, colCount: 1 },
      ],
    },
  );

  it('reads every indicator', () => {
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Days lost to sickness per FTE',
      'Council tax collected (%)',
    ]);
    expect(by('Days lost to sickness per FTE').status).toBe('RED');
    expect(by('Council tax collected (%)').status).toBe('AMBER');
  });

  it("writes the status in the RAG row, in the current period's column", () => {
    expect(by('Days lost to sickness per FTE').source.statusCell).toEqual({ row: 3, col: 4 });
    expect(by('Council tax collected (%)').source.statusCell).toEqual({ row: 6, col: 4 });
  });
});

describe('the RAG rows written to an .xlsx', () => {
  it('adds no Status column beside the table when every metric has its RAG row', () => {
    const { result } = scoreRows([
      ['Indicator', 'Type', 'Q1', 'Q2'],
      ['Missed bins per 100,000', 'Actual', 61, 48],
      [null, 'Target', 50, 50],
      [null, 'RAG', null, null],
    ]);
    expect(result.indicators[0].source.statusCell).toEqual({ row: 3, col: 3 });
    expect(result.tables[0].added?.status).toBeUndefined();
    // The trend and variance take the first free columns right of the table.
    expect(result.indicators[0].source.trendCell).toEqual({ row: 1, col: 4 });
  });
});

describe("the author's earlier ratings in the RAG rows", () => {
  it('say which way is good', () => {
    const { by } = scoreRows([
      ['Measure', 'Row', 'Apr-23', 'May-23', 'Jun-23'],
      ['Re-let days', 'Actual', 31, 30, 33],
      ['Re-let days', 'Target', 28, 28, 28],
      ['Re-let days', 'RAG', 'Red', 'Amber', null],
    ]);
    const relet = by('Re-let days');
    expect(relet.polarity).toBe('lower');
    expect(relet.status).toBe('RED');
  });
});
