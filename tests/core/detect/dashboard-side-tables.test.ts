/**
 * A dashboard sheet of small tables: two side by side on one header row, each found by its content
 * (its corner header names a service, "Repairs", "Rents", not "Measure"), and a third below a
 * "Source:" note, headed by a service word, two quarters and a target. Each is read on its own, and
 * the one below is not read as the upper table's content.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, pct, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; tables: number } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Dashboard' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, tables: new Set(result.indicators.map((i) => i.source.table)).size };
}

const rows: CellInput[][] = [
  ['Housing services dashboard - Quarter 2 2023/24'],
  [],
  ['Repairs', 'Target', 'Actual', 'RAG', null, null, 'Rents', 'Target', 'Actual', 'RAG'],
  [
    'Emergency repairs completed in 24 hrs',
    pct(0.98),
    pct(0.991, 1),
    null,
    null,
    null,
    'Rent collected %',
    pct(0.985, 1),
    pct(0.979, 1),
  ],
  [
    'Urgent repairs completed in 7 days',
    pct(0.95),
    pct(0.921, 1),
    null,
    null,
    null,
    'Current tenant arrears £',
    1200000,
    1350000,
  ],
  ['Routine repairs average days', 20, 23.5, null, null, null, 'Rent loss from empty homes £', 450000, 430000],
  ['Total', null, null, null, null, null, 'Average'],
  [],
  [],
  ['Source: Housing management system, extracted 10/10/2023'],
  [],
  ['Voids', 'Q1', 'Q2', 'Target'],
  ['Average relet time (days)', 34, 29, 28],
  ['Void rent loss %', pct(0.021, 1), pct(0.018, 1), pct(0.015, 1)],
];

describe('a dashboard of small tables found by their content', () => {
  const { byName, tables } = score(rows);

  it('reads the table beside the first one on the same header row', () => {
    expect(byName['Rent collected %']?.status).toBe('AMBER');
    expect(byName['Current tenant arrears £']?.status).toBe('RED');
    expect(byName['Rent loss from empty homes £']?.status).toBe('GREEN');
  });

  it('reads a table headed by one role word and its quarters', () => {
    const relet = byName['Average relet time (days)'];
    expect(relet?.status).toBe('AMBER');
    expect(relet?.actual?.value).toBe(29);
    expect(relet?.trend).toBe('MUCH_BETTER');
    expect(byName['Void rent loss %']?.status).toBe('RED');
  });

  it("writes the upper table's status into its own RAG column: the table below is not its content", () => {
    const emergency = byName['Emergency repairs completed in 24 hrs'];
    expect(emergency?.status).toBe('GREEN');
    expect(emergency?.source.statusCell).toMatchObject({ row: 3, col: 3 });
    expect(tables).toBe(3);
  });
});
