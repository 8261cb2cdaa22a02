/**
 * Long format with a breakdown column (long-format.ts): one row per indicator per period per area
 * ("indicator_name | period_end | area | value | target"). The same indicator and period repeat,
 * once per area, so the rows do not group into one series per indicator. A column of the table's
 * own that no role took, holding a few short texts that repeat (areas, wards, providers, age
 * groups), and that makes each indicator's periods distinct once its value is added to the key, is
 * the breakdown: each indicator and area is one series ("Delayed discharges - North").
 */
import type { Grid } from './grid';
import type { LongHeader } from './long-header';
import { groupRows, type Row } from './long-rows';

/** Breakdown values are labels: short, and fewer than the rows (they repeat). */
const MAX_LABEL = 40;

function roleColumns(h: LongHeader): Set<number> {
  const used = [h.key, h.name, h.period, h.subPeriod, h.actual, h.target, h.direction, h.status, h.unit];
  return new Set(used.filter((c): c is number => c !== undefined));
}

/** True when column c holds a short text on every row, with fewer distinct texts than rows. */
function labelColumn(grid: Grid, rows: readonly Row[], c: number): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    if (!grid.isString(row.r, c)) return false;
    const t = grid.lower(row.r, c);
    if (t === '' || t.length > MAX_LABEL) return false;
    seen.add(t);
  }
  return seen.size >= 2 && seen.size < rows.length;
}

/**
 * The breakdown column and the series it gives, or null when no column makes the rows group. Tried
 * only where the rows do not group as they are: each candidate is one pass over the rows.
 */
export function splitByBreakdown(
  grid: Grid,
  h: LongHeader,
  rows: Row[],
  unparsed: number,
): { col: number; groups: Map<string, Row[]> } | null {
  const used = roleColumns(h);
  for (let c = h.first; c <= h.last; c++) {
    if (used.has(c) || !labelColumn(grid, rows, c)) continue;
    const keyed = rows.map((row) => ({ ...row, key: `${row.key}\u0000${grid.lower(row.r, c)}` }));
    const groups = groupRows(keyed, unparsed);
    if (groups) return { col: c, groups };
  }
  return null;
}
