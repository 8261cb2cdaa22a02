/**
 * The task pane's host when it runs inside Excel. Every method is a thin call into the Excel
 * adapter; scoring goes through scoreActiveSheet, the same function the ribbon button calls
 * ("Score all sheets" activates each sheet in turn and calls it too).
 */
import { parseRangeA1 } from '../core/a1';
import type { PaneHost, Progress, ScoreAllOutcome, ScoreOutcome, SummaryOutcome } from '../core/host';
import { emptyResult, scoreSheet, type SheetResult } from '../core/pipeline';
import { scoreAllOutcome } from '../core/score-all-message';
import { recordRatings, type RatingsHistory } from '../core/summary/history';
import { summaryMarker } from '../core/summary/marker';
import { rulesFromJson, rulesToJson } from '../core/rules/json';
import { defaultRules } from '../core/rules/presets';
import type { Rules } from '../core/rules/types';
import { sheetState, withSheetState } from '../core/state/codec';
import type { TableMapping } from '../core/state/types';
import type { ExcelEnv } from './excel-env';
import { officeExcelEnv } from './office-env';
import { errorText, nothingFoundMessage } from './outcome-messages';
import type { XlContext } from './excel-api';
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

interface ScoredNow {
  result: SheetResult;
  rules: Rules;
  scoredAt: Date;
  history: RatingsHistory;
  /** The state sheet is there: the ratings can be recorded without adding a sheet. */
  stateExists: boolean;
}

/** The active sheet as it is now, scored read-only, with the state's rules and ratings history. */
async function scoreNow(context: XlContext): Promise<ScoredNow> {
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
    history: state.history ?? {},
    stateExists: read.stateSheetExists && !read.stateNameTaken,
  };
}

async function activate(env: ExcelEnv, sheet: string): Promise<void> {
  await env.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

/** The visible sheets of the user's, in tab order (not our summaries), and the active one. */
async function visibleUserSheets(env: ExcelEnv): Promise<{ active: string; sheets: string[] }> {
  return env.run(async (context) => {
    const books = context.workbook.worksheets;
    books.load('items/name,items/visibility');
    const active = books.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const footers = books.items
      .filter((ws) => ws.visibility === 'Visible')
      .map((ws) => {
        const f = ws.pageLayout.headersFooters.defaultForAllPages;
        f.load('leftFooter');
        return { name: ws.name, f };
      });
    await context.sync();
    // A board summary of ours is never scored (read-sheet.ts refuses it the same way).
    const ours = (left: unknown) => typeof left === 'string' && left.startsWith(summaryMarker(''));
    return { active: active.name, sheets: footers.filter(({ f }) => !ours(f.leftFooter)).map(({ name }) => name) };
  });
}

export function createExcelPaneHost(env: ExcelEnv = officeExcelEnv()): PaneHost {
  // The sheets the last "Score all sheets" found indicators on; null after scoring one sheet, so
  // the board summary is the workbook's only right after scoring the workbook.
  let lastAll: string[] | null = null;

  /** Each of `sheets` as it is now (activated in turn, scored read-only); a sheet since deleted is left out. */
  async function scoreSheetsNow(sheets: readonly string[]): Promise<ScoredNow[]> {
    const out: ScoredNow[] = [];
    for (const name of sheets) {
      try {
        await activate(env, name);
      } catch {
        // Renamed or deleted since the scoring: the summary covers the rest.
        continue;
      }
      // A refusal (a protected workbook structure) stops the summary with its reason.
      out.push(await env.run(scoreNow));
    }
    return out;
  }

  return {
    mode: 'excel',

    async scoreActiveSheet(onProgress) {
      lastAll = null;
      return scoreActiveSheet({ env, onProgress });
    },

    async scoreAllSheets(onProgress?: (p: Progress) => void): Promise<ScoreAllOutcome> {
      requireExcel(env);
      const { active, sheets } = await visibleUserSheets(env);
      if (sheets.length === 0) throw new Error('This workbook has no visible sheet to score.');
      const outcomes: ScoreOutcome[] = [];
      for (const [i, name] of sheets.entries()) {
        // The same path as "Score this sheet", one sheet at a time: each sheet's writes stay its
        // own run (one undo step where Excel allows), so a failure on one leaves the others scored.
        try {
          await activate(env, name);
        } catch {
          continue; // Deleted or renamed while the others were scored.
        }
        const o = await scoreActiveSheet({
          env,
          onProgress: (p) =>
            onProgress?.({
              phase: p.phase === 'done' ? 'writing' : p.phase,
              fraction: (i + (p.phase === 'done' ? 1 : (p.fraction ?? 0))) / sheets.length,
            }),
        });
        // A sheet refused or failed before it was read (too large, a lost connection) is not "a
        // sheet with no table": marked refused, so the message gives its own reason.
        const refused =
          o.result.indicators.length === 0 &&
          !o.written &&
          !o.result.plan.blocked &&
          o.message !== nothingFoundMessage(o.result.sheet);
        outcomes.push(refused ? { ...o, result: emptyResult(o.result.sheet, o.result.warnings, o.message) } : o);
      }
      // Back where the user was.
      await activate(env, active).catch(() => undefined);
      onProgress?.({ phase: 'done' });
      const out = scoreAllOutcome(
        outcomes,
        (o) =>
          o.partial === true ||
          o.result.plan.blocked ||
          (!o.written && (o.result.plan.writes.length > 0 || o.result.plan.clears.length > 0)),
      );
      lastAll = out.outcomes.map((o) => o.result.sheet);
      return out;
    },

    undoLastScoring: () => undoLastScoring({ env }),

    async createSummary(): Promise<SummaryOutcome> {
      requireExcel(env);
      // Always the sheets as they are now, scored read-only: a result kept from an earlier scoring
      // would summarise numbers the user has since changed.
      const many = lastAll !== null && lastAll.length > 1;
      const scored = many ? await scoreSheetsNow(lastAll ?? []) : [await env.run(scoreNow)];
      const found = scored.filter((s) => s.result.indicators.length > 0);
      if (found.length === 0) {
        const where = many ? 'the scored sheets' : `"${scored[0]?.result.sheet ?? 'this sheet'}"`;
        return { sheetName: '', message: `No KPI table found on ${where}, so there is nothing to summarise.` };
      }
      const { rules, history } = found[0];
      const results = found.map((s) => s.result);
      const scoredAt = new Date(Math.max(...found.map((s) => s.scoredAt.getTime())));
      // Compared with the ratings on record, as the .xlsx host's summary writer does.
      // The builder loads with the summary writer (office-env.ts), not with the pane.
      const { buildSummary, buildWorkbookSummary } = await import(
        /* webpackChunkName: "excel-summary" */ '../core/summary/build'
      );
      const plan =
        results.length > 1
          ? buildWorkbookSummary(results, rules, scoredAt, undefined, { history })
          : buildSummary(results[0], rules, scoredAt, { history });
      let sheetName: string;
      let ungrouped = false;
      try {
        // Its content one undo step where ExcelApi 1.20 allows; the sheet itself is made apart.
        ({ sheetName, ungrouped = false } = await env.addSummaryPlan(plan, { mergeUndoGroup: supportsMergeUndo(env) }));
      } catch (error) {
        return { sheetName: '', message: `The board summary could not be made: ${errorText(error)}.` };
      }
      const written =
        results.length > 1
          ? `Board summary for ${results.length} sheets is on the sheet "${sheetName}".`
          : `Board summary for "${results[0].sheet}" is on the sheet "${sheetName}".`;
      const message = ungrouped
        ? `${written} Excel could not make it a single undo step, so Ctrl+Z would take it back in parts: delete the sheet instead.`
        : written;
      // This report's ratings under its period (the same period again replaces them). Only where
      // the state sheet already is: a workbook never scored gets no hidden sheet from a summary.
      if (!found[0].stateExists) return { sheetName, message };
      try {
        const indicators = results.flatMap((r) => r.indicators);
        await env.run((context) =>
          updateState(context, (s) => ({ ...s, history: recordRatings(s.history ?? {}, indicators, plan.period) })),
        );
      } catch (error) {
        return {
          sheetName,
          message: `${message} Its ratings could not be kept for the next report: ${errorText(error)}.`,
        };
      }
      return { sheetName, message };
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
