/**
 * Long format broken down (long-format.ts, evidence step 3a): public data downloads give each
 * measure once per area, sex, age group or provider for every period ("Indicator Name | Area Name
 * | Time period | Value"). The name then repeats within one period, and each of its series is told
 * apart by a breakdown column. This step finds the fewest such columns (one, else two) that make
 * every series hold each period once; the series is then one indicator, named with its breakdown
 * ("Smoking status at time of delivery — Derby"). No such columns: no breakdown, and the table is
 * left to the register reading as before.
 */
import type { Grid } from './grid';
import type { LongHeader } from './long-header';
import type { Row } from './long-rows';

/** Candidate columns tried alone, and in pairs among the first few. */
const MAX_PAIRED = 6;

/** Headers naming what a breakdown is by: preferred over codes and other text columns. */
const BREAKDOWN_WORDS =
  /\b(name|area|geography|region|location|locality|place|ward|district|borough|authority|la|organisation|organization|provider|trust|site|service|sex|gender|age|group|category|ethnicity|breakdown|cohort|population)\b/;

/** Headers naming a code or an id: the same breakdown as its label column, less readable. */
const CODE_WORDS = /\b(code|codes|id|ref|reference)\b/;

/** Text columns of the table that are not one of the long-format roles, in the order to try them. */
function candidates(grid: Grid, h: LongHeader, rows: readonly Row[]): number[] {
  const roles = new Set(
    [h.key, h.name, h.period, h.subPeriod, h.actual, h.target, h.direction, h.status, h.unit].filter(
      (c): c is number => c !== undefined,
    ),
  );
  // Named breakdowns first, their labels before their codes ("Area Name" before "Area Code"), then other text.
  const ranked: { c: number; rank: number }[] = [];
  for (let c = h.first; c <= h.last; c++) {
    if (roles.has(c) || grid.isBlank(h.row, c)) continue;
    let text = 0;
    let filled = 0;
    for (const row of rows) {
      if (grid.isBlank(row.r, c)) continue;
      filled++;
      if (grid.isString(row.r, c)) text++;
    }
    // Labels on (nearly) every row: a column of figures or a sparse note column is no breakdown.
    if (filled < rows.length * 0.9 || text < filled * 0.9) continue;
    const header = grid.lower(h.row, c);
    ranked.push({ c, rank: (BREAKDOWN_WORDS.test(header) ? 2 : 0) - (CODE_WORDS.test(header) ? 1 : 0) });
  }
  // Stable: equal ranks keep the sheet's order.
  return ranked.sort((a, b) => b.rank - a.rank).map((x) => x.c);
}

/** True when, keyed by name and these columns, every series holds each period once. */
function tellsApart(grid: Grid, rows: readonly Row[], cols: readonly number[]): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const id = `${keyWith(grid, row, cols)}\u0000${row.period.order}`;
    if (seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

function keyWith(grid: Grid, row: Row, cols: readonly number[]): string {
  let key = row.key;
  for (const c of cols) key += `\u0001${grid.lower(row.r, c)}`;
  return key;
}

/** True when some name holds one period twice: the table is broken down. */
function repeatsWithinPeriod(rows: readonly Row[]): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const id = `${row.key}\u0000${row.period.order}`;
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/**
 * The rows keyed by name and breakdown, each with its breakdown's words for the indicator's name;
 * the rows as they are where nothing repeats, null where no breakdown tells the series apart.
 */
export function withBreakdown(grid: Grid, h: LongHeader, rows: Row[]): Row[] | null {
  if (!repeatsWithinPeriod(rows)) return rows;
  const cands = candidates(grid, h, rows);
  let found: number[] | undefined = cands.map((c) => [c]).find((cols) => tellsApart(grid, rows, cols));
  for (let i = 0; !found && i < Math.min(cands.length, MAX_PAIRED); i++)
    for (let j = i + 1; !found && j < Math.min(cands.length, MAX_PAIRED); j++)
      if (tellsApart(grid, rows, [cands[i], cands[j]])) found = [cands[i], cands[j]];
  if (!found) return null;
  const cols = found;
  return rows.map((row) => ({
    ...row,
    key: keyWith(grid, row, cols),
    breakdown: cols.map((c) => grid.trimmed(row.r, c)).join(', '),
  }));
}
