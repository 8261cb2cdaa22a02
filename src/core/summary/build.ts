/**
 * buildSummary: a scored sheet to a host-neutral plan for its board summary tab. Pure: the .xlsx
 * and Excel writers turn the plan into a sheet; tests read it cell by cell.
 */
import type { SheetResult } from '../pipeline';
import type { Rules } from '../rules/types';
import type { CellRange } from '../snapshot';
import { statusCounts } from './groups';
import { LAST_COL, layoutSummary } from './layout';
import { escapeFooterText, summaryMarker } from './marker';
import { compareNarrative } from './how-we-compare';
import { buildNarrative, oneLine } from './narrative';
import { quarterOnQuarter } from './quarter-on-quarter';
import { pageBreaks } from './pagination';
import { reportPeriod } from './report-period';
import { statedPeriod } from './sheet-period';
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

export function buildSummary(result: SheetResult, rules: Rules, scoredAt: Date): SummaryPlan {
  const indicators = result.indicators;
  // The sheet's own words for its period: table titles first, then the sheet's name.
  const titles = result.tables.map((t) => t.title ?? '');
  const period = reportPeriod(indicators, statedPeriod([...titles, result.sheet]));
  const quarters = period.quarter ? quarterOnQuarter(indicators, rules, period.quarter, period.nominal) : null;
  const narrative = [
    ...buildNarrative({ source: result.sheet, indicators, rules, period, quarters }),
    ...compareNarrative(indicators),
  ];
  const layout = layoutSummary({
    source: result.sheet,
    rules,
    scoredAt,
    period,
    indicators,
    counts: statusCounts(indicators, rules),
    quarters,
    narrative,
  });
  return {
    sheetName: summarySheetName(result.sheet),
    sourceSheet: result.sheet,
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
      footer: { left: summaryMarker(result.sheet), center: escapeFooterText(period.label), right: 'Page &P of &N' },
    },
    chart: layout.chart,
    tables: layout.tables,
    document: {
      title: `Performance indicators: ${oneLine(result.sheet)}, ${period.label}`,
      language: SUMMARY_LANGUAGE,
    },
    narrative,
  };
}
