/**
 * Police and fire tables that compare this year so far with the same time last year ("Year to
 * date 2023/24 | Year to date 2022/23"), or a rolling year with the one before ("Rolling 12 months
 * to Mar 2024 | Previous rolling 12 months"), under a names' header with no name word ("Crime
 * type"). Before, "Year to date" written out had no role (its head word "date" named a field of
 * dates) and "Previous rolling 12 months" was not an earlier figure: no table was found.
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('"Year to date" written out', () => {
  it('is the figure so far, as "YTD" is', () => {
    expect(keywordRole('Year to date')).toBe('actual');
    expect(keywordRole('Year-to-date 2023/24')).toBe('actual');
    expect(keywordRole('Target year to date')).toBe('target');
  });

  it('reads two years to date as the current and the earlier figure', () => {
    const { by } = scoreRows([
      ['Crime type', 'Year to date 2023/24', 'Year to date 2022/23', 'Difference'],
      ['All crime', 81230, 83910, -2680],
      ['Anti-social behaviour incidents', 12120, 13480, -1360],
      ['Solved rate', '14%', '12%', null],
    ]);
    const crime = by('All crime');
    expect(crime.status).toBe('NO_TARGET');
    expect(crime.actual?.value).toBe(81230);
    expect(crime.previous?.value).toBe(83910);
    expect(crime.trend).toBe('BIT_BETTER');
    expect(by('Solved rate').actual?.value).toBe(14);
  });
});

describe('"FYTD" (financial year to date)', () => {
  it('reads "FYTD 2023/24 | FYTD 2022/23" with a target relative to last year', () => {
    const { by } = scoreRows([
      ['Crime type', 'FYTD 2023/24', 'FYTD 2022/23', 'Volume change', 'Target'],
      ['Burglary residential', 2100, 2350, -250, 'Reduce by 5%'],
      ['Vehicle crime', 3900, 3700, 200, 'Reduce by 5%'],
    ]);
    expect(keywordRole('Financial year to date')).toBe('actual');
    const vehicle = by('Vehicle crime');
    expect(vehicle.actual?.value).toBe(3900);
    expect(vehicle.previous?.value).toBe(3700);
    expect(vehicle.status).toBe('RED');
    expect(by('Burglary residential').status).toBe('GREEN');
  });
});

describe('"Previous rolling 12 months"', () => {
  it('is the earlier figure beside the current rolling year', () => {
    const { by } = scoreRows([
      ['Crime type', 'Rolling 12 months to Mar 2024', 'Previous rolling 12 months', 'Change'],
      ['All crime', 81230, 83910, -2680],
      ['Anti-social behaviour incidents', 12120, 13480, -1360],
    ]);
    const asb = by('Anti-social behaviour incidents');
    expect(asb.actual?.value).toBe(12120);
    expect(asb.previous?.value).toBe(13480);
    expect(asb.trend).toBe('MUCH_BETTER');
    expect(keywordRole('Last 12 months')).not.toBe('earlier');
  });
});
