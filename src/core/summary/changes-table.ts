/** Changes since the last report (ratings history): moved up, moved down, newly rated, no longer reported. */
import type { Rules } from '../rules/types';
import { statusWordOf } from './board-words';
import { DASH } from './columns';
import type { SummaryGrid } from './grid';
import type { Changes } from './history';
import { statusStyleKey } from './styles';
import { headerRow, heading, nameCell } from './table-cells';
import { excelTableName } from './tables';

const MOVEMENT_TEXT = { up: '▲ Moved up', down: '▼ Moved down', new: '◆ Newly rated', same: '■ No change' };
const MOVEMENT_STYLE = { up: 'dir-better', down: 'dir-worse', new: 'dir-same', same: 'dir-same' };

/** Changes since the last report: moved up, moved down, newly rated, no longer reported. */
export function changesTable(g: SummaryGrid, start: number, changes: Changes, rules: Rules, source: string): number {
  const moved = (['down', 'up', 'new'] as const).flatMap((k) => changes.movements.filter((m) => m.kind === k));
  const count = moved.length + changes.noLongerReported.length;
  if (!changes.previousPeriod || count === 0) return start;
  let row = start;
  heading(g, row++, `Changes since the last report (${count})`);
  const header = row;
  const columns = headerRow(g, row++, [
    { text: 'Indicator' },
    { text: 'Change' },
    { text: 'Previous status' },
    { text: 'Status now' },
    { text: 'Previous report' },
  ]);
  for (const m of moved) {
    nameCell(g, row, m.indicator);
    g.text(row, 1, MOVEMENT_TEXT[m.kind], MOVEMENT_STYLE[m.kind]);
    if (m.previous) {
      const symbol = rules.status[m.previous.status].symbol;
      g.text(row, 2, symbol ? `${symbol} ${m.previous.word}` : m.previous.word, statusStyleKey(m.previous.status));
    } else g.text(row, 2, DASH, 'td');
    g.text(row, 3, statusWordOf(rules, m.indicator), statusStyleKey(m.indicator.status));
    g.text(row, 4, m.previous ? m.previous.period : DASH, 'td');
    row++;
  }
  for (const h of changes.noLongerReported) {
    const last = h.ratings[h.ratings.length - 1];
    g.text(row, 0, h.name, 'td');
    g.text(row, 1, 'No longer reported', 'dir-same');
    const symbol = rules.status[last.status].symbol;
    g.text(row, 2, symbol ? `${symbol} ${last.word}` : last.word, statusStyleKey(last.status));
    g.text(row, 3, DASH, 'td');
    g.text(row, 4, last.period, 'td');
    row++;
  }
  g.table(excelTableName('Changes since the last report', source), header, row - 1, columns);
  return row + 1;
}
