/**
 * THE scoring path of the Excel add-in: the ribbon's "Score this sheet" and the pane's Score
 * button both call scoreActiveSheet. Two runs:
 * 1. read (1 sync for a typical sheet) and score with the rules saved in the workbook (or the
 *    defaults); the first time in a workbook, also make Scorelight's two very hidden sheets
 *    (1 more sync). Never an undo group: hiding a sheet has no undo support on Windows and Mac.
 * 2. apply the plan (1 sync for a typical sheet), merged into one undo step where ExcelApi 1.20
 *    allows, with no call that lacks undo support. Should Excel still refuse to group it
 *    (UndoNotSupported), it is written again ungrouped and the message says so.
 */
import type { Progress, ScoreOutcome } from '../core/host';
import { rangeToA1 } from '../core/a1';
import { emptyResult, scoreSheet, type SheetResult } from '../core/pipeline';
import type { CellRange } from '../core/snapshot';
import { defaultRules } from '../core/rules/presets';
import { toA1 } from '../core/a1';
import { sheetState, withSheetState } from '../core/state/codec';
import { recoveredSheetState } from '../core/state/recover';
import { fingerprint } from '../core/state/fingerprint';
import { keyBySheetId, withoutGoneSheets } from '../core/state/keying';
import { STATE_SHEET_NAME, type SheetAnchor, type WorkbookState } from '../core/state/types';
import type { SheetSnapshot } from '../core/snapshot';
import { applyPlan, type ApplyResult } from './apply-plan';
import type { XlContext } from './excel-api';
import type { ExcelEnv } from './excel-env';
import { addHidden, FORMAT_BACKUP_SHEET } from './format-backup';
import { officeExcelEnv } from './office-env';
import {
  errorText,
  failedBeforeWriteMessage,
  failedFirstBlockMessage,
  nothingFoundMessage,
  partialMessage,
  scoredMessage,
  stateNameTakenMessage,
  structureProtectedMessage,
  undoDroppedNote,
  ungroupedNote,
} from './outcome-messages';
import { isUndoNotSupported } from './payload';
import { readActiveSheet, type SheetRead } from './read-sheet';
import { supportsAreaSelect, supportsMergeUndo, unsupportedExcelMessage } from './requirements';
import { stateColumn, stateFromGrid } from './state-store';

export interface ScoreOptions {
  env?: ExcelEnv;
  onProgress?: (p: Progress) => void;
  /** The scoring time recorded in the workbook (tests pin it). */
  now?: () => Date;
  /** Select the status cells once written: the ribbon command's feedback (ribbon-command.ts). */
  selectStatusCells?: boolean;
}

/** The status cells as runs (["E2:E9", "E12:E20"]), kept under getRanges' 8,192 characters. */
export function statusAddresses(result: SheetResult): string[] {
  const cells = result.plan.writes.filter((w) => w.role === 'status').map((w) => w.cell);
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: CellRange[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.row + last.rowCount === c.row) last.rowCount++;
    else runs.push({ row: c.row, col: c.col, rowCount: 1, colCount: 1 });
  }
  const out: string[] = [];
  let length = 0;
  for (const r of runs) {
    const a1 = rangeToA1(r);
    length += a1.length + 1;
    if (length > 8000) break;
    out.push(a1);
  }
  return out;
}

/** A few KPI name cells, first, last and spread between, with their text's fingerprint (core/state/types.ts). */
export function tableAnchors(result: SheetResult, snapshot: SheetSnapshot): SheetAnchor[] {
  const cells = result.indicators.map((i) => i.source.nameCell);
  if (cells.length === 0) return [];
  const picks = new Set<number>([0, cells.length - 1]);
  for (let k = 1; k < 7; k++) picks.add(Math.floor((k * (cells.length - 1)) / 7));
  const out: SheetAnchor[] = [];
  for (const i of [...picks].sort((a, b) => a - b)) {
    const c = cells[i];
    const v = snapshot.values[c.row - snapshot.top]?.[c.col - snapshot.left];
    if (v === undefined || v === null || v === '') continue;
    out.push({ cell: toA1(c), print: fingerprint(String(v)) });
  }
  return out;
}

/** What the read-and-score run hands to the writing run. */
type Prepared =
  | { done: ScoreOutcome }
  | {
      done?: undefined;
      read: SheetRead;
      state: WorkbookState;
      result: SheetResult;
      scoredAt: Date;
      stateSheetExists: boolean;
      backupSheetExists: boolean;
    };

/**
 * Read and score, then make our two very hidden sheets if they are missing. This run is never an
 * undo group: Worksheet.visibility has no undo support on Windows and Mac, and inside
 * Excel.run({ mergeUndoGroup: true }) it fails with UndoNotSupported.
 */
async function prepare(
  context: XlContext,
  options: ScoreOptions,
  progress: (p: Progress) => void,
  makeSheets: boolean,
  named: (sheet: string) => void,
): Promise<Prepared> {
  progress({ phase: 'reading' });
  const read = await readActiveSheet(context);
  const sheet = read.snapshot.name;
  named(sheet);
  if (read.refusal) return { done: { result: emptyResult(sheet), written: false, message: read.refusal } };

  progress({ phase: 'scoring' });
  let state = keyBySheetId(
    withoutGoneSheets(stateFromGrid(read.stateGrid), read.liveSheets),
    sheet,
    read.sheetId || undefined,
  );
  // Both hidden sheets gone (Document Inspector removes hidden sheets): find our cells again by
  // what they say, so earlier statuses are re-scored rather than left stale.
  const lost = !read.stateSheetExists && !read.backupSheetExists;
  const recovered = lost ? recoveredSheetState(read.snapshot) : null;
  if (recovered) state = withSheetState(state, sheet, recovered);
  const rules = state.rules ?? defaultRules();
  const result = scoreSheet(read.snapshot, rules, sheetState(state, sheet));
  const scoredAt = (options.now ?? (() => new Date()))();
  if (result.plan.blocked) {
    return {
      done: {
        result,
        written: false,
        message: result.plan.blockedReason ?? `"${sheet}" cannot be written to. Nothing was written.`,
      },
    };
  }
  if (result.plan.writes.length === 0 && result.plan.clears.length === 0) {
    const message = result.indicators.length === 0 ? nothingFoundMessage(sheet) : `Nothing to write on "${sheet}".`;
    return { done: { result, written: false, message } };
  }
  if (read.stateNameTaken) return { done: { result, written: false, message: stateNameTakenMessage() } };
  // No new sheet can be added: without the state sheet nothing may be written (ownership and
  // undo live there); without the formatting backup, undo falls back to the recorded styles.
  if (read.structureProtected && !read.stateSheetExists)
    return { done: { result, written: false, message: structureProtectedMessage(sheet) } };

  let stateSheetExists = read.stateSheetExists;
  let backupSheetExists = read.backupSheetExists;
  const needBackup = !backupSheetExists && !read.structureProtected;
  if (makeSheets && (!stateSheetExists || needBackup)) {
    if (!stateSheetExists) addHidden(context, STATE_SHEET_NAME);
    if (needBackup) addHidden(context, FORMAT_BACKUP_SHEET);
    await context.sync();
    stateSheetExists = true;
    backupSheetExists = backupSheetExists || needBackup;
  }
  return { read, state, result, scoredAt, stateSheetExists, backupSheetExists };
}

export async function scoreActiveSheet(options: ScoreOptions = {}): Promise<ScoreOutcome> {
  const env = options.env ?? officeExcelEnv();
  const progress = options.onProgress ?? (() => undefined);
  const tooOld = unsupportedExcelMessage(env);
  if (tooOld) return { result: emptyResult(''), written: false, message: tooOld };
  // Asked again before each run: a requirement-set check covers the run it was made for.
  const groupable = supportsMergeUndo(env);

  let sheet = 'this sheet';
  let prepared: Prepared;
  try {
    prepared = await env.run((context) => prepare(context, options, progress, groupable, (name) => (sheet = name)), {
      delayForCellEdit: true,
    });
  } catch (error) {
    return { result: emptyResult(sheet), written: false, message: failedBeforeWriteMessage(sheet, errorText(error)) };
  }
  if (prepared.done) return prepared.done;
  const { read, state, result, scoredAt } = prepared;
  sheet = read.snapshot.name;

  const write = (context: XlContext): Promise<ApplyResult> => {
    progress({ phase: 'writing', fraction: 0 });
    return applyPlan(context, {
      plan: result.plan,
      snapshot: read.snapshot,
      state,
      stateSheetExists: prepared.stateSheetExists,
      stateAt: stateColumn(read.stateGrid),
      sheetId: read.sheetId || undefined,
      anchors: tableAnchors(result, read.snapshot),
      backupSheetExists: prepared.backupSheetExists,
      backupMarkers: read.backupMarkers,
      skipBackup: read.structureProtected && !prepared.backupSheetExists,
      selectAfter: options.selectStatusCells
        ? { addresses: statusAddresses(result), all: supportsAreaSelect(env) }
        : undefined,
      scoredAt,
      onBlock: (done, total) => progress({ phase: 'writing', fraction: done / total }),
    });
  };
  let applied: ApplyResult;
  let ungrouped = false;
  try {
    // The writes alone, one undo step where ExcelApi 1.20 allows: one Ctrl+Z puts the sheet back.
    const grouped = supportsMergeUndo(env);
    applied = await env.run(write, { mergeUndoGroup: grouped, delayForCellEdit: true });
    if (grouped && isUndoNotSupported(applied.error)) {
      // Excel would not group a call after all: write again as ordinary steps (every write is a
      // plain overwrite, so what landed before the refusal is simply written again).
      ungrouped = true;
      applied = await env.run(write, { delayForCellEdit: true });
    }
  } catch (error) {
    return { result, written: false, message: failedFirstBlockMessage(sheet, errorText(error)) };
  }
  if (applied.error !== undefined) {
    const reason = errorText(applied.error);
    if (applied.blocksWritten === 0) return { result, written: false, message: failedFirstBlockMessage(sheet, reason) };
    return {
      result,
      written: true,
      partial: true,
      message: partialMessage(applied.blocksWritten, applied.blocksTotal, reason),
    };
  }
  progress({ phase: 'done' });
  const notes: string[] = [];
  if (ungrouped) notes.push(ungroupedNote());
  if (applied.undoDropped?.length) notes.push(undoDroppedNote(applied.undoDropped));
  const message =
    result.indicators.length === 0
      ? `No KPI table found on "${sheet}"; Scorelight removed its earlier scores there.`
      : scoredMessage(result);
  return { result, written: true, message: [message, ...notes].join(' ') };
}
