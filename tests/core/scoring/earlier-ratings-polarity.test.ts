/**
 * A Value | Target | Status group per year, the author's ratings in the earlier years' Status
 * columns and the latest year not rated yet (a performance system's annual export). The earlier
 * ratings say which way is good: "OK" for 8 against 10 and "Alert" for 12 against 10 mean smaller is
 * better. Before, only the current period's rating was evidence: the direction was assumed bigger
 * and 9 against 10 rated Red instead of Green.
 */
import { scoreRows } from '../../helpers/score-by-name';

const rows = (r2021: [number, number, string], r2122: [number, number, string]) =>
  scoreRows([
    ['Code', 'Short Name', '2020/21', null, null, '2021/22', null, null, '2022/23', null, null],
    [null, null, 'Value', 'Target', 'Status', 'Value', 'Target', 'Status', 'Value', 'Target', 'Status'],
    ['ENV-01', 'Street scene grade', ...r2021, ...r2122, 9, 10, null],
    ['ENV-02', 'Parks audit score', 92.1, 90, 'OK', 91.2, 92, 'Warning', 93.5, 92, null],
  ]);

describe("the author's ratings of earlier years", () => {
  it('say which way is good where the latest year is not rated yet', () => {
    const { by } = rows([8, 10, 'OK'], [12, 10, 'Alert']);
    const litter = by('Street scene grade');
    expect(litter.polarity).toBe('lower');
    expect(litter.polaritySource).toBe('ratings');
    expect(litter.notes.join(' ')).toMatch(/rating 'Alert' for 12 against a target of 10 in 2021\/22/);
    expect(litter.status).toBe('GREEN');
    expect(by('Parks audit score').polaritySource).toBe('ratings');
  });

  it('ratings that disagree among themselves say nothing', () => {
    const { by } = rows([8, 10, 'OK'], [12, 10, 'OK']);
    expect(by('Street scene grade').polaritySource).toBe('assumed');
  });
});
