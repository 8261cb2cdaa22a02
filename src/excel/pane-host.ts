/**
 * The task pane's host when it runs inside Excel. Every method is a thin call into the Excel
 * adapter; scoring goes through scoreActiveSheet, the same function the ribbon button calls.
 */
import { parseRangeA1 } from '../core/a1';
import type { PaneHost, SummaryOutcome } from '../core/host';
import { scoreSheet } from '../core/pipeline';
import { rulesFromJson, rulesToJson } from '../core/rules/json';
import { defaultRules } from '../core/rules/presets';
import type { Rules } from '../core/rules/types';
import { sheetState, withSheetState } from '../core/state/codec';
import type { TableMapping } from '../core/state/types';
import type { ExcelEnv } from './excel-env';
import { officeExcelEnv } from './office-env';
import { errorText } from './outcome-messages';
import { readActiveSheet } from './read-sheet';
import { supportsMergeUndo, unsupportedExcelMessage } from './requirements';
import { scoreActiveSheet } from './score-active-sheet';
import { splitQualifiedAddress } from './selection';
import { readState, updateState } from './state-access';
import { stateFromGrid } from './state-store';
import { undoLastScoring } from './undo-scoring';

function requireExcel(env: ExcelEnv): void {
  const tooOld = unsupportedExcelMessage(env);
  if (tooOld) throw new Error(tooOld);
}

export function createExcelPaneHost(env: ExcelEnv = officeExcelEnv()): PaneHost {
  return {
    mode: 'excel',

    scoreActiveSheet: (onProgress) => scoreActiveSheet({ env, onProgress }),

    undoLastScoring: () => undoLastScoring({ env }),

    async createSummary(): Promise<SummaryOutcome> {
      requireExcel(env);
      // Always the sheet as it is now, scored read-only: a result kept from an earlier scoring
      // would summarise numbers the user has since changed.
      const scored = await env.run(async (context) => {
        const read = await readActiveSheet(context);
        if (read.refusal) throw new Error(read.refusal);
        if (read.structureProtected)
          throw new Error(
            "This workbook's structure is protected (Review > Protect Workbook), so the board summary cannot be added as a new sheet. Unprotect the workbook structure, then try again.",
          );
        const state = stateFromGrid(read.stateGrid);
        const rules = state.rules ?? defaultRules();
        const sheet = sheetState(state, read.snapshot.name);
        return {
          result: scoreSheet(read.snapshot, rules, sheet),
          rules,
          scoredAt: sheet.scoredAt ? new Date(sheet.scoredAt) : new Date(),
        };
      });
      if (scored.result.indicators.length === 0) {
        return {
          sheetName: '',
          message: `No KPI table found on "${scored.result.sheet}", so there is nothing to summarise.`,
        };
      }
      try {
        // Its content one undo step where ExcelApi 1.20 allows; the sheet itself is made apart.
        const { sheetName, ungrouped } = await env.addSummary(scored.result, scored.rules, scored.scoredAt, {
          mergeUndoGroup: supportsMergeUndo(env),
        });
        const message = `Board summary for "${scored.result.sheet}" is on the sheet "${sheetName}".`;
        return {
          sheetName,
          message: ungrouped
            ? `${message} Excel could not make it a single undo step, so Ctrl+Z would take it back in parts: delete the sheet instead.`
            : message,
        };
      } catch (error) {
        return { sheetName: '', message: `The board summary could not be made: ${errorText(error)}.` };
      }
    },

    async selectCell(sheet: string, address: string): Promise<void> {
      requireExcel(env);
      await env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    },

    async loadRules(): Promise<Rules> {
      requireExcel(env);
      const { state } = await env.run((context) => readState(context));
      return state.rules ?? defaultRules();
    },

    async saveRules(rules: Rules): Promise<void> {
      const checked = rulesFromJson(rulesToJson(rules));
      if (!checked.ok) throw new Error(`The rules were not saved: ${checked.errors.join('; ')}`);
      requireExcel(env);
      await env.run((context) => updateState(context, (s) => ({ ...s, rules: checked.rules })));
    },

    async saveMapping(sheet: string, mapping: TableMapping): Promise<void> {
      requireExcel(env);
      await env.run((context) =>
        updateState(context, (s) => {
          const current = sheetState(s, sheet);
          // One mapping per table range: mapping the same table again replaces it.
          const mappings = [...current.mappings.filter((m) => m.range !== mapping.range), mapping];
          return withSheetState(s, sheet, { ...current, mappings });
        }),
      );
    },

    async getSelectedRange(): Promise<{ sheet: string; address: string } | null> {
      requireExcel(env);
      return env.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('address');
        await context.sync();
        return splitQualifiedAddress(range.address);
      });
    },

    async readRangeText(sheet: string, address: string, maxRows: number, maxCols: number): Promise<string[][]> {
      requireExcel(env);
      const r = parseRangeA1(address);
      if (!r) return [];
      return env.run(async (context) => {
        // Only the top-left corner the form shows: a whole-sheet selection must not be read whole.
        const range = context.workbook.worksheets
          .getItem(sheet)
          .getRangeByIndexes(r.row, r.col, Math.min(r.rowCount, maxRows), Math.min(r.colCount, maxCols));
        range.load('text');
        await context.sync();
        return range.text;
      });
    },
  };
}
