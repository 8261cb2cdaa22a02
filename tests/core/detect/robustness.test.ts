/**
 * Any sheet, however odd: detection never throws, numbers its tables, and never plans two outputs
 * in one cell.
 */
import fc from 'fast-check';
import { toA1 } from '../../../src/core/a1';
import { detectSheet } from '../../../src/core/detect';
import type { CellValue } from '../../../src/core/snapshot';
import { buildSnapshot, dmy, mmmYY, pct, type CellInput } from '../../helpers/snapshot-builder';

const WORDS = [
  'Measure',
  'KPI',
  'Indicator',
  'Target',
  'Actual',
  'RAG',
  'Status',
  'Trend',
  'Variance',
  'Symbol',
  'Performance rating',
  'National average',
  'Polarity: Smaller is Better',
  'Owner: X Unit: %',
  'September',
  'October',
  'Q2 2020/21',
  'Prev. 6 months average',
  'EAST',
  'NI060 Percentage core',
  '2042SC: LAC per 10,000',
  '-',
  'N/A',
  '#DIV/0!',
  '80/85%',
  'Partnerships',
  'Comments',
  '',
];

const cell: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constantFrom<CellInput>(...WORDS, null, null, null),
  fc.integer({ min: -5, max: 2000 }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((v): CellInput => pct(v)),
  fc.constantFrom<CellInput>(dmy(2012, 6, 30), mmmYY(2016, 4), true as CellValue),
);

test('random sheets: no throw, valid table numbers, one output per cell', () => {
  let found = 0;
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), fc.boolean(), (random, seeded) => {
      // Half the sheets start from a real header so tables are found and then disturbed.
      const rows: CellInput[][] = seeded ? [['Measure', 'September', 'October', 'Target', 'RAG'], ...random] : random;
      const d = detectSheet(buildSnapshot(rows));
      if (d.indicators.length > 0) found++;
      const used = new Set<string>();
      // Cells read as inputs are never planned as outputs.
      const inputs = new Set<string>();
      for (const i of d.indicators) {
        const refs = [i.nameCell, i.target?.cell, i.baseline?.source.cell];
        for (const v of [...i.values, ...(i.targetsByPeriod ?? [])]) refs.push(v.source.cell);
        for (const c of i.comparators) refs.push(c.source.cell);
        for (const ref of refs) if (ref) inputs.add(toA1(ref));
      }
      for (const i of d.indicators) {
        expect(i.table).toBeGreaterThanOrEqual(0);
        expect(i.table).toBeLessThan(d.tables.length);
        for (const ref of [i.statusCell, i.trendCell, i.varianceCell]) {
          if (!ref) continue;
          const a1 = toA1(ref);
          expect(used.has(a1)).toBe(false);
          expect(inputs.has(a1)).toBe(false);
          used.add(a1);
        }
      }
      d.tables.forEach((t, k) => expect(t.index).toBe(k));
    }),
    { numRuns: 400 },
  );
  expect(found).toBeGreaterThan(50);
});

test('a header read from the row under the one that named the names never puts an output on a name', () => {
  // Found by the property above: "Performance rating" under "Measure" was the status column and the
  // names' column at once, so the status was planned over each name.
  const d = detectSheet(
    buildSnapshot([
      ['Measure', 'September', 'October', 'Target', 'RAG'],
      ['Performance rating', 'Trend'],
      ['Trend', '#DIV/0!'],
    ]),
  );
  for (const i of d.indicators)
    for (const ref of [i.statusCell, i.trendCell, i.varianceCell])
      if (ref) expect(toA1(ref)).not.toBe(toA1(i.nameCell));
});
