/**
 * Metrics across, months down, with target headers that shorten their metric's name: "Answered
 * target" beside "Calls answered %", "Abandoned target" beside "Abandoned %". The target names its
 * metric by some of its words; each metric is read once, rated against its own target, and a
 * "Year to date" row under the months is not the current month.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, pct, serial, type CellInput } from '../../helpers/snapshot-builder';

const month = (m: number): CellInput => ({
  v: serial(2023, m, 1),
  f: 'mmmm yyyy',
  t: `${['April', 'May', 'June', 'July', 'August'][m - 4]} 2023`,
});

const rows: CellInput[][] = [
  ['Contact centre performance 2023/24'],
  ['Month', 'Calls offered', 'Calls answered %', 'Answered target', 'Abandoned %', 'Abandoned target'],
  [month(4), 12000, pct(0.91), pct(0.9), pct(0.05), pct(0.06)],
  [month(5), 11800, pct(0.89), pct(0.9), pct(0.07), pct(0.06)],
  [month(6), 12500, pct(0.92), pct(0.9), pct(0.045, 1), pct(0.06)],
  [month(7), 13000, pct(0.88), pct(0.9), pct(0.08), pct(0.06)],
  [month(8), 12100, pct(0.86), pct(0.9), pct(0.065, 1), pct(0.06)],
  ['Year to date', 61400, pct(0.892, 1), pct(0.9), pct(0.062, 1), pct(0.06)],
  [],
  ['Source: telephony system'],
];

describe('metrics across with shortened target headers', () => {
  const result = scoreSheet(buildSnapshot(rows), defaultRules());
  const names = result.indicators.map((i) => i.source.name);
  const byName = Object.fromEntries(result.indicators.map((i) => [i.source.name, i]));

  it('reads each metric once, with its target', () => {
    expect(names.sort()).toEqual(['Abandoned %', 'Calls answered %', 'Calls offered']);
    expect(byName['Calls answered %'].target).toMatchObject({ kind: 'value', value: { value: 90 } });
    expect(byName['Abandoned %'].target).toMatchObject({ kind: 'value', value: { value: 6 } });
  });

  it('rates August, not the year-to-date row', () => {
    expect(byName['Calls answered %']).toMatchObject({ status: 'AMBER', trend: 'NOT_BETTER' });
    expect(byName['Calls answered %'].actual?.value).toBe(86);
    expect(byName['Abandoned %']).toMatchObject({ status: 'RED', polarity: 'lower', trend: 'MUCH_BETTER' });
    expect(byName['Calls offered'].status).toBe('NO_TARGET');
  });
});
