/** Indicators not rated this period: their last figure and its period, and the reason in board words. */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { boardReason, statusWordOf } from './board-words';
import { DASH } from './columns';
import type { SummaryGrid } from './grid';
import { oneLine } from './narrative';
import { styleOf, valueFormat } from './numbers';
import { statusStyleKey } from './styles';
import { headerRow, heading, nameCell, targetCell } from './table-cells';
import { excelTableName } from './tables';

export function notRatedTable(
  g: SummaryGrid,
  start: number,
  list: ScoredIndicator[],
  rules: Rules,
  source: string,
  withSheet = false,
): number {
  let row = start;
  heading(g, row++, `Not rated this period (${list.length})`);
  const header = row;
  // A target column that reads "Not set" in every row is left out: the reason says it.
  const withTarget = list.some((i) => i.target !== null);
  const columns = headerRow(g, row++, [
    { text: 'Indicator' },
    { text: 'Last figure', num: true },
    { text: 'Period of last figure' },
    { text: 'Status' },
    { text: 'Reason' },
    ...(withTarget ? [{ text: 'Target', num: true }] : []),
    ...(withSheet ? [{ text: 'Sheet' }] : []),
  ]);
  for (const ind of list) {
    nameCell(g, row, ind);
    const known = ind.actual ? { reading: ind.actual, period: ind.actualPeriod } : ind.lastKnown;
    if (known) g.number(row, 1, known.reading.value, valueFormat(styleOf(known.reading)), 'td-num');
    else g.text(row, 1, DASH, 'td-num');
    g.text(row, 2, known?.period?.label ? oneLine(known.period.label) : DASH, 'td');
    g.text(row, 3, statusWordOf(rules, ind), statusStyleKey(ind.status));
    g.text(row, 4, boardReason(ind), 'td');
    if (withTarget) targetCell(g, row, 5, ind.target);
    if (withSheet) g.text(row, withTarget ? 6 : 5, oneLine(ind.source.sheet), 'td');
    row++;
  }
  g.table(excelTableName('Not rated', source), header, row - 1, columns);
  return row;
}
