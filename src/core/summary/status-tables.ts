/**
 * Performing well and areas for focus: each indicator's figure, target, status, variance, trend
 * and previous status, or by direction of travel where no indicator has a target.
 */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { boardVariance, statusWordOf } from './board-words';
import { DASH } from './columns';
import type { SummaryGrid } from './grid';
import { indicatorKey, type Changes, type Movement } from './history';
import { trendText } from './labels';
import { oneLine } from './narrative';
import { styleOf, valueFormat } from './numbers';
import { statusStyleKey, trendStyleKey } from './styles';
import { headerRow, heading, nameCell, targetCell } from './table-cells';
import { excelTableName } from './tables';

const DIRECTION_COLUMNS = ['Indicator', 'Latest value', 'Previous figure', 'Status', 'Trend'];

/**
 * Rows rated without targets (by direction of travel): the latest and previous figures, the status
 * and the trend, with no Target or Variance columns that would be empty in every row.
 */
function directionRows(
  g: SummaryGrid,
  start: number,
  list: ScoredIndicator[],
  rules: Rules,
  withSheet: boolean,
): number {
  let row = start;
  DIRECTION_COLUMNS.forEach((text, col) => g.text(row, col, text, col === 1 || col === 2 ? 'th-num' : 'th'));
  if (withSheet) g.text(row, DIRECTION_COLUMNS.length, 'Sheet', 'th');
  row++;
  for (const ind of list) {
    nameCell(g, row, ind);
    if (ind.actual) g.number(row, 1, ind.actual.value, valueFormat(styleOf(ind.actual)), 'td-num');
    else g.text(row, 1, DASH, 'td-num');
    if (ind.previous) g.number(row, 2, ind.previous.value, valueFormat(styleOf(ind.previous)), 'td-num');
    else g.text(row, 2, DASH, 'td-num');
    g.text(row, 3, statusWordOf(rules, ind), statusStyleKey(ind.status));
    g.text(row, 4, trendText(rules, ind.trend), trendStyleKey(ind.trend));
    if (withSheet) g.text(row, DIRECTION_COLUMNS.length, oneLine(ind.source.sheet), 'td');
    row++;
  }
  return row;
}

/** Performing well / areas for focus: indicator, latest value, target, status, variance, trend. */
export function statusTable(
  g: SummaryGrid,
  start: number,
  title: string,
  list: ScoredIndicator[],
  rules: Rules,
  source: string,
  withSheet = false,
  changes?: Changes,
): number {
  let row = start;
  heading(g, row++, `${title} (${list.length})`);
  const previous = previousWords(changes, rules);
  const header = row;
  if (!list.some((i) => i.target !== null)) {
    row = directionRows(g, row, list, rules, withSheet);
    g.table(excelTableName(title, source), header, row - 1, [...DIRECTION_COLUMNS, ...(withSheet ? ['Sheet'] : [])]);
    return row;
  }
  // A trend column of "No earlier figure" in every row says nothing: leave it out.
  const withTrend = list.some((i) => i.trend !== null);
  const columns = headerRow(g, row++, [
    { text: 'Indicator' },
    { text: 'Latest value', num: true },
    { text: 'Target', num: true },
    { text: 'Status' },
    { text: 'Variance against target' },
    ...(withTrend ? [{ text: 'Trend' }] : []),
    ...(previous ? [{ text: 'Previous' }] : []),
    ...(withSheet ? [{ text: 'Sheet' }] : []),
  ]);
  for (const ind of list) {
    nameCell(g, row, ind);
    if (ind.actual) g.number(row, 1, ind.actual.value, valueFormat(styleOf(ind.actual)), 'td-num');
    else g.text(row, 1, DASH, 'td-num');
    targetCell(g, row, 2, ind.target);
    g.text(row, 3, statusWordOf(rules, ind), statusStyleKey(ind.status));
    g.text(row, 4, boardVariance(ind) || DASH, 'td');
    let col = 5;
    if (withTrend) g.text(row, col++, trendText(rules, ind.trend), trendStyleKey(ind.trend));
    if (previous) {
      const was = previous.get(indicatorKey(ind));
      if (was) g.text(row, col++, was.text, statusStyleKey(was.status));
      else g.text(row, col++, DASH, 'td');
    }
    if (withSheet) g.text(row, col, oneLine(ind.source.sheet), 'td');
    row++;
  }
  g.table(excelTableName(title, source), header, row - 1, columns);
  return row;
}

/** Each indicator's previous status as the summary shows it, or null when there is no earlier report. */
function previousWords(
  changes: Changes | undefined,
  rules: Rules,
): Map<string, { text: string; status: Movement['indicator']['status'] }> | null {
  if (!changes?.previousPeriod) return null;
  const out = new Map<string, { text: string; status: Movement['indicator']['status'] }>();
  for (const m of changes.movements)
    if (m.previous) {
      const symbol = rules.status[m.previous.status].symbol;
      out.set(indicatorKey(m.indicator), {
        text: symbol ? `${symbol} ${m.previous.word}` : m.previous.word,
        status: m.previous.status,
      });
    }
  return out;
}
