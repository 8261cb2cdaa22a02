/**
 * THE scoring path of the Excel add-in: the ribbon's "Score this sheet" and the pane's Score
 * button both call scoreActiveSheet. Read (1 sync for a typical sheet), score with the rules saved
 * in the workbook (or the defaults), apply the plan (1 sync), all inside one Excel.run, merged
 * into one undo step where ExcelApi 1.20 allows.
 */
import type { Progress, ScoreOutcome } from '../core/host';
import { rangeToA1 } from '../core/a1';
import { emptyResult, scoreSheet, type SheetResult } from '../core/pipeline';
import type { CellRange } from '../core/snapshot';
import { defaultRules } from '../core/rules/presets';
import { sheetState } from '../core/state/codec';
import { applyPlan } from './apply-plan';
import type { ExcelEnv } from './excel-env';
import { officeExcelEnv } from './office-env';
import {
  errorText,
  failedBeforeWriteMessage,
  failedFirstBlockMessage,
  nothingFoundMessage,
  partialMessage,
  scoredMessage,
  structureProtectedMessage,
} from './outcome-messages';
import { readActiveSheet } from './read-sheet';
import { supportsAreaSelect, supportsMergeUndo, unsupportedExcelMessage } from './requirements';
import { stateFromGrid } from './state-store';

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

export async function scoreActiveSheet(options: ScoreOptions = {}): Promise<ScoreOutcome> {
  const env = options.env ?? officeExcelEnv();
  const progress = options.onProgress ?? (() => undefined);
  const tooOld = unsupportedExcelMessage(env);
  if (tooOld) return { result: emptyResult(''), written: false, message: tooOld };

  let sheet = 'this sheet';
  try {
    return await env.run(
      async (context) => {
        progress({ phase: 'reading' });
        const read = await readActiveSheet(context);
        sheet = read.snapshot.name;
        if (read.refusal) return { result: emptyResult(sheet), written: false, message: read.refusal };

        progress({ phase: 'scoring' });
        const state = stateFromGrid(read.stateGrid);
        const rules = state.rules ?? defaultRules();
        const result = scoreSheet(read.snapshot, rules, sheetState(state, sheet));
        const scoredAt = (options.now ?? (() => new Date()))();
        if (result.plan.blocked) {
          return {
            result,
            written: false,
            message: result.plan.blockedReason ?? `"${sheet}" cannot be written to. Nothing was written.`,
          };
        }
        if (result.plan.writes.length === 0 && result.plan.clears.length === 0) {
          const message =
            result.indicators.length === 0 ? nothingFoundMessage(sheet) : `Nothing to write on "${sheet}".`;
          return { result, written: false, message };
        }

        // No new sheet can be added: without the state sheet nothing may be written (ownership and
        // undo live there); without the formatting backup, undo falls back to the recorded styles.
        if (read.structureProtected && !read.stateSheetExists)
          return { result, written: false, message: structureProtectedMessage(sheet) };

        progress({ phase: 'writing', fraction: 0 });
        const applied = await applyPlan(context, {
          plan: result.plan,
          snapshot: read.snapshot,
          state,
          stateSheetExists: read.stateSheetExists,
          backupSheetExists: read.backupSheetExists,
          backupMarkers: read.backupMarkers,
          skipBackup: read.structureProtected && !read.backupSheetExists,
          selectAfter: options.selectStatusCells
            ? { addresses: statusAddresses(result), all: supportsAreaSelect(env) }
            : undefined,
          scoredAt,
          onBlock: (done, total) => progress({ phase: 'writing', fraction: done / total }),
        });
        if (applied.error !== undefined) {
          const reason = errorText(applied.error);
          if (applied.blocksWritten === 0)
            return { result, written: false, message: failedFirstBlockMessage(sheet, reason) };
          return {
            result,
            written: true,
            partial: true,
            message: partialMessage(applied.blocksWritten, applied.blocksTotal, reason),
          };
        }
        progress({ phase: 'done' });
        const message =
          result.indicators.length === 0
            ? `No KPI table found on "${sheet}"; Scorelight removed its earlier scores there.`
            : scoredMessage(result);
        return { result, written: true, message };
      },
      { mergeUndoGroup: supportsMergeUndo(env) },
    );
  } catch (error) {
    return { result: emptyResult(sheet), written: false, message: failedBeforeWriteMessage(sheet, errorText(error)) };
  }
}
