/**
 * An indicator written as a list item ("* Number of farmers using the service") opens with the
 * asterisk a footnote does. On a row that fills the table's columns (baseline, target, actual,
 * status) it is an indicator, and the rows below it belong to the table; a footnote fills its own
 * line only (council-footnotes.test.ts).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a bulleted indicator name', () => {
  it('is an indicator, not a footnote ending the table, where its row fills the columns', () => {
    const { result, by } = scoreRows([
      ['Indicator', 'Baseline', 'Target', 'Achieved', 'On track?'],
      ['Number of advice sessions held', 0, 40, 44, 'Y'],
      ['* Households helped into work', 0, '120 households', '', 'N'],
      ['Number of volunteers recruited', 0, 25, 10, 'N'],
      ['Number of partner agencies signed up', 0, 6, 6, 'Y'],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Number of advice sessions held',
      '* Households helped into work',
      'Number of volunteers recruited',
      'Number of partner agencies signed up',
    ]);
    expect(by('Number of volunteers recruited').status).toBe('RED');
  });
});
