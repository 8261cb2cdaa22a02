/**
 * Long format (issue 20 item 7): one row per indicator per period. Columns such as Indicator /
 * Measure / MeasureID, Year / Period / Date, Actual or Value, Target; the name (and a code, a
 * label, an owner) repeated on every row of the indicator. The rows of one indicator become one
 * indicator with its series.
 *
 * Reading, each step a named piece of evidence, combined in readLongTable:
 * - header words: each header is split into words ("ActualValue", "result_indicator_period_end",
 *   "Measure name") and given a role by them: key (an id or code of the measure), name, period,
 *   actual, target, direction, status, unit. A header naming a role and something else about it
 *   ("target year", "Y-axis max", "ValueFormat", "baseline value") has no role.
 * - period content: the period column's cells read as periods (year numbers under a Year header,
 *   real dates, "2019/20", "Q1 2020/21", "2024-01-14").
 * - grouping: the key (or the name) repeats with different periods. Most rows belong to an
 *   indicator with two or more periods, and no indicator has the same period twice. A table where
 *   every row has the same period (one period per file, as the UNHCR IATI extracts) is a register:
 *   not claimed here. Where a name repeats within one period (the same measure across areas or
 *   groups), the columns that tell its series apart are its breakdown (long-breakdown.ts); without
 *   such columns the table is a register.
 *
 * Periods and status (SCORING.md "Quarters and periods"): the table's current period is the latest
 * period holding an actual anywhere in it. An indicator with a row for that period is rated there
 * (NO_DATA when its actual is blank: not yet reported). An indicator with no row for it at all (a
 * biennial survey among annual measures) has no value for the current period either: NO_DATA, its
 * last known value quoted, never scored as current (SCORING.md); its outputs and its name cell are
 * on its latest row with an actual. The trend compares with the nearest earlier period with an
 * actual.
 *
 * Targets: the target is the one on the rated period's row, or the nearest earlier one (a target
 * set once and not repeated still stands). A target for a later period is never applied: a table
 * that gives 2024 and 2025 actuals and targets for 2026 to 2030 has set a trajectory, and its 2026
 * target is what 2026 must reach, not the bar for 2025. Rating 2025 against it would invent a
 * judgement the sheet does not make, so such an indicator is NO_TARGET, and one warning per table
 * says that its targets are for later periods only.
 *
 * Outputs: the table's own status column, on the rated row, where it has one (the author's rating
 * there is kept where we cannot rate); otherwise Status/Trend/Variance columns added right of the
 * table (first columns empty down the whole table), with headers in the header row, filled on the
 * rated row of each indicator only. Other rows of the indicator stay empty.
 */
import type { IndicatorSource, Period, PeriodCell } from '../model';
import { numericValue } from '../values/read';
import { indicatorId, warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { hasHints, readHeader, type LongHeader } from './long-header';
import { withBreakdown } from './long-breakdown';
import { groupRows, hasActual, PERIOD_SHARE, readRows, type Row } from './long-rows';
import { directionText } from './metrics-across';
import { freeColumnsRight } from './output-cells';
import { markPercentFractions } from './percent-fractions';
import { namesOwnRow, namesRepeat } from './readings/evidence';
import { propose, proposeReading } from './readings/choose';
import { registerReadingOf } from './register-rival';
import { statusColumnWords } from './sheet-words';

/** Where status/trend/variance go: the table's status column, else columns added right of it. */
function outputColumns(
  grid: Grid,
  h: LongHeader,
  last: number,
): { status?: number; trend?: number; variance?: number; added: boolean } {
  if (h.status !== undefined) {
    // The table rates its own rows: status there; trend and variance beside the table.
    const [trend, variance] = freeColumnsRight(grid, h.last, h.row, last, 2);
    return { status: h.status, trend, variance, added: false };
  }
  const [status, trend, variance] = freeColumnsRight(grid, h.last, h.row, last, 3);
  return { status, trend, variance, added: true };
}

function buildIndicator(
  grid: Grid,
  h: LongHeader,
  rows: Row[],
  tableCurrent: Period | undefined,
  out: ReturnType<typeof outputColumns>,
): { ind: IndicatorSource; futureTargetsOnly: boolean } {
  const sorted = [...rows].sort((a, b) => a.period.order - b.period.order);
  const values: PeriodCell[] = [];
  const targets: PeriodCell[] = [];
  let ownLatest: Row | undefined;
  for (const row of sorted) {
    if (hasActual(grid, row.r, h)) {
      values.push({ period: row.period, source: grid.source(row.r, h.actual) });
      ownLatest = row;
    }
    if (h.target !== undefined && !grid.isBlank(row.r, h.target))
      targets.push({ period: row.period, source: grid.source(row.r, h.target) });
  }
  const atTable = tableCurrent ? sorted.find((row) => row.period.order === tableCurrent.order) : undefined;
  // The indicator's row: the table's current period where it has one, else its own latest actual.
  // Its name cell and outputs are there; the period rated is the table's current one regardless.
  const rated = atTable ?? ownLatest ?? sorted[sorted.length - 1];
  const currentPeriod = tableCurrent ?? rated.period;
  const first = sorted[0];
  const nameCol = h.name ?? h.key!;
  const measure = grid.trimmed(rated.r, nameCol) || grid.trimmed(first.r, nameCol);
  const ind: IndicatorSource = {
    id: indicatorId(grid, first.r, nameCol),
    sheet: grid.name,
    layout: 'time-series',
    table: -1,
    // A series of a measure broken down by area or group is named with its breakdown; its wording is the measure's.
    name: rated.breakdown ? `${measure} — ${rated.breakdown}` : measure,
    nameCell: grid.ref(grid.isBlank(rated.r, nameCol) ? first.r : rated.r, nameCol),
    values,
    comparators: [],
    currentPeriod,
  };
  if (rated.breakdown) ind.measure = measure;
  if (h.key !== undefined && h.name !== undefined && !grid.isBlank(first.r, h.key))
    ind.code = grid.trimmed(first.r, h.key);
  if (targets.length > 0) ind.targetsByPeriod = targets;
  const direction = h.direction !== undefined ? firstText(grid, sorted, h.direction) : undefined;
  if (direction) ind.polarityText = directionText(grid.trimmed(h.row, h.direction!), direction);
  const unit = h.unit !== undefined ? grid.trimmed(rated.r, h.unit) : '';
  if (unit) ind.unitText = unit.includes('%') ? '%' : unit;
  if (out.status !== undefined) ind.statusCell = grid.ref(rated.r, out.status);
  if (out.trend !== undefined) ind.trendCell = grid.ref(rated.r, out.trend);
  if (out.variance !== undefined) ind.varianceCell = grid.ref(rated.r, out.variance);
  if (
    !out.added &&
    out.status !== undefined &&
    !grid.isBlank(rated.r, out.status) &&
    !grid.isOwned(rated.r, out.status)
  )
    ind.rating = grid.source(rated.r, out.status);
  const futureTargetsOnly =
    targets.length > 0 && values.length > 0 && targets.every((t) => t.period.order > currentPeriod.order);
  return { ind, futureTargetsOnly };
}

function firstText(grid: Grid, rows: Row[], c: number): string | undefined {
  for (const row of rows) if (!grid.isBlank(row.r, c)) return grid.trimmed(row.r, c);
  return undefined;
}

/** The latest period with an actual anywhere in the table (SCORING.md: the table's current period). */
function currentOf(grid: Grid, h: LongHeader, rows: Row[]): Period | undefined {
  let current: Period | undefined;
  for (const row of rows)
    if (hasActual(grid, row.r, h) && (!current || row.period.order > current.order)) current = row.period;
  return current;
}

type LongTable = { h: LongHeader; groups: Map<string, Row[]>; rows: Row[]; last: number };

/** Confident long-format reading of the table under row r, or null. */
function readLongTable(grid: Grid, r: number): LongTable | { rejected: number } | null {
  const h = readHeader(grid, r);
  if (!h) return null;
  const body = readRows(grid, h);
  // A measure given per area or group: its series told apart by the breakdown columns.
  const rows = withBreakdown(grid, h, body.rows) ?? body.rows;
  const groups = groupRows(rows, body.unparsed);
  // Rows already walked under a header that is not long format are not walked again from each of
  // them (a sheet of header-like rows would otherwise cost rows squared).
  if (!groups) return { rejected: body.last };
  // Figures, not words, under the actual header.
  let numbers = 0;
  let filled = 0;
  for (const row of rows) {
    if (!hasActual(grid, row.r, h)) continue;
    filled++;
    if (numericValue(grid.value(row.r, h.actual)) !== null) numbers++;
  }
  if (filled === 0 || numbers < filled * PERIOD_SHARE) return { rejected: body.last };
  return { h, groups, rows, last: body.last };
}

/**
 * Find every long-format table not already claimed, and claim it; or leave it to the register
 * reading where that reads the same rows better (each row a name of its own).
 */
export function detectLongFormat(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 0; r < grid.rows; r++) {
    // The header hints first: they fail fast on data rows, where a claim test would scan every column.
    if (grid.rowFilled[r] < 3 || !hasHints(grid, r) || grid.rowClaimed(r)) continue;
    const read = readLongTable(grid, r);
    if (!read) continue;
    if ('rejected' in read) {
      r = Math.max(r, read.rejected);
      continue;
    }
    const region = { r0: r, c0: read.h.first, r1: read.last, c1: read.h.last };
    const sizes = [...read.groups.values()].map((g) => g.length);
    const long = proposeReading('long-format', region, [namesRepeat(sizes)], {
      build: () => buildLongTable(ctx, r, read),
    });
    propose(ctx, [long, registerReadingOf(ctx, region, [namesOwnRow(sizes)])]);
    r = read.last;
  }
}

/** Build the long-format table under header row r and claim it. */
function buildLongTable(ctx: DetectContext, r: number, read: LongTable): void {
  const grid = ctx.grid;
  const { h, groups, rows, last } = read;
  const current = currentOf(grid, h, rows);
  const out = outputColumns(grid, h, last);
  const indicators: IndicatorSource[] = [];
  const future: string[] = [];
  for (const g of groups.values()) {
    const { ind, futureTargetsOnly } = buildIndicator(grid, h, g, current, out);
    indicators.push(ind);
    if (futureTargetsOnly) future.push(ind.name);
  }
  markPercentFractions(grid, r, indicators);
  if (!out.added && out.status !== undefined) {
    const words = statusColumnWords(
      grid,
      rows.map((row) => row.r),
      out.status,
    );
    if (words) for (const ind of indicators) ind.statusWords = words;
  }
  const table: TableDraft = { layout: 'time-series', r0: r, c0: h.first, r1: last, c1: h.last, indicators };
  if (current) table.currentPeriod = current;
  if (out.added) {
    table.added = { headerRow: grid.ref(r, 0).row };
    for (const role of ['status', 'trend', 'variance'] as const) {
      const c = out[role];
      if (c !== undefined) table.added[role] = grid.ref(0, c).col;
    }
  }
  ctx.tables.push(table);
  grid.claim(r, h.first, last - r + 1, h.last - h.first + 1);
  if (future.length > 0) {
    const names = future.slice(0, 5).join(', ') + (future.length > 5 ? ` and ${future.length - 5} more` : '');
    warn(
      ctx,
      r,
      h.target!,
      `Targets in column "${grid.trimmed(r, h.target!)}" are only for periods after the latest actual for ${names}: a target for a later period is not applied to an earlier one, so these have no target to be rated against.`,
    );
  }
}
