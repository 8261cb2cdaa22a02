/**
 * "PI | Description | 2022/23 | 2023/24 | Target": two headers that can name the rows, the first over
 * the indicators' codes ("PAM/001"), the second over their names. The names are the indicators'
 * names (SCORING.md: a column of codes is not the names'). Before: the codes were the names, so the
 * names' wording was never read ("Days lost to sickness" was bigger-is-better, assumed, and GREEN).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a codes column headed "PI" before the names under "Description"', () => {
  const { result, by } = scoreRows([
    ['PI', 'Description', '2022/23', '2023/24', 'Target', 'Target met?'],
    ['PAM/001', 'Days lost to sickness per FTE', 10.9, 10.4, 10.0, null],
    ['PAM/012', '% of households prevented from homelessness', 61.2, 68.1, 65, null],
    ['PAM/030', '% of municipal waste recycled', 64.1, 62.5, 64, null],
  ]);

  it('reads the names from the Description column', () => {
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Days lost to sickness per FTE',
      '% of households prevented from homelessness',
      '% of municipal waste recycled',
    ]);
    const sickness = by('Days lost to sickness per FTE');
    expect(sickness.polarity).toBe('lower');
    expect(sickness.status).toBe('AMBER');
  });

  it('keeps a names column of names when a description column follows it', () => {
    const { result: r2 } = scoreRows([
      ['Measure', 'Description', 'Target', 'Actual'],
      ['Sickness absence', 'Days lost per full-time employee, rolling year', 8, 8.2],
      ['Rent collection', 'Rent collected as a share of rent due', 98, 97.5],
    ]);
    expect(r2.indicators.map((i) => i.source.name)).toEqual(['Sickness absence', 'Rent collection']);
  });
});
