/** Indicators by status: the counts table, its total, and the chart drawn over the cells beside it. */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { commonStatusText } from './board-words';
import { shareText } from './chart';
import { ALL, LAST_COL } from './columns';
import type { SummaryGrid } from './grid';
import type { StatusCount } from './groups';
import { statusStyleKey } from './styles';
import { headerRow, heading } from './table-cells';
import { excelTableName } from './tables';
import type { ChartCategory, SummaryChart } from './types';

/** Chart rows are taller so the Excel chart over them is readable. */
const CHART_ROW_POINTS = 21;

/** The chart's alt text and caption: every bar as its word, count and share, then the total. */
export function chartAltText(title: string, categories: ChartCategory[]): string {
  const total = categories.reduce((n, c) => n + c.count, 0);
  const bars = categories.map((c) => `${c.label} ${c.count}${total > 0 ? ` (${shareText(c.count, total)})` : ''}`);
  return `Chart: ${title}, one bar per status. ${bars.join('; ')}. Total ${total} indicator${total === 1 ? '' : 's'}.`;
}

export function countsTable(
  g: SummaryGrid,
  start: number,
  counts: StatusCount[],
  rules: Rules,
  source: string,
  indicators: ScoredIndicator[],
): { row: number; chart: SummaryChart } {
  let row = start;
  heading(g, row++, 'Indicators by status');
  const headerAt = row;
  const columns = headerRow(g, row++, [{ text: 'Status' }, { text: 'Indicators', num: true }]);
  const first = row;
  const categories: ChartCategory[] = [];
  for (const c of counts) {
    const label = commonStatusText(rules, c.status, indicators);
    g.text(row, 0, label, statusStyleKey(c.status));
    g.number(row, 1, c.count, '0', 'td-num');
    g.minHeight(row, CHART_ROW_POINTS);
    // Bars in the status's text colour: it keeps 3:1 on the white page, where the pale fills do not.
    const look = rules.status[c.status];
    categories.push({ status: c.status, label, count: c.count, fill: look.fontColor || look.fill || '#595959' });
    row++;
  }
  const rowCount = row - first;
  g.table(excelTableName('Indicators by status', source), headerAt, row - 1, columns);
  // The total sits under the table, not in it: sorting or filtering the table keeps it true.
  g.text(row, 0, 'Total', 'td-bold');
  g.number(
    row,
    1,
    counts.reduce((n, c) => n + c.count, 0),
    '0',
    'td-num-bold',
  );
  row++;
  const title = 'Indicators by status';
  const altText = chartAltText(title, categories);
  const caption = { row, col: 0 };
  g.text(row++, 0, altText, 'note', ALL, 0.85);
  const chart: SummaryChart = {
    title,
    altText,
    caption,
    categories,
    labels: { row: first, col: 0, rowCount, colCount: 1 },
    values: { row: first, col: 1, rowCount, colCount: 1 },
    area: { row: headerAt, col: 2, rowCount: row - 1 - headerAt, colCount: LAST_COL - 1 },
  };
  return { row, chart };
}
