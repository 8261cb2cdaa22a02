/** Cells every summary table writes the same way: headings, header rows, names and targets. */
import type { ScoredIndicator, Target } from '../model';
import { ALL } from './columns';
import type { SummaryGrid } from './grid';
import { oneLine } from './narrative';
import { formatValue, styleOf, valueFormat } from './numbers';

export function targetCell(g: SummaryGrid, row: number, col: number, target: Target | null): void {
  if (!target) g.text(row, col, 'Not set', 'td');
  else if (target.kind === 'value')
    g.number(row, col, target.value.value, valueFormat(styleOf(target.value)), 'td-num');
  else
    g.text(
      row,
      col,
      `${formatValue(target.low.value, styleOf(target.low))} to ${formatValue(target.high.value, styleOf(target.high))}`,
      'td',
    );
}

export function nameCell(g: SummaryGrid, row: number, ind: ScoredIndicator): void {
  g.text(row, 0, oneLine(ind.source.name), 'td');
}

export function heading(g: SummaryGrid, row: number, text: string): void {
  g.text(row, 0, text, 'heading', ALL, 1.1);
  g.minHeight(row, 20);
}

/** A table's header row, one cell per column from A; returns the column names for the table. */
export function headerRow(g: SummaryGrid, row: number, labels: { text: string; num?: boolean }[]): string[] {
  labels.forEach((l, col) => g.text(row, col, l.text, l.num ? 'th-num' : 'th'));
  return labels.map((l) => l.text);
}
