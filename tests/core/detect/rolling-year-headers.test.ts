/**
 * A police or fire table of rolling years written out in full ("Rolling 12 months to Mar 2024",
 * "12 months ending 31 March 2024", "Year ending September 2023") under a names' header with no
 * name word ("Crime type", "Offence"). Before, a period header longer than 24 characters was not
 * read when the names' column was found by its content, so no table was found.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('rolling years written out in the header', () => {
  it.each([
    ['Rolling 12 months to Mar 2023', 'Rolling 12 months to Mar 2024'],
    ['12 months ending 31 March 2023', '12 months ending 31 March 2024'],
    ['Year ending September 2022', 'Year ending September 2023'],
  ])('reads "%s" | "%s" as the earlier and the current year', (earlier, current) => {
    const { result, by } = scoreRows([
      ['Crime type', current, earlier, 'Change'],
      ['Burglary', 5120, 5480, -360],
      ['Shoplifting', 9870, 7340, 2530],
    ]);
    expect(result.indicators).toHaveLength(2);
    const burglary = by('Burglary');
    // No target: NO_TARGET, the trend by the wording's polarity (fewer burglaries are better).
    expect(burglary.status).toBe('NO_TARGET');
    expect(burglary.actual?.value).toBe(5120);
    expect(burglary.previous?.value).toBe(5480);
    expect(burglary.trend).toBe('MUCH_BETTER');
    expect(by('Shoplifting').trend).toBe('NOT_BETTER');
  });
});
