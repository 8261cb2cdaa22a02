/**
 * Three-word keys of annual reports: "Met / Partially met / Not met", "Achieved / Substantially
 * achieved / Not achieved". The middle word is the author's amber, so our amber is written in it
 * (before, "▲ Amber" was written beside the author's "Partially met" and "Not met").
 */
import { ratingOf } from '../../../src/core/scoring/rating-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('partially met', () => {
  it.each(['Partially met', 'Partly met', 'Partially achieved', 'Substantially achieved'])('%s is amber', (w) => {
    expect(ratingOf(w)).toBe('AMBER');
  });

  it('writes amber in the sheet word', () => {
    const { result } = scoreRows([
      ['Performance measure', 'Target 2023-24', 'Q3', 'Q4', 'Status'],
      ['Helpline calls answered', '90%', '85%', '84%', 'Not met'],
      ['Inspections completed on schedule', '95%', '95%', '92%', 'Partially met'],
      ['Grants decided within 12 weeks', '85%', '86%', '88%', 'Met'],
    ]);
    const written = result.plan.writes.find((w) => w.cell.row === 2 && w.cell.col === 4)?.text;
    expect(written).toContain('Partially met');
  });
});
