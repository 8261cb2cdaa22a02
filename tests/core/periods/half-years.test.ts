/**
 * Half years of the financial year ("H1 2023/24", "Mid-year 22/23", "Half year 2 2023-24",
 * "Second half 2023/24"), read as the date each half ends (30 September, 31 March), so a mid-year
 * report's columns order with the years around them; halves of a calendar year ("H1 2023") end 30
 * June and 31 December.
 */
import { parsePeriodText } from '../../../src/core/periods';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('half years', () => {
  it.each([
    ['H1 2023/24', 2023, 9],
    ['Mid-year 22/23', 2022, 9],
    ['Half year 2023/24', 2023, 9],
    ['Half year 2 2023-24', 2024, 3],
    ['2023/24 H2', 2024, 3],
    ['Second half 2023/24', 2024, 3],
  ])('%s ends in %d, month %d', (text, year, month) => {
    expect(parsePeriodText(text, false)).toMatchObject({ kind: 'date', year, month });
  });

  it.each([
    ['H1 2023', 2023, 6],
    ['H2 2023', 2023, 12],
    ['2022 H2', 2022, 12],
    ['Second half 2023', 2023, 12],
  ])('a calendar half: %s ends in %d, month %d', (text, year, month) => {
    expect(parsePeriodText(text, false)).toMatchObject({ kind: 'date', year, month });
  });

  it('needs a year: "Mid-Year Result" and "H1 of 5 years" are no period', () => {
    expect(parsePeriodText('Mid-Year Result', false)).toBeNull();
    expect(parsePeriodText('H1 of 5 years', false)).toBeNull();
  });

  it('rates a six-monthly update headed by calendar halves: the latest half, the one before as previous', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Outcome', 'Indicator', 'H2 2022', 'H1 2023', 'H2 2023', 'Target', 'Status'],
          ['Thriving places', 'Leisure centre visits', 412000, 431000, 428500, 420000, ''],
          ['Good homes', 'Average days to re-let council homes', 41, 38, 35, 30, ''],
        ],
        { name: 'Council Plan' },
      ),
      defaultRules(),
    );
    const byName = new Map(result.indicators.map((i) => [i.source.name, i]));
    const visits = byName.get('Leisure centre visits')!;
    expect(visits.actual).toMatchObject({ value: 428500 });
    expect(visits.previous).toMatchObject({ value: 431000 });
    expect(byName.get('Average days to re-let council homes')!.actual).toMatchObject({ value: 35 });
  });

  it('rates a mid-year column after last year and trends against it', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Indicator', '2021/22', '2022/23', 'Mid-year 23/24', 'Target 2023/24'],
          ['Rent collected (%)', 95.5, 96.2, 96.8, 97],
          ['Average days to re-let', 40, 36, 31, 30],
        ],
        { name: 'Mid-year' },
      ),
      defaultRules(),
    );
    const byName = new Map(result.indicators.map((i) => [i.source.name, i]));
    const rent = byName.get('Rent collected (%)')!;
    expect(rent.actual).toMatchObject({ value: 96.8 });
    expect(rent.previous).toMatchObject({ value: 96.2 });
    expect(byName.get('Average days to re-let')!.actual).toMatchObject({ value: 31 });
  });
});
