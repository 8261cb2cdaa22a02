import { toA1 } from '../../../src/core/a1';
import fc from 'fast-check';
import { defaultRules } from '../../../src/core/rules/presets';
import {
  CHUNK_PREFIX,
  decodeState,
  emptyState,
  encodeState,
  MAX_CELL_CHARS,
  sheetState,
  STATE_MARKER,
  withoutSheetState,
  withSheetState,
} from '../../../src/core/state/codec';
import type { SheetState, UndoCell, WorkbookState } from '../../../src/core/state/types';
import { compactCells, expandCells } from '../../../src/core/state/compact';

function decodeOk(grid: unknown[][]): { state: WorkbookState; warnings: string[] } {
  const r = decodeState(grid);
  if (!r.ok) throw new Error(r.error);
  return { state: r.state, warnings: r.warnings };
}

/** A state of about `cells` undo cells whose text is hostile to spreadsheets. */
function bigState(cells: number): WorkbookState {
  const nasty = [
    '=SUM(A1:A9)',
    '+44 20',
    '-1',
    '@user',
    '"quoted"',
    'new\nline',
    'tab\there',
    'émoji 😀 ✓',
    '\u0000',
    '\ud800',
    "'apostrophe",
  ];
  const undo: UndoCell[] = [];
  const owned: string[] = [];
  for (let i = 0; i < cells; i++) {
    owned.push(`Z${i + 1}`);
    undo.push({
      cell: { row: i, col: i % 30 },
      value: i % 3 === 0 ? nasty[i % nasty.length] : i % 3 === 1 ? i * 1.5 : i % 2 === 0,
      numberFormat: i % 2 ? '0.0%' : 'General',
      style: i % 4 === 0 ? { fill: '#C6EFCE', fontColor: '#006100', bold: true } : undefined,
    });
  }
  let state: WorkbookState = { ...emptyState(), rules: defaultRules() };
  state = withSheetState(state, 'Performance Data', {
    owned,
    mappings: [{ range: 'A3:K40', orientation: 'columns', name: 0, target: 2, periods: [3, 4, 5], headerCount: 1 }],
    scoredAt: '2026-11-21T22:00:00.000Z',
    undo,
  });
  state = withSheetState(state, '=Sheet «2»', { owned: ['A1'], mappings: [] });
  return JSON.parse(JSON.stringify(state)) as WorkbookState;
}

/** Same length, one digit changed: only the checksum can tell. */
function flipDigit(chunk: string): string {
  const i = chunk.search(/[0-8]/);
  return chunk.slice(0, i) + String(Number(chunk[i]) + 1) + chunk.slice(i + 1);
}

describe('encodeState / decodeState', () => {
  it('an empty grid is an empty state', () => {
    expect(decodeOk([])).toEqual({ state: emptyState(), warnings: [] });
    expect(decodeOk([[], ['', '  '], []]).state).toEqual(emptyState());
  });

  it('round-trips the empty state and a small state', () => {
    expect(decodeOk(encodeState(emptyState())).state).toEqual(emptyState());
    const s = withSheetState(emptyState(), 'Sheet1', {
      owned: ['B2', 'C2'],
      mappings: [],
      scoredAt: '2026-01-01T00:00:00Z',
    });
    expect(decodeOk(encodeState(s))).toEqual({ state: s, warnings: [] });
  });

  it('writes a header row naming format and version, then chunks', () => {
    const grid = encodeState(emptyState());
    expect(grid[0][0]).toBe(STATE_MARKER);
    expect(grid[0][1]).toBe('v1');
    expect(grid[0]).toContain('chunks 1');
    expect(grid[1][0].startsWith(CHUNK_PREFIX)).toBe(true);
  });

  it('round-trips a large state (> 100,000 characters) in chunks of at most 30,000', () => {
    const state = bigState(3000);
    const grid = encodeState(state);
    const total = grid.slice(1).reduce((n, r) => n + r[0].length, 0);
    expect(total).toBeGreaterThan(100_000);
    expect(grid.length).toBeGreaterThan(4);
    for (const row of grid) for (const c of row) expect(c.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    const back = decodeOk(grid);
    expect(back.warnings).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('never writes a cell Excel would read as a formula, number, date or boolean', () => {
    const grid = encodeState(bigState(3000));
    const widths = new Set(grid.map((r) => r.length));
    expect(widths.size).toBe(1);
    for (const row of grid) {
      for (const c of row) {
        if (c === '') continue;
        expect(c).not.toMatch(/^[=+\-@]/);
        expect(c).not.toMatch(/^[\d.,]+$/);
        expect(c).not.toMatch(/^(true|false)$/i);
        expect(c).toMatch(/^[\x20-\x7e]+$/); // ASCII only: nothing for a host or XML writer to mangle
      }
    }
  });

  it('chunks stay formula-safe for any state content (property)', () => {
    fc.assert(
      fc.property(
        // Owned cells are A1 addresses (saved as ranges); order within the list carries no meaning.
        fc.uniqueArray(
          fc.record({ row: fc.nat(2000), col: fc.nat(700) }).map((r) => toA1(r)),
          { maxLength: 20 },
        ),
        fc.string({ unit: 'binary' }),
        (owned, name) => {
          const state = withSheetState(emptyState(), name, { owned, mappings: [] });
          const grid = encodeState(state);
          for (const row of grid.slice(1)) expect(row[0].startsWith(CHUNK_PREFIX)).toBe(true);
          for (const row of grid) for (const c of row) expect(c).not.toMatch(/^[=+\-@]/);
          expect([...sheetState(decodeOk(grid).state, name).owned].sort()).toEqual([...owned].sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads grids as hosts hand them back: offset, ragged, with numbers for blank-looking cells', () => {
    const grid = encodeState(bigState(200));
    const offset: unknown[][] = [[], ['', ...grid[0]], ...grid.slice(1).map((r) => ['', r[0]])];
    expect(decodeOk(offset).state).toEqual(bigState(200));
  });

  it('reports damage instead of throwing', () => {
    const grid = encodeState(bigState(3000));
    const cases: [string, unknown[][]][] = [
      ['not ours', [['Hello'], ['c{}']]],
      ['newer version', [[STATE_MARKER, 'v2'], ['c{}']]],
      ['no version', [[STATE_MARKER], ['c{}']]],
      ['missing chunk', grid.slice(0, grid.length - 1)],
      ['edited chunk', grid.map((r, i) => (i === 2 ? [flipDigit(r[0]), ...r.slice(1)] : r))],
      ['chunk without prefix', grid.map((r, i) => (i === 1 ? [r[0].slice(1), ...r.slice(1)] : r))],
      ['bad JSON', [[STATE_MARKER, 'v1'], ['c{"version":1,']]],
      ['JSON not an object', [[STATE_MARKER, 'v1'], ['c[1,2]']]],
      ['wrong state version', [[STATE_MARKER, 'v1'], ['c{"version":7,"sheets":{}}']]],
    ];
    for (const [why, g] of cases) {
      const r = decodeState(g);
      expect({ why, ok: r.ok }).toEqual({ why, ok: false });
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });

  it('never throws on garbage (property)', () => {
    const cellValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant(STATE_MARKER),
      fc.constant('v1'),
      fc.constant('c{"version":1}'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 6 }), (grid) => {
        expect(() => decodeState(grid)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    expect(decodeState(null as unknown as unknown[][]).ok).toBe(false);
    expect(decodeState([null, 'x', 5] as unknown as unknown[][]).ok).toBe(true);
  });

  it('keeps what is sound inside and warns about the rest', () => {
    const json = JSON.stringify({
      version: 1,
      sheets: {
        Good: {
          owned: ['A1', 5, 'B2'],
          mappings: [{ range: 'A1:C9', orientation: 'rows', name: 0, headerCount: 1 }, { range: 3 }],
          undo: [{ cell: { row: 0, col: 0 }, value: 'x', numberFormat: 'General' }, { cell: 'A1' }],
        },
        Bad: 'nope',
      },
      rules: { scheme: 'nonsense' },
      future: 'ignored',
    });
    const r = decodeOk([[STATE_MARKER, 'v1'], [CHUNK_PREFIX + json]]);
    expect(Object.keys(r.state.sheets)).toEqual(['Good']);
    expect(r.state.sheets.Good).toEqual({
      owned: ['A1', 'B2'],
      mappings: [{ range: 'A1:C9', orientation: 'rows', name: 0, headerCount: 1 }],
    });
    expect(r.state.rules).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(/owned/);
    expect(r.warnings.join('\n')).toMatch(/mappings\[1\]/);
    expect(r.warnings.join('\n')).toMatch(/undo/);
    expect(r.warnings.join('\n')).toMatch(/"Bad"/);
    expect(r.warnings.join('\n')).toMatch(/rules/);
  });

  it('keeps saved rules, filling fields added since with defaults', () => {
    const rules = defaultRules();
    const partial: Record<string, unknown> = { ...rules };
    delete partial.quarterFold;
    const json = JSON.stringify({ version: 1, sheets: {}, rules: partial });
    expect(decodeOk([[STATE_MARKER, 'v1'], [CHUNK_PREFIX + json]]).state.rules).toEqual(rules);
  });
});

describe('sheet state helpers', () => {
  const a: SheetState = { owned: ['A1'], mappings: [] };
  const b: SheetState = { owned: ['B2'], mappings: [], scoredAt: 'x' };

  it('returns an empty sheet state for unknown sheets, including inherited names', () => {
    const s = emptyState();
    expect(sheetState(s, 'Sheet1')).toEqual({ owned: [], mappings: [] });
    expect(sheetState(s, 'constructor')).toEqual({ owned: [], mappings: [] });
    expect(sheetState(s, 'toString')).toEqual({ owned: [], mappings: [] });
  });

  it('withSheetState is immutable and matches sheet names case-insensitively, as Excel does', () => {
    const s0 = emptyState();
    const s1 = withSheetState(s0, 'Data', a);
    expect(s0).toEqual(emptyState());
    expect(sheetState(s1, 'Data')).toBe(a);
    expect(sheetState(s1, 'DATA')).toBe(a);
    const s2 = withSheetState(s1, 'DATA', b);
    expect(Object.keys(s2.sheets)).toEqual(['DATA']);
    expect(sheetState(s1, 'Data')).toBe(a);
    expect(withoutSheetState(s2, 'data').sheets).toEqual({});
  });

  it('a sheet called __proto__ is an ordinary entry and survives the round trip', () => {
    const s = withSheetState(emptyState(), '__proto__', a);
    expect(Object.getPrototypeOf(s.sheets)).toBe(Object.prototype);
    expect(Object.keys(s.sheets)).toEqual(['__proto__']);
    const back = decodeOk(encodeState(s)).state;
    expect(Object.keys(back.sheets)).toEqual(['__proto__']);
    expect(sheetState(back, '__proto__')).toEqual(a);
  });

  it('keeps the rules when a sheet changes', () => {
    const s = withSheetState({ ...emptyState(), rules: defaultRules() }, 'X', a);
    expect(s.rules).toEqual(defaultRules());
  });
});

describe('compact cell lists', () => {
  it('saves a scoring of 5,000 indicators in a few hundred characters, and reads it back cell for cell', () => {
    const owned: string[] = [];
    const undo: UndoCell[] = [];
    for (let row = 4; row < 5004; row++) {
      for (const col of [14, 15, 16]) {
        owned.push(toA1({ row, col }));
        undo.push({ cell: { row, col }, value: '', numberFormat: 'General' });
      }
    }
    // One cell held the user's own words before: kept in full.
    undo[0] = { cell: { row: 4, col: 14 }, value: 'Green', numberFormat: 'General', style: { fill: '#00FF00' } };
    const state = withSheetState(emptyState(), 'KPIs', { owned, mappings: [], undo });
    const grid = encodeState(state);
    expect(grid.flat().join('').length).toBeLessThan(1000);
    const back = sheetState(decodeOk(grid).state, 'KPIs');
    expect(new Set(back.owned)).toEqual(new Set(owned));
    const key = (u: UndoCell) => `${u.cell.row},${u.cell.col}`;
    expect(new Map(back.undo!.map((u) => [key(u), u]))).toEqual(new Map(undo.map((u) => [key(u), u])));
  });
});

describe('compactCells', () => {
  it('gives ranges covering exactly the cells given, repeats and any order included', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.nat(40), col: fc.nat(6) }), { maxLength: 300 }), (cells) => {
        const ranges = compactCells(cells);
        const expanded = expandCells(ranges);
        expect(new Set(expanded).size).toBe(expanded.length);
        expect(new Set(expanded)).toEqual(new Set(cells.map(toA1)));
      }),
    );
  });
});
