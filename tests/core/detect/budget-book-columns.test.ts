/**
 * A budget book's performance table: "FY2024 Budget | FY2024 Actual | Variance | F/U". A budget
 * for a named year is the target (a bare "Budget" is not: it may be the money a service has), and a
 * column of F / U letters is the author's rating, favourable or unfavourable, written back in
 * those letters. Before, every row was NO_TARGET and a new Status column was added.
 */
import { ratingOf } from '../../../src/core/scoring/rating-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('budget book columns', () => {
  it('reads a year budget as the target and F / U as the ratings', () => {
    const { result, by } = scoreRows([
      ['Performance Measure', 'FY2024 Budget', 'FY2024 Actual', 'Variance', 'F/U'],
      ['Permit review turnaround (days)', 10, 12.5, 2.5, 'U'],
      ['Library visits', '450,000', '472,300', '22,300', 'F'],
      ['Fleet fuel cost ($)', '$1,200,000', '$1,088,000', '($112,000)', 'F'],
    ]);
    const permits = by('Permit review turnaround (days)');
    expect(permits.target).toMatchObject({ kind: 'value', value: { value: 10 } });
    expect(permits.status).toBe('RED');
    expect(permits.source.statusCell).toEqual({ row: 1, col: 4 });
    const written = (row: number) => result.plan.writes.find((w) => w.cell.row === row && w.cell.col === 4)?.text;
    expect([written(1), written(2), written(3)]).toEqual(['U', 'F', 'F']);
  });

  it('reads F and U as ratings only where the column holds both', () => {
    expect(ratingOf('F', ['F', 'U'])).toBe('GREEN');
    expect(ratingOf('U', ['F', 'U'])).toBe('RED');
    expect(ratingOf('F', ['F'])).toBeNull();
  });

  it('leaves a bare Budget column alone', () => {
    const { by } = scoreRows([
      ['Measure', 'Budget', 'Actual'],
      ['Library visits', '450,000', '472,300'],
      ['Permits issued', '1,200', '1,310'],
    ]);
    expect(by('Library visits').status).toBe('NO_TARGET');
  });
});
