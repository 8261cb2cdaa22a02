/**
 * Years written out as the Government Statistical Service's style asks ("2021 to 2022", "Q1 2023 to
 * 2024") and as education tables name theirs ("Academic year 2022/23"). Before, none was a period: a
 * GSS table of years across was read with its oldest year as the actual.
 */
import { parsePeriodText } from '../../../src/core/periods';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('years in words', () => {
  it.each([
    ['2021 to 2022', { kind: 'year', fyStart: 2021 }],
    ['Financial year 2021 to 2022', { kind: 'year', fyStart: 2021 }],
    ['Q1 2023 to 2024', { kind: 'quarter', fyStart: 2023, quarter: 1 }],
    ['Quarter 3 2023 to 2024', { kind: 'quarter', fyStart: 2023, quarter: 3 }],
    ['2023 to 2024 Q2', { kind: 'quarter', fyStart: 2023, quarter: 2 }],
    ['Academic year 2022/23', { kind: 'year', fyStart: 2022 }],
    ['2022/23 academic year', { kind: 'year', fyStart: 2022 }],
    ['Calendar year 2023', { kind: 'year', year: 2023 }],
  ])('%s is a period', (text, fields) => {
    expect(parsePeriodText(text, false)).toMatchObject(fields);
  });

  it.each([
    ['2023/24 provisional', 2023],
    ['2023/24 (provisional)', 2023],
    ['Final 2022/23', 2022],
    ['2022/23 revised', 2022],
  ])('%s is the year, however final its figure', (text, fyStart) => {
    expect(parsePeriodText(text, false)).toMatchObject({ kind: 'year', fyStart });
  });

  it('a forecast is no period of figures: "2023/24 forecast"', () => {
    expect(parsePeriodText('2023/24 forecast', false)).toBeNull();
  });

  it('a span of several years is not one period: "2019 to 2023", "2023 to 2030"', () => {
    expect(parsePeriodText('2019 to 2023', false)).toBeNull();
    expect(parsePeriodText('2023 to 2030', false)).toBeNull();
  });

  it('rates a GSS table on its latest year, with notes in the headers and the year before as previous', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Table 1: Performance indicators against targets'],
          ['Shorthand: [x] = not available'],
          [
            'Indicator',
            'Unit',
            '2021 to 2022',
            '2022 to 2023',
            '2023 to 2024 [note 1]',
            'Target 2023 to 2024 [note 2]',
          ],
          ['Percentage of invoices paid within 5 days', '%', 88.1, 90.2, 93.4, 90],
          ['Average working days lost to sickness per employee', 'days', 7.1, 6.8, 7.4, 6.5],
          ['Staff engagement index', '%', 62, 64, 63, 65],
        ],
        { name: 'Table_1' },
      ),
      defaultRules(),
    );
    const byName = new Map(result.indicators.map((i) => [i.source.name, i]));
    const invoices = byName.get('Percentage of invoices paid within 5 days')!;
    expect(invoices.actual).toMatchObject({ value: 93.4 });
    expect(invoices.previous).toMatchObject({ value: 90.2 });
    expect(invoices.status).toBe('GREEN');
    const sickness = byName.get('Average working days lost to sickness per employee')!;
    expect(sickness.actual).toMatchObject({ value: 7.4 });
    expect(sickness.status).toBe('RED');
    expect(sickness.trend).toBe('NOT_BETTER');
  });
});
