/**
 * buildSummary: a scored sheet to a host-neutral plan for its board summary tab. Pure: the .xlsx
 * and Excel writers turn the plan into a sheet; tests read it cell by cell.
 */
import type { SheetResult } from '../pipeline';
import type { Rules } from '../rules/types';
import type { CellRange } from '../snapshot';
import { statusCounts } from './groups';
import { LAST_COL } from './columns';
import { layoutSummary } from './layout';
import { escapeFooterText, summaryMarker } from './marker';
import { compareNarrative } from './how-we-compare';
import { buildNarrative, oneLine } from './narrative';
import { quarterOnQuarter } from './quarter-on-quarter';
import { pageBreaks } from './pagination';
import { reportPeriod } from './report-period';
import { statedPeriod } from './sheet-period';
import { changesSentence, changesSince, type RatingsHistory } from './history';
import { summarySheetName } from './sheet-name';
import { summaryStyles } from './styles';
import type { SummaryCell, SummaryPlan } from './types';

/** The summary is written in UK English. */
export const SUMMARY_LANGUAGE = 'en-GB';

/** Rectangles of consecutive rows holding cells, full width: one range write each. */
export function blocksOf(cells: SummaryCell[], lastCol: number): CellRange[] {
  const rows = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
  const blocks: CellRange[] = [];
  for (const r of rows) {
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.rowCount === r) last.rowCount++;
    else blocks.push({ row: r, col: 0, rowCount: 1, colCount: lastCol + 1 });
  }
  return blocks;
}

/** The source a workbook summary stands for: its footer marker and table names say so. */
export const WORKBOOK_SOURCE = 'all scored sheets';
export const WORKBOOK_SUMMARY_NAME = 'Board summary';

interface SummaryScope {
  /** The sheet the summary is of, or WORKBOOK_SOURCE. */
  source: string;
  sheetName: string;
  title: string;
  sheets: string[];
  tables: SheetResult['tables'];
  indicators: SheetResult['indicators'];
}

/** What a summary may be given beyond the scoring: the ratings history kept with the workbook. */
export interface SummaryOptions {
  history?: RatingsHistory;
}

function planFor(scope: SummaryScope, rules: Rules, scoredAt: Date, options: SummaryOptions = {}): SummaryPlan {
  const { indicators, source } = scope;
  // The sheet's own words for its period: table titles first, then the sheets' names.
  const titles = scope.tables.map((t) => t.title ?? '');
  const period = reportPeriod(indicators, statedPeriod([...titles, ...scope.sheets]));
  const quarters = period.quarter ? quarterOnQuarter(indicators, rules, period.quarter, period.nominal) : null;
  const sheets = scope.sheets.length > 1 ? scope.sheets : undefined;
  const changes = options.history ? changesSince(options.history, indicators, period.label) : undefined;
  const moved = changes ? changesSentence(changes) : null;
  const told = buildNarrative({ source, indicators, rules, period, quarters, sheets });
  // The movements since the last report follow the opening, as a board paper says them.
  const narrative = [...told.slice(0, 1), ...(moved ? [moved] : []), ...told.slice(1), ...compareNarrative(indicators)];
  const layout = layoutSummary({
    source,
    rules,
    scoredAt,
    period,
    indicators,
    counts: statusCounts(indicators, rules),
    quarters,
    narrative,
    workbook: sheets ? { title: scope.title, sheets } : undefined,
    changes,
  });
  return {
    sheetName: scope.sheetName,
    sourceSheet: source,
    cells: layout.cells,
    styles: summaryStyles(rules),
    merges: layout.merges,
    blocks: blocksOf(layout.cells, LAST_COL),
    columnWidths: layout.columnWidths,
    rowHeights: layout.rowHeights,
    print: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 0, last: 1 },
      breaks: pageBreaks(layout.sections, layout.rowHeights, { row: 0, col: 0, rowCount: 2, colCount: 1 }),
      gridlines: false,
      area: { row: 0, col: 0, rowCount: layout.lastRow + 1, colCount: LAST_COL + 1 },
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      footer: { left: summaryMarker(source), center: escapeFooterText(period.label), right: 'Page &P of &N' },
    },
    chart: layout.chart,
    tables: layout.tables,
    document: {
      title: `Performance indicators: ${oneLine(scope.title)}, ${period.label}`,
      language: SUMMARY_LANGUAGE,
    },
    narrative,
    period: period.label,
  };
}

export function buildSummary(
  result: SheetResult,
  rules: Rules,
  scoredAt: Date,
  options: SummaryOptions = {},
): SummaryPlan {
  return planFor(
    {
      source: result.sheet,
      sheetName: summarySheetName(result.sheet),
      title: result.sheet,
      sheets: [result.sheet],
      tables: result.tables,
      indicators: result.indicators,
    },
    rules,
    scoredAt,
    options,
  );
}

/**
 * One board summary for several scored sheets: overall counts, each sheet's counts, performing well
 * and areas for focus across sheets with the sheet named, quarter on quarter and how we compare.
 * With one sheet it is that sheet's summary.
 */
export function buildWorkbookSummary(
  results: readonly SheetResult[],
  rules: Rules,
  scoredAt: Date,
  title = WORKBOOK_SOURCE,
  options: SummaryOptions = {},
): SummaryPlan {
  const scored = results.filter((r) => r.indicators.length > 0);
  if (scored.length === 1) return buildSummary(scored[0], rules, scoredAt, options);
  return planFor(
    {
      source: WORKBOOK_SOURCE,
      sheetName: WORKBOOK_SUMMARY_NAME,
      title,
      sheets: scored.map((r) => r.sheet),
      tables: scored.flatMap((r) => r.tables),
      indicators: scored.flatMap((r) => r.indicators),
    },
    rules,
    scoredAt,
    options,
  );
}
