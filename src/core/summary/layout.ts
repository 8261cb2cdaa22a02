/**
 * Where everything goes on the summary page (columns.ts: eight columns that print one A4
 * landscape page wide). Order follows a board paper: title and period, the narrative, counts by
 * status with a chart, performing well, areas for focus, quarter on quarter, what was not rated,
 * and a key. Each section's table is laid out in a file of its own.
 */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import type { CellRange } from '../snapshot';
import { bySheetTable } from './by-sheet-table';
import { changesTable } from './changes-table';
import { ALL, columnWidthsFor } from './columns';
import { countsTable } from './counts-table';
import { SummaryGrid } from './grid';
import { areasForFocus, notRated, performingWell, type StatusCount } from './groups';
import type { Changes } from './history';
import { howWeCompareSection } from './how-we-compare-layout';
import { keyText } from './key-text';
import { oneLine } from './narrative';
import { notRatedTable } from './not-rated-table';
import type { Section } from './pagination';
import { quarterTable } from './quarter-table';
import type { QuarterTable } from './quarter-on-quarter';
import { MONTH_NAMES } from './quarters';
import type { ReportPeriod } from './report-period';
import { statusTable } from './status-tables';
import { heading } from './table-cells';
import type { SummaryCell, SummaryChart, SummaryTable } from './types';

export { COLUMN_WIDTHS, LAST_COL, columnWidthsFor } from './columns';
export { chartAltText } from './counts-table';

export interface LayoutInput {
  source: string;
  rules: Rules;
  scoredAt: Date;
  period: ReportPeriod;
  indicators: ScoredIndicator[];
  counts: StatusCount[];
  quarters: QuarterTable | null;
  narrative: string[];
  /**
   * A summary of several sheets (the workbook's board summary): the title, and the sheets in
   * workbook order. Tables then name each indicator's sheet and a table gives each sheet's counts.
   */
  workbook?: { title: string; sheets: string[] };
  /** What changed since the last report on record (ratings history); absent or empty for a first report. */
  changes?: Changes;
}

export interface Layout {
  /** Heading-led sections (for page breaks): heading row to last row. */
  sections: Section[];
  cells: SummaryCell[];
  merges: CellRange[];
  rowHeights: Record<number, number>;
  chart: SummaryChart;
  tables: SummaryTable[];
  lastRow: number;
  columnWidths: number[];
}

/** "21 November 2026", on the user's own clock. */
export function longDate(d: Date): string {
  return `${d.getDate()} ${MONTH_NAMES[d.getMonth()]} ${d.getFullYear()}`;
}

/** Sections run from each heading to the last filled row before the next heading (or the end). */
function sectionsOf(g: SummaryGrid, lastRow: number): Section[] {
  const headings = [...new Set(g.cells.filter((c) => c.style === 'heading').map((c) => c.row))].sort((a, b) => a - b);
  const filled = new Set(g.cells.map((c) => c.row));
  return headings.map((start, i) => {
    let end = i + 1 < headings.length ? headings[i + 1] - 1 : lastRow;
    while (end > start && !filled.has(end)) end--;
    return { start, end };
  });
}

export function layoutSummary(input: LayoutInput): Layout {
  const { rules } = input;
  const columnWidths = columnWidthsFor(rules, input.indicators);
  const g = new SummaryGrid(columnWidths);
  let row = 0;
  g.text(row, 0, `Performance indicators: ${oneLine(input.workbook?.title ?? input.source)}`, 'title', ALL, 1.5);
  g.minHeight(row++, 24);
  g.text(
    row,
    0,
    input.period.upTo ? `${input.period.label}. ${input.period.upTo}.` : input.period.label,
    'period',
    ALL,
    1.2,
  );
  g.minHeight(row++, 18);
  g.text(row++, 0, `Scored on ${longDate(input.scoredAt)} by Scorelight.`, 'meta', ALL);
  row++;
  heading(g, row++, 'Summary');
  for (const p of input.narrative) {
    // Paragraphs get a little air below them, the same for one line as for three.
    g.text(row, 0, p, 'narrative', ALL);
    g.paragraph(row++, p, ALL);
  }
  row++;
  const counts = countsTable(g, row, input.counts, rules, input.source, input.indicators);
  row = counts.row + 1;
  const wb = input.workbook;
  const withSheet = wb !== undefined && wb.sheets.length > 1;
  if (wb && withSheet) row = bySheetTable(g, row, wb.sheets, input.indicators, input.counts, rules, input.source) + 1;
  row = howWeCompareSection(g, row, input.indicators, rules, input.source);
  // Sections with no rows are left out; the narrative says "there are no areas for focus".
  const good = performingWell(input.indicators);
  if (good.length > 0)
    row = statusTable(g, row, 'Performing well', good, rules, input.source, withSheet, input.changes) + 1;
  const focus = areasForFocus(input.indicators);
  if (focus.length > 0)
    row = statusTable(g, row, 'Areas for focus', focus, rules, input.source, withSheet, input.changes) + 1;
  if (input.changes) row = changesTable(g, row, input.changes, rules, input.source);
  // No section without rows: a quarter with nothing to compare is left out.
  if (input.quarters && input.quarters.rows.length > 0) row = quarterTable(g, row, input.quarters, input.source) + 1;
  const unrated = notRated(input.indicators);
  if (unrated.length > 0) row = notRatedTable(g, row, unrated, rules, input.source, withSheet) + 1;
  g.text(row, 0, keyText(rules, input.indicators), 'note', ALL, 0.85);
  return {
    sections: sectionsOf(g, row),
    cells: g.cells,
    merges: g.merges,
    rowHeights: g.rowHeights,
    chart: counts.chart,
    tables: g.tables,
    lastRow: row,
    columnWidths,
  };
}
