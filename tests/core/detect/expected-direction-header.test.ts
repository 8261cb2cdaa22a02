/**
 * A direction column headed "Expected direction" / "Intended direction" / "Required direction"
 * ("Up", "Down", "Maintain") is the polarity field, as "Desired direction" is. Before: the header
 * was not read, so the names' wording decided, and a name that says nothing ("Number of carers")
 * was bigger-is-better, assumed, though the author wrote "Maintain".
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('an "Expected direction" column', () => {
  it.each(['Expected direction', 'Intended direction', 'Required direction'])('%p is a polarity header', (h) => {
    expect(keywordRole(h)).toBe('polarity');
  });

  it("gives each row's polarity", () => {
    const { by } = scoreRows([
      ['Measure', 'Expected direction', 'Previous', 'Latest', 'Target'],
      ['Number of people supported to live independently', 'Up', 1200, 1180, 1250],
      ['Number of visits to day centres', 'Down', 300, 320, 280],
      ['Number of carers', 'Maintain', 500, 510, 500],
    ]);
    const visits = by('Number of visits to day centres');
    expect(visits.polarity).toBe('lower');
    expect(visits.polaritySource).toBe('field');
    expect(by('Number of carers').polarity).toBe('band');
  });
});
