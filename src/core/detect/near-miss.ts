/**
 * The message for a header row that has figure columns but no column of indicator names: it says
 * which column is missing, what it found, and how to map the table, in the pane or with --map.
 */
import { columnLetters } from '../a1';
import type { Grid } from './grid';
import { keywordRole } from './headers';

const SAID: Record<string, string> = { target: 'target', actual: 'actual', status: 'status', earlier: 'previous' };

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name}'`;
}

export function nearMissMessage(grid: Grid, r: number): string {
  const found: string[] = [];
  const map: string[] = ['name=?'];
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    const role = keywordRole(grid.lower(r, c));
    if (!role || !(role in SAID)) continue;
    const letters = columnLetters(c + grid.left);
    found.push(`${SAID[role]} in ${letters}`);
    if (role === 'target' || role === 'actual' || role === 'status') map.push(`${role}=${letters}`);
  }
  let last = r;
  while (last + 1 < grid.rows && grid.rowFilled[last + 1] > 0 && last - r < 100_000) last++;
  const range = `${columnLetters(grid.rowFirst[r] + grid.left)}${r + grid.top + 1}:${columnLetters(grid.rowLast[r] + grid.left)}${last + grid.top + 1}`;
  return (
    `Row ${r + grid.top + 1} looks like a table header (${found.join(', ')}) but no column holds the indicator names: ` +
    `no header says "Measure", "KPI" or "Indicator", and no column under it is a list of names. Not scored. ` +
    `Map the table in the pane, or on the command line: --map "${quoteSheet(grid.name)}!${range} ${map.join(' ')}" with the names' column for "?".`
  );
}
