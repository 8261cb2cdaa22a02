/**
 * Several Status / Trend / Variance columns, one per period: a "Q1 | Q2 | Q3" banner over Actual /
 * Status in each group, or "Q1 RAG", "Q2 RAG" in one row. The table's outputs are the current
 * period's (SCORING.md: the latest period holding a value), as its actual is: the first period's
 * status column holds the author's rating of an older figure, neither this period's rating nor the
 * place for it. Where no output column names the current period, the reading stays as it was.
 */
import type { IndicatorSource, Period } from '../model';
import type { Grid } from './grid';
import type { HeaderLayout, PeriodOutput } from './header-row';

const ROLES = ['status', 'trend', 'variance'] as const;

/**
 * The same period, read from two headers: a banner and a role header, or "Q2 Actual" read in its
 * row and "Q2 RAG" on its own (their orders need not agree): the same kind, and no field differs.
 */
function samePeriod(a: Period, b: Period): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  let agree = 0;
  for (const k of ['year', 'month', 'day', 'fyStart', 'quarter'] as const) {
    const x = a[k];
    const y = b[k];
    if (x === undefined || y === undefined) continue;
    if (x !== y) return false;
    agree++;
  }
  return agree > 0 || a.order === b.order;
}

/** True when the author wrote figures in column c of these rows (their own variance arithmetic). */
function authorFigures(grid: Grid, rows: readonly number[], c: number): boolean {
  for (const r of rows) if (typeof grid.value(r, c) === 'number' && !grid.isOwned(r, c)) return true;
  return false;
}

/** The layout with the current period's status, trend and variance columns as its outputs. */
export function currentPeriodOutputs(
  grid: Grid,
  h: HeaderLayout,
  current: Period | undefined,
  rows: readonly number[],
): HeaderLayout {
  if (!h.periodOutputs || !current) return h;
  let out: HeaderLayout | undefined;
  for (const role of ROLES) {
    const cols: PeriodOutput[] = h.periodOutputs.filter((o) => o.role === role);
    if (cols.length < 2) continue;
    const mine = cols.find((o) => samePeriod(o.period, current));
    if (!mine || mine.col === h[role]) continue;
    out ??= { ...h };
    // A variance group the author fills with figures stays theirs in every period, even where the
    // current one is still blank: pointed at a column of their figures, ours goes beside the table.
    const theirs = role === 'variance' ? cols.find((o) => authorFigures(grid, rows, o.col)) : undefined;
    out[role] = theirs ? theirs.col : mine.col;
  }
  return out ?? h;
}

/**
 * The status columns of earlier periods, newest first: the words the author rates in (the current
 * period's column may still be blank) are the sheet's words for this period too.
 */
export function earlierStatusColumns(h: HeaderLayout, current: Period | undefined): number[] {
  if (!h.periodOutputs || !current) return [];
  const statuses = h.periodOutputs.filter((o) => o.role === 'status');
  // Orders compare among the status headers themselves (read alike), not with the actual's.
  const mine = statuses.find((o) => o.col === h.status && samePeriod(o.period, current));
  if (!mine) return [];
  return statuses
    .filter((o) => o.period.order < mine.period.order)
    .sort((a, b) => b.period.order - a.period.order)
    .map((o) => o.col);
}

/** An earlier period's group: its status column with the figure and target columns of the same period. */
export interface RatedGroup {
  status: number;
  actual: number;
  target: number;
  period: Period;
}

/**
 * The earlier periods' Value | Target | Status groups, newest first: each of the author's earlier
 * ratings with the figure and target it rated, so the rating says which way is good where the
 * current period is not rated yet (polarity evidence 5). Only where all three columns name the period.
 */
export function earlierRatedGroups(h: HeaderLayout, current: Period | undefined): RatedGroup[] {
  if (!h.periodOutputs || !h.periodTargets || !current) return [];
  const out: RatedGroup[] = [];
  for (const col of earlierStatusColumns(h, current)) {
    const period = h.periodOutputs.find((o) => o.col === col)!.period;
    const actual = h.periods.find((p) => samePeriod(p.period, period));
    const target = h.periodTargets.find((t) => samePeriod(t.period, period));
    if (actual && target) out.push({ status: col, actual: actual.col, target: target.col, period });
  }
  return out;
}

/** Each row's earlier ratings (the author's, not ours) with the figure and target they rated. */
export function addEarlierRatings(
  grid: Grid,
  groups: readonly RatedGroup[],
  rows: readonly number[],
  indicators: IndicatorSource[],
): void {
  if (groups.length === 0) return;
  rows.forEach((r, i) => {
    const rated: NonNullable<IndicatorSource['earlierRatings']> = [];
    for (const g of groups) {
      if (
        grid.isBlank(r, g.status) ||
        grid.isOwned(r, g.status) ||
        grid.isBlank(r, g.actual) ||
        grid.isBlank(r, g.target)
      )
        continue;
      rated.push({
        rating: grid.source(r, g.status),
        actual: grid.source(r, g.actual),
        target: grid.source(r, g.target),
        period: g.period.label,
      });
    }
    if (rated.length > 0) indicators[i].earlierRatings = rated;
  });
}
