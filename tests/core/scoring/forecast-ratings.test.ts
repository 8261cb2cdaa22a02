/**
 * The author's rating is polarity evidence (SCORING.md step 5) only where it judges the figure
 * against the target. A forecast ("On track" for an OKR at 41 of 45) and a rating of a figure that
 * accumulates over the year (955,870 transactions to Q3 rated Green against the year's 1,200,000)
 * judge the year's outcome: read as evidence they made bigger-is-better measures smaller-is-better.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('ratings that judge the outcome, not the figure', () => {
  it('an "On track" key result below its target is not smaller-is-better', () => {
    const { result, by } = scoreRows([
      ['Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Confidence'],
      ['Grow', 'Active members', 'CX', 32, 45, 41, 'On track'],
      ['', 'Partner organisations signed', 'Sales', 0, 10, 4, 'Off track'],
      ['Delight', 'Survey response score', 'CX', 60, 70, 66, 'At risk'],
      ['', 'Volunteers recruited', 'Ops', 20, 50, 38, 'On track'],
    ]);
    expect(by('Active members').polarity).toBe('higher');
    expect(by('Active members').polaritySource).toBe('assumed');
    expect(result.warnings.some((w) => w.message.includes('evidence disagrees'))).toBe(false);
  });

  it('a cumulative count rated Green below the year target is not smaller-is-better', () => {
    const { by } = scoreRows([
      ['Performance measure', 'Target 2023-24', 'Q1', 'Q2', 'Q3', 'Status'],
      ['Number of digital transactions (cumulative)', '1,200,000', '310,455', '640,120', '955,870', 'Green'],
      ['Homes connected YTD', '4,000', '900', '2,100', '3,050', 'G'],
    ]);
    const digital = by('Number of digital transactions (cumulative)');
    expect(digital.polarity).toBe('higher');
    expect(digital.trend).toBe('MUCH_BETTER');
    expect(by('Homes connected YTD').polarity).toBe('higher');
  });

  it('a rating of the figure against the target still says which way is good', () => {
    const { by } = scoreRows([
      ['Measure', 'Target', 'Actual', 'RAG'],
      ['Footway permits', 20, 14, 'G'],
    ]);
    expect(by('Footway permits').polarity).toBe('lower');
    expect(by('Footway permits').polaritySource).toBe('ratings');
  });
});
