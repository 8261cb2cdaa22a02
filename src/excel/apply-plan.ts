/**
 * Applies a WritePlan to the active sheet. Everything for a typical sheet goes in ONE sync, in
 * this order: the state (owned cells, undo record, time), the formatting backup for undo, column
 * widths, then the cells (a few range calls per output column, see cell-batches.ts). State comes
 * first so that whenever any cell has changed, "Undo last scoring" knows how to put it back.
 * A state too big to share a request goes first in syncs of its own (state-store.ts).
 * Nothing here lacks undo support once our two hidden sheets exist, so the caller can run it in
 * one undo group (score-active-sheet.ts makes the sheets beforehand).
 * A plan too big for one request is written in blocks; a block Excel refuses for its size is cut
 * in half and sent again (safe: a refused request applies nothing); any other failure part-way is
 * reported with how many blocks landed, never swallowed.
 */
import { parseA1, toA1 } from '../core/a1';
import type { WritePlan } from '../core/plan/types';
import type { SheetSnapshot } from '../core/snapshot';
import { sheetState, withSheetState } from '../core/state/codec';
import type { SheetAnchor, WorkbookState } from '../core/state/types';
import { chunkChanges, packBlocks, queueChunk, splitBlock, type CellChange } from './cell-batches';
import { CLEARED_PROPS, charsToPoints, styleProps } from './cell-format';
import type { XlContext } from './excel-api';
import { backupColumn, backupRanges, planBackup, queueFormatBackup, type BackupMarker } from './format-backup';
import { lookPrint, NO_LOOK } from './look-print';
import { isPayloadError, WRITE_BUDGET_BYTES } from './payload';
import { fitState, stateWriteSteps } from './state-store';
import { qualifiedAddress } from './sheet-address';
import { ourText } from './text-safety';

export interface ApplyInput {
  plan: WritePlan;
  snapshot: SheetSnapshot;
  state: WorkbookState;
  stateSheetExists: boolean;
  /** Where the current state sits in its sheet (state-store.ts stateColumn), null when none. */
  stateAt?: number | null;
  /** Worksheet.id and the table anchors, recorded with the sheet's state (core/state/types.ts). */
  sheetId?: string;
  anchors?: SheetAnchor[];
  backupSheetExists: boolean;
  /** The backups already kept, so this sheet reuses its own column and leaves the others alone. */
  backupMarkers?: BackupMarker[];
  /** No formatting backup (the workbook's structure is protected and the backup sheet is missing). */
  skipBackup?: boolean;
  /**
   * Ranges to select once written, queued with the last block (no extra sync): all of them where
   * RangeAreas.select is supported (ExcelApi 1.18, checked by the caller), else the first.
   */
  selectAfter?: { addresses: string[]; all: boolean };
  scoredAt: Date;
  onBlock?: (written: number, total: number) => void;
}

export interface ApplyResult {
  blocksTotal: number;
  blocksWritten: number;
  /** Set when a block failed: blocks before it were written. */
  error?: unknown;
  syncs: number;
  /** Sheets whose undo record was dropped to keep the saved state to a sane size. */
  undoDropped?: string[];
}

/** The cell changes a plan asks for: writes as text in Text-formatted cells, clears back to empty. */
export function planChanges(plan: WritePlan): CellChange[] {
  const changes: CellChange[] = plan.writes.map((w) => ({
    row: w.cell.row,
    col: w.cell.col,
    value: ourText(w.text),
    numberFormat: '@',
    props: styleProps(plan.styles[w.style]),
  }));
  for (const c of plan.clears) {
    changes.push({ row: c.row, col: c.col, value: '', numberFormat: 'General', props: CLEARED_PROPS });
  }
  return changes;
}

/**
 * The look code (look-print.ts) of every owned cell: what this scoring sets on each cell it writes;
 * NO_LOOK where it does not decide the look (a header copying its table's header look afterwards,
 * a cell kept as the user edited it).
 */
export function planLooks(plan: WritePlan): Record<string, string> {
  const looks: Record<string, string> = {};
  const codes = new Map<string, string>();
  for (const w of plan.writes) {
    let code = codes.get(w.style);
    if (code === undefined) {
      code = lookPrint(styleProps(plan.styles[w.style]));
      codes.set(w.style, code);
    }
    looks[toA1(w.cell)] = w.lookFrom ? NO_LOOK : code;
  }
  for (const a1 of plan.owned) if (!Object.hasOwn(looks, a1)) looks[a1] = NO_LOOK;
  return looks;
}

/** Columns to size: added columns that held none of our cells before (a user may have resized ours). */
function columnsToSize(plan: WritePlan, previouslyOwned: string[]): [number, number][] {
  const ownedCols = new Set<number>();
  for (const a1 of previouslyOwned) {
    const ref = parseA1(a1);
    if (ref) ownedCols.add(ref.col);
  }
  return Object.entries(plan.columnWidths)
    .map(([col, chars]): [number, number] => [Number(col), chars])
    .filter(([col]) => !ownedCols.has(col));
}

export async function applyPlan(context: XlContext, input: ApplyInput): Promise<ApplyResult> {
  const { plan, snapshot, state } = input;
  const sheet = plan.sheet;
  const before = sheetState(state, sheet);
  const fitted = fitState(
    withSheetState(state, sheet, {
      ...before,
      ...(input.sheetId ? { id: input.sheetId } : {}),
      anchors: input.anchors,
      owned: plan.owned,
      prints: plan.prints,
      looks: planLooks(plan),
      undo: plan.undo,
      scoredAt: input.scoredAt.toISOString(),
    }),
    sheet,
  );
  if (!fitted.ok) return { blocksTotal: 0, blocksWritten: 0, error: new Error(fitted.message), syncs: 0 };
  const encoded = fitted.encoded;
  const stateSteps = stateWriteSteps(input.stateSheetExists, encoded, input.stateAt ?? null);
  // A big state goes first, in syncs of its own; a small one rides with the first block of cells.
  const ownSyncs = stateSteps.length > 1 ? stateSteps : [];
  const withFirst = stateSteps.length > 1 ? null : stateSteps[0];

  const chunks = chunkChanges(planChanges(plan), WRITE_BUDGET_BYTES / 2, snapshot.merges);
  const backup = planBackup(
    sheet,
    input.scoredAt.toISOString(),
    backupColumn(input.backupMarkers ?? [], sheet),
    backupRanges(
      chunks.map((c) => ({ row: c.top, col: c.col, rowCount: c.rows, colCount: 1 })),
      snapshot.merges,
    ),
  );
  const blocks = packBlocks(chunks, WRITE_BUDGET_BYTES, (withFirst?.bytes ?? 0) + 300 * backup.slices.length);
  const pending = [...blocks];
  let written = 0;
  let syncs = 0;
  let firstDone = false;
  for (const step of ownSyncs) {
    step.queue(context);
    try {
      // One sync per step: each request must stay under Excel's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    } catch (error) {
      // No cell has changed yet; a state half written is still read as the old one (state-store.ts).
      return { blocksTotal: blocks.length, blocksWritten: 0, error, syncs: syncs + 1 };
    }
  }
  // Once, not per block: Microsoft advises against calling it in a loop (it lasts until the next sync).
  context.application.suspendScreenUpdatingUntilNextSync();
  while (pending.length > 0) {
    const block = pending.shift() as (typeof blocks)[number];
    // A fresh proxy per request: one made in a request Excel refused was never created.
    const ws = context.workbook.worksheets.getItem(sheet);
    if (!firstDone) {
      withFirst?.queue(context);
      if (!input.skipBackup) queueFormatBackup(context, input.backupSheetExists, backup);
      for (const [col, chars] of columnsToSize(plan, before.owned)) {
        ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(chars);
      }
    }
    for (const chunk of block) queueChunk(ws, chunk);
    // Our added headers take the table's own header look (fill, font, borders), once every cell is written.
    if (pending.length === 0)
      for (const w of plan.writes)
        if (w.lookFrom)
          ws.getRangeByIndexes(w.cell.row, w.cell.col, 1, 1).copyFrom(
            qualifiedAddress(sheet, { ...w.lookFrom, rowCount: 1, colCount: 1 }),
            'Formats',
          );
    const select = pending.length === 0 ? input.selectAfter : undefined;
    if (select && select.addresses.length > 0) {
      if (select.all) ws.getRanges(select.addresses.join(',')).select();
      else ws.getRange(select.addresses[0]).select();
    }
    try {
      // One sync per block is the point: each request must stay under Excel's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      syncs++;
      // Refused for its size: nothing of it was applied, so send it again in two halves.
      const halves = isPayloadError(error) ? splitBlock(block) : null;
      if (halves) {
        pending.unshift(...halves);
        continue;
      }
      return { blocksTotal: written + 1 + pending.length, blocksWritten: written, error, syncs };
    }
    firstDone = true;
    syncs++;
    written++;
    input.onBlock?.(written, written + pending.length);
  }
  return { blocksTotal: written, blocksWritten: written, syncs, undoDropped: fitted.dropped };
}
