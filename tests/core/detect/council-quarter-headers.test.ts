/**
 * Quarter columns as councils head them. A quarter beside any figure word ("Q1 Result", "Q2
 * Performance", "Q3 Value", "Qtr 4 Figure", "Q3 Cumulative") is that quarter's figure column, like "Q1 Actual":
 * the latest quarter with a value is current and the one before is the trend's reference. Before,
 * only the actual words (Actual, Outturn, Latest, YTD) carried their quarter, and "Q1 Result" ...
 * "Q4 Result" was read as one figure column, the first quarter's, for every row.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function read(quarters: string[]) {
  const rows: CellInput[][] = [
    ['Indicator', 'Polarity', 'Annual Target', ...quarters, 'RAG'],
    ['Average days to re-let council homes', 'Lower', 28, 30, 27, 29, ''],
    ['% of major planning applications determined within 13 weeks', 'Higher', 90, 92, 85, 95, ''],
    ['% of Council Tax collected', 'Higher', 97.5, 29.5, 57.8, '', ''],
  ];
  const result = scoreSheet(buildSnapshot(rows), defaultRules());
  const by = (prefix: string) => result.indicators.find((i) => i.source.name.startsWith(prefix))!;
  return { result, by };
}

describe('quarter columns under any figure word', () => {
  it.each([
    [['Q1 Result', 'Q2 Result', 'Q3 Result', 'Q4 Result']],
    [['Q1 Performance', 'Q2 Performance', 'Q3 Performance', 'Q4 Performance']],
    [['Q1 Value', 'Q2 Value', 'Q3 Value', 'Q4 Value']],
    [['Qtr 1 Figure', 'Qtr 2 Figure', 'Qtr 3 Figure', 'Qtr 4 Figure']],
    [['Q1 Cumulative', 'Q2 Cumulative', 'Q3 Cumulative', 'Q4 Cumulative']],
    [['Q1 Actual', 'Q2 Actual', 'Q3 Actual', 'Q4 Actual']],
    [['Qtr 1 2023-24', 'Qtr 2 2023-24', 'Qtr 3 2023-24', 'Qtr 4 2023-24']],
    [['Apr-Jun', 'Jul-Sep', 'Oct-Dec', 'Jan-Mar']],
    [['Quarter One', 'Quarter Two', 'Quarter Three', 'Quarter Four']],
  ])('%j: Q3 is current, Q2 the trend reference', (quarters) => {
    const { by } = read(quarters as string[]);
    const relet = by('Average days to re-let');
    expect(relet.actual?.value).toBe(29);
    expect(relet.previous?.value).toBe(27);
    expect(relet.status).toBe('AMBER');
    expect(relet.trend).toBe('NOT_BETTER');
    const planning = by('% of major planning');
    expect(planning.actual?.value).toBe(95);
    expect(planning.status).toBe('GREEN');
    expect(planning.trend).toBe('MUCH_BETTER');
    // No Q3 figure: No data for the current quarter, quoting Q2.
    const tax = by('% of Council Tax');
    expect(tax.status).toBe('NO_DATA');
    expect(tax.lastKnown?.reading.value).toBe(57.8);
  });
});
