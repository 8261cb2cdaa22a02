/**
 * Windows named by the month they end in ("12 months to Sep 2023", "Year ending March 2023", "YE Mar
 * 23", "Rolling 12 months to Sep-23", "Oct 22 - Sep 23"), as crime and road safety statistics head
 * their columns: read as the date the window ends, so the later window is the figure and the earlier
 * one its trend's reference (periods/rolling-years.ts).
 */
import { parsePeriodText } from '../../../src/core/periods';
import { scoreRows } from '../../helpers/score-by-name';

describe('windows named by their end', () => {
  it.each([
    ['12 months to Sep 2023', 2023, 9, 30],
    ['Rolling 12 months to Sep-23', 2023, 9, 30],
    ['Year ending March 2023', 2023, 3, 31],
    ['YE Mar 23', 2023, 3, 31],
    ['12 months ending 30/09/2023', 2023, 9, 30],
    ['Oct 22 - Sep 23', 2023, 9, 30],
    ['January 2023 to December 2023', 2023, 12, 31],
  ])('%s ends on %d-%d-%d', (text, year, month, day) => {
    expect(parsePeriodText(text)).toMatchObject({ kind: 'date', year, month, day });
  });

  it('leaves earlier or averaged windows, years to date and windows without a year as they were', () => {
    expect(parsePeriodText('Previous 12 months to Aug-23')).toMatchObject({ kind: 'baseline' });
    expect(parsePeriodText('Prev. 6 months cumulative')).toMatchObject({ kind: 'baseline' });
    expect(parsePeriodText('Year to date')).toBeNull();
    expect(parsePeriodText('Year to Sep')).toBeNull();
    expect(parsePeriodText('Apr 23 - Jun 23')).toMatchObject({ kind: 'quarter', quarter: 1 });
  });

  it('rates a crime plan table on the later window, with no target invented', () => {
    const { by } = scoreRows([
      ['Measure', '12 months to Sep 2022', '12 months to Sep 2023', 'Change', 'Direction'],
      ['Total recorded crime', '112,450', '108,932', '-3,518', 'Reduce'],
      ['Victim satisfaction', '74.2%', '71.9%', '-2.3pp', 'Increase'],
    ]);
    const crime = by('Total recorded crime');
    expect(crime.actual?.value).toBe(108932);
    expect(crime.previous?.value).toBe(112450);
    expect(crime.polarity).toBe('lower');
    expect(crime.status).toBe('NO_TARGET');
    expect(crime.trend).toBe('BIT_BETTER');
    expect(by('Victim satisfaction').trend).toBe('NOT_BETTER');
  });

  it('reads "Rolling 12 months to" columns as periods, not as a baseline', () => {
    const { by } = scoreRows([
      ['Indicator', 'Rolling 12 months to Jun-23', 'Rolling 12 months to Sep-23', 'Target'],
      ['Killed or seriously injured casualties', 640, 598, 600],
    ]);
    const ksi = by('Killed or seriously injured casualties');
    expect(ksi.actual?.value).toBe(598);
    expect(ksi.previous?.value).toBe(640);
    expect(ksi.status).toBe('GREEN');
  });
});
