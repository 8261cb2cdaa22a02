/**
 * Where the sheet has its own place for area ratings (a Performance rating row under the area
 * columns), each rated area's status is written there; a note typed along the row, or rules that
 * say "describe", leave the row alone. The user's area figures are never written.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { Rules } from '../../../src/core/rules/types';
import { buildSnapshot, mmmYY, pct, type CellInput } from '../../helpers/snapshot-builder';

/** Seed 001, April 2016: family assessments in timescale, with EAST / NWC / SOUTH. */
function block(ratingRow: CellInput[] = ['Performance rating']): CellInput[][] {
  return [
    ['Family assessments completed in timescale (45 working days incl. S47)'],
    [],
    [null, 'Prev. 6 months average', mmmYY(2016, 4), 'EAST', 'NWC', 'SOUTH'],
    ['No. inside', 736, 986, 320, 335, 276],
    ['Total', 878, 1121, 363, 394, 288],
    ['% Inside', pct(0.84), pct(0.88), pct(0.79), pct(0.85), pct(0.96)],
    ['Target', pct(0.82)],
    ratingRow,
    ['Trend'],
  ];
}

function writes(rows: CellInput[][], rules: Rules = defaultRules()) {
  const result = scoreSheet(buildSnapshot(rows, { name: 'April 2016' }), rules);
  return {
    result,
    writes: result.plan.writes.map((w): [number, number, string] => [w.cell.row, w.cell.col, w.text]),
  };
}

test('each area is rated against the target, and its status goes under its column in the rating row', () => {
  const { result, writes: w } = writes(block());
  const [ind] = result.indicators;
  expect(ind.areas?.text).toBe('EAST 79%, AMBER; NWC and SOUTH GREEN');
  expect(ind.areas?.outliers).toEqual(['EAST']);
  // Row 7 is "Performance rating": B7 the block's own status, D7:F7 the areas'.
  expect(w).toEqual(
    expect.arrayContaining([
      [7, 1, '● Green'],
      [7, 3, '▲ Amber'],
      [7, 4, '● Green'],
      [7, 5, '● Green'],
    ]),
  );
  // The figures themselves (row 5, B to F) are never written; the variance goes right of the block.
  expect(w.filter(([r, c]) => r === 5 && c <= 5)).toEqual([]);
  expect(result.plan.owned).toEqual(expect.arrayContaining(['D8', 'E8', 'F8']));
});

test('a note typed along the rating row keeps it free: nothing is written under the areas', () => {
  const { result, writes: w } = writes(block(['Performance rating', null, 'Note: Citywide Teams are not included']));
  expect(result.indicators[0].areas?.outliers).toEqual(['EAST']);
  expect(w.filter(([r, c]) => r === 7 && c >= 2)).toEqual([]);
  expect(result.warnings.filter((x) => /left as it is/.test(x.message))).toEqual([]);
});

test('rules that say "describe" write no area ratings', () => {
  const rules = defaultRules();
  rules.comparison = {
    scheme: 'against-target',
    inLine: { kind: 'percent-of-target', value: 5 },
    areaRatings: 'describe',
  };
  const { writes: w } = writes(block(), rules);
  expect(w.filter(([r, c]) => r === 7 && c >= 2)).toEqual([]);
  expect(w).toEqual(expect.arrayContaining([[7, 1, '● Green']]));
});

test('an area rating the author typed is left as it is', () => {
  const { writes: w } = writes(block(['Performance rating', null, null, 'AMBER']));
  expect(w.filter(([r, c]) => r === 7 && c >= 2)).toEqual([]);
});
