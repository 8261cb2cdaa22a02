/**
 * Act/Plan rows (the metrics-across pairing on its side): periods across a header row, metrics
 * down as rows named "<metric> Act" / "<metric> Plan" / "<metric> PY", one row per area ("AZ",
 * "Total") where an area column sits between the label and the periods; blocks separated by blank
 * rows. A balanced scorecard's monthly data sheets look like this.
 *
 * One indicator per metric and area: the Act row (or a row whose label has no role word: the
 * metric's own figure) is its series, the Plan row its target per period. A PY row (the same month
 * last year) is part of the table but not the series. The current period is the latest period
 * with a figure in any Act row (SCORING.md); the trend compares with the nearest earlier month.
 *
 * Outputs: Status/Trend/Variance columns added right of the table (the first columns empty down
 * it), headers in the period row, cells on the Act rows; Plan and PY rows stay empty. Claimed only
 * when some metric has both its actual and its target rows.
 */
import type { IndicatorSource } from '../model';
import { parsePeriodHeader } from '../periods';
import { indicatorId, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { keywordRole } from './column-words';
import { headerCell } from './headers';
import { columnFree, freeColumnsRight } from './output-cells';
import { propose, proposeReading } from './readings/choose';
import { rowsRead } from './readings/evidence';
import { byOrder, latestFilled, rowValues, type PeriodColumn } from './series';

/** Headers and labels longer than this are titles or notes. */
const MAX_HEADER = 60;
/** Blank rows allowed between blocks before the table ends. */
const MAX_BLANK_RUN = 2;

type RowRole = 'actual' | 'target' | 'prior' | 'status';

/** "<metric> Act", "<metric> - Plan", "<metric> (PY)": the metric and the row's role. */
const ROLE_SUFFIX =
  /^(.*?\S)[\s:–—-]*\(?\s*(act|actual|actuals|outturn|plan|planned|target|tgt|budget|goal|py|ly|prior year|previous year|last year)\s*\)?$/;

/**
 * The last letters of ROLE_SUFFIX's words, as a label must end: asked first of every row's label,
 * where the suffix pattern's lazy name part would try each position of a label that ends otherwise.
 */
const ROLE_SUFFIX_END = /[tlsndyr]\s*\)?$/;

function rowRole(word: string): RowRole {
  if (/^(?:act|actual|actuals|outturn)$/.test(word)) return 'actual';
  if (/^(?:py|ly|prior year|previous year|last year)$/.test(word)) return 'prior';
  return 'target';
}

/** Role rows carry their label in one of a row's first cells: no further than this from the start. */
const LABEL_REACH = 3;

interface RoleLabel {
  col: number;
  base: string;
  role: RowRole;
}

/** A short code before the label ("NY", "AZ", "Total"): the row's area, not its label. */
const AREA_CODE = /^[a-z0-9&.' -]{1,8}$/;

/** A role word standing alone in its cell ("Actual", "Target", "Plan", "PY"): a row's role in a column of its own. */
const ROLE_WORD =
  /^(act|actual|actuals|outturn|plan|planned|target|tgt|budget|goal|py|ly|prior year|previous year|last year)$/;

function roleWordAt(grid: Grid, r: number, c: number): RowRole | null {
  if (!grid.isString(r, c)) return null;
  const m = ROLE_WORD.exec(grid.lower(r, c));
  return m ? rowRole(m[1]) : null;
}

/**
 * A rating row's word in the role column ("" | "RAG" | ...) under a metric's Actual and Target
 * rows: the row where the metric's status goes, in the current period's column.
 */
const STATUS_ROW_WORD = /^(?:rag|rag status|rag rating|status|rating|performance rating|symbol)$/;

function statusRowAt(grid: Grid, r: number, c: number): boolean {
  return grid.isString(r, c) && STATUS_ROW_WORD.test(grid.lower(r, c));
}

function roleLabel(grid: Grid, r: number): RoleLabel | null {
  if (grid.rowFirst[r] < 0) return null;
  for (let c = grid.rowFirst[r]; c < grid.rowFirst[r] + LABEL_REACH && c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_HEADER) continue;
    const m = ROLE_SUFFIX_END.test(lower) ? ROLE_SUFFIX.exec(lower) : null;
    if (m) return { col: c, base: grid.trimmed(r, c).slice(0, m[1].length), role: rowRole(m[2]) };
    // The role in a column of its own right of the name ("Rent collected | Actual | 95.1 | ...").
    const own = roleWordAt(grid, r, c) === null ? roleWordAt(grid, r, c + 1) : null;
    if (own) return { col: c, base: grid.trimmed(r, c), role: own };
    // An area code may come first (a "State" column left of the labels): the label is further on.
    if (grid.isString(r, c) && AREA_CODE.test(lower)) continue;
    return null;
  }
  return null;
}

interface RoleRow {
  r: number;
  label: RoleLabel;
  area: string;
  /** Which block of the table (each under its own period row) the row is in. */
  block: number;
}

interface RoleTable {
  header: number;
  label: number;
  /** Each block's period columns, oldest first: blocks stacked under their own period rows. */
  blocks: PeriodColumn[][];
  rows: RoleRow[];
  last: number;
  lastCol: number;
}

/** The period row above a block of role rows: at least two period headers right of the labels. */
function periodHeader(grid: Grid, r: number, labelCol: number): PeriodColumn[] | null {
  const periods: PeriodColumn[] = [];
  for (let c = labelCol + 1; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c)) continue;
    const p = parsePeriodHeader(headerCell(grid, r, c), { date1904: grid.date1904 });
    if (p && p.kind !== 'baseline') periods.push({ col: c, period: p });
  }
  return periods.length >= 2 ? byOrder(periods) : null;
}

/** How far above the first role row its period row may sit (rows of the same table between). */
const HEADER_REACH = 200;

/**
 * The period row of the block holding `start`: up over blank rows and rows labelled in the same
 * column (an unsuffixed block such as "No of sales" may come first). -1 when there is none.
 */
function headerAbove(grid: Grid, start: number, labelCol: number): number {
  for (let r = start - 1; r >= Math.max(0, start - HEADER_REACH); r--) {
    if (grid.rowFilled[r] === 0) continue;
    if (grid.rowClaimed(r)) return -1;
    if (periodHeader(grid, r, labelCol)) return r;
    if (!grid.isString(r, labelCol)) return -1;
  }
  return -1;
}

/**
 * Blocks stacked above, each under its own period row (chart data: "Sales" months, then "Sales
 * Act"/"Sales Plan" months): the topmost period row reached over short blank runs and labelled
 * rows. Stops, keeping `header`, at anything else.
 */
function topHeader(grid: Grid, header: number, labelCol: number): number {
  let top = header;
  let blank = 0;
  for (let r = top - 1; r >= 0; r--) {
    if (grid.rowFilled[r] === 0) {
      if (++blank > MAX_BLANK_RUN) break;
      continue;
    }
    blank = 0;
    if (grid.rowClaimed(r)) break;
    if (periodHeader(grid, r, labelCol)) {
      top = r;
      continue;
    }
    if (!grid.isString(r, labelCol)) break;
  }
  return top;
}

function readRoleTable(grid: Grid, start: number, first: RoleLabel): RoleTable | null {
  const found = headerAbove(grid, start, first.col);
  if (found < 0) return null;
  const header = topHeader(grid, found, first.col);
  const blocks: PeriodColumn[][] = [periodHeader(grid, header, first.col) ?? []];
  const rows: RoleRow[] = [];
  let blank = 0;
  let last = header;
  let lastCol = grid.lastUsedCol(header);
  for (let r = header + 1; r < grid.rows; r++) {
    if (grid.rowFilled[r] === 0) {
      if (++blank > MAX_BLANK_RUN) break;
      continue;
    }
    blank = 0;
    // A row naming only its role under the metric's first row ("" | "Target" | 30 | 30 ...): the same metric.
    const above = rows[rows.length - 1];
    const rated = above && statusRowAt(grid, r, first.col + 1);
    // Or its role alone in the names' column ("Target" | 97 | 97 ...) under the metric's own row.
    const carried = grid.isBlank(r, first.col)
      ? (roleWordAt(grid, r, first.col + 1) ?? (rated ? 'status' : null))
      : above && above.label.role === 'actual' && roleWordAt(grid, r, first.col) === 'target'
        ? 'target'
        : null;
    if (carried && above && !grid.rowClaimed(r)) {
      rows.push({
        r,
        label: { col: first.col, base: above.label.base, role: carried },
        area: above.area,
        block: above.block,
      });
      last = r;
      continue;
    }
    if (!grid.isString(r, first.col) || grid.rowClaimed(r)) break;
    // A period row of its own: the next block of the table (its title is not a metric).
    const next = periodHeader(grid, r, first.col);
    if (next) {
      blocks.push(next);
      lastCol = Math.max(lastCol, grid.lastUsedCol(r));
      last = r;
      continue;
    }
    // "Rent collected | RAG | ...": the rating row of the metric above, its name repeated.
    if (rated && grid.trimmed(r, first.col).toLowerCase() === above.label.base.toLowerCase()) {
      rows.push({ r, label: { ...above.label, role: 'status' }, area: above.area, block: above.block });
      last = r;
      continue;
    }
    // A label without a role word is the metric's own figure (its actual).
    const suffixed = roleLabel(grid, r);
    const label: RoleLabel =
      suffixed?.col === first.col ? suffixed : { col: first.col, base: grid.trimmed(r, first.col), role: 'actual' };
    rows.push({ r, label, area: areaOf(grid, r, label.col, blocks[blocks.length - 1]), block: blocks.length - 1 });
    last = r;
  }
  const firstPeriod = blocks.reduce((m, b) => b.reduce((n, p) => Math.min(n, p.col), m), Infinity);
  return { header, label: first.col, blocks, rows, last, lastCol: Math.max(lastCol, firstPeriod) };
}

/**
 * The row's area: a text cell between the label and the periods ("AZ", "Total"), else one left of
 * the label (a "State" column first). Part of the indicator's name.
 */
function areaOf(grid: Grid, r: number, labelCol: number, periods: PeriodColumn[]): string {
  const firstPeriod = periods.reduce((m, p) => Math.min(m, p.col), Infinity);
  // The row's role in a column of its own ("Actual", "Target") is not an area.
  for (let c = labelCol + 1; c < firstPeriod; c++)
    if (grid.isString(r, c) && roleWordAt(grid, r, c) === null) return grid.trimmed(r, c);
  for (let c = labelCol - 1; c >= 0 && c >= labelCol - LABEL_REACH; c--)
    if (grid.isString(r, c)) return grid.trimmed(r, c);
  return '';
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

function roleIndicators(grid: Grid, t: RoleTable, out: (number | undefined)[]): IndicatorSource[] {
  const groups = new Map<string, RoleGroup>();
  for (const row of t.rows) {
    const key = `${row.block}\u0000${row.label.base.toLowerCase()}\u0000${row.area.toLowerCase()}`;
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

const OUTPUT_ROLES = ['status', 'trend', 'variance'] as const;

/**
 * The table's own output columns, right of its periods and headed so in the period row ("RAG",
 * "Direction of travel", "Variance"), else the first free columns right of the table: one column per
 * role, in the order status, trend, variance (undefined for none). A variance column holding the
 * author's figures is theirs, not ours.
 */
function outputColumns(grid: Grid, t: RoleTable): { out: (number | undefined)[]; added: number[] } {
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
  const key = (row: RoleRow): string =>
    `${row.block}\u0000${row.label.base.toLowerCase()}\u0000${row.area.toLowerCase()}`;
  const rated = new Set(t.rows.filter((row) => row.label.role === 'status').map(key));
  return rated.size > 0 && t.rows.every((row) => row.label.role !== 'actual' || rated.has(key(row)));
}

/**
 * A row labelled "Target" (or "Plan") alone, under a metric's own row of figures in the same
 * column ("Rent collected (%) | 95.1 | ..." then "Target | 97 | ..."): the metric's target row.
 */
function targetUnderMetric(grid: Grid, r: number): RoleLabel | null {
  const c = grid.rowFirst[r];
  if (r === 0 || c < 0 || roleWordAt(grid, r, c) !== 'target') return null;
  const above = r - 1;
  if (!grid.isString(above, c) || roleWordAt(grid, above, c) !== null || grid.rowFilled[above] < 3) return null;
  return { col: c, base: grid.trimmed(above, c), role: 'target' };
}

/** Find every table of Act/Plan rows under a period row, and claim it. */
export function detectRoleRows(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] < 3) continue;
    const first = roleLabel(grid, r) ?? targetUnderMetric(grid, r);
    if (!first || first.role === 'prior' || grid.rowClaimed(r)) continue;
    const t = readRoleTable(grid, r, first);
    if (!t) continue;
    const { out, added } = outputColumns(grid, t);
    const indicators = roleIndicators(grid, t, out);
    // A metric with both its actual and its target rows, else this is not the shape (a list of
    // "... Plan" items under dates).
    if (!indicators.some((i) => i.targetsByPeriod && i.values.length > 0)) {
      r = Math.max(r, t.last);
      continue;
    }
    const table: TableDraft = {
      layout: 'time-series',
      r0: t.header,
      c0: t.label,
      r1: t.last,
      c1: t.lastCol,
      indicators,
    };
    const current = indicators[0]?.currentPeriod;
    if (current) table.currentPeriod = current;
    table.added = { headerRow: grid.ref(t.header, 0).row };
    // Only the columns we add get our headers; the table's own keep the author's.
    OUTPUT_ROLES.forEach((role, i) => {
      const c = out[i];
      if (c === undefined || !added.includes(c) || !table.added) return;
      const col = grid.ref(0, c).col;
      // Where every metric is rated in its RAG row, the added status column stays unused: no header.
      if (role === 'status' && !indicators.some((ind) => ind.statusCell?.col === col)) return;
      table.added[role] = col;
    });
    const build = (): void => {
      ctx.tables.push(table);
      grid.claim(t.header, t.label, t.last - t.header + 1, t.lastCol - t.label + 1);
    };
    const region = { r0: t.header, c0: t.label, r1: t.last, c1: t.lastCol };
    let filled = 0;
    for (let row = t.header + 1; row <= t.last; row++) if (grid.rowFilled[row] > 0) filled++;
    propose(ctx, [proposeReading('role-rows', region, [rowsRead(t.rows.length, filled, 'Act/Plan rows')], { build })]);
    r = t.last;
  }
}
