/**
 * A key for the sheet's own status letters ("Key: C = Complete / on target, A = At risk, B = Behind
 * target"): the author's "B" means behind, not Blue, so it is no evidence that a measure under its
 * target is bigger-is-better the wrong way round; and our statuses are written in the author's
 * letters (C / A / B), not G / A / R (detect/letter-key.ts).
 */
import { scoreRows } from '../../helpers/score-by-name';

const KEYED = [
  ['Measure', 'Goal', 'FY22', 'FY23', 'Status'],
  ['Staff engagement score', 75, 71, 78, 'C'],
  ['Footway permits processed', 500, 460, 480, 'A'],
  ['Library loans', 1200, 1150, 1010, 'B'],
  [],
  ['Key: C = Complete / on target, A = At risk, B = Behind target'],
];

describe('a key for status letters', () => {
  it('reads "B" as behind: the ratings agree with bigger is better', () => {
    const { result, by } = scoreRows(KEYED);
    expect(by('Library loans').polarity).toBe('higher');
    expect(by('Library loans').polaritySource).toBe('ratings');
    expect(result.warnings.some((w) => w.message.includes('evidence disagrees'))).toBe(false);
  });

  it('writes the statuses in the key letters', () => {
    const { result } = scoreRows(KEYED);
    const written = (row: number) => result.plan.writes.find((w) => w.cell.row === row && w.cell.col === 4)?.text;
    expect([written(1), written(2), written(3)]).toEqual(['C', 'A', 'B']);
  });

  it('reads a key spread over cells, and leaves a sheet without a key as it was', () => {
    const spread = [...KEYED.slice(0, 5), ['C = Complete', 'A = At risk', 'B = Behind']];
    expect(scoreRows(spread).by('Library loans').polaritySource).toBe('ratings');
    const unkeyed = KEYED.slice(0, 4);
    const { result } = scoreRows(unkeyed);
    expect(result.indicators.find((i) => i.source.name === 'Library loans')?.source.letterKey).toBeUndefined();
  });
});
