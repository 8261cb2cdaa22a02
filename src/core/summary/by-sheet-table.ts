/** A workbook summary's counts per sheet: a row per sheet, a column per rating, then not rated and total. */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { commonStatusText } from './board-words';
import type { SummaryGrid } from './grid';
import type { StatusCount } from './groups';
import { oneLine } from './narrative';
import { headerRow, heading } from './table-cells';
import { excelTableName } from './tables';

/** Statuses that are not a rating, counted together per sheet. */
const UNRATED = new Set(['NO_DATA', 'NO_TARGET', 'NOT_SCORED']);

/** Each sheet's counts in one table: a row per sheet, a column per rating, then not rated and total. */
export function bySheetTable(
  g: SummaryGrid,
  start: number,
  sheets: string[],
  indicators: ScoredIndicator[],
  counts: StatusCount[],
  rules: Rules,
  source: string,
): number {
  let row = start;
  heading(g, row++, `By sheet (${sheets.length})`);
  const rated = counts.filter((c) => !UNRATED.has(c.status)).map((c) => c.status);
  const withUnrated = indicators.some((i) => UNRATED.has(i.status));
  const header = row;
  const columns = headerRow(g, row++, [
    { text: 'Sheet' },
    ...rated.map((s) => ({ text: commonStatusText(rules, s, indicators), num: true })),
    ...(withUnrated ? [{ text: 'Not rated', num: true }] : []),
    { text: 'Total', num: true },
  ]);
  for (const sheet of sheets) {
    const mine = indicators.filter((i) => i.source.sheet === sheet);
    g.text(row, 0, oneLine(sheet), 'td');
    let col = 1;
    for (const s of rated) g.number(row, col++, mine.filter((i) => i.status === s).length, '0', 'td-num');
    if (withUnrated) g.number(row, col++, mine.filter((i) => UNRATED.has(i.status)).length, '0', 'td-num');
    g.number(row, col, mine.length, '0', 'td-num');
    row++;
  }
  g.table(excelTableName('By sheet', source), header, row - 1, columns);
  return row;
}
