/**
 * A recording fake of the slice of Office.js that src/excel uses (the interfaces in
 * src/excel/excel-api.ts), strict where real Excel is strict. The parts:
 * - fake/context.ts: queued calls, serialised request sizes in Office.js's envelope, the 5 MB
 *   limit, lost connections before a request or after it ran, and requirement sets per member
 *   (fake/api-sets.ts, from the table generated out of @types/office-js);
 * - fake/range.ts, fake/areas.ts, fake/worksheet.ts: the proxies (merged-area limit and partial
 *   merges, protection, Range.text by column width, conditional formats copied by copyFrom);
 * - fake-grid.ts: the workbook model and Excel's input rules.
 * A call above the manifest's declared minimum made without an isSetSupported check fails the
 * test it runs in (see the afterEach below). Exported for tests and for the bench.
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import type { XlContext } from '../../src/excel/excel-api';
import type { ExcelEnv, RunOptions } from '../../src/excel/excel-env';
import type { SummaryPlan } from '../../src/core/summary/types';
import { FakeBook, FakeSheet } from './fake-grid';
import { declaredMinimum, newestApiSet, versionAtLeast } from './fake/api-sets';
import { FakeContext, newCounts, type FakeCounts, type FakeExcelState } from './fake/context';
import type { UndoHost } from './fake/no-undo-apis';
import { FakeWorkbookProxy } from './fake/worksheet';

export { FakeBook, FakeSheet, type FakeCell } from './fake-grid';
export type { FakeCounts } from './fake/context';

export interface FakeExcelOptions {
  /** Highest ExcelApi version this "Excel" supports (default: the level under test, see api-levels.ts). */
  apiVersion?: string;
  /** 1-based sync numbers that fail before anything runs (a lost connection). */
  failSyncs?: number[];
  /** 1-based sync numbers whose request is applied but whose response never arrives. */
  lostResponseSyncs?: number[];
  /** Request/response limit in bytes (default 5 MB). */
  payloadLimit?: number;
  /**
   * Reject calls made on a null object (a missing sheet's used range, an empty sheet's merged
   * areas) at sync, as a strict Excel might; the default follows null objects through.
   */
  strictNullObjects?: boolean;
  /** The manifest whose ExcelApi MinVersion is the declared minimum (default: the project's). */
  manifestPath?: string;
  /** Whose undo support to follow (fake/no-undo-apis.ts): "web", "desktop", or "both" (default, strictest). */
  undoHost?: UndoHost;
  /** Members this Excel also refuses to group (an Excel whose list has grown since the page was read). */
  moreWithoutUndo?: string[];
}

export interface FakeExcel {
  env: ExcelEnv;
  book: FakeBook;
  counts: FakeCounts;
  /** Board summaries asked for: the sheet, the time and each indicator's status, as handed over. */
  summaries: FakeSummary[];
  /** Unguarded calls above the declared minimum seen so far. */
  violations: string[];
  resetCounts(): void;
}

export interface FakeSummary {
  sheet: string;
  /** Absent for a plan handed over whole (addSummaryPlan): the plan carries its period instead. */
  scoredAt?: Date;
  statuses: string[];
  /** The plan, when the host built it (addSummaryPlan). */
  plan?: SummaryPlan;
}

let defaultLevel: string | null = null;

/** The ExcelApi version fakes get when a test does not pin one (set per describe by api-levels.ts). */
export function setDefaultApiLevel(level: string | null): void {
  defaultLevel = level;
}

const live: FakeExcelState[] = [];

export function createFakeExcel(book: FakeBook, options: FakeExcelOptions = {}): FakeExcel {
  const state: FakeExcelState = {
    counts: newCounts(),
    failSyncs: options.failSyncs ?? [],
    lostResponseSyncs: options.lostResponseSyncs ?? [],
    strictNullObjects: options.strictNullObjects,
    payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
    apiVersion: options.apiVersion ?? defaultLevel ?? newestApiSet(),
    declared: declaredMinimum(options.manifestPath),
    confirmed: null,
    violations: [],
    undoHost: options.undoHost ?? 'both',
    moreWithoutUndo: options.moreWithoutUndo ?? [],
  };
  live.push(state);
  const summaries: FakeSummary[] = [];
  return {
    book,
    get counts() {
      return state.counts;
    },
    summaries,
    violations: state.violations,
    resetCounts() {
      state.counts = newCounts();
    },
    env: {
      async run<T>(batch: (context: XlContext) => Promise<T>, runOptions?: RunOptions): Promise<T> {
        state.counts.runs++;
        try {
          const context = new FakeContext(book, state, {
            mergeUndoGroup: runOptions?.mergeUndoGroup === true,
            delayForCellEdit: runOptions?.delayForCellEdit === true,
          });
          context.workbook = new FakeWorkbookProxy(context);
          if (runOptions?.mergeUndoGroup) {
            const missing = context.guard('RunOptions.mergeUndoGroup');
            if (missing) throw new Error(missing);
            state.counts.mergeUndoRuns++;
          }
          return await batch(context);
        } finally {
          // A check covers the path it was made on: the next run must check again.
          state.confirmed = null;
        }
      },
      isSetSupported(name: 'ExcelApi', minVersion: string): boolean {
        const ok = name === 'ExcelApi' && versionAtLeast(state.apiVersion, minVersion);
        if (ok && (!state.confirmed || versionAtLeast(minVersion, state.confirmed))) state.confirmed = minVersion;
        return ok;
      },
      async addSummary(result, _rules, scoredAt) {
        summaries.push({ sheet: result.sheet, scoredAt, statuses: result.indicators.map((i) => String(i.status)) });
        return { sheetName: `${result.sheet} summary` };
      },
      async addSummaryPlan(plan) {
        // The statuses as the plan counts them (its chart's categories), in status order.
        const statuses = plan.chart.categories.flatMap((c) => Array<string>(c.count).fill(String(c.status)));
        summaries.push({ sheet: plan.sourceSheet, statuses, plan });
        return { sheetName: plan.sheetName };
      },
    },
  };
}

// Any test that made an unguarded call fails, even when the host caught the error and carried on.
// Looked up on globalThis: the bench compiles this file without jest's types and runs it without jest.
const jestAfterEach = (globalThis as { afterEach?: (fn: () => void) => void }).afterEach;
if (jestAfterEach) {
  jestAfterEach(() => {
    const found = live.flatMap((s) => s.violations.splice(0));
    live.length = 0;
    if (found.length)
      throw new Error(`Office.js calls above the declared minimum without a check:\n${found.join('\n')}`);
  });
}

/** A sheet holding a snapshot's grid (values, formats, display text, merges, protection). */
export function sheetFromSnapshot(book: FakeBook, snapshot: SheetSnapshot): FakeSheet {
  const sheet = book.add(snapshot.name);
  snapshot.values.forEach((row, i) =>
    row.forEach((v: CellValue, j) => {
      const nf = snapshot.numberFormats[i]?.[j] ?? 'General';
      const text = snapshot.texts?.[i]?.[j];
      if (v === '' && nf === 'General') return;
      const cell = sheet.cell(snapshot.top + i, snapshot.left + j);
      cell.value = v;
      cell.numberFormat = nf;
      if (text !== undefined) cell.text = text;
    }),
  );
  for (const f of snapshot.formulaRanges ?? []) {
    for (let i = 0; i < f.rowCount; i++)
      for (let j = 0; j < f.colCount; j++) sheet.cell(f.row + i, f.col + j).formula = '=FAKE()';
  }
  // Formula text where the snapshot has it (a workbook read by the .xlsx host).
  snapshot.formulas?.forEach((line, i) =>
    line?.forEach((f, j) => {
      if (f.startsWith('=')) sheet.cell(snapshot.top + i, snapshot.left + j).formula = f;
    }),
  );
  sheet.merges = [...snapshot.merges];
  sheet.protected = snapshot.protected;
  if (!book.active) book.active = sheet.name;
  return sheet;
}

/** A grid of plain values at A1 (strings, numbers), "General" formats. */
export function sheetFromRows(book: FakeBook, name: string, rows: CellValue[][]): FakeSheet {
  return sheetFromSnapshot(book, {
    name,
    top: 0,
    left: 0,
    values: rows,
    numberFormats: rows.map((r) => r.map(() => 'General')),
    merges: [],
    protected: false,
  });
}
