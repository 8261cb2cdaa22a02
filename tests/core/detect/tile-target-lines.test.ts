/**
 * KPI tiles with their lines (tile-lines.ts): under each figure a "Target: 90%" line and a "Last
 * month: 85%" line, as executive dashboards print them. The target line is the tile's target, the
 * earlier line its previous figure; a title with a bracketed aside ("(rolling 12m)") is still a
 * title; the "Target:" row is not warned about as a header without names.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, pct, type CellInput } from '../../helpers/snapshot-builder';

const rows: CellInput[][] = [
  ['Executive dashboard - September 2023'],
  [],
  ['Calls answered in 60s', null, 'Average speed of answer (secs)', null, 'Staff turnover (rolling 12m)'],
  [pct(0.87), null, 48, null, pct(0.131, 1)],
  ['Target: 90%', null, 'Target: 45', null, 'Target: 12%'],
  ['Last month: 85%', null, 'Last month: 52', null, 'Last month: 12.9%'],
];

describe('KPI tiles with target and last-month lines', () => {
  const result = scoreSheet(buildSnapshot(rows), defaultRules());
  const byName = Object.fromEntries(result.indicators.map((i) => [i.source.name, i]));

  it('rates each tile against the target line under it, with the trend from the earlier line', () => {
    expect(byName['Calls answered in 60s']).toMatchObject({ status: 'AMBER', trend: 'BIT_BETTER' });
    expect(byName['Calls answered in 60s'].target).toMatchObject({ kind: 'value', value: { value: 90 } });
    expect(byName['Calls answered in 60s'].previous?.value).toBe(85);
    expect(byName['Average speed of answer (secs)']).toMatchObject({ status: 'RED', trend: 'MUCH_BETTER' });
  });

  it('reads a title with a bracketed aside as a title', () => {
    expect(byName['Staff turnover (rolling 12m)']).toMatchObject({ status: 'RED', polarity: 'lower' });
    expect(byName['Staff turnover (rolling 12m)'].previous?.value).toBe(12.9);
  });

  it('does not warn that the row of target lines is a header without names', () => {
    expect(result.warnings.map((w) => w.message).join(' ')).not.toMatch(/looks like a table header/);
  });
});

describe('a line labelled by an earlier period', () => {
  it('"Q1: 44.2%" under a Q2 figure is the previous figure for the trend', () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Performance at a glance - Q2 2024/25'],
        [],
        ['Recycling rate', null, null, 'Sickness absence'],
        ['46.1%', null, null, '8.7 days'],
        ['Target: 45%', null, null, 'Target: 8 days'],
        ['Q1: 44.2%', null, null, '2023/24: 9.1 days'],
      ]),
      defaultRules(),
    );
    const byName = Object.fromEntries(result.indicators.map((i) => [i.source.name, i]));
    expect(byName['Recycling rate']).toMatchObject({ status: 'GREEN', trend: 'BIT_BETTER' });
    expect(byName['Recycling rate'].previous?.value).toBe(44.2);
    expect(byName['Sickness absence'].previous?.value).toBe(9.1);
  });

  it('a line of words and a figure that is no period stays unread ("Cases: 12")', () => {
    const result = scoreSheet(
      buildSnapshot([['Recycling rate'], ['46.1%'], ['Target: 45%'], ['Cases: 12']]),
      defaultRules(),
    );
    expect(result.indicators[0]?.previous ?? null).toBeNull();
  });
});
