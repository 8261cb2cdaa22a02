/**
 * US city scorecards mark calendar years as such beside fiscal ones: "CY2021 | CY2022 | CY2023 |
 * CY2024 Goal". Before, "CY2023" was not a period, so the first figure column (CY2021) was rated as
 * the actual, with no trend. Now each is the calendar year it names.
 */
import { parsePeriodHeader } from '../../../src/core/periods';
import { scoreRows } from '../../helpers/score-by-name';

const header = (text: string) => ({ value: text, text, numberFormat: 'General' });

describe('calendar years marked "CY"', () => {
  it.each(['CY2023', 'CY 2023', 'CY23', 'Calendar year 2023'])('"%s" is the year 2023', (text) => {
    expect(parsePeriodHeader(header(text))).toMatchObject({ kind: 'year', year: 2023 });
  });

  it('rates the latest year against the goal, with its trend', () => {
    const { by } = scoreRows([
      ['Measure', 'CY2021', 'CY2022', 'CY2023', 'CY2024 Goal', 'Met/Not Met'],
      ['Pedestrian fatalities', 18, 21, 16, 12, null],
      ['Miles of protected bike lanes', 22, 31, 44, 45, null],
    ]);
    const deaths = by('Pedestrian fatalities');
    expect(deaths.actual?.value).toBe(16);
    expect(deaths.previous?.value).toBe(21);
    expect(deaths.trend).toBe('MUCH_BETTER');
    expect(deaths.status).toBe('RED');
    expect(by('Miles of protected bike lanes').status).toBe('AMBER');
  });
});
