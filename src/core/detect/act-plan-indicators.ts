/**
 * Act/Plan tables (act-plan-rows.ts) to indicators: one per metric and area, the Act row its series,
 * the Plan row its targets per period, a RAG row where its status goes; and the table's output columns.
 */
import type { IndicatorSource } from '../model';
import { indicatorId } from './draft';
import type { Grid } from './grid';
import { keywordRole } from './column-words';
import type { RoleLabel } from './act-plan-labels';
import { columnFree, freeColumnsRight } from './output-cells';
import { latestFilled, rowValues, type PeriodColumn } from './series';

export interface RoleRow {
  r: number;
  label: RoleLabel;
  area: string;
  /** Which block of the table (each under its own period row) the row is in. */
  block: number;
}

export interface RoleTable {
  header: number;
  label: number;
  /** Each block's period columns, oldest first: blocks stacked under their own period rows. */
  blocks: PeriodColumn[][];
  rows: RoleRow[];
  last: number;
  lastCol: number;
}

/** One metric and area in one block: its Act, Plan and RAG rows share it. */
function metricKey(row: RoleRow): string {
  return `${row.block}\u0000${row.label.base.toLowerCase()}\u0000${row.area.toLowerCase()}`;
}

interface RoleGroup {
  actual?: number;
  target?: number;
  /** A RAG row: the status goes in its cell of the current period. */
  status?: number;
  name: string;
  block: number;
}

/**
 * The author's ratings in a RAG row for periods before the current one, each with the figure and
 * target it rated: which way is good, where nothing else says (polarity evidence 5).
 */
function earlierRatings(
  grid: Grid,
  g: RoleGroup,
  periods: PeriodColumn[],
  now: PeriodColumn['period'] | undefined,
): NonNullable<IndicatorSource['earlierRatings']> {
  const rated: NonNullable<IndicatorSource['earlierRatings']> = [];
  const { status, actual, target } = g;
  if (status === undefined || actual === undefined || target === undefined) return rated;
  for (const p of periods) {
    if (p.period === now) continue;
    const c = p.col;
    if (grid.isBlank(status, c) || grid.isOwned(status, c) || grid.isBlank(actual, c) || grid.isBlank(target, c))
      continue;
    rated.push({
      rating: grid.source(status, c),
      actual: grid.source(actual, c),
      target: grid.source(target, c),
      period: p.period.label,
    });
  }
  return rated;
}

export function roleIndicators(grid: Grid, t: RoleTable, out: (number | undefined)[]): IndicatorSource[] {
  const groups = new Map<string, RoleGroup>();
  for (const row of t.rows) {
    const key = metricKey(row);
    const g = groups.get(key) ?? {
      name: row.area ? `${row.label.base} (${row.area})` : row.label.base,
      block: row.block,
    };
    if (row.label.role === 'actual') g.actual ??= row.r;
    if (row.label.role === 'target') g.target ??= row.r;
    if (row.label.role === 'status') g.status ??= row.r;
    groups.set(key, g);
  }
  // The current period is each block's own latest period with a figure in an actual row.
  const current = t.blocks.map((periods, b) => {
    const actualRows: number[] = [];
    for (const g of groups.values()) if (g.block === b && g.actual !== undefined) actualRows.push(g.actual);
    const latest = latestFilled(grid, actualRows, periods);
    return latest >= 0 ? periods[latest].period : undefined;
  });
  const indicators: IndicatorSource[] = [];
  for (const g of groups.values()) {
    if (g.actual === undefined) continue;
    const periods = t.blocks[g.block];
    const ind: IndicatorSource = {
      id: indicatorId(grid, g.actual, t.label),
      sheet: grid.name,
      layout: 'time-series',
      table: -1,
      name: g.name,
      nameCell: grid.ref(g.actual, t.label),
      values: rowValues(grid, g.actual, periods),
      comparators: [],
    };
    if (g.target !== undefined) ind.targetsByPeriod = rowValues(grid, g.target, periods);
    const now = current[g.block];
    if (now) ind.currentPeriod = now;
    const rated = earlierRatings(grid, g, periods, now);
    if (rated.length > 0) ind.earlierRatings = rated;
    const [status, trend, variance] = out;
    const ratedAt = g.status !== undefined ? periods.find((p) => p.period === now)?.col : undefined;
    if (ratedAt !== undefined && g.status !== undefined) ind.statusCell = grid.ref(g.status, ratedAt);
    else if (status !== undefined) ind.statusCell = grid.ref(g.actual, status);
    if (trend !== undefined) ind.trendCell = grid.ref(g.actual, trend);
    if (variance !== undefined) ind.varianceCell = grid.ref(g.actual, variance);
    indicators.push(ind);
  }
  return indicators;
}

export const OUTPUT_ROLES = ['status', 'trend', 'variance'] as const;

/**
 * The table's own output columns, right of its periods and headed so in the period row ("RAG",
 * "Direction of travel", "Variance"), else the first free columns right of the table: one column per
 * role, in the order status, trend, variance (undefined for none). A variance column holding the
 * author's figures is theirs, not ours.
 */
export function outputColumns(grid: Grid, t: RoleTable): { out: (number | undefined)[]; added: number[] } {
  // Every metric rated in its own RAG row: no status column is needed beside the table.
  const rated = everyMetricRated(t);
  const lastPeriod = t.blocks[0].reduce((m, p) => Math.max(m, p.col), -1);
  const own = new Map<string, number>();
  for (let c = lastPeriod + 1; lastPeriod >= 0 && c <= t.lastCol; c++) {
    if (!grid.isString(t.header, c)) continue;
    const role = keywordRole(grid.trimmed(t.header, c));
    if (role !== 'status' && role !== 'trend' && role !== 'variance') continue;
    if (own.has(role) || (role === 'variance' && !columnFree(grid, c, t.header + 1, t.last))) continue;
    own.set(role, c);
  }
  const missing = OUTPUT_ROLES.filter((role) => !own.has(role) && !(role === 'status' && rated));
  const added = freeColumnsRight(grid, t.lastCol, t.header, t.last, missing.length);
  missing.forEach((role, i) => own.set(role, added[i]));
  return { out: OUTPUT_ROLES.map((role) => own.get(role)), added };
}

/** True when every metric with an actual row has a RAG row of its own. */
function everyMetricRated(t: RoleTable): boolean {
  const rated = new Set(t.rows.filter((row) => row.label.role === 'status').map(metricKey));
  return rated.size > 0 && t.rows.every((row) => row.label.role !== 'actual' || rated.has(metricKey(row)));
}
