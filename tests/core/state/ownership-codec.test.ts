/** The state keeps a fingerprint per owned cell, and a hostile state cannot claim what is not ours. */
import { decodeState, emptyState, encodeState, withSheetState } from '../../../src/core/state/codec';
import { MAX_EXPANDED_CELLS } from '../../../src/core/state/compact';
import { fingerprint, holdsPrint } from '../../../src/core/state/fingerprint';
import type { WorkbookState } from '../../../src/core/state/types';

function decodeJson(json: unknown, sheets?: string[]): { state: WorkbookState; warnings: string[] } {
  const r = decodeState([['Scorelight state', 'v1', 'chunks 1'], [`c${JSON.stringify(json)}`]], { sheets });
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('fingerprints in the saved state', () => {
  it('round-trip per cell, one print per range when a range holds one text', () => {
    const owned: string[] = [];
    const prints = new Map<string, string>();
    for (let r = 2; r <= 5001; r++) {
      owned.push(`E${r}`, `F${r}`, `G${r}`);
      prints.set(`E${r}`, fingerprint(['Green', 'Amber', 'Red'][r % 3]));
      prints.set(`F${r}`, fingerprint('Much better'));
      prints.set(`G${r}`, fingerprint(`${r} above the target of 10`));
    }
    const state = withSheetState(emptyState(), 'KPIs', { owned, prints, mappings: [] });
    const grid = encodeState(state);
    const json = grid
      .slice(1)
      .map((r) => r[0].slice(1))
      .join('');
    // Bounded: four characters per owned cell, plus the ranges.
    expect(json.length).toBeLessThan(15_000 * 4 + 500);
    const back = decodeState(grid);
    if (!back.ok) throw new Error(back.error);
    expect(back.state.sheets.KPIs.owned).toHaveLength(15_000);
    expect(back.state.sheets.KPIs.prints).toEqual(prints);
  });

  it('holdsPrint is true only for the same text', () => {
    const p = fingerprint('Green');
    expect(holdsPrint('Green', p)).toBe(true);
    expect(holdsPrint('Green ', p)).toBe(false);
    expect(holdsPrint('', fingerprint(''))).toBe(false);
    expect(holdsPrint(5, p)).toBe(false);
  });

  it('a print string of the wrong length leaves its cells without prints (never cleared)', () => {
    const { state } = decodeJson({
      version: 1,
      sheets: { KPIs: { owned: ['A1:A3'], ownedPrints: ['abc'], mappings: [] } },
    });
    expect(state.sheets.KPIs.owned).toEqual(['A1', 'A2', 'A3']);
    expect(state.sheets.KPIs.prints).toEqual(new Map());
  });
});

describe('a hostile saved state', () => {
  it('drops entries naming another sheet', () => {
    const { state, warnings } = decodeJson({
      version: 1,
      sheets: { KPIs: { owned: ['Other!B2', "'Other'!C3", 'KPIs!D4', "'kpis'!E5", 'F6'], mappings: [] } },
    });
    expect(state.sheets.KPIs.owned).toEqual(['D4', 'E5', 'F6']);
    expect(warnings.join(' ')).toMatch(/not addresses on this sheet/);
  });

  it('drops ranges reaching outside the grid', () => {
    const { state } = decodeJson({ version: 1, sheets: { KPIs: { owned: ['A1048577', 'XFE1', 'ZZZ9999999', 'B2'] } } });
    expect(state.sheets.KPIs.owned).toEqual(['B2']);
  });

  it('caps the expansion of all sheets together, and entries of sheets that do not exist cost nothing', () => {
    const sheets: Record<string, unknown> = {};
    // 40 sheets each claiming a million cells: 40 million in a few KB.
    for (let i = 0; i < 40; i++) sheets[`S${i}`] = { owned: ['A1:A1000000'], undoBlank: ['B1:B1000000'], undo: [] };
    sheets.KPIs = { owned: ['E2:E4'], mappings: [] };
    const start = process.memoryUsage().heapUsed;
    const { state, warnings } = decodeJson({ version: 1, sheets });
    const total = Object.values(state.sheets).reduce((n, s) => n + s.owned.length + (s.undo?.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(MAX_EXPANDED_CELLS);
    expect(warnings.join(' ')).toMatch(/claims more cells/);
    expect(process.memoryUsage().heapUsed - start).toBeLessThan(1_500_000_000);

    // The same state read for a workbook that only has KPIs: the rest is never expanded.
    const live = decodeJson({ version: 1, sheets }, ['KPIs']);
    expect(Object.keys(live.state.sheets)).toEqual(['KPIs']);
    expect(live.state.sheets.KPIs.owned).toEqual(['E2', 'E3', 'E4']);
    expect(live.warnings).toEqual([]);
  });

  it('an undo record cut short by the cap is dropped whole', () => {
    const { state, warnings } = decodeJson({
      version: 1,
      sheets: { KPIs: { owned: [], undoBlank: ['A1:A10', 'B1:B10'], undo: [] } },
    });
    expect(state.sheets.KPIs.undo).toHaveLength(20);
    expect(warnings).toEqual([]);
    const r = decodeState(
      [
        ['Scorelight state', 'v1', 'chunks 1'],
        [
          `c${JSON.stringify({ version: 1, sheets: { KPIs: { owned: [], undoBlank: ['A1:A10', 'B1:B10'], undo: [] } } })}`,
        ],
      ],
      { maxCells: 15 },
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.state.sheets.KPIs.undo).toBeUndefined();
  });
});
