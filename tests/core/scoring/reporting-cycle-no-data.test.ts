/**
 * A quarterly report carries measures reported on another cycle: their quarter cells say so in
 * words ("Annual measure", "Reported annually", "Year end only", "Not due", "Due Q4"). No figure is
 * due for the quarter: the indicator is NO_DATA (SCORING.md: no actual for the latest period), not
 * NOT_SCORED with a warning asking the author to fix a cell that is not wrong. Words that are
 * neither a figure nor a cycle ("Fell sharply") stay NOT_SCORED.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import type { SourceCell } from '../../../src/core/model';
import { readValue } from '../../../src/core/values/read';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('measures reported on another cycle', () => {
  it.each([
    'Annual measure',
    'Annual indicator',
    'Reported annually',
    'Year end only',
    'Year-end measure',
    'Not due',
    'Not yet due',
    'Due Q4',
    'Survey due Q4',
    'Data due March 2024',
    'Annual survey measure',
    'Annual measure (reported in Q4)',
    'Reported at year end',
  ])('"%s" in the current quarter is No data, quoting the last figure', (words) => {
    const result = scoreSheet(
      buildSnapshot([
        ['Ref', 'Indicator', '2022/23 Outturn', '2023/24 Target', 'Q1', 'Q2', 'Q3', 'RAG'],
        ['C1', 'Sickness absence days per FTE', 9.8, 8.5, 2.1, 4.3, 6.9, ''],
        ['C2', 'Customer satisfaction with council services (%)', 72, 75, words, words, words, ''],
      ]),
      defaultRules(),
    );
    const sat = result.indicators.find((i) => i.source.name.startsWith('Customer satisfaction'));
    expect(sat?.status).toBe('NO_DATA');
    expect(result.warnings.some((w) => w.message.includes(words))).toBe(false);
    expect(result.indicators.find((i) => i.source.name.startsWith('Sickness'))?.status).toBe('GREEN');
  });

  it('words that are no figure and no cycle stay not a number', () => {
    const text = (value: string): SourceCell => ({
      cell: { row: 0, col: 0 },
      value,
      numberFormat: 'General',
      text: value,
    });
    expect(readValue(text('Fell sharply')).kind).toBe('not-number');
    expect(readValue(text('Annual leave')).kind).toBe('not-number');
    expect(readValue(text('N/A')).kind).toBe('not-number');
  });
});
