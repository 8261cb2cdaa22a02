/**
 * A council summary table that says per row when its figures are from: "Indicator | Latest period |
 * Latest data | Previous period | Previous data | Target". The period columns are the rows' own
 * labels (each indicator reports on its own cycle), not a time axis down the rows: every row is an
 * indicator, the latest figure is its actual and the previous one its trend reference, whatever
 * earlier word heads it ("Previous data", "Prior value", "Last year's outturn").
 */
import { scoreRows } from '../../helpers/score-by-name';
import type { CellInput } from '../../helpers/snapshot-builder';

const ROWS: CellInput[][] = [
  ['Delayed transfers of care (days per 100k)', 'Low', 'Q2 2023/24', 11.2, 'Q1 2023/24', 12.5, 10],
  ['Permanent admissions to care homes 65+ per 100k', 'Low', '2022/23', 560.1, '2021/22', 541.9, 550],
  ['% of adults with learning disability in paid employment', 'High', 'Sep-23', '5.1%', 'Jun-23', '4.8%', '6.0%'],
  ['Number of carers assessments completed', 'High', 'Q2 2023/24', '312', 'Q1 2023/24', '298', '300'],
];

function score(header: CellInput[]) {
  return scoreRows([header, ...ROWS]);
}

describe('per-row period labels beside an indicator column', () => {
  it.each([
    [['Indicator', 'Good performance', 'Latest period', 'Latest data', 'Previous period', 'Previous data', 'Target']],
    [['Indicator', 'Polarity', 'Reporting period', 'Value', 'Prior period', 'Prior value', 'Target']],
    [['Measure', 'Good performance', 'Period', 'Actual', 'Period', "Last year's outturn", 'Target']],
  ])('%j: one register, the latest figure rated and the previous one its trend', (header) => {
    const { result, by } = score(header as CellInput[]);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].layout).toBe('register');
    expect(result.indicators).toHaveLength(4);
    const dtoc = by('Delayed transfers of care (days per 100k)');
    expect(dtoc.actual?.value).toBe(11.2);
    expect(dtoc.target).toMatchObject({ kind: 'value', value: { value: 10 } });
    expect(dtoc.previous?.value).toBe(12.5);
    expect(dtoc.status).toBe('RED');
    expect(dtoc.trend).toBe('MUCH_BETTER');
    const carers = by('Number of carers assessments completed');
    expect(carers.status).toBe('GREEN');
    expect(carers.trend).toBe('BIT_BETTER');
  });
});
