/**
 * Tables stacked on one sheet, each with its own header: the content that settles a column's role
 * is the content of its own table, down to where the table ends (two blank rows), not the next
 * table's cells in the same column. Before, an empty "Status" column of the first table was read
 * as holding the second table's targets (so not a status column), and the arrows of a "Good
 * Performance" column were outvoted by the words below them (so not a direction column).
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('tables stacked on one sheet', () => {
  it("each table's columns are read from its own rows", () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Table 1: Housing'],
        ['Performance Indicator', 'Good Performance', '2022/23 Actual', '2023/24 Target', '2023/24 Actual', 'Status'],
        ['Tenancy sustainment rate', '↑', 91, 93, 92.5, ''],
        ['Void rent loss (£)', '↓', 310000, 280000, 292000, ''],
        ['Homes improved to Decent Homes standard', '↑', 410, 450, 390, ''],
        [],
        [],
        ['Table 2: Customer services'],
        ['Measure', 'Aim', 'Apr-23', 'May-23', 'Jun-23', 'Target', 'RAG'],
        ['Calls answered (%)', 'Higher', 88, 91, 93, 90, ''],
        ['Complaints upheld (%)', 'Lower', 12, 9, 15, 10, ''],
        ['Online transactions (number)', 'Higher', '12,400', '13,100', '12,950', '13,000', ''],
      ]),
      defaultRules(),
    );
    const by = (name: string) => result.indicators.find((i) => i.source.name === name)!;
    const tenancy = by('Tenancy sustainment rate');
    expect(tenancy.polaritySource).toBe('field');
    expect(tenancy.source.statusCell).toMatchObject({ row: 2, col: 5 });
    const voids = by('Void rent loss (£)');
    expect(voids.polaritySource).toBe('field');
    expect(voids.polarity).toBe('lower');
    expect(voids.status).toBe('AMBER');
    expect(by('Complaints upheld (%)').status).toBe('RED');
  });
});
