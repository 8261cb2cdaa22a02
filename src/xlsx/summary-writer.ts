/**
 * Puts the board summary plan into a Book: a new sheet after the source sheet (or the earlier
 * summary of ours, replaced in place). The sheet keeps the plan, from which the package writer
 * lays out the part (package/summary-sheet-xml.ts: values only, text as text, real tables, printed
 * A4 landscape one page wide); its cells are filled here too, so the preview shows the summary and
 * a later scoring recognises it as ours by its footer.
 */
import type { SheetResult } from '../core/pipeline';
import type { Rules } from '../core/rules/types';
import { buildSummary, buildWorkbookSummary } from '../core/summary/build';
import { barCells } from '../core/summary/chart';
import { footerString, isSummaryMarker, leftFooterSection } from '../core/summary/marker';
import { chooseSummarySheetName } from '../core/summary/sheet-name';
import type { SummaryPlan } from '../core/summary/types';
import { type Book, BookSheet } from './book/book';
import { previousRatings, recordRatings, type RatingRecord, type RatingsHistory } from '../core/summary/history';
import type { ScoredIndicator } from '../core/model';
import { readState, writeState } from './state-sheet';

function isOurs(ws: BookSheet, source: string): boolean {
  return ws.footers.some((f) => isSummaryMarker(leftFooterSection(f), source));
}

/** The plan's cells and status bars as the sheet's cells: values, number formats and looks. */
function fillCells(ws: BookSheet, plan: SummaryPlan): void {
  for (const c of plan.cells) {
    const cell = ws.cellFor(c.row, c.col);
    cell.value = c.kind === 'text' ? String(c.value) : Number(c.value);
    cell.format = c.numberFormat;
    const s = plan.styles[c.style] ?? {};
    cell.look = { fill: s.fill, fontColor: s.fontColor, bold: s.bold };
  }
  const { chart } = plan;
  const max = Math.max(0, ...chart.categories.map((c) => c.count));
  chart.categories.forEach((cat, i) => {
    const n = barCells(cat.count, max, chart.area.colCount);
    for (let k = 0; k < n; k++) ws.cellFor(chart.labels.row + i, chart.area.col + k).look = { fill: cat.fill };
  });
  ws.setMerges(plan.merges.map((m) => ({ ...m })));
}

/** Write an already built plan. Exported for tests and for hosts that show the plan first. */
export function writeSummaryPlan(book: Book, plan: SummaryPlan): { sheetName: string } {
  const existing = [
    ...book.sheets.map((ws) => ({ name: ws.name, ours: isOurs(ws, plan.sourceSheet) })),
    // Chart sheets and sheets the reader left out are never ours to replace.
    ...book.otherSheetNames.map((name) => ({ name, ours: false })),
  ];
  const choice = chooseSummarySheetName(plan.sheetName, existing);
  let at = book.sheets.findIndex((ws) => ws.name === plan.sourceSheet) + 1;
  if (at === 0) at = book.sheets.length;
  let part: string | undefined;
  if (choice.replace) {
    const old = book.sheets.findIndex((ws) => ws.name === choice.name);
    if (old >= 0) {
      // Keep the old summary's place in the tabs (the user may have moved it) and its part.
      part = book.sheets[old].part;
      book.sheets.splice(old, 1);
      at = old;
    }
  }
  const ws = new BookSheet(choice.name, part, book.styles);
  ws.summary = plan;
  ws.rewritten = true;
  ws.footers.push(footerString(plan.print.footer));
  plan.columnWidths.forEach((w, i) => ws.columnWidths.set(i, w));
  fillCells(ws, plan);
  book.sheets.splice(Math.min(at, book.sheets.length), 0, ws);
  // The package writer fills the document's title and language where the user's file has none.
  book.document ??= { title: plan.document.title, language: plan.document.language };
  return { sheetName: choice.name };
}

/** Add (or replace, if ours) the board summary sheet for one scored sheet. Values only, no formulas. */
export function addSummarySheet(book: Book, result: SheetResult, rules: Rules, scoredAt: Date): { sheetName: string } {
  return writeSummaryPlan(book, buildSummary(result, rules, scoredAt));
}

/** One board summary for the workbook (the default when several sheets are scored), or one per sheet. */
export type SummaryMode = 'workbook' | 'sheet';

interface SummaryOptions {
  mode?: SummaryMode;
  title?: string;
}

/** The summaries to make, each with the indicators it reports: one for the workbook, or one per sheet. */
function summaryJobs(
  results: readonly SheetResult[],
  rules: Rules,
  scoredAt: Date,
  options: SummaryOptions,
): { make: (o: { history: RatingsHistory }) => SummaryPlan; indicators: SheetResult['indicators'] }[] {
  const scored = results.filter((r) => r.indicators.length > 0);
  if ((options.mode ?? 'workbook') === 'workbook' && scored.length > 1)
    return [
      {
        make: (o) => buildWorkbookSummary(scored, rules, scoredAt, options.title, o),
        indicators: scored.flatMap((r) => r.indicators),
      },
    ];
  return scored.map((r) => ({ make: (o) => buildSummary(r, rules, scoredAt, o), indicators: r.indicators }));
}

/**
 * Each indicator's rating at the last report before this one, from the ratings history kept in
 * the workbook, as the summaries would show it in their Previous column (nothing is written).
 */
export function lastRatings(
  book: Book,
  results: readonly SheetResult[],
  rules: Rules,
  scoredAt: Date,
  options: SummaryOptions = {},
): Map<ScoredIndicator, RatingRecord> {
  const history = readState(book).history ?? {};
  const out = new Map<ScoredIndicator, RatingRecord>();
  if (Object.keys(history).length === 0) return out;
  for (const job of summaryJobs(results, rules, scoredAt, options)) {
    const plan = job.make({ history });
    for (const [ind, rating] of previousRatings(history, job.indicators, plan.period)) out.set(ind, rating);
  }
  return out;
}

/**
 * Board summaries for scored sheets: one for the workbook when more than one sheet has indicators
 * (mode "workbook"), else one per sheet. Returns the summary sheets' names; `onError` hears a
 * writer failure for one summary without stopping the others.
 */
export function addSummaries(
  book: Book,
  results: readonly SheetResult[],
  rules: Rules,
  scoredAt: Date,
  options: SummaryOptions & {
    onError?: (err: unknown) => void;
    /**
     * Filled with each indicator's rating at the last report before its summary's period (what the
     * summary's Previous column shows), for reports beside the summary (the CLI's JSON).
     */
    previous?: Map<ScoredIndicator, RatingRecord>;
  } = {},
): string[] {
  // The ratings history kept in the workbook's state: the summary compares with the last report,
  // and this report's ratings are recorded under its period (the same period again replaces them).
  const before = readState(book).history ?? {};
  let history = before;
  const added: string[] = [];
  for (const job of summaryJobs(results, rules, scoredAt, options)) {
    try {
      const plan = job.make({ history: before });
      if (options.previous)
        for (const [ind, rating] of previousRatings(before, job.indicators, plan.period))
          options.previous.set(ind, rating);
      history = recordRatings(history, job.indicators, plan.period);
      added.push(writeSummaryPlan(book, plan).sheetName);
    } catch (err) {
      if (!options.onError) throw err;
      options.onError(err);
    }
  }
  if (history !== before) writeState(book, { ...readState(book), history });
  return added;
}
