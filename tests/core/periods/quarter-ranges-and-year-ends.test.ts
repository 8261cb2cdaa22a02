/**
 * Period headers as council reports write them: a quarter as a range of months each with its year
 * ("Apr 23 - Jun 23", "Oct 2023 - Dec 2023"), and a year named by its end ("Year end 22/23",
 * "Full year 2023/24").
 */
import { parsePeriodText } from '../../../src/core/periods';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('quarter ranges with a year on each month', () => {
  it.each([
    ['Apr 23 - Jun 23', 1, 2023],
    ['Oct 2023 - Dec 2023', 3, 2023],
    ["Jan '24 - Mar '24", 4, 2023],
    ['Jul 23 to Sep 23', 2, 2023],
  ])('%s is Q%d of %d/..', (text, quarter, fyStart) => {
    expect(parsePeriodText(text, false)).toMatchObject({ kind: 'quarter', quarter, fyStart });
  });

  it('is no quarter when the months are in different years or do not make a quarter', () => {
    expect(parsePeriodText('Dec 23 - Feb 24', false)).toBeNull();
    expect(parsePeriodText('Apr 23 - May 23', false)).toBeNull();
  });
});

describe('a year named by its end', () => {
  it.each([
    ['Year end 22/23', 2022],
    ['Year-end 2023/24', 2023],
    ['End of year 2021/22', 2021],
    ['Full year 2023/24', 2023],
  ])('%s is the financial year starting %d', (text, fyStart) => {
    expect(parsePeriodText(text, false)).toMatchObject({ kind: 'year', fyStart });
  });

  it('needs a year: "Year end" alone is no period', () => {
    expect(parsePeriodText('Year end', false)).toBeNull();
  });
});

describe('in a register', () => {
  it('rates the latest quarter range and trends against the one before', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Indicator', 'Apr 23 - Jun 23', 'Jul 23 - Sep 23', 'Oct 23 - Dec 23', 'Target'],
          ['Rent collected (%)', 95.2, 96.1, 96.9, 97],
          ['Average days to re-let', 38, 35, 29, 30],
        ],
        { name: 'Q3' },
      ),
      defaultRules(),
    );
    const byName = new Map(result.indicators.map((i) => [i.source.name, i]));
    expect(byName.get('Rent collected (%)')!.actual).toMatchObject({ value: 96.9 });
    expect(byName.get('Rent collected (%)')!.previous).toMatchObject({ value: 96.1 });
    expect(byName.get('Average days to re-let')!.status).toBe('GREEN');
  });

  it('reads "Year end" columns as years', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Indicator', 'Year end 21/22', 'Year end 22/23', 'Target 23/24', 'Year end 23/24'],
          ['Households in temporary accommodation', 410, 380, 350, 362],
        ],
        { name: 'Annual' },
      ),
      defaultRules(),
    );
    const ind = result.indicators[0];
    expect(ind.actual).toMatchObject({ value: 362 });
    expect(ind.previous).toMatchObject({ value: 380 });
  });
});
