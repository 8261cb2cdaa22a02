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
import { parsePeriodHeader } from '../periods';
import { type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { headerCell } from './headers';
import { LABEL_REACH, roleLabel, roleWordAt, statusRowAt, targetUnderMetric, type RoleLabel } from './act-plan-labels';
import { OUTPUT_ROLES, outputColumns, roleIndicators, type RoleRow, type RoleTable } from './act-plan-indicators';
import { propose, proposeReading } from './readings/choose';
import { rowsRead } from './readings/evidence';
import { byOrder, type PeriodColumn } from './series';

/** Blank rows allowed between blocks before the table ends. */
const MAX_BLANK_RUN = 2;

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
