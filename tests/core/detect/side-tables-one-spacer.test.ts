/**
 * Two directorates' tables side by side on one header row, one blank column between them, each
 * with its own "Measure" / "Indicator" header. A second names' header past a blank column starts
 * another table. Before: one blank column was read as a spacer inside the first table, so the
 * second table was never read (its indicators missing from the sheet's results).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('two tables one blank column apart', () => {
  const { result, by } = scoreRows([
    ['Adults', null, null, null, null, 'Children'],
    ['Measure', 'Target', 'Actual', 'RAG', null, 'Indicator', 'Target', 'Actual', 'RAG'],
    ['Reablement effective (%)', 80, 83, null, null, 'Child protection plans per 10,000', 40, 46, null],
    ['Delayed discharges', 20, 26, null, null, 'Care leavers in education or work (%)', 60, 58, null],
    ['Carers assessments completed', 200, 180, null, null, 'Adoptions completed', 20, 22, null],
  ]);

  it('reads both tables', () => {
    expect(result.indicators).toHaveLength(6);
    expect(by('Delayed discharges').status).toBe('RED');
    expect(by('Care leavers in education or work (%)').status).toBe('AMBER');
    expect(by('Adoptions completed').status).toBe('GREEN');
  });

  it('rates each table into its own RAG column', () => {
    expect(by('Delayed discharges').source.statusCell).toEqual({ row: 3, col: 3 });
    expect(by('Adoptions completed').source.statusCell).toEqual({ row: 4, col: 8 });
  });
});

describe("the first table's added columns stop at the second table", () => {
  it("writes both tables, the first one's trend in the spacer, nothing past it", () => {
    const { result, by } = scoreRows([
      ['Measure', 'Target', 'Actual', 'RAG', null, 'Indicator', 'Target', 'Actual', 'RAG'],
      ['Reablement effective (%)', 80, 83, null, null, 'Child protection plans per 10,000', 40, 46, null],
      ['Delayed discharges', 20, 26, null, null, 'Care leavers in education or work (%)', 60, 58, null],
    ]);
    expect(result.warnings.map((w) => w.message).join(' ')).not.toMatch(/shares output cells/);
    const delayed = by('Delayed discharges');
    expect(delayed.source.trendCell).toEqual({ row: 2, col: 4 });
    expect(delayed.source.varianceCell).toBeUndefined();
    expect(by('Care leavers in education or work (%)').source.statusCell).toEqual({ row: 2, col: 8 });
  });
});
