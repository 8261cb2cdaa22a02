import { buildWritePlan } from '../../../src/core/plan/build';
import type { DetectedTable } from '../../../src/core/detect/types';
import type { IndicatorSource, ScoredIndicator, Status } from '../../../src/core/model';
import { defaultRules } from '../../../src/core/rules/presets';
import { fingerprint } from '../../../src/core/state/fingerprint';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';

function snapshot(values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name: 'KPIs',
    top: 0,
    left: 0,
    values,
    numberFormats: values.map((r) => r.map(() => 'General')),
    merges: [],
    protected: false,
    ...extra,
  };
}

function scored(row: number, status: Status, cells: Partial<IndicatorSource>): ScoredIndicator {
  const source: IndicatorSource = {
    id: `KPIs!A${row + 1}`,
    sheet: 'KPIs',
    layout: 'register',
    table: 0,
    name: `Measure ${row}`,
    nameCell: { row, col: 0 },
    values: [],
    comparators: [],
    ...cells,
  };
  return {
    source,
    status,
    trend: 'MUCH_BETTER',
    polarity: 'higher',
    polaritySource: 'field',
    actual: null,
    target: null,
    previous: null,
    sameLastYear: null,
    varianceText: '1.5 above the target of 10',
    statusLabel: defaultRules().status[status].label,
    trendLabel: defaultRules().trends.MUCH_BETTER.label,
    notes: [],
  };
}

// A register: Measure | Target | Actual | Rag Status, two indicators, no trend/variance columns.
const grid: CellValue[][] = [
  ['Measure', 'Target', 'Actual', 'Rag Status'],
  ['Visits', 90, 95, 'Green'],
  ['Reviews', 80, 60, ''],
];
const table: DetectedTable = {
  index: 0,
  layout: 'register',
  range: { row: 0, col: 0, rowCount: 3, colCount: 4 },
  added: { headerRow: 0, status: 99, trend: 4, variance: 5 },
};
const inds = [
  scored(1, 'GREEN', {
    statusCell: { row: 1, col: 3 },
    trendCell: { row: 1, col: 4 },
    varianceCell: { row: 1, col: 5 },
  }),
  scored(2, 'RED', { statusCell: { row: 2, col: 3 }, trendCell: { row: 2, col: 4 }, varianceCell: { row: 2, col: 5 } }),
];

describe('buildWritePlan', () => {
  it('writes status words with their style, and headers for the columns it adds', () => {
    const rules = defaultRules();
    const plan = buildWritePlan(snapshot(grid), [table], inds, rules);
    const at = (r: number, c: number) => plan.writes.find((w) => w.cell.row === r && w.cell.col === c);
    expect(at(0, 4)?.text).toBe('Trend');
    expect(at(0, 5)?.text).toBe('Variance');
    expect(at(1, 3)?.text).toContain(rules.status.GREEN.label);
    expect(at(1, 3)?.style).toBe('status:GREEN');
    expect(plan.styles['status:RED'].fill).toBe(rules.status.RED.fill);
    expect(at(2, 5)?.text).toBe('1.5 above the target of 10');
    expect(plan.owned).toContain('D2');
    expect(plan.blocked).toBe(false);
    // The hand-typed "Green" in the table's own status column is kept for undo.
    expect(plan.undo.find((u) => u.cell.row === 1 && u.cell.col === 3)?.value).toBe('Green');
  });

  it('never writes a non-empty cell in a column it added unless that cell is ours', () => {
    const withNote = grid.map((r) => [...r]);
    withNote[1][5] = 'my own note';
    const plan = buildWritePlan(snapshot(withNote), [table], inds, defaultRules());
    expect(plan.writes.some((w) => w.cell.row === 1 && w.cell.col === 5)).toBe(false);
    expect(plan.skipped).toEqual(['F2']);

    // Recorded as ours with the fingerprint of what it holds (an older variance line): rewritten.
    const older = grid.map((r) => [...r]);
    older[1][5] = '2 below the target of 10';
    const ours = { owned: ['F2'], prints: new Map([['F2', fingerprint('2 below the target of 10')]]), mappings: [] };
    const again = buildWritePlan(snapshot(older), [table], inds, defaultRules(), ours);
    expect(again.writes.some((w) => w.cell.row === 1 && w.cell.col === 5)).toBe(true);

    // A fingerprint that matches text we would never write (forged, or a chance match) does not make it ours.
    const forged = { owned: ['F2'], prints: new Map([['F2', fingerprint('my own note')]]), mappings: [] };
    const notOurs = buildWritePlan(snapshot(withNote), [table], inds, defaultRules(), forged);
    expect(notOurs.writes.some((w) => w.cell.row === 1 && w.cell.col === 5)).toBe(false);

    // Recorded as ours, but it no longer holds what we wrote: left alone, and reported.
    const edited = {
      owned: ['F2'],
      prints: new Map([['F2', fingerprint('1.5 above the target of 10')]]),
      mappings: [],
    };
    const kept = buildWritePlan(snapshot(withNote), [table], inds, defaultRules(), edited);
    expect(kept.writes.some((w) => w.cell.row === 1 && w.cell.col === 5)).toBe(false);
    expect(kept.changed).toEqual(['F2']);
  });

  it('never writes over a formula, even one that shows nothing', () => {
    const plan = buildWritePlan(
      snapshot(grid, { formulaRanges: [{ row: 2, col: 3, rowCount: 1, colCount: 1 }] }),
      [table],
      inds,
      defaultRules(),
    );
    expect(plan.writes.some((w) => w.cell.row === 2 && w.cell.col === 3)).toBe(false);
    expect(plan.skipped).toContain('D3');
  });

  it('clears our cells that this scoring no longer fills, while they hold what we wrote, only where it puts outputs', () => {
    // E9 is in the trend column this scoring adds; G9 is in no column of ours (issue 23 item 9).
    const withOld = [...grid.map((r) => [...r]), [], [], [], [], [], ['', '', '', '', 'Red', '', 'Red']];
    const state = {
      owned: ['D2', 'E9', 'G9'],
      prints: new Map([
        ['D2', fingerprint('Green')],
        ['E9', fingerprint('Red')],
        ['G9', fingerprint('Red')],
      ]),
      mappings: [],
    };
    const plan = buildWritePlan(snapshot(withOld), [table], inds, defaultRules(), state);
    expect(plan.clears).toEqual([{ row: 8, col: 4 }]);
    expect(plan.undo.some((u) => u.cell.row === 8 && u.cell.col === 4)).toBe(true);
    expect(plan.ignoredClaims).toEqual(['G9']);
    expect(plan.owned).not.toContain('G9');
  });

  it('marks a protected sheet as blocked with a message that says what to do', () => {
    const plan = buildWritePlan(snapshot(grid, { protected: true }), [table], inds, defaultRules());
    expect(plan.blocked).toBe(true);
    expect(plan.blockedReason).toMatch(/protected.*wrote nothing/i);
  });

  it('adds the symbol before the word when the rules ask for symbols', () => {
    const rules = { ...defaultRules(), showSymbols: true };
    const plan = buildWritePlan(snapshot(grid), [table], inds, rules);
    const cell = plan.writes.find((w) => w.cell.row === 2 && w.cell.col === 3);
    expect(cell?.text).toBe(`${rules.status.RED.symbol} ${rules.status.RED.label}`);
  });
});
