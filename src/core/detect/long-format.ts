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
 *   every row has the same period (one period per file, as the UNHCR IATI extracts) or where a name
 *   repeats within one period (the same measure across areas) is a register: not claimed here.
 *
 * Periods and status (SCORING.md "Quarters and periods"): the table's current period is the latest
 * period holding an actual anywhere in it. An indicator with a row for that period is rated there
 * (NO_DATA when its actual is blank: not yet reported). An indicator with no row for it at all
 * reports on another cadence (a biennial survey among annual measures): it is rated on its own
 * latest period with an actual. The trend compares with the nearest earlier period with an actual.
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
import { parsePeriodHeader, parsePeriodText } from '../periods';
import { numericValue } from '../values/read';
import { indicatorId, warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { headerCell } from './headers';
import { directionText } from './metrics-across';
import { freeColumnsRight } from './output-cells';
import { statusColumnWords } from './sheet-words';

type LongRole = 'key' | 'name' | 'period' | 'actual' | 'target' | 'direction' | 'status' | 'unit';

const NAME_WORDS = new Set(['measure', 'indicator', 'kpi', 'metric', 'name', 'title', 'lbl', 'label', 'description']);
/** Words that name the measure strongly (beat "title" or "label" alone). */
const MEASURE_WORDS = new Set(['measure', 'indicator', 'kpi', 'metric']);
const KEY_WORDS = new Set(['id', 'code', 'ref']);
const PERIOD_WORDS = new Set(['year', 'period', 'date', 'month', 'quarter', 'week', 'fy']);
const ACTUAL_WORDS = new Set(['actual', 'actuals', 'value', 'result', 'outturn', 'performance']);
const TARGET_WORDS = new Set(['target', 'targets', 'goal', 'plan', 'budget', 'objective']);
const DIRECTION_WORDS = new Set(['polarity', 'direction', 'directionality', 'ascending']);
const STATUS_WORDS = new Set(['status', 'rag', 'rating', 'symbol']);
const UNIT_WORDS = new Set(['unit', 'units', 'format']);
/** Words that say a header is about something else than the role's figure ("target year", "axis max"). */
const ASIDE_WORDS = new Set([
  'max',
  'min',
  'axis',
  'baseline',
  'dimension',
  'location',
  'uri',
  'vocabulary',
  'type',
  'aggregation',
  'source',
  'owner',
  'note',
  'notes',
  'comment',
  'comments',
]);

/** Cheap tests before a header's words are split: some cell must hint at a period, another at a figure. */
const PERIOD_HINT = /year|period|date|month|quarter|week|fy/;
const ACTUAL_HINT = /actual|value|result|outturn|performance/;

/** "Good is", "Higher is better", "High/Low is good": a direction column by its phrase. */
const GOOD_IS =
  /^good is\b|\b(?:higher|lower|high|low|bigger|smaller)(?:\s*\/\s*(?:higher|lower|high|low))? is (?:better|good)\b/;

/** Header cells are short; longer text is a title or a note. */
const MAX_HEADER = 60;
/** Share of body rows whose period cell reads as a period. */
const PERIOD_SHARE = 0.8;
/** Share of rows that must belong to an indicator with two or more periods. */
const SERIES_SHARE = 0.5;
/** Fewer rows than this are too few to tell a series from a register. */
const MIN_ROWS = 3;

/** "ActualValue", "result_indicator_period_end", "Measure name" -> lower-case words. */
export function headerWords(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Evidence step 1: a header's role from its words, or null. */
function roleOfHeader(text: string): LongRole | null {
  if (text.length === 0 || text.length > MAX_HEADER) return null;
  const words = headerWords(text);
  const has = (set: Set<string>): boolean => words.some((w) => set.has(w));
  if (has(ASIDE_WORDS)) return null;
  if (has(DIRECTION_WORDS) || GOOD_IS.test(text.toLowerCase())) return 'direction';
  if (has(STATUS_WORDS)) return 'status';
  if (has(TARGET_WORDS)) return has(PERIOD_WORDS) ? null : 'target';
  if (has(KEY_WORDS)) return 'key';
  if (has(PERIOD_WORDS)) return 'period';
  if (has(UNIT_WORDS)) return 'unit';
  if (has(ACTUAL_WORDS)) return 'actual';
  if (has(NAME_WORDS)) return 'name';
  return null;
}

interface LongHeader {
  row: number;
  first: number;
  last: number;
  key?: number;
  name?: number;
  period: number;
  actual: number;
  target?: number;
  direction?: number;
  status?: number;
  unit?: number;
}

/** At least three word cells, one hinting at a period and one at a figure: data rows fail fast. */
function hasHints(grid: Grid, r: number): boolean {
  let strings = 0;
  let period = false;
  let actual = false;
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_HEADER) continue;
    strings++;
    period ||= PERIOD_HINT.test(lower);
    actual ||= ACTUAL_HINT.test(lower);
  }
  return strings >= 3 && period && actual;
}

/** Evidence step 1 over a row: one column per role (the strongest name, the period end over its start). */
function readHeader(grid: Grid, r: number): LongHeader | null {
  const cols: Partial<Record<LongRole, number>> = {};
  let nameStrength = -1;
  let keyStrength = -1;
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    // Our own Status/Trend/Variance headers from an earlier scoring are not the table's columns.
    if (!grid.isString(r, c) || grid.isOurs(r, c)) continue;
    const text = grid.trimmed(r, c);
    const role = roleOfHeader(text);
    if (!role) continue;
    const words = headerWords(text);
    if (role === 'name' || role === 'key') {
      // A measure's own id or name beats another thing's ("PillarID" vs "MeasureID").
      const strength = words.some((w) => MEASURE_WORDS.has(w)) ? 1 : 0;
      if (role === 'name' && strength > nameStrength) {
        cols.name = c;
        nameStrength = strength;
      }
      if (role === 'key' && strength > keyStrength) {
        cols.key = c;
        keyStrength = strength;
      }
      continue;
    }
    // A period given as start and end: the end dates the figure.
    if (role === 'period' && cols.period !== undefined && words.includes('end')) cols.period = c;
    cols[role] ??= c;
  }
  if (cols.period === undefined || cols.actual === undefined) return null;
  if (cols.name === undefined && cols.key === undefined) return null;
  // A key that is not the measure's own ("PillarID") does not group rows when the name can.
  if (keyStrength === 0 && cols.name !== undefined) delete cols.key;
  const used = Object.values(cols);
  return {
    row: r,
    first: grid.rowFirst[r],
    last: Math.max(grid.lastUsedCol(r), ...used),
    key: cols.key,
    name: cols.name,
    period: cols.period,
    actual: cols.actual,
    target: cols.target,
    direction: cols.direction,
    status: cols.status,
    unit: cols.unit,
  };
}

/** Evidence step 2: a period cell read as a period (a year number under a Year header too). */
function periodOf(grid: Grid, r: number, c: number): Period | null {
  const v = grid.value(r, c);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100 && !grid.format(r, c).includes('/')) {
    const fields = parsePeriodText(String(v), true);
    return fields ? { ...fields, label: String(v), order: orderOfYear(v) } : null;
  }
  return parsePeriodHeader(headerCell(grid, r, c), { date1904: grid.date1904 });
}

/** The same order a "2024" text header gets: the year's last month (periods/order.ts timeKey). */
function orderOfYear(year: number): number {
  return (year * 12 + 11) * 100 + 70;
}

interface Row {
  r: number;
  key: string;
  period: Period;
}

/** The body rows: up to a blank row run or another table, each with its key and period. */
function readRows(grid: Grid, h: LongHeader): { rows: Row[]; last: number; unparsed: number } {
  const keyCol = h.key ?? h.name!;
  const rows: Row[] = [];
  let last = h.row;
  let unparsed = 0;
  let blank = 0;
  for (let r = h.row + 1; r < grid.rows; r++) {
    if (grid.rowClaimed(r, h.first, h.last)) break;
    if (grid.filledIn(r, h.first, h.last) === 0) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    const nameCol = h.name ?? keyCol;
    // A row without its key is keyed by its name (a code left blank on some rows).
    const keyed = grid.isBlank(r, keyCol) ? nameCol : keyCol;
    if (grid.isBlank(r, keyed)) break;
    const period = periodOf(grid, r, h.period);
    if (!period || period.kind === 'baseline') {
      unparsed++;
      last = r;
      continue;
    }
    rows.push({ r, key: grid.lower(r, keyed) || grid.trimmed(r, keyed), period });
    last = r;
  }
  return { rows, last, unparsed };
}

/** Evidence step 3: rows group into series, one period each. Null when they do not. */
function groupRows(rows: Row[], unparsed: number): Map<string, Row[]> | null {
  if (rows.length < MIN_ROWS || rows.length < (rows.length + unparsed) * PERIOD_SHARE) return null;
  const groups = new Map<string, Row[]>();
  const periods = new Set<number>();
  for (const row of rows) {
    periods.add(row.period.order);
    const g = groups.get(row.key);
    if (g) g.push(row);
    else groups.set(row.key, [row]);
  }
  if (periods.size < 2) return null;
  let inSeries = 0;
  for (const g of groups.values()) {
    const seen = new Set<number>();
    for (const row of g) {
      // The same period twice under one name: several series (areas, groups), not one indicator's.
      if (seen.has(row.period.order)) return null;
      seen.add(row.period.order);
    }
    if (g.length >= 2) inSeries += g.length;
  }
  return inSeries >= rows.length * SERIES_SHARE ? groups : null;
}

function hasActual(grid: Grid, r: number, h: LongHeader): boolean {
  return !grid.isBlank(r, h.actual) && !grid.isOurs(r, h.actual);
}

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
  // The row rated: the table's current period where the indicator has it, else its own latest actual.
  const rated = atTable ?? ownLatest ?? sorted[sorted.length - 1];
  const first = sorted[0];
  const nameCol = h.name ?? h.key!;
  const ind: IndicatorSource = {
    id: indicatorId(grid, first.r, nameCol),
    sheet: grid.name,
    layout: 'time-series',
    table: -1,
    name: grid.trimmed(first.r, nameCol),
    nameCell: grid.ref(first.r, nameCol),
    values,
    comparators: [],
    currentPeriod: rated.period,
  };
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
    targets.length > 0 && values.length > 0 && targets.every((t) => t.period.order > rated.period.order);
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

/** Confident long-format reading of the table under row r, or null. */
function readLongTable(
  grid: Grid,
  r: number,
): { h: LongHeader; groups: Map<string, Row[]>; rows: Row[]; last: number } | { rejected: number } | null {
  const h = readHeader(grid, r);
  if (!h) return null;
  const body = readRows(grid, h);
  const groups = groupRows(body.rows, body.unparsed);
  // Rows already walked under a header that is not long format are not walked again from each of
  // them (a sheet of header-like rows would otherwise cost rows squared).
  if (!groups) return { rejected: body.last };
  // Figures, not words, under the actual header.
  let numbers = 0;
  let filled = 0;
  for (const row of body.rows) {
    if (!hasActual(grid, row.r, h)) continue;
    filled++;
    if (numericValue(grid.value(row.r, h.actual)) !== null) numbers++;
  }
  if (filled === 0 || numbers < filled * PERIOD_SHARE) return { rejected: body.last };
  return { h, groups, rows: body.rows, last: body.last };
}

/** Find every long-format table not already claimed, and claim it. */
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
    r = last;
  }
}
