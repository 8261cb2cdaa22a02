/**
 * Monthly reports that give each indicator an Actual row and a Target row, the role in a column of
 * its own ("Rent collected (%) | Actual | 95.1 | ..." then "" or the name again | "Target" | 97 |
 * ...): one indicator per name, its figures from the Actual row, its target per month from the
 * Target row. Before, the Target rows were either dropped or read as indicators of their own.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

const DATA: [string, CellInput[], CellInput[]][] = [
  ['Average days to re-let council homes', [38, 36, 35, 33], [30, 30, 30, 30]],
  ['Rent collected (%)', [95.1, 96.0, 96.4, 96.8], [97, 97, 97, 97]],
  ['Repairs completed on time (%)', [88, 90, 87, 85], [92, 92, 92, 92]],
];

function score(rows: CellInput[][]): Map<string, ScoredIndicator> {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Monthly' }), defaultRules());
  return new Map(result.indicators.map((i) => [i.source.name, i]));
}

function expectRated(byName: Map<string, ScoredIndicator>): void {
  expect([...byName.keys()].sort()).toEqual(DATA.map(([n]) => n).sort());
  const relet = byName.get('Average days to re-let council homes')!;
  expect(relet.actual).toMatchObject({ value: 33 });
  expect(relet.target).toMatchObject({ kind: 'value', value: { value: 30 } });
  expect(relet.status).toBe('RED');
  expect(byName.get('Rent collected (%)')!.status).toBe('AMBER');
  expect(byName.get('Repairs completed on time (%)')!.previous).toMatchObject({ value: 87 });
}

describe('an Actual row and a Target row per indicator', () => {
  it('reads the pair where the Target row leaves the name blank', () => {
    const rows: CellInput[][] = [['Indicator', '', 'Apr-24', 'May-24', 'Jun-24', 'Jul-24']];
    for (const [name, actual, target] of DATA) rows.push([name, 'Actual', ...actual], ['', 'Target', ...target]);
    expectRated(score(rows));
  });

  it('reads the pair where both rows repeat the name beside a Measure column', () => {
    const rows: CellInput[][] = [['Indicator', 'Measure', 'Apr-24', 'May-24', 'Jun-24', 'Jul-24']];
    for (const [name, actual, target] of DATA) rows.push([name, 'Actual', ...actual], [name, 'Target', ...target]);
    expectRated(score(rows));
  });
});
