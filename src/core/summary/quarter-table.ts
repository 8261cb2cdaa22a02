/** The quarter on quarter table: this quarter against the previous one and the same quarter last year. */
import { ALL, DASH } from './columns';
import type { SummaryGrid } from './grid';
import { DIRECTION_TEXT } from './labels';
import { oneLine } from './narrative';
import { changeFormat, valueFormat } from './numbers';
import type { Comparison, QuarterFigure, QuarterRow, QuarterTable } from './quarter-on-quarter';
import { type QuarterKey, shortQuarterLabel } from './quarters';
import { directionStyleKey } from './styles';
import { headerRow, heading, nameCell } from './table-cells';
import { excelTableName } from './tables';

function figureCell(g: SummaryGrid, row: number, col: number, fig: QuarterFigure | null, r: QuarterRow): void {
  if (fig) g.number(row, col, fig.value, valueFormat(r.style), 'td-num');
  else g.text(row, col, DASH, 'td-num');
}

function comparisonCells(g: SummaryGrid, row: number, col: number, c: Comparison | null, r: QuarterRow): void {
  if (!c) {
    g.text(row, col, DASH, 'td-num');
    g.text(row, col + 1, DASH, 'td');
    return;
  }
  g.number(row, col, c.change, changeFormat(r.style), 'td-num');
  g.text(row, col + 1, DIRECTION_TEXT[c.direction], directionStyleKey(c.direction));
}

const FOLD_WORDS = {
  last: "the last month's figure",
  sum: 'the total of its months',
  mean: 'the average of its months',
} as const;

function foldNote(rows: QuarterRow[]): string {
  const folds = new Set(rows.map((r) => r.fold));
  const parts = [...folds].map((f) => {
    const names = rows.filter((r) => r.fold === f).map((r) => oneLine(r.indicator.source.name));
    return folds.size === 1 ? FOLD_WORDS[f] : `${FOLD_WORDS[f]} for ${names.join(', ')}`;
  });
  const notes = ['Better or worse follows each indicator’s polarity'];
  const said = new Set(rows.flatMap((r) => [r.onPrevious?.direction, r.onLastYear?.direction]));
  if (said.has('no-polarity')) notes.push('“Not judged” means the sheet does not say which way is good');
  if (said.has('part-quarter')) notes.push('“Part quarter” means a total still missing months');
  return `Each quarter's figure is ${parts.join('; ')}. Quarters are UK financial quarters (Q1 April to June ... Q4 January to March). ${notes.join('; ')}.`;
}

export function quarterTable(g: SummaryGrid, start: number, q: QuarterTable, source: string): number {
  let row = start;
  const label = (k: QuarterKey): string => shortQuarterLabel(k, q.nominal);
  heading(g, row++, `Quarter on quarter: ${label(q.current)} (${q.rows.length})`);
  // Header names are unique and on one line: Excel table columns need distinct names. The last
  // year's columns are left out when no indicator reaches back a year.
  const withLastYear = q.rows.some((r) => r.lastYear !== null);
  const header = row;
  const columns = headerRow(g, row, [
    { text: 'Indicator' },
    { text: `This quarter ${label(q.current)}`, num: true },
    { text: `Previous quarter ${label(q.previous)}`, num: true },
    { text: 'Change on previous quarter', num: true },
    { text: 'Better or worse than previous quarter' },
    ...(withLastYear
      ? [
          { text: q.nominal ? 'Same quarter last year' : `Same quarter last year ${label(q.lastYear)}`, num: true },
          { text: 'Change on last year', num: true },
          { text: 'Better or worse than last year' },
        ]
      : []),
  ]);
  row++;
  for (const r of q.rows) {
    nameCell(g, row, r.indicator);
    figureCell(g, row, 1, r.current, r);
    figureCell(g, row, 2, r.previous, r);
    comparisonCells(g, row, 3, r.onPrevious, r);
    if (withLastYear) {
      figureCell(g, row, 5, r.lastYear, r);
      comparisonCells(g, row, 6, r.onLastYear, r);
    }
    row++;
  }
  g.table(excelTableName('Quarter on quarter', source), header, row - 1, columns);
  g.text(row++, 0, foldNote(q.rows), 'note', ALL, 0.85);
  return row;
}
