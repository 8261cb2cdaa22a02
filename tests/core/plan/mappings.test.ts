/** Issue 12 item 3: a saved mapping that would write over names or figures, or off the grid, is refused. */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { TableMapping } from '../../../src/core/state/types';
import { buildSnapshot } from '../../helpers/snapshot-builder';

const sheet = buildSnapshot(
  [
    ['Indicator', 'Target', 'Actual', 'Notes'],
    ['% calls answered', 90, 95, 'ok'],
    ['% visits in time', 80, 60, 'late'],
  ],
  { name: 'KPIs' },
);

function score(m: Partial<TableMapping>) {
  const mapping: TableMapping = {
    range: 'A1:D3',
    orientation: 'rows',
    name: 0,
    target: 1,
    actual: 2,
    headerCount: 1,
    ...m,
  };
  return scoreSheet(sheet, defaultRules(), { owned: [], mappings: [mapping] });
}

/** Cells the plan writes that held the user's content before. */
function overwritten(result: ReturnType<typeof score>): string[] {
  return result.plan.writes
    .filter((w) => {
      const v = sheet.values[w.cell.row]?.[w.cell.col];
      return v !== undefined && v !== '';
    })
    .map((w) => `${w.cell.row}:${w.cell.col}`);
}

describe('mapping validation', () => {
  it('a sound mapping scores as mapped', () => {
    const r = score({});
    expect(r.indicators.map((i) => i.source.layout)).toEqual(['mapped', 'mapped']);
    expect(overwritten(r)).toEqual([]);
  });

  it.each([
    ['the name', { status: 0 }, /status and the name in the same column/],
    ['the actual', { status: 2 }, /status and the actual in the same column/],
    ['the target', { status: 1 }, /status and the target in the same column/],
    ['a period', { actual: undefined, periods: [2, 1] }, /period 2 and the target in the same column/],
    ['outside the range', { status: 9 }, /status outside the table/],
  ])('status (or another role) on %s is refused with a message, and nothing is written over', (_, m, message) => {
    const r = score(m);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(message);
    expect(r.indicators.filter((i) => i.source.layout === 'mapped')).toEqual([]);
    expect(overwritten(r)).toEqual([]);
  });

  it.each([
    ['the whole grid', 'A1:XFD1048576', /no columns right of it/],
    ['past the last row', 'A1:D1048577', /past the last row or column/],
    ['past the last column', 'XFC1:XFE3', /past the last row or column|not a range/],
    ['another sheet', 'Other!A1:D3', /names another sheet/],
  ])('a range over %s is refused', (_, range, message) => {
    const r = score({ range });
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(message);
    for (const w of r.plan.writes) {
      expect(w.cell.row).toBeLessThan(1_048_576);
      expect(w.cell.col).toBeLessThan(16_384);
    }
  });

  it('a column mapping at the bottom of the grid has no room below and is refused', () => {
    const m: TableMapping = { range: 'A1048575:C1048576', orientation: 'columns', name: 0, actual: 1, headerCount: 1 };
    const r = scoreSheet(sheet, defaultRules(), { owned: [], mappings: [m] });
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/no rows below/);
    expect(r.plan.writes.every((w) => w.cell.row < 1_048_576)).toBe(true);
  });
});
