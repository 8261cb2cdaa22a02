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
import { headerCell } from './headers';
import { freeColumnsRight } from './output-cells';
import { propose, proposeReading } from './readings/choose';
import { rowsRead } from './readings/evidence';
import { byOrder, latestFilled, rowValues, type PeriodColumn } from './series';

/** Headers and labels longer than this are titles or notes. */
const MAX_HEADER = 60;
/** Blank rows allowed between blocks before the table ends. */
const MAX_BLANK_RUN = 2;

type RowRole = 'actual' | 'target' | 'prior';

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

function roleLabel(grid: Grid, r: number): RoleLabel | null {
  if (grid.rowFirst[r] < 0) return null;
  for (let c = grid.rowFirst[r]; c < grid.rowFirst[r] + LABEL_REACH && c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_HEADER) continue;
    const m = ROLE_SUFFIX_END.test(lower) ? ROLE_SUFFIX.exec(lower) : null;
    if (m) return { col: c, base: grid.trimmed(r, c).slice(0, m[1].length), role: rowRole(m[2]) };
    return null;
  }
  return null;
}

interface RoleTable {
  header: number;
  label: number;
  periods: PeriodColumn[];
  rows: { r: number; label: RoleLabel; area: string }[];
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

function readRoleTable(grid: Grid, start: number, first: RoleLabel): RoleTable | null {
  // Up from the first role row to the period row, over blank rows and rows labelled in the same
  // column (an unsuffixed block such as "No of sales" may come first).
  let header = start - 1;
  let periods: PeriodColumn[] | null = null;
  for (; header >= Math.max(0, start - HEADER_REACH); header--) {
    if (grid.rowFilled[header] === 0) continue;
    if (grid.rowClaimed(header)) return null;
    periods = periodHeader(grid, header, first.col);
    if (periods) break;
    if (!grid.isString(header, first.col)) return null;
  }
  if (!periods) return null;
  const firstPeriod = periods.reduce((m, p) => Math.min(m, p.col), Infinity);
  const rows: RoleTable['rows'] = [];
  let blank = 0;
  let last = header;
  for (let r = header + 1; r < grid.rows; r++) {
    if (grid.rowFilled[r] === 0) {
      if (++blank > MAX_BLANK_RUN) break;
      continue;
    }
    blank = 0;
    if (!grid.isString(r, first.col) || grid.rowClaimed(r)) break;
    // A label without a role word is the metric's own figure (its actual).
    const suffixed = roleLabel(grid, r);
    const label: RoleLabel =
      suffixed?.col === first.col ? suffixed : { col: first.col, base: grid.trimmed(r, first.col), role: 'actual' };
    // An area between the label and the periods ("AZ", "Total"): part of the indicator's name.
    let area = '';
    for (let c = label.col + 1; c < firstPeriod; c++)
      if (grid.isString(r, c)) {
        area = grid.trimmed(r, c);
        break;
      }
    rows.push({ r, label, area });
    last = r;
  }
  return { header, label: first.col, periods, rows, last, lastCol: Math.max(grid.lastUsedCol(header), firstPeriod) };
}

function roleIndicators(grid: Grid, t: RoleTable, out: number[]): IndicatorSource[] {
  const groups = new Map<string, { actual?: number; target?: number; name: string }>();
  for (const row of t.rows) {
    const key = `${row.label.base.toLowerCase()}\u0000${row.area.toLowerCase()}`;
    const g = groups.get(key) ?? { name: row.area ? `${row.label.base} (${row.area})` : row.label.base };
    if (row.label.role === 'actual') g.actual ??= row.r;
    if (row.label.role === 'target') g.target ??= row.r;
    groups.set(key, g);
  }
  const actualRows = [...groups.values()].flatMap((g) => (g.actual === undefined ? [] : [g.actual]));
  const latest = latestFilled(grid, actualRows, t.periods);
  const current = latest >= 0 ? t.periods[latest].period : undefined;
  const indicators: IndicatorSource[] = [];
  for (const g of groups.values()) {
    if (g.actual === undefined) continue;
    const ind: IndicatorSource = {
      id: indicatorId(grid, g.actual, t.label),
      sheet: grid.name,
      layout: 'time-series',
      table: -1,
      name: g.name,
      nameCell: grid.ref(g.actual, t.label),
      values: rowValues(grid, g.actual, t.periods),
      comparators: [],
    };
    if (g.target !== undefined) ind.targetsByPeriod = rowValues(grid, g.target, t.periods);
    if (current) ind.currentPeriod = current;
    const [status, trend, variance] = out;
    if (status !== undefined) ind.statusCell = grid.ref(g.actual, status);
    if (trend !== undefined) ind.trendCell = grid.ref(g.actual, trend);
    if (variance !== undefined) ind.varianceCell = grid.ref(g.actual, variance);
    indicators.push(ind);
  }
  return indicators;
}

/** Find every table of Act/Plan rows under a period row, and claim it. */
export function detectRoleRows(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] < 3) continue;
    const first = roleLabel(grid, r);
    if (!first || first.role === 'prior' || grid.rowClaimed(r)) continue;
    const t = readRoleTable(grid, r, first);
    if (!t) continue;
    const out = freeColumnsRight(grid, t.lastCol, t.header, t.last, 3);
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
    const [status, trend, variance] = out.map((c) => grid.ref(0, c).col);
    Object.assign(table.added, { status, trend, variance });
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
