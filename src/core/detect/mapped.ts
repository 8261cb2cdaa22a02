/**
 * The mapping fallback: tables the user mapped by hand (state.mappings) are read exactly as mapped,
 * layout 'mapped', and nothing else is detected inside their range.
 *
 * Outputs: the mapped status column (row) when there is one, with trend and variance in the first
 * free columns right of the range; otherwise our Status/Trend/Variance columns right of the range,
 * headers in the last header row. Column-oriented mappings (one indicator per column) put the three
 * outputs in the first free rows below the range, without headers.
 */
import { parseRangeA1 } from '../a1';
import { GRID_COLS, GRID_ROWS, insideGrid, onSheet } from '../state/compact';
import { parsePeriodRow } from '../periods';
import type { IndicatorSource, Period, PeriodCell } from '../model';
import type { TableMapping } from '../state/types';
import { indicatorId, warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { freeColumnsRight } from './output-cells';
import { propose, proposeReading } from './readings/choose';
import { byOrder, hasValue, type PeriodColumn } from './series';

/** Grid coordinates of field `offset` for indicator `i` (i = -1: the last header line). */
type At = (i: number, offset: number) => { r: number; c: number };

function freeRowsBelow(grid: Grid, afterRow: number, c0: number, c1: number, count: number): number[] {
  const out: number[] = [];
  for (let r = afterRow + 1; out.length < count; r++) {
    let free = true;
    // A row we add is clear of merged areas, as columns are (output-cells.ts).
    for (let c = c0; c <= c1 && free; c++) free = grid.isFree(r, c) && !grid.inMerge(r, c);
    if (free) out.push(r);
  }
  return out;
}

/** Period "columns" of a mapping: `col` holds the field offset within the range, not a grid column. */
function mappedPeriods(grid: Grid, m: TableMapping, at: At): PeriodColumn[] {
  const offsets = m.periods ?? [];
  if (offsets.length === 0) return [];
  const header = (o: number): { r: number; c: number } => at(-1, o);
  const cells = offsets.map((o) => {
    const { r, c } = header(o);
    return { value: grid.value(r, c), numberFormat: grid.format(r, c), text: grid.trimmed(r, c) };
  });
  const parsed = m.headerCount > 0 ? parsePeriodRow(cells, { date1904: grid.date1904 }) : offsets.map(() => null);
  const allParsed = parsed.every((p) => p !== null);
  // The user listed the period columns in time order; where the headers do not parse, that order stands.
  return byOrder(
    offsets.map((o, i) => {
      const p: Period = allParsed
        ? (parsed[i] as Period)
        : { kind: 'date', label: cells[i].text || `Period ${i + 1}`, order: i };
      return { col: o, period: p };
    }),
  );
}

const ROLE_NAMES = {
  name: 'name',
  target: 'target',
  actual: 'actual',
  polarity: 'polarity',
  status: 'status',
} as const;

/**
 * Why a mapping cannot be used, or null when it can. Each role on its own column (row), inside the
 * range; the range inside Excel's grid and on this sheet; room left in the grid for the outputs. A
 * status mapped onto the name or a figure would write over the user's names and figures.
 */
export function mappingProblem(m: TableMapping, sheet: string): string | null {
  const range = parseRangeA1(m.range);
  const what = `The mapping ${JSON.stringify(m.range.slice(0, 60))}`;
  if (!range) return `${what} is not a range address: remap the table.`;
  if (!onSheet(m.range, sheet)) return `${what} names another sheet: remap the table on "${sheet}".`;
  if (!insideGrid(range)) return `${what} reaches past the last row or column of the sheet: remap the table.`;
  const byRows = m.orientation === 'rows';
  const width = byRows ? range.colCount : range.rowCount;
  const lines = byRows ? range.rowCount : range.colCount;
  const unit = byRows ? 'column' : 'row';
  const used = new Map<number, string>();
  const roles: [string, number][] = [];
  for (const key of ['name', 'target', 'actual', 'polarity', 'status'] as const) {
    const v = m[key];
    if (v !== undefined) roles.push([ROLE_NAMES[key], v]);
  }
  (m.periods ?? []).forEach((p, i) => roles.push([`period ${i + 1}`, p]));
  for (const [role, offset] of roles) {
    if (offset >= width) return `${what} puts the ${role} outside the table: remap the table.`;
    const other = used.get(offset);
    if (other !== undefined)
      return `${what} puts the ${role} and the ${other} in the same ${unit}: each must have its own ${unit}.`;
    used.set(offset, role);
  }
  if (m.headerCount >= lines) return `${what} has no rows left below its headers: remap the table.`;
  // Trend and variance (and status, when not mapped) go right of the range, or below it.
  const outputs = m.status === undefined ? 3 : 2;
  const room = byRows ? GRID_COLS - (range.col + range.colCount) : GRID_ROWS - (range.row + range.rowCount);
  if (room < outputs)
    return `${what} leaves no ${byRows ? 'columns right' : 'rows below'} of it for the status, trend and variance: remap a smaller table.`;
  return null;
}

function buildMapping(ctx: DetectContext, m: TableMapping): void {
  const grid = ctx.grid;
  const problem = mappingProblem(m, grid.name);
  const range = parseRangeA1(m.range);
  if (problem || !range) {
    warn(ctx, -1, 0, problem ?? `The saved mapping "${m.range}" is not a range address: remap the table.`);
    return;
  }
  const r0 = range.row - grid.top;
  const c0 = range.col - grid.left;
  const r1 = r0 + range.rowCount - 1;
  const c1 = c0 + range.colCount - 1;
  const byRows = m.orientation === 'rows';
  const count = (byRows ? range.rowCount : range.colCount) - m.headerCount;
  const at: At = byRows
    ? (i, o) => ({ r: r0 + m.headerCount + i, c: c0 + o })
    : (i, o) => ({ r: r0 + o, c: c0 + m.headerCount + i });
  const periods = mappedPeriods(grid, m, at);
  const indices: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = at(i, m.name);
    if (!grid.isBlank(n.r, n.c)) indices.push(i);
  }
  const currentIdx = latestMapped(grid, indices, periods, at);
  const current = currentIdx >= 0 ? periods[currentIdx].period : undefined;

  const table: TableDraft = { layout: 'mapped', r0, c0, r1, c1, indicators: [] };
  if (current) table.currentPeriod = current;
  let trendAt: number | undefined;
  let varianceAt: number | undefined;
  let statusAt: number | undefined;
  if (byRows) {
    const headerRow = m.headerCount > 0 ? r0 + m.headerCount - 1 : r0;
    if (m.status !== undefined) {
      [trendAt, varianceAt] = freeColumnsRight(grid, c1, headerRow, r1, 2);
    } else {
      [statusAt, trendAt, varianceAt] = freeColumnsRight(grid, c1, headerRow, r1, 3);
      if (m.headerCount > 0) {
        table.added = {
          headerRow: grid.ref(headerRow, 0).row,
          status: grid.ref(0, statusAt).col,
          trend: grid.ref(0, trendAt).col,
          variance: grid.ref(0, varianceAt).col,
        };
      }
    }
  } else if (m.status !== undefined) {
    [trendAt, varianceAt] = freeRowsBelow(grid, r1, c0, c1, 2);
  } else {
    [statusAt, trendAt, varianceAt] = freeRowsBelow(grid, r1, c0, c1, 3);
  }
  // The free lines found may lie past the grid's edge when the sheet is full up to it.
  const last = Math.max(...[statusAt, trendAt, varianceAt].filter((x): x is number => x !== undefined));
  if (byRows ? grid.ref(0, last).col >= GRID_COLS : grid.ref(last, 0).row >= GRID_ROWS) {
    warn(
      ctx,
      r0,
      c0,
      `The mapped table ${m.range} has no free ${byRows ? 'columns right' : 'rows below'} of it before the edge of the sheet: nothing was written for it.`,
    );
    return;
  }

  for (const i of indices) {
    const n = at(i, m.name);
    const cell = (o: number | undefined): { r: number; c: number } | undefined =>
      o === undefined ? undefined : at(i, o);
    const values: PeriodCell[] = [];
    for (const p of periods) {
      const { r, c } = at(i, p.col);
      if (!grid.isBlank(r, c)) values.push({ period: p.period, source: grid.source(r, c) });
    }
    const actual = cell(m.actual);
    if (actual && periods.length === 0 && !grid.isBlank(actual.r, actual.c)) {
      const h = at(-1, m.actual!);
      const label = m.headerCount > 0 ? grid.trimmed(h.r, h.c) : 'Actual';
      values.push({ period: { kind: 'date', label, order: 0 }, source: grid.source(actual.r, actual.c) });
    }
    const ind: IndicatorSource = {
      id: indicatorId(grid, n.r, n.c),
      sheet: grid.name,
      layout: 'mapped',
      table: -1,
      name: grid.trimmed(n.r, n.c),
      nameCell: grid.ref(n.r, n.c),
      values,
      comparators: [],
    };
    const target = cell(m.target);
    if (target && !grid.isBlank(target.r, target.c)) ind.target = grid.source(target.r, target.c);
    const polarity = cell(m.polarity);
    if (polarity && !grid.isBlank(polarity.r, polarity.c)) ind.polarityText = grid.trimmed(polarity.r, polarity.c);
    if (current) ind.currentPeriod = current;
    const place = (o: number | undefined): { row: number; col: number } | undefined => {
      if (o === undefined) return undefined;
      // `o` is a sheet-grid column (rows mapping) or row (columns mapping) found above.
      return byRows ? grid.ref(n.r, o) : grid.ref(o, n.c);
    };
    const status = m.status !== undefined ? at(i, m.status) : undefined;
    if (status) ind.statusCell = grid.ref(status.r, status.c);
    else {
      const s = place(statusAt);
      if (s) ind.statusCell = s;
    }
    const t = place(trendAt);
    if (t) ind.trendCell = t;
    const v = place(varianceAt);
    if (v) ind.varianceCell = v;
    table.indicators.push(ind);
  }
  if (table.indicators.length === 0) {
    warn(ctx, r0, c0, `The mapped table ${m.range} has no indicator names in its name ${byRows ? 'column' : 'row'}.`);
  }
  ctx.tables.push(table);
  grid.claim(r0, c0, range.rowCount, range.colCount);
}

function latestMapped(grid: Grid, indices: number[], periods: PeriodColumn[], at: At): number {
  for (let p = periods.length - 1; p >= 0; p--) {
    for (const i of indices) {
      const { r, c } = at(i, periods[p].col);
      if (hasValue(grid, r, c)) return p;
    }
  }
  return -1;
}

/** Every mapping is read as mapped: each is a reading that always wins its region. */
export function detectMappings(ctx: DetectContext, mappings: readonly TableMapping[]): void {
  const grid = ctx.grid;
  for (const m of mappings) {
    const range = parseRangeA1(m.range);
    const region = range
      ? {
          r0: range.row - grid.top,
          c0: range.col - grid.left,
          r1: range.row - grid.top + range.rowCount - 1,
          c1: range.col - grid.left + range.colCount - 1,
        }
      : { r0: 0, c0: 0, r1: -1, c1: -1 };
    propose(ctx, [proposeReading('mapping', region, [], { build: () => buildMapping(ctx, m) })]);
  }
}
