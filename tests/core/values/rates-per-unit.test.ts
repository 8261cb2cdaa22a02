/**
 * Figures typed with their rate's denominator ("48.2 per 1,000", "9.1 days per FTE", "£12 per
 * household") are one number in their unit (SCORING.md: "`8 days` ... are one number in their
 * unit"); before, they were "two figures" or "words and figures" and the row was NOT_SCORED.
 * "5 per cent" is 5%. "80/85%" and "10 per cent of target" stay not one number.
 */
import { parseNumberText } from '../../../src/core/values/read';
import { scoreRows } from '../../helpers/score-by-name';

describe('a figure with its rate', () => {
  it.each([
    ['48.2 per 1,000', 48.2],
    ['3.4 per 1,000 population', 3.4],
    ['9.1 days per FTE', 9.1],
    ['£12 per household', 12],
    ['45 per 100k', 45],
  ])('%p is %p', (text, value) => {
    expect(parseNumberText(text)).toMatchObject({ value, percent: false });
  });

  it('"5 per cent" is 5%', () => {
    expect(parseNumberText('5 per cent')).toMatchObject({ value: 5, percent: true });
  });

  it.each(['80/85%', '10 per cent of target', '12 per'])('%p is not one number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it('rates a register whose cells carry their units', () => {
    const { by } = scoreRows([
      ['Measure', 'Target', 'Actual', 'Previous', 'Status'],
      ['Crime rate', '45 per 1,000', '48.2 per 1,000', '47.1 per 1,000'],
      ['Sickness absence', '8.5 days per FTE', '9.1 days per FTE', '8.9 days per FTE'],
    ]);
    const crime = by('Crime rate');
    expect(crime.status).toBe('RED');
    expect(crime.actual?.value).toBe(48.2);
    expect(crime.trend).toBe('NOT_BETTER');
    expect(by('Sickness absence').status).toBe('RED');
  });
});
