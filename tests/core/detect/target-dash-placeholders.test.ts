/**
 * A dash (of any kind), dots or "n/a" in a target column is a row with no target, not a word: a
 * "2024 Target" column with "—" on half its rows still holds the period's targets. Before, the
 * column was read as words ("holds words; '2030 Target' holds the figures") and every row was
 * rated against the far-horizon 2030 target.
 */
import { scoreRows } from '../../helpers/score-by-name';

const MARKS = ['—', '–', '-', '--', '..', '…', 'n/a', 'N/A'];

function plan(mark: string) {
  return scoreRows([
    ['Housing plan progress'],
    [],
    ['Measure', 'Theme', '2019 Baseline', '2024 Actual', '2024 Target', '2030 Target', 'Status'],
    ['Homes completed', 'Supply', 300, 410, 400, 900, ''],
    ['Council homes let', 'Supply', 20, 35, mark, 60, ''],
    ['Households in temporary accommodation', 'Need', 500, 420, 450, 200, ''],
    ['Affordable homes share', 'Supply', 18, 22, mark, 35, ''],
    ['Rough sleepers helped into housing', 'Need', 40, 70, 60, mark, ''],
    ['Homes at energy rating C or above', 'Stock', 30, 44, mark, 80, ''],
  ]);
}

describe('a placeholder mark in a year target column', () => {
  it.each(MARKS)('%p leaves the "2024 Target" column the target', (mark) => {
    const { result, by } = plan(mark);
    expect(result.warnings.map((w) => w.message).join('\n')).not.toMatch(/holds words/);
    // 410 against the 2024 target of 400 (not 900 for 2030).
    expect(by('Homes completed').status).toBe('GREEN');
    expect(by('Homes completed').target).toMatchObject({ kind: 'value', value: { value: 400 } });
    // 420 against 450, smaller is better (target below the baseline).
    expect(by('Households in temporary accommodation').status).toBe('GREEN');
    // No 2030 target is needed where the 2024 one is given.
    expect(by('Rough sleepers helped into housing').status).toBe('GREEN');
  });

  it.each(MARKS)("%p in the period's own target cell is no target, not the 2030 one", (mark) => {
    const { by } = plan(mark);
    for (const name of ['Council homes let', 'Affordable homes share', 'Homes at energy rating C or above'])
      expect(by(name).status).toBe('NO_TARGET');
  });

  it("the same with the 2030 column first: the header's year decides, not the order", () => {
    const { by } = scoreRows([
      ['Measure', '2019 Baseline', '2024 Actual', '2030 Target', '2024 Target'],
      ['Homes completed', 300, 410, 900, 400],
      ['Council homes let', 20, 35, 60, '—'],
      ['Affordable homes share', 18, 22, 35, '—'],
      ['Homes at energy rating C or above', 30, 44, 80, '—'],
    ]);
    expect(by('Homes completed').status).toBe('GREEN');
    expect(by('Council homes let').status).toBe('NO_TARGET');
  });
});
