/**
 * Durations as Excel keeps them: a number of days in a time-only format ("mm:ss", "h:mm:ss",
 * "[h]:mm"), as call centre indicators are ("Average speed of answer 01:30"). They are figures,
 * read in seconds so actual, target and the earlier figure compare in one unit (before, every such
 * cell was "formatted as a date, not a figure" and the row NOT_SCORED). A real date stays no figure.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import type { SourceCell } from '../../../src/core/model';
import { readValue } from '../../../src/core/values/read';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';
import { formatValue, styleOf, valueFormat } from '../../../src/core/summary/numbers';

const cell = (value: number, numberFormat: string, text: string): SourceCell => ({
  cell: { row: 0, col: 0 },
  value,
  numberFormat,
  text,
});
const minutes = (m: number, f = 'mm:ss'): CellInput => ({ v: m / 1440, f });

describe('durations in time formats', () => {
  it('read in seconds; a date format is still no figure', () => {
    const r = readValue(cell(1.5 / 1440, 'mm:ss', '01:30'));
    expect(r.kind === 'number' && r.reading.value).toBe(90);
    const h = readValue(cell(2.25 / 24, '[h]:mm', '2:15'));
    expect(h.kind === 'number' && h.reading.value).toBe(8100);
    expect(readValue(cell(45000, 'dd/mm/yyyy', '15/03/2023')).kind).toBe('not-number');
  });

  it('a call-wait register is rated, with its trend', () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Measure', 'Target', 'Jul', 'Aug', 'Sep', 'Status'],
        ['Average call wait', minutes(2), minutes(2.75), minutes(1.83), minutes(1.5), ''],
        ['Average speed of answer', minutes(1), minutes(1.5), minutes(1.2), minutes(0.9), ''],
        [
          'Average time to answer calls',
          minutes(1, 'h:mm:ss'),
          minutes(1.5, 'h:mm:ss'),
          minutes(1.2, 'h:mm:ss'),
          minutes(1.9, 'h:mm:ss'),
          '',
        ],
      ]),
      defaultRules(),
    );
    const by = (name: string) => result.indicators.find((i) => i.source.name === name)!;
    const wait = by('Average call wait');
    expect(wait.actual?.value).toBe(90);
    expect(wait.polarity).toBe('lower');
    expect(wait.status).toBe('GREEN');
    expect(wait.trend).toBe('MUCH_BETTER');
    expect(by('Average speed of answer').status).toBe('GREEN');
    expect(by('Average time to answer calls').status).toBe('RED');
    expect(result.warnings.some((w) => w.message.includes('formatted as a date'))).toBe(false);
  });

  it('quotes durations as the sheet shows them: clocks, at the seconds shown', () => {
    // 2:40 against 2:00 (Excel keeps 0.00185 and 0.00139 days: 159.84 and 120.096 seconds).
    const result = scoreSheet(
      buildSnapshot([
        ['Measure', 'Polarity', 'Target', 'Actual', 'National average'],
        [
          'Average call waiting time',
          'Lower is better',
          { v: 0.00139, f: 'mm:ss' },
          { v: 0.00185, f: 'mm:ss' },
          { v: 0.00208, f: 'mm:ss' },
        ],
        [
          'Average speed of answer',
          'Lower is better',
          { v: 1 / 1440, f: 'mm:ss' },
          { v: 1.0001 / 1440, f: 'mm:ss' },
          '',
        ],
      ]),
      defaultRules(),
    );
    const wait = result.indicators.find((i) => i.source.name === 'Average call waiting time')!;
    expect(wait.varianceText).toBe('0:40 above the target of 2:00 (smaller is better)');
    expect(wait.comparisons?.[0].text).toMatch(/^0:20 below the national average of 3:00/);
    // 1:00.006 shows as 01:00: on target at the precision shown.
    const answer = result.indicators.find((i) => i.source.name === 'Average speed of answer')!;
    expect(answer.status).toBe('GREEN');
    expect(answer.varianceText).toBe('On target (1:00)');
  });

  it('the board summary quotes a duration as a clock, and its cells say seconds', () => {
    const r = readValue(cell(0.00185, 'mm:ss', '02:40'));
    if (r.kind !== 'number') throw new Error('not read');
    expect(formatValue(r.reading.value, styleOf(r.reading))).toBe('2:40');
    expect(valueFormat(styleOf(r.reading))).toBe('0" sec"');
  });
});

/**
 * The same durations exported as text ("00:38:12"), as data downloads write response times: read in
 * seconds too (values/duration-text.ts). Before, each was "several figures, not one number", and a
 * long download holding them was not read as long format at all (every row its own indicator).
 */
describe('durations typed as text', () => {
  const text = (t: string): SourceCell => ({ cell: { row: 0, col: 0 }, value: t, numberFormat: 'General', text: t });

  it('reads h:mm:ss text in seconds; two parts (a ratio, a time of day) stay text', () => {
    const r = readValue(text('00:38:12'));
    expect(r.kind === 'number' && r.reading.value).toBe(2292);
    const h = readValue(text('1:02:05.5'));
    expect(h.kind === 'number' && h.reading.value).toBe(3725.5);
    expect(readValue(text('1:25')).kind).toBe('not-number');
    expect(readValue(text('00:75:00')).kind).toBe('not-number');
  });

  it('a long download of response times is one indicator, rated on its latest month', () => {
    const rows: CellInput[][] = [['Indicator', 'Period', 'Value', 'Target']];
    const months = ['2023-06', '2023-07', '2023-08', '2023-09'];
    ['00:38:12', '00:41:05', '00:35:40', '00:33:10'].forEach((v, i) =>
      rows.push(['Category 2 mean response time', months[i], v, '00:30:00']),
    );
    [92.1, 93.4, 94.2, 95.3].forEach((v, i) => rows.push(['Calls answered within 60 seconds (%)', months[i], v, 95]));
    const result = scoreSheet(buildSnapshot(rows), defaultRules());
    expect(result.indicators).toHaveLength(2);
    const cat2 = result.indicators.find((i) => i.source.name === 'Category 2 mean response time')!;
    expect(cat2.actual?.value).toBe(1990);
    expect(cat2.target?.kind === 'value' && cat2.target.value.value).toBe(1800);
    expect(cat2.polarity).toBe('lower');
    expect(cat2.status).toBe('RED');
    expect(cat2.trend).toBe('MUCH_BETTER');
  });
});
