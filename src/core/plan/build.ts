/**
 * Turns scored indicators into a write plan, enforcing ownership: a cell is written only when it
 * is one of ours already, is empty, or is a status/trend cell of the table's own status column or
 * row (its purpose is the status). A formula is never written over.
 */
import { cellNumber, parseA1, toA1 } from '../a1';
import type { DetectedTable } from '../detect/types';
import type { ScoredIndicator, Status, Trend } from '../model';
import type { Rules } from '../rules/types';
import type { CellRange, CellRef, SheetSnapshot } from '../snapshot';
import type { SheetState, UndoCell } from '../state/types';
import type { CellRole, CellStyle, CellWrite, WritePlan } from './types';

export const ADDED_HEADERS = { status: 'Status', trend: 'Trend', variance: 'Variance' } as const;
const ADDED_WIDTHS = { status: 14, trend: 14, variance: 50 } as const;

interface Grid {
  snapshot: SheetSnapshot;
  formula: Set<number>;
}

function formulaSet(ranges: CellRange[] | undefined): Set<number> {
  const set = new Set<number>();
  for (const r of ranges ?? []) {
    for (let i = 0; i < r.rowCount; i++)
      for (let j = 0; j < r.colCount; j++) set.add(cellNumber({ row: r.row + i, col: r.col + j }));
  }
  return set;
}

function valueAt(g: Grid, ref: CellRef): string | number | boolean {
  const row = g.snapshot.values[ref.row - g.snapshot.top];
  const v = row?.[ref.col - g.snapshot.left];
  return v === undefined ? '' : v;
}

function formatAt(g: Grid, ref: CellRef): string {
  return g.snapshot.numberFormats[ref.row - g.snapshot.top]?.[ref.col - g.snapshot.left] ?? 'General';
}

function isEmpty(g: Grid, ref: CellRef): boolean {
  const v = valueAt(g, ref);
  return (v === '' || v === null) && !g.formula.has(cellNumber(ref));
}

function statusStyle(rules: Rules, status: Status): CellStyle {
  const a = rules.status[status];
  return { fill: a.fill || undefined, fontColor: a.fontColor || undefined, bold: true };
}

function trendStyle(rules: Rules, trend: Trend): CellStyle {
  const a = rules.trends[trend];
  return { fill: a.fill || undefined, fontColor: a.fontColor || undefined };
}

function withSymbol(rules: Rules, symbol: string, label: string): string {
  return rules.showSymbols && symbol ? `${symbol} ${label}` : label;
}

/** Cells the table itself designates for status (existing status column/row), as opposed to columns we added. */
function nativeOutputCells(tables: DetectedTable[], indicators: ScoredIndicator[]): Set<number> {
  const addedCols = new Map<number, Set<number>>();
  for (const t of tables)
    if (t.added)
      addedCols.set(t.index, new Set([t.added.status, t.added.trend, t.added.variance].filter((c) => c !== undefined)));
  const native = new Set<number>();
  for (const ind of indicators) {
    const added = addedCols.get(ind.source.table);
    for (const ref of [ind.source.statusCell, ind.source.trendCell]) {
      if (ref && !(added && added.has(ref.col))) native.add(cellNumber(ref));
    }
  }
  return native;
}

export function buildWritePlan(
  snapshot: SheetSnapshot,
  tables: DetectedTable[],
  indicators: ScoredIndicator[],
  rules: Rules,
  state?: SheetState,
): WritePlan {
  const g: Grid = { snapshot, formula: formulaSet(snapshot.formulaRanges) };
  const previouslyOwned = new Map<number, CellRef>();
  for (const a1 of state?.owned ?? []) {
    const ref = parseA1(a1);
    if (ref) previouslyOwned.set(cellNumber(ref), ref);
  }
  const native = nativeOutputCells(tables, indicators);
  const styles: Record<string, CellStyle> = {};
  const writes: CellWrite[] = [];
  const written = new Set<number>();
  const skipped: string[] = [];
  const columnWidths: Record<number, number> = {};

  const write = (cell: CellRef, text: string, style: string, role: CellRole, styleDef: CellStyle): void => {
    const key = cellNumber(cell);
    if (written.has(key)) return;
    const ours = previouslyOwned.has(key);
    const allowed = ours || isEmpty(g, cell) || (native.has(key) && !g.formula.has(key));
    if (!allowed) {
      skipped.push(toA1(cell));
      return;
    }
    styles[style] = styleDef;
    writes.push({ cell, text, style, role });
    written.add(key);
  };

  for (const t of tables) {
    if (!t.added) continue;
    const header: CellStyle = { bold: true };
    for (const role of ['status', 'trend', 'variance'] as const) {
      const col = t.added[role];
      if (col === undefined) continue;
      write({ row: t.added.headerRow, col }, ADDED_HEADERS[role], 'header', 'header', header);
      columnWidths[col] = ADDED_WIDTHS[role];
    }
  }

  for (const ind of indicators) {
    const src = ind.source;
    if (src.statusCell) {
      const a = rules.status[ind.status];
      write(
        src.statusCell,
        withSymbol(rules, a.symbol, ind.statusLabel),
        `status:${ind.status}`,
        'status',
        statusStyle(rules, ind.status),
      );
    }
    if (src.trendCell && ind.trend) {
      const a = rules.trends[ind.trend];
      write(
        src.trendCell,
        withSymbol(rules, a.symbol, ind.trendLabel),
        `trend:${ind.trend}`,
        'trend',
        trendStyle(rules, ind.trend),
      );
    }
    if (src.varianceCell && ind.varianceText) {
      write(src.varianceCell, ind.varianceText, 'variance', 'variance', {});
    }
  }

  // Our cells from the last scoring that this one does not fill (an indicator removed, a trend gone):
  // clear them so no stale status survives.
  const clears: CellRef[] = [];
  for (const [key, ref] of previouslyOwned) if (!written.has(key)) clears.push(ref);

  const undo: UndoCell[] = [...writes.map((w) => w.cell), ...clears].map((cell) => ({
    cell,
    value: valueAt(g, cell),
    numberFormat: formatAt(g, cell),
  }));

  const owned = writes.map((w) => toA1(w.cell));
  const plan: WritePlan = {
    sheet: snapshot.name,
    writes,
    styles,
    clears,
    owned,
    columnWidths,
    undo,
    blocked: false,
  };
  if (snapshot.protected) {
    plan.blocked = true;
    plan.blockedReason = `Sheet "${snapshot.name}" is protected: Scorelight scored it but wrote nothing. Unprotect it (Review > Unprotect Sheet) and score again.`;
  }
  if (skipped.length > 0) {
    plan.skipped = skipped;
  }
  return plan;
}
