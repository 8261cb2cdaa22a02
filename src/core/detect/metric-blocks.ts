/**
 * Metric blocks (seed 001): a title line, a header row with a blank corner and periods, baselines
 * and areas ("Prev. 6 months cumulative", "Apr-16", "EAST", "NWC"), then labelled rows: numerator,
 * denominator, the rate, "Target", "Performance rating", "Trend", "National average". One block is
 * one indicator: the row directly above "Target" (else the last data row) is the one scored.
 *
 * Outputs: status in the first cell right of the "Performance rating" label, trend right of the
 * "Trend" label. What the block has no row for goes right of the block on the scored row; a block
 * with no rating row gets our Status/Trend/Variance columns (headers in its header row), since no
 * row can be added inside it.
 *
 * A blank-corner header whose rows are many separate indicators (or that has Target/RAG columns)
 * is a time series without a "Measure" heading: it is handed to the register walker.
 */
import type { Comparator, IndicatorSource, PeriodCell } from '../model';
import { indicatorId, warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { parseHeaderRow } from './header-row';
import { areaRatingCell } from './comparator-cells';
import { comparatorRowKind } from './comparator-labels';
import { comparatorKind } from './headers';
import {
  blockRows,
  readBlockHeader,
  titleAbove,
  type BlockHeader,
  type BlockRow,
  type RowKind,
} from './metric-block-shape';
import { freeCellRight, freeColumnsRight } from './output-cells';
import { bannerPeriods } from './period-banner';
import { propose, proposeReading } from './readings/choose';
import { headerWordsFit, periodsRead } from './readings/evidence';
import { buildHeaderTable } from './register';
import { latestFilled, rowValues } from './series';
import { numericValue } from '../values/read';
import { PLACEHOLDER } from './column-content';
import { polarityFromLabel, splitCode, unitFromLabel } from './text-fields';

/** A block with a title and at most this many data rows (and no Target/rating rows) is still a block. */
const MAX_PLAIN_BLOCK_ROWS = 6;

/** First non-blank cell right of the label: where a block puts a one-off figure (a Target under the baseline column). */
function firstRight(grid: Grid, r: number, label: number, last: number): number {
  for (let c = label + 1; c <= last; c++) if (!grid.isBlank(r, c)) return c;
  return -1;
}

/** How many times apart two figures are (1 = equal); Infinity when either is 0 or they differ in sign. */
function scaleApart(a: number, b: number): number {
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return a === b ? 1 : Infinity;
  return Math.max(a / b, b / a);
}

/**
 * Seed 001 puts some targets under the rate although they are counts ("Rate per 10K" 30 above a
 * Target of 850, which matches "No of CPP" 825). When the row above Target is more than 10 times
 * off the target and another row of the block is within 2 times of it, that row is the one the
 * target measures: score it, and say so.
 */
function rowOnTargetScale(
  ctx: DetectContext,
  h: BlockHeader,
  data: BlockRow[],
  scored: BlockRow,
  target: BlockRow,
  col: number,
  lastCol: number,
): BlockRow {
  const grid = ctx.grid;
  const tc = !grid.isBlank(target.row, col) ? col : firstRight(grid, target.row, h.label, lastCol);
  const t = tc >= 0 ? grid.value(target.row, tc) : '';
  const figure = (b: BlockRow): unknown => grid.value(b.row, col);
  const own = figure(scored);
  if (typeof t !== 'number' || typeof own !== 'number' || scaleApart(own, t) <= 10) return scored;
  let best: BlockRow | undefined;
  let bestApart = 2;
  for (const b of data) {
    const v = figure(b);
    if (b === scored || typeof v !== 'number') continue;
    const apart = scaleApart(v, t);
    if (apart <= bestApart) {
      best = b;
      bestApart = apart;
    }
  }
  if (!best) return scored;
  warn(
    ctx,
    target.row,
    tc,
    `The target in ${grid.a1(target.row, tc)} is on the scale of "${grid.trimmed(best.row, h.label)}" (row ${best.row + grid.top + 1}), not of the row above it, so that row is scored.`,
  );
  return best;
}

function buildBlock(ctx: DetectContext, h: BlockHeader, rows: BlockRow[], titleRow: number): void {
  const grid = ctx.grid;
  const data = rows.filter((b) => b.kind === 'data');
  const find = (kind: RowKind): BlockRow | undefined => rows.find((b) => b.kind === kind);
  const target = find('target');
  const rating = find('rating');
  const trend = find('trend');
  const polarity = find('polarity');
  let scored: BlockRow | undefined;
  if (target) {
    const i = rows.indexOf(target);
    if (i > 0 && rows[i - 1].kind === 'data') scored = rows[i - 1];
  }
  scored ??= data[data.length - 1];
  const lastRow = rows[rows.length - 1].row;
  // The block's own extent: our outputs from an earlier scoring do not widen it.
  let lastCol = h.columns[h.columns.length - 1].col;
  for (const b of rows) lastCol = Math.max(lastCol, grid.lastUsedCol(b.row));
  if (!scored) {
    warn(
      ctx,
      h.row,
      h.label,
      `The block at ${grid.a1(h.row, h.label)} has no row of figures to score: map it if it holds an indicator.`,
    );
    grid.claim(h.row, h.label, lastRow - h.row + 1, lastCol - h.label + 1);
    return;
  }
  const dataRows = data.map((b) => b.row);
  const idx = latestFilled(grid, dataRows, h.periods);
  const current = idx >= 0 ? h.periods[idx] : undefined;
  if (target && current) scored = rowOnTargetScale(ctx, h, data, scored, target, current.col, lastCol);
  const sr = scored.row;

  const title = titleRow >= 0 ? grid.trimmed(titleRow, grid.rowFirst[titleRow]) : undefined;
  const nameRow = titleRow >= 0 ? titleRow : sr;
  const nameCol = titleRow >= 0 ? grid.rowFirst[titleRow] : h.label;
  const values: PeriodCell[] = rowValues(grid, sr, h.periods);
  const comparators: Comparator[] = [];
  for (const a of h.areas) {
    if (grid.isBlank(sr, a.col)) continue;
    const kind = a.role === 'area' ? 'area' : comparatorKind(a.label.toLowerCase());
    const cmp: Comparator = { label: a.label, kind, source: grid.source(sr, a.col) };
    const place = kind === 'area' ? areaRatingCell(grid, rating?.row, h.label, h.areas, lastCol, a.col) : undefined;
    if (place) cmp.statusCell = place;
    comparators.push(cmp);
  }
  for (const b of rows) {
    if (b.kind !== 'national' && b.kind !== 'neighbours' && b.kind !== 'comparator') continue;
    // The comparator figure sits under the current period, or in the first filled cell.
    const c = current && !grid.isBlank(b.row, current.col) ? current.col : firstRight(grid, b.row, h.label, lastCol);
    if (c < 0 || !hasFigure(grid, b.row, c)) continue;
    // A national figure per 10K says nothing about a count: keep comparators on the scored row's scale.
    const ours = current ? grid.value(sr, current.col) : '';
    const theirs = grid.value(b.row, c);
    if (typeof ours === 'number' && typeof theirs === 'number' && scaleApart(ours, theirs) > 10) continue;
    comparators.push({
      label: grid.trimmed(b.row, h.label),
      kind: b.kind === 'comparator' ? comparatorRowKind(b.lower) : b.kind === 'national' ? 'national' : 'neighbours',
      source: grid.source(b.row, c),
    });
  }

  const ind: IndicatorSource = {
    id: indicatorId(grid, nameRow, nameCol),
    sheet: grid.name,
    layout: 'metric-block',
    table: -1,
    name: title ?? grid.trimmed(sr, h.label),
    nameCell: grid.ref(nameRow, nameCol),
    values,
    comparators,
  };
  if (title) {
    const split = splitCode(title);
    if (split.code) {
      ind.code = split.code;
      ind.name = split.name;
    }
  }
  const unit = unitFromLabel(grid.trimmed(sr, h.label)) ?? (title ? unitFromLabel(title) : undefined);
  if (unit) ind.unitText = unit;
  if (polarity) {
    const text =
      polarityFromLabel(grid.trimmed(polarity.row, h.label)) ?? textRight(grid, polarity.row, h.label, lastCol);
    if (text) ind.polarityText = text;
  }
  if (target) {
    const c =
      current && !grid.isBlank(target.row, current.col) ? current.col : firstRight(grid, target.row, h.label, lastCol);
    if (c >= 0) ind.target = grid.source(target.row, c);
  }
  if (h.baseline && !grid.isBlank(sr, h.baseline.col)) {
    ind.baseline = {
      period: h.baseline.period ?? { kind: 'baseline', label: h.baseline.label, order: -1 },
      source: grid.source(sr, h.baseline.col),
    };
  }
  if (current) ind.currentPeriod = current.period;

  const table: TableDraft = {
    layout: 'metric-block',
    r0: h.row,
    c0: h.label,
    r1: lastRow,
    c1: lastCol,
    indicators: [ind],
  };
  if (title) table.title = title;
  if (current) table.currentPeriod = current.period;

  if (rating) {
    ind.statusCell = grid.ref(rating.row, h.label + 1);
    // The author's rating in that cell (not one we wrote): polarity evidence, kept where we cannot rate.
    if (!grid.isBlank(rating.row, h.label + 1) && !grid.isOwned(rating.row, h.label + 1))
      ind.rating = grid.source(rating.row, h.label + 1);
    if (trend) ind.trendCell = grid.ref(trend.row, h.label + 1);
    // No row for the rest: right of the block on the scored row.
    let c = freeCellRight(grid, sr, lastCol);
    if (!trend) {
      ind.trendCell = grid.ref(sr, c);
      c = freeCellRight(grid, sr, c);
    }
    ind.varianceCell = grid.ref(sr, c);
  } else {
    const [s, t, v] = freeColumnsRight(grid, lastCol, h.row, lastRow, 3);
    ind.statusCell = grid.ref(sr, s);
    ind.trendCell = trend ? grid.ref(trend.row, h.label + 1) : grid.ref(sr, t);
    ind.varianceCell = grid.ref(sr, v);
    table.added = {
      headerRow: grid.ref(h.row, 0).row,
      status: grid.ref(0, s).col,
      trend: grid.ref(0, t).col,
      variance: grid.ref(0, v).col,
    };
  }
  ctx.tables.push(table);
  grid.claim(h.row, h.label, lastRow - h.row + 1, lastCol - h.label + 1);
  if (titleRow >= 0) grid.claim(titleRow, 0, 1, grid.cols);
}

function hasFigure(grid: Grid, r: number, c: number): boolean {
  return typeof grid.value(r, c) === 'number' || /\d/.test(grid.trimmed(r, c));
}

function textRight(grid: Grid, r: number, label: number, last: number): string | undefined {
  const c = firstRight(grid, r, label, last);
  return c >= 0 ? grid.trimmed(r, c) : undefined;
}

/**
 * The block's first row holds only text, in two cells or more right of its label ("Performance
 * commitment | Supply interruptions | Leakage" under a "2023-24" banner): the names of indicators
 * across, not a figure row of one block.
 */
function namesRowFirst(grid: Grid, r: number, label: number): boolean {
  let names = 0;
  for (let c = label + 1; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c)) continue;
    // "N/A", "-", "TBC" are a figure not given, not a name.
    if (!grid.isString(r, c) || numericValue(grid.value(r, c)) !== null || PLACEHOLDER.test(grid.trimmed(r, c)))
      return false;
    names++;
  }
  return names >= 2;
}

/** Find every metric block (and blank-corner time series) not already claimed. */
export function detectMetricBlocks(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] === 0) continue;
    const h = readBlockHeader(grid, r);
    if (!h) continue;
    const rows = blockRows(grid, h);
    if (rows.length === 0) continue;
    // A year banner over a row of indicator names: indicators across, read by their own reader.
    if (namesRowFirst(grid, rows[0].row, h.label)) continue;
    const titleRow = titleAbove(grid, r);
    const special = rows.some((b) => b.kind !== 'data' && b.kind !== 'label-only');
    const dataCount = rows.filter((b) => b.kind === 'data').length;
    const isBlock = !h.tableLike && (special || (titleRow >= 0 && dataCount <= MAX_PLAIN_BLOCK_ROWS));
    const lastRow = rows[rows.length - 1].row;
    const region = { r0: h.row, c0: h.label, r1: lastRow, c1: h.columns[h.columns.length - 1].col };
    if (isBlock) {
      const read = h.periods.length + (h.baseline ? 1 : 0) + h.areas.length;
      const periods = periodsRead(
        read,
        grid.filledIn(h.row, h.label + 1, region.c1),
        'header cells',
        'periods, a baseline or areas',
      );
      const build = (): void => buildBlock(ctx, h, rows, titleRow);
      propose(ctx, [proposeReading('metric-block', region, [periods], { build })]);
      r = lastRow;
      continue;
    }
    // A row of years over the header row below ("2022/23" over "Q1 | Q2 | Q3 | Q4"): a banner, read
    // with that header by the register reader, not a blank-corner header with no rows of its own.
    if (
      bannerPeriods(grid, r + 1, h.label, region.c1).size > 0 &&
      parseHeaderRow(grid, r + 1, h.label).kind === 'header'
    )
      continue;
    // The lower row of a two-row header ("Outturn | Target | Q2 | RAG" under "2023/24 | 2024/25 ..."):
    // the names' header is in the row above, over this "blank corner"; the register reader reads both.
    if (r > 0 && !grid.isBlank(r - 1, h.label) && bannerPeriods(grid, r, h.label, region.c1).size > 0) continue;
    // Many separate indicators under a blank corner: a time series whose name column has no heading.
    const parsed = parseHeaderRow(grid, r, h.label);
    if (parsed.kind === 'header') {
      let last = r;
      const build = (): void => {
        last = buildHeaderTable(ctx, parsed.layout);
      };
      propose(ctx, [proposeReading('register', region, [headerWordsFit(parsed.layout)], { build })]);
      r = last;
    } else {
      warn(
        ctx,
        r,
        h.label,
        `Could not tell how the table at ${grid.a1(r, h.label)} is laid out: map its columns to score it.`,
      );
    }
  }
}
