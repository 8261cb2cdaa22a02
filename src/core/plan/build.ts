/**
 * Turns scored indicators into a write plan, enforcing ownership: a cell is written only when it
 * is one of ours already (and still holds what we wrote, see ownership.ts), is empty, or is a
 * status/trend cell of the table's own status column or row (its purpose is the status). A formula
 * is never written over, nor a cell the scoring read (a name, target or figure). Every text is made
 * fit for a cell (text-limits.ts) before it is fingerprinted.
 */
import { cellNumber, toA1 } from '../a1';
import type { DetectedTable } from '../detect/types';
import { cellNumberOf } from '../detect/grid-period-cell';
import type { PeriodCell, ScoredIndicator, SourceCell, Status, Trend } from '../model';
import type { Rules } from '../rules/types';
import type { CellRange, CellRef, SheetSnapshot } from '../snapshot';
import type { SheetState, UndoCell } from '../state/types';
import { fingerprint } from '../state/fingerprint';
import { cellText } from '../text-limits';
import { addedColumnWidths, headerLookSource } from './added-columns';
import { areaStatusWrites } from './area-writes';
import { varianceRow } from './variance-row';
import { bareStatusWords } from './bare-words';
import { CellMask } from './cell-mask';
import { ClaimableCells } from './claims';
import { compactCells } from '../state/compact';
import { reconcileOwnership } from './ownership';
import type { CellRole, CellStyle, CellWrite, WritePlan } from './types';

export const ADDED_HEADERS = { status: 'Status', trend: 'Trend', variance: 'Variance' } as const;
/** Variance sentences wrap in their column instead of running across the sheet. */
const VARIANCE_STYLE: CellStyle = { wrap: true };

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

/** `make` asked once per key (a status, a trend) for one plan. */
function perKey<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let v = made.get(key);
    if (v === undefined) made.set(key, (v = make(key)));
    return v;
  };
}

/**
 * withSymbol for one plan, each distinct text made once: a sheet's statuses and trends are a
 * handful of texts, and one string per cell written would live as long as the plan.
 */
function symbolTexts(rules: Rules): (symbol: string, label: string) => string {
  const made = new Map<string, Map<string, string>>();
  return (symbol, label) => {
    let bySymbol = made.get(symbol);
    if (!bySymbol) made.set(symbol, (bySymbol = new Map()));
    let text = bySymbol.get(label);
    if (text === undefined) bySymbol.set(label, (text = withSymbol(rules, symbol, label)));
    return text;
  };
}

/** Marks the cells of a series; a grid cell gives its number without making a CellRef for it. */
function addCells(set: CellMask, cells: readonly PeriodCell[]): void {
  for (let i = 0; i < cells.length; i++) set.add(cellNumberOf(cells[i].source));
}

/** Cells the scoring read (names, targets, figures): never an output, whatever a state or mapping says. */
function inputCells(snapshot: SheetSnapshot, indicators: ScoredIndicator[]): CellMask {
  const set = new CellMask(snapshot);
  const add = (src: SourceCell | undefined): void => {
    if (src) set.add(cellNumberOf(src));
  };
  // Indexed loops: this runs once per sheet over every figure cell, often before it is optimised,
  // where each step of a for-of makes an iterator result.
  for (let i = 0; i < indicators.length; i++) {
    const s = indicators[i].source;
    if (s.nameCell) set.add(cellNumber(s.nameCell));
    add(s.target);
    add(s.baseline?.source);
    addCells(set, s.values);
    if (s.targetsByPeriod) addCells(set, s.targetsByPeriod);
    for (let j = 0; j < s.comparators.length; j++) add(s.comparators[j].source);
  }
  return set;
}

/** Cells the table itself designates for status (existing status column/row), as opposed to columns we added. */
function nativeOutputCells(snapshot: SheetSnapshot, tables: DetectedTable[], indicators: ScoredIndicator[]): CellMask {
  const addedCols = new Map<number, Set<number>>();
  for (const t of tables)
    if (t.added)
      addedCols.set(t.index, new Set([t.added.status, t.added.trend, t.added.variance].filter((c) => c !== undefined)));
  const native = new CellMask(snapshot);
  const mark = (ref: CellRef | undefined, added: Set<number> | undefined): void => {
    if (ref && !(added && added.has(ref.col))) native.add(cellNumber(ref));
  };
  for (let i = 0; i < indicators.length; i++) {
    const s = indicators[i].source;
    const added = addedCols.get(s.table);
    mark(s.statusCell, added);
    mark(s.trendCell, added);
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
  const ownership = reconcileOwnership(snapshot, state, rules);
  const previouslyOwned = ownership.writable;
  const inputs = inputCells(snapshot, indicators);
  const native = nativeOutputCells(snapshot, tables, indicators);
  const styles: Record<string, CellStyle> = {};
  const writes: CellWrite[] = [];
  const written = new CellMask(snapshot);
  const skipped: string[] = [];
  // Status, trend and header texts are a handful repeated on every row: each made fit once.
  const fitted = new Map<string, string>();
  const fit = (text: string, role: CellRole): string => {
    if (role === 'variance') return cellText(text);
    let t = fitted.get(text);
    if (t === undefined) fitted.set(text, (t = cellText(text)));
    return t;
  };

  const write = (
    cell: CellRef,
    text: string,
    style: string,
    role: CellRole,
    styleDef: CellStyle,
    lookFrom?: CellRef,
  ): void => {
    const key = cellNumber(cell);
    // A cell we wrote that the user has since edited is theirs (reported by changedWarnings).
    if (written.has(key) || ownership.edited.has(key)) return;
    const ours = previouslyOwned.has(key) || (!g.formula.has(key) && ownership.oursByContent(valueAt(g, cell)));
    const allowed = ours || isEmpty(g, cell) || (native.has(key) && !g.formula.has(key));
    if (!allowed || inputs.has(key)) {
      skipped.push(toA1(cell));
      return;
    }
    styles[style] = styleDef;
    // No spread of an optional field: one object per write, 30,000 of them on a large sheet.
    const w: CellWrite = { cell, text: fit(text, role), style, role };
    if (lookFrom) w.lookFrom = lookFrom;
    writes.push(w);
    written.add(key);
  };

  for (const t of tables) {
    if (!t.added) continue;
    const header: CellStyle = { bold: true };
    const lookFrom = headerLookSource(snapshot, t);
    for (const role of ['status', 'trend', 'variance'] as const) {
      const col = t.added[role];
      if (col === undefined) continue;
      write({ row: t.added.headerRow, col }, ADDED_HEADERS[role], 'header', 'header', header, lookFrom);
    }
  }

  const isFormula = (ref: CellRef): boolean => g.formula.has(cellNumber(ref));
  const wroteBefore = (ref: CellRef): boolean => previouslyOwned.has(cellNumber(ref));
  const bare = bareStatusWords(snapshot, indicators);
  const symbolText = symbolTexts(rules);
  // A style's name and look depend on the status (or trend) alone: made once each, not per cell.
  const statusLook = perKey((status: Status) => ({ name: `status:${status}`, style: statusStyle(rules, status) }));
  const trendLook = perKey((trend: Trend) => ({ name: `trend:${trend}`, style: trendStyle(rules, trend) }));
  for (const ind of indicators) {
    const src = ind.source;
    if (src.statusCell) {
      const a = rules.status[ind.status];
      const look = statusLook(ind.status);
      write(
        src.statusCell,
        bare(ind) ? ind.statusLabel : symbolText(a.symbol, ind.statusLabel),
        look.name,
        'status',
        look.style,
      );
    }
    if (src.trendCell && ind.trend) {
      const a = rules.trends[ind.trend];
      const look = trendLook(ind.trend);
      write(src.trendCell, symbolText(a.symbol, ind.trendLabel), look.name, 'trend', look.style);
    }
    if (src.varianceCell && ind.varianceText) {
      const row = varianceRow(snapshot, tables, src, isFormula, wroteBefore);
      if (row) {
        // A card's or block's own row under it: a heading like its row labels, the sentence running
        // across the table's empty cells (not wrapped into one narrow column).
        write(row.heading, ADDED_HEADERS.variance, 'header', 'header', { bold: true }, row.lookFrom);
        write(row.text, ind.varianceText, 'variance:row', 'variance', {});
      } else write(src.varianceCell, ind.varianceText, 'variance', 'variance', VARIANCE_STYLE);
    }
    // Only a row with area ratings has any to write: the rest skip making an empty list each.
    if (ind.areas?.ratings?.length)
      for (const w of areaStatusWrites(ind, rules)) write(w.cell, w.text, w.style, 'status', w.styleDef);
  }

  // Our cells from the last scoring that this one does not fill (an indicator removed, a trend gone):
  // clear them so no stale status survives, but only those still holding exactly what we wrote, and
  // only where this scoring puts outputs (claims.ts): a state edited to claim a user's column is not obeyed.
  const clears: CellRef[] = [];
  const ignored: CellRef[] = [...ownership.refused];
  // Only a cell of ours from before asks where the outputs are: a first scoring skips collecting them.
  let claimable: ClaimableCells | undefined;
  const ourHeader = (ref: CellRef): boolean =>
    written.has(cellNumber(ref)) || (Object.values(ADDED_HEADERS) as string[]).includes(String(valueAt(g, ref)));
  for (const [key, ref] of previouslyOwned) {
    if (written.has(key) || !ownership.clearable.has(key)) continue;
    if (!inputs.has(key) && (claimable ??= new ClaimableCells(tables, indicators, ourHeader)).has(ref))
      clears.push(ref);
    else ignored.push(ref);
  }

  // One loop over the writes then the clears: no intermediate arrays of cells.
  const undo: UndoCell[] = [];
  const before = (cell: CellRef): void => {
    undo.push({ cell, value: valueAt(g, cell), numberFormat: formatAt(g, cell) });
  };
  for (let i = 0; i < writes.length; i++) before(writes[i].cell);
  for (let i = 0; i < clears.length; i++) before(clears[i]);

  const owned: string[] = [];
  const prints = new Map<string, string>();
  // Statuses and trends repeat a few texts: each is fingerprinted once, and its print string shared.
  const printOf = new Map<string, string>();
  for (let i = 0; i < writes.length; i++) {
    const w = writes[i];
    const a1 = toA1(w.cell);
    owned.push(a1);
    let print: string | undefined;
    if (w.role === 'variance') print = fingerprint(w.text);
    else if ((print = printOf.get(w.text)) === undefined) printOf.set(w.text, (print = fingerprint(w.text)));
    prints.set(a1, print);
  }
  // A cell of ours the user has edited stays recorded with what we wrote: every later scoring
  // finds it edited again and leaves it alone (a table's own status column would be rewritten).
  for (const [a1, print] of ownership.editedPrints) {
    owned.push(a1);
    prints.set(a1, print);
  }
  const columnWidths = addedColumnWidths(tables, writes, styles);
  const plan: WritePlan = {
    sheet: snapshot.name,
    writes,
    styles,
    clears,
    owned,
    prints,
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
  if (ownership.changed.length > 0) plan.changed = ownership.changed;
  if (ignored.length > 0) plan.ignoredClaims = compactCells(ignored);
  return plan;
}
