/**
 * Label cards on dashboards (label-cards.ts): a title, then a label and its one figure on each row
 * ("Target [$] | 400,000", "Actual [$] | 150,000"). One card is one indicator named by its title.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function run(rows: CellInput[][]) {
  return scoreSheet(buildSnapshot(rows, { name: 'Dashboard' }), defaultRules());
}

describe('label cards', () => {
  it('rates a card beside another block, named by its title, and writes nothing on the dashboard', () => {
    const result = run([
      ['Location', '2021', '2022', '', 'Revenue'],
      ['Leeds', 70, 110, '', 'Target [$]', 400000],
      ['York', 30, 19, '', 'Actual [$]', 150000],
      ['', '', '', '', 'Achieved [%]', 37.5],
    ]);
    const card = result.indicators.find((i) => i.source.name === 'Revenue');
    expect(card).toBeDefined();
    expect(card!.actual).toMatchObject({ value: 150000 });
    expect(card!.target).toMatchObject({ kind: 'value', value: { value: 400000 } });
    expect(card!.status).toBe('RED');
    expect(result.plan.writes.filter((w) => w.cell.col >= 4)).toHaveLength(0);
    expect(result.warnings.map((w) => w.message).join(' ')).toMatch(/has no Status row/);
  });

  it("writes the status in the card's Status row and trends against its Last year row", () => {
    const result = run([
      ['Complaints answered on time'],
      ['Target:', '95%'],
      ['Actual:', '96.5%'],
      ['Last year:', '91%'],
      ['Status:', ''],
    ]);
    expect(result.indicators).toHaveLength(1);
    const card = result.indicators[0];
    expect(card.status).toBe('GREEN');
    expect(card.previous).toMatchObject({ value: 91 });
    const status = result.plan.writes.find((w) => w.role === 'status');
    expect(status?.cell).toEqual({ row: 4, col: 1 });
  });

  it('reads a metric page of Target, Latest month and Previous month rows', () => {
    const result = run([
      ['Calls answered within 60 seconds (%)'],
      ['Target', '80%'],
      ['Latest month', '74%'],
      ['Previous month', '71%'],
    ]);
    expect(result.indicators).toHaveLength(1);
    expect(result.indicators[0].status).toBe('RED');
    expect(result.indicators[0].previous).toMatchObject({ value: 71 });
  });

  it('reads NHS cards side by side, the target named by its Standard', () => {
    const result = run([
      ['Emergency Department 4-hour performance', '', '', 'Cancer 62-day treatment', ''],
      ['Standard', '76%', '', 'Standard', '85%'],
      ['Latest month', '73.9%', '', 'Latest month', '68.2%'],
      ['Previous month', '72.1%', '', 'Previous month', '70.4%'],
      ['Status', '', '', 'Status', ''],
    ]);
    expect(result.indicators.map((i) => [i.source.name, i.status, i.trend])).toEqual([
      ['Emergency Department 4-hour performance', 'AMBER', 'BIT_BETTER'],
      ['Cancer 62-day treatment', 'RED', 'NOT_BETTER'],
    ]);
  });

  it('is no card without a target, nor where the rows run wider than a label and a figure', () => {
    expect(run([['Summary'], ['Actual', 120], ['Previous', 110]]).indicators).toHaveLength(0);
    const table = run([
      ['Measure', 'Q1', 'Q2'],
      ['Target', 10, 12],
      ['Actual', 9, 13],
    ]);
    expect(table.indicators.every((i) => i.source.layout !== 'card' || i.source.name !== 'Measure')).toBe(true);
  });
});
