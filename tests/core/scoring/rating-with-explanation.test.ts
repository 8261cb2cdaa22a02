/**
 * Authors' ratings with their explanation after the colour ("Green - on track", "RED: off target",
 * "Amber (slightly off)"), and the plain phrases councils use ("Met target", "Target missed",
 * "Partially achieved", "Exceeded"): ratings, so they are polarity evidence and our statuses are
 * written in the author's colour word (the explanation was that row's, not every row's). Before:
 * no rating, so the direction was assumed and the status written as the rules' "Green".
 */
import { colourLead, ratingOf } from '../../../src/core/scoring/rating-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('ratings with an explanation', () => {
  it.each([
    ['Green - on track', 'GREEN'],
    ['RED: off target', 'RED'],
    ['Amber (slightly off)', 'AMBER'],
    ['G - met', 'GREEN'],
    ['Met target', 'GREEN'],
    ['Exceeded target', 'GREEN'],
    ['Target missed', 'RED'],
    ['Target not achieved', 'RED'],
    ['Partially achieved', 'AMBER'],
  ])('%p is %p', (text, status) => {
    expect(ratingOf(text)).toBe(status);
  });

  it.each(['Amber/Green', 'Greenspace audit', 'Red route', 'Ahead'])('%p is no rating', (text) => {
    expect(ratingOf(text)).toBeNull();
  });

  it('the colour is the word written back', () => {
    expect(colourLead('Green - on track')).toBe('Green');
    const { by } = scoreRows([
      ['Indicator', 'Target', 'Actual', 'Status'],
      ['Street cleanliness index', 90, 85, 'Red - below target'],
      ['Library visits per head', 4.1, 4.5, 'Green - on track'],
    ]);
    const clean = by('Street cleanliness index');
    expect(clean.polaritySource).toBe('ratings');
    expect(clean.polarity).toBe('higher');
    expect(clean.status).toBe('RED');
    expect(clean.statusLabel).toBe('Red');
    expect(by('Library visits per head').statusLabel).toBe('Green');
  });
});
