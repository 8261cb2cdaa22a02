/**
 * One output per cell: where a second table read beside another would put its status, trend or
 * variance in a cell the first already writes, the later table does not write there and says so
 * (the robustness property test's counterexample).
 */
import { toA1 } from '../../../src/core/a1';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, dmy, pct, type CellInput } from '../../helpers/snapshot-builder';

test('two tables never share an output cell', () => {
  const d = dmy(2012, 6, 30);
  const rows: CellInput[][] = [
    ['Measure', 'September', 'October', 'Target', 'RAG'],
    [0, d, pct(0), pct(0), d, d, 'Measure'],
    ['Measure', pct(0), 0, 0, pct(0), pct(0), 'Measure'],
  ];
  const res = scoreSheet(buildSnapshot(rows), defaultRules());
  const cells = res.indicators.flatMap((i) =>
    [i.source.statusCell, i.source.trendCell, i.source.varianceCell].flatMap((c) => (c ? [toA1(c)] : [])),
  );
  expect(new Set(cells).size).toBe(cells.length);
});
