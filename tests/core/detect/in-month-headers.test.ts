/**
 * An NHS integrated performance report rates the month: "Target | In month | YTD | Month RAG".
 * Before, "In month" had no role, so the year-to-date figure was rated and its status written in
 * the Month RAG column. Now "In month" (also "In-month", "In quarter") is the current figure.
 */
import { scoreRows } from '../../helpers/score-by-name';
import { pct } from '../../helpers/snapshot-builder';

describe('an "In month" column beside "YTD"', () => {
  it('is the figure rated, and its status goes in the Month RAG column', () => {
    const { by } = scoreRows([
      ['Metric', 'Target', 'In month', 'YTD', 'Month RAG'],
      ['Hand hygiene compliance', '>=95%', pct(0.93), pct(0.96), null],
      ['A&E 4 hour standard', '78%', pct(0.781), pct(0.74), null],
    ]);
    const hygiene = by('Hand hygiene compliance');
    expect(hygiene.actual?.value).toBe(93);
    expect(hygiene.status).toBe('AMBER');
    expect(hygiene.source.statusCell).toEqual(expect.objectContaining({ row: 1, col: 4 }));
    expect(by('A&E 4 hour standard').status).toBe('GREEN');
  });
});
