/**
 * The browser preview's PaneHost: the .xlsx host over a workbook the user opened. This module is
 * only reached through a dynamic import, so the package reader and writer stay out of the Excel
 * add-in's bundle.
 * "Selecting a cell" records a selection the preview shows in its small sheet view.
 */
import { scoredName } from '../core/scored-name';
import { parseRangeA1, rangeToA1 } from '../core/a1';
import { displayText } from '../core/format/display';
import type { Progress, ScoreAllOutcome, ScoreOutcome, SummaryOutcome, UndoOutcome } from '../core/host';
import { nowhereToWrite, nowhereToWriteMessage, scoreAllOutcome } from '../core/score-all-message';
import type { SheetResult } from '../core/pipeline';
import { defaultRules } from '../core/rules/presets';
import type { Rules } from '../core/rules/types';
import { validateRules } from '../core/rules/validate';
import type { SheetState, TableMapping, WorkbookState } from '../core/state/types';
import type { PreviewHost, PreviewSelection, SheetWindow, SheetWindowCell } from '../core/preview-host';
import type { Book, BookSheet } from './book/book';
import { usedBounds } from './read-snapshot';
import { scoreWorkbook, userSheets } from './score-workbook';
import { readState, writeState } from './state-sheet';
import { addSummaries } from './summary-writer';
import { undoLastScoring } from './undo-scoring';
import { NotAWorkbookError, TooLargeWorkbookError } from './book/read-book';
import { checkUnpackedSize, ZipTooLargeError } from './package/zip-limits';
import { openWorkbook, savePackage } from './workbook-io';

/** Let React paint the progress bar between the synchronous steps. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function scoreMessage(result: SheetResult, written: boolean): string {
  const n = result.indicators.length;
  // The reason already names the sheet and says nothing was written: said once, as Excel's pane says it.
  if (result.plan.blocked)
    return result.plan.blockedReason ?? `Nothing was written to "${result.sheet}": it cannot be changed.`;
  if (n === 0) return `No KPI table was found on "${result.sheet}", so nothing was written.`;
  if (nowhereToWrite(result)) return nowhereToWriteMessage(result);
  return written
    ? `Scored ${plural(n, 'indicator')} on "${result.sheet}".`
    : `Scored ${plural(n, 'indicator')} on "${result.sheet}"; the sheet already showed these results.`;
}

function sheetStateOf(state: WorkbookState, sheet: string): SheetState {
  return state.sheets[sheet] ?? { owned: [], mappings: [] };
}

export function createPreviewHost(): PreviewHost {
  let wb: Book | null = null;
  let fileName: string | null = null;
  let serial = 0;
  let active: string | null = null;
  let selected: PreviewSelection | null = null;
  // The last scoring: one sheet ("Score this sheet") or every sheet ("Score all sheets"), which
  // decides whether the board summary is the sheet's or the workbook's.
  let last: { results: SheetResult[]; all: boolean; rules: Rules; scoredAt: Date } | null = null;
  let rev = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    rev++;
    listeners.forEach((l) => l());
  };

  const needWorkbook = (): Book => {
    if (!wb) throw new Error('Open a workbook first (Open workbook).');
    return wb;
  };
  const needSheet = (): BookSheet => {
    const book = needWorkbook();
    const ws = active ? book.sheet(active) : undefined;
    if (!ws) throw new Error('Choose a sheet to score.');
    return ws;
  };

  const host: PreviewHost = {
    mode: 'preview',

    async scoreActiveSheet(onProgress?: (p: Progress) => void): Promise<ScoreOutcome> {
      const ws = needSheet();
      const book = needWorkbook();
      onProgress?.({ phase: 'reading' });
      await nextFrame();
      onProgress?.({ phase: 'scoring' });
      await nextFrame();
      // One call reads, scores and applies (the .xlsx host is synchronous); rules come from the workbook.
      const run = scoreWorkbook(book, { sheets: [ws.name] });
      onProgress?.({ phase: 'writing' });
      await nextFrame();
      const result = run.results[0];
      const written = run.written.includes(ws.name);
      last = { results: [result], all: false, rules: run.rules, scoredAt: run.scoredAt };
      onProgress?.({ phase: 'done' });
      changed();
      return { result, written, message: scoreMessage(result, written) };
    },

    async scoreAllSheets(onProgress?: (p: Progress) => void): Promise<ScoreAllOutcome> {
      const book = needWorkbook();
      // The sheets a user sees: hidden ones are not part of the report.
      const names = userSheets(book)
        .filter((ws) => ws.visibility === 'visible')
        .map((ws) => ws.name);
      if (names.length === 0) throw new Error('This workbook has no visible sheet to score.');
      onProgress?.({ phase: 'reading' });
      await nextFrame();
      onProgress?.({ phase: 'scoring' });
      await nextFrame();
      // Each sheet is scored and written on its own, as "Score this sheet" does it.
      const run = scoreWorkbook(book, { sheets: names });
      onProgress?.({ phase: 'writing' });
      await nextFrame();
      const outcomes = run.results.map((result) => {
        const written = run.written.includes(result.sheet);
        return { result, written, message: scoreMessage(result, written) };
      });
      const out = scoreAllOutcome(outcomes);
      last = { results: out.outcomes.map((o) => o.result), all: true, rules: run.rules, scoredAt: run.scoredAt };
      onProgress?.({ phase: 'done' });
      changed();
      return out;
    },

    async undoLastScoring(): Promise<UndoOutcome> {
      const ws = needSheet();
      const out = undoLastScoring(needWorkbook(), ws.name);
      if (last?.results.some((r) => r.sheet === ws.name)) last = null;
      changed();
      return out;
    },

    async createSummary(): Promise<SummaryOutcome> {
      const book = needWorkbook();
      if (!last || (!last.all && last.results[0]?.sheet !== active))
        throw new Error('Score this sheet first, then create the board summary.');
      // After "Score all sheets", one summary for the workbook; after one sheet, that sheet's. The
      // writer compares with the ratings history in the workbook's state and records this report's.
      const names = addSummaries(book, last.results, last.rules, last.scoredAt, {
        mode: last.all ? 'workbook' : 'sheet',
      });
      const sheetName = names[0];
      if (!sheetName) throw new Error('No KPI table was scored, so there is nothing to summarise.');
      changed();
      return { sheetName, message: `Board summary written to the sheet "${sheetName}".` };
    },

    async selectCell(sheet: string, address: string): Promise<void> {
      if (!wb?.sheet(sheet)) throw new Error(`There is no sheet called "${sheet}".`);
      active = sheet;
      selected = { sheet, address };
      changed();
    },

    async loadRules(): Promise<Rules> {
      return (wb ? readState(wb).rules : undefined) ?? defaultRules();
    },

    async saveRules(rules: Rules): Promise<void> {
      const check = validateRules(rules);
      if (!check.ok) throw new Error(check.errors.join(' '));
      const book = needWorkbook();
      writeState(book, { ...readState(book), rules });
      changed();
    },

    async saveMapping(sheet: string, mapping: TableMapping): Promise<void> {
      const book = needWorkbook();
      const state = readState(book);
      const current = sheetStateOf(state, sheet);
      // One mapping per range: mapping the same table again replaces the old one.
      const mappings = [...current.mappings.filter((m) => m.range !== mapping.range), mapping];
      writeState(book, { ...state, sheets: { ...state.sheets, [sheet]: { ...current, mappings } } });
      changed();
    },

    async getSelectedRange() {
      if (selected && selected.sheet === active) return { ...selected };
      const ws = active && wb ? wb.sheet(active) : undefined;
      const b = ws ? usedBounds(ws) : null;
      if (!ws || !b) return null;
      // Nothing selected yet: offer the used range, as a user would select the whole table.
      return {
        sheet: ws.name,
        address: rangeToA1({
          row: b.top,
          col: b.left,
          rowCount: b.bottom - b.top + 1,
          colCount: b.right - b.left + 1,
        }),
      };
    },

    async openWorkbook(name: string, data: ArrayBuffer): Promise<{ sheets: string[] }> {
      let book: Book;
      try {
        // A zip bomb is refused before any part is inflated whole.
        await checkUnpackedSize(new Uint8Array(data));
        book = await openWorkbook(data);
      } catch (err) {
        const why =
          err instanceof ZipTooLargeError || err instanceof TooLargeWorkbookError || err instanceof NotAWorkbookError
            ? ` (${err.message})`
            : '';
        throw new Error(`${name} is not an .xlsx workbook Scorelight can read${why}.`);
      }
      wb = book;
      fileName = name;
      serial++;
      const sheets = userSheets(book).map((s) => s.name);
      active = sheets[0] ?? null;
      selected = null;
      last = null;
      changed();
      return { sheets };
    },

    async downloadScored(): Promise<{ name: string; data: ArrayBuffer }> {
      const bytes = await savePackage(needWorkbook());
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      // The same name the command line gives its output: <book>.scored.xlsx.
      const name = fileName ?? 'workbook.xlsx';
      return { name: scoredName(name, /\.xlsm$/i.test(name)), data };
    },

    workbookName: () => fileName,
    workbookSerial: () => serial,
    sheetNames: () => (wb ? userSheets(wb).map((s) => s.name) : []),
    activeSheet: () => active,
    setActiveSheet(name: string) {
      if (!wb?.sheet(name)) return;
      active = name;
      selected = null;
      changed();
    },
    selection: () => selected,
    selectRange(address: string): boolean {
      const r = parseRangeA1(address.trim());
      if (!r || !active) return false;
      selected = { sheet: active, address: rangeToA1(r) };
      changed();
      return true;
    },

    cellWindow(sheet: string, address: string, rows: number, cols: number): SheetWindow | null {
      const ws = wb?.sheet(sheet);
      const sel = parseRangeA1(address);
      if (!ws || !sel) return null;
      // The selection in the middle when it fits; a wider or taller one from its own top-left edge.
      const top = Math.max(0, sel.row - Math.max(0, Math.floor((rows - sel.rowCount) / 2)));
      const left = Math.max(0, sel.col - Math.max(0, Math.floor((cols - sel.colCount) / 2)));
      const cells: SheetWindowCell[][] = [];
      for (let r = top; r < top + rows; r++) {
        const line: SheetWindowCell[] = [];
        for (let c = left; c < left + cols; c++) {
          const cell = ws.cellAt(r, c);
          if (!cell) {
            line.push({ text: '' });
            continue;
          }
          const value = ws.mergedRole(r, c) === 'covered' ? '' : cell.value;
          const style = ws.lookOf(cell);
          line.push({
            text: value === '' ? '' : displayText(value, ws.numberFormatOf(cell)),
            fill: style.fill,
            fontColor: style.fontColor,
            bold: style.bold,
          });
        }
        cells.push(line);
      }
      return { sheet, top, left, cells, selected: sel };
    },

    async readRangeText(sheet: string, address: string, maxRows: number, maxCols: number): Promise<string[][]> {
      const ws = wb?.sheet(sheet);
      const r = parseRangeA1(address);
      if (!ws || !r) return [];
      const out: string[][] = [];
      for (let row = r.row; row < r.row + Math.min(r.rowCount, maxRows); row++) {
        const line: string[] = [];
        for (let col = r.col; col < r.col + Math.min(r.colCount, maxCols); col++) {
          const cell = ws.cellAt(row, col);
          line.push(cell && cell.value !== '' ? displayText(cell.value, ws.numberFormatOf(cell)) : '');
        }
        out.push(line);
      }
      return out;
    },

    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    revision: () => rev,
  };
  return host;
}
