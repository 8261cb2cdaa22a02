/**
 * A performance system's export (Pentana / Covalent style): the names under "PI Code & Short Name",
 * a Value | Target | Status group per quarter, the author's (the system's) ratings written as its
 * icons' words "OK", "Warning", "Alert". Before: no names' column was found ("No indicator table
 * found"); the icons' words were no ratings, so ours were written as "Green" / "Amber" / "Red".
 */
import { ratingOf } from '../../../src/core/scoring/rating-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('a Pentana-style export', () => {
  const { result, by } = scoreRows([
    ['PI Status Report - Corporate Indicators'],
    [],
    [
      'PI Code & Short Name',
      'Q1 2023/24 Value',
      'Q1 2023/24 Target',
      'Q1 2023/24 Status',
      'Q2 2023/24 Value',
      'Q2 2023/24 Target',
      'Q2 2023/24 Status',
      'Q3 2023/24 Value',
      'Q3 2023/24 Target',
      'Q3 2023/24 Status',
      'Latest Note',
    ],
    ['CS-01 % of calls answered', '88.2%', '90%', 'Warning', '91.5%', '90%', 'OK', '86.0%', '90%', null, 'Vacancies'],
    ['HR-02 Average days sickness per FTE', 9.1, 8.5, 'Alert', 8.9, 8.5, 'Warning', 8.4, 8.5, null, ''],
    ['WM-03 Residual waste per household (kg)', 112, 115, 'OK', 118, 115, 'Warning', 121, 115, null, ''],
  ]);

  it('reads the names under "PI Code & Short Name" and rates the latest quarter', () => {
    expect(result.indicators).toHaveLength(3);
    expect(by('CS-01 % of calls answered').status).toBe('AMBER');
    expect(by('HR-02 Average days sickness per FTE').status).toBe('GREEN');
    expect(by('WM-03 Residual waste per household (kg)').status).toBe('RED');
  });

  it("writes the statuses in the system's words, in Q3's status column", () => {
    expect(by('CS-01 % of calls answered').statusLabel).toBe('Warning');
    expect(by('HR-02 Average days sickness per FTE').statusLabel).toBe('OK');
    expect(by('WM-03 Residual waste per household (kg)').statusLabel).toBe('Alert');
    expect(by('CS-01 % of calls answered').source.statusCell).toMatchObject({ row: 3, col: 9 });
  });

  it('"OK", "Warning" and "Alert" are ratings only together', () => {
    expect(ratingOf('Warning', ['Warning', 'OK'])).toBe('AMBER');
    expect(ratingOf('OK', ['OK'])).toBeNull();
    expect(ratingOf('Alert', ['Alert', 'Complete'])).toBeNull();
  });
});
