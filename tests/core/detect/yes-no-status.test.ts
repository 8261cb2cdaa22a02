/**
 * A status column that answers a question ("On track?", "Target met?") with Yes / Partly / No is
 * the author's key: yes is green, partly amber, no red, and our statuses are written in those words.
 * A column answering only one way ("Yes" on every row) is no key: our own words are written.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { ratingOf } from '../../../src/core/scoring/rating-words';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function statusTexts(rows: CellInput[][]): string[] {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Scorecard' }), defaultRules());
  return result.plan.writes.filter((w) => w.role === 'status').map((w) => w.text);
}

describe('Yes / Partly / No answers', () => {
  it('reads them as ratings only where the column answers both ways', () => {
    const column = ['Yes', 'Partly', 'No'];
    expect(ratingOf('Yes', column)).toBe('GREEN');
    expect(ratingOf('Partly', column)).toBe('AMBER');
    expect(ratingOf('No', column)).toBe('RED');
    expect(ratingOf('Yes', ['Yes', 'Yes'])).toBeNull();
    expect(ratingOf('No')).toBeNull();
  });

  it("writes the statuses in the column's own words", () => {
    const texts = statusTexts([
      ['Measure', 'Target', 'Latest', 'On track?'],
      ['Affordable homes delivered', 300, 320, 'Yes'],
      ['Residents satisfied (%)', '80%', '70%', 'No'],
      ['Rent collected (%)', '97%', '95%', 'Partly'],
    ]);
    expect(texts.map((t) => t.replace(/^\S+ /, ''))).toEqual(['Yes', 'No', 'Partly']);
  });

  it('writes its own words where the column answers only one way', () => {
    const texts = statusTexts([
      ['Measure', 'Target', 'Latest', 'On track?'],
      ['Affordable homes delivered', 300, 320, 'Yes'],
      ['Residents satisfied (%)', '80%', '70%', 'Yes'],
    ]);
    expect(texts.map((t) => t.replace(/^\S+ /, ''))).toEqual(['Green', 'Red']);
  });
});
