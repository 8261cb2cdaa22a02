/**
 * Header words of housing and NHS packs: a status column headed by its letters ("G/A/R", "R/A/G")
 * is the status column, and while empty it is rated in those letters, bare, as the author would type
 * them (before, it was not a status column: a new Status column was added beside it). A standard
 * qualified by who set it ("Operational Standard", "National target") is the target (before, the
 * column was not read and every row was NO_TARGET).
 */
import { scoreRows } from '../../helpers/score-by-name';
import { pct } from '../../helpers/snapshot-builder';

describe('a status column headed by its letters', () => {
  it.each(['G/A/R', 'R/A/G', 'R / A / G'])('"%s" takes the status, written in letters', (header) => {
    const { result, by } = scoreRows([
      ['KPI', 'Polarity', 'Aug', 'Sep', 'Annual target', header],
      ['Average re-let time (days)', 'Lower', 25.1, 24.8, 25, ''],
      ['Rent collected', 'Higher', pct(0.97, 1), pct(0.95, 1), pct(0.98), ''],
    ]);
    const relet = by('Average re-let time (days)');
    expect(relet.source.statusCell).toEqual({ row: 1, col: 5 });
    const written = (row: number) => result.plan.writes.find((w) => w.cell.row === row && w.cell.col === 5)?.text;
    expect(written(1)).toBe('G');
    expect(written(2)).toBe('A');
  });

  it('keeps the words an author already wrote in it', () => {
    const { result } = scoreRows([
      ['KPI', 'Actual', 'Target', 'R/A/G'],
      ['Rent collected (%)', 95, 98, 'Amber'],
      ['Gas safety checks (%)', 100, 100, 'Green'],
    ]);
    const written = result.plan.writes.find((w) => w.cell.row === 1 && w.cell.col === 3)?.text;
    expect(written).toBe('Amber');
  });
});

describe('a standard named by who set it', () => {
  it.each(['Operational Standard', 'National target', 'Constitutional standard'])('"%s" is the target', (header) => {
    const { result, by } = scoreRows([
      ['Period', 'Indicator', 'Performance', header],
      ['2023-08', 'Faster diagnosis standard', pct(0.73, 1), pct(0.75)],
      ['2023-08', 'Cancer 62 day', pct(0.66, 1), pct(0.85)],
      ['2023-09', 'Faster diagnosis standard', pct(0.77, 1), pct(0.75)],
      ['2023-09', 'Cancer 62 day', pct(0.69, 1), pct(0.85)],
    ]);
    expect(result.indicators).toHaveLength(2);
    const fds = by('Faster diagnosis standard');
    expect(fds.target).toMatchObject({ kind: 'value', value: { value: 75 } });
    expect(fds.status).toBe('GREEN');
  });

  it('and in a register', () => {
    const { by } = scoreRows([
      ['Indicator', 'Aug-23', 'Sep-23', 'Operational standard'],
      ['Faster diagnosis standard', pct(0.73, 1), pct(0.77, 1), pct(0.75)],
    ]);
    expect(by('Faster diagnosis standard').status).toBe('GREEN');
  });
});
