/**
 * Metrics across, periods down (issue 20 item 8): weeks or months down the rows, each metric an
 * actual column paired with its target column ("ICI", "ICI Target", "CV", "CV Target", then
 * cumulative "Year ICI", "Year ICI Target"). Row labels are periods: real dates, dates typed as
 * text ("2024-01-14"), month names; some rows carry no label at all (a week whose date was never
 * typed). One indicator per metric column.
 *
 * Reading, each step a named piece of evidence:
 * - pairs: header cells "<metric> <target word>" (or "<target word> <metric>") whose metric is
 *   another header on the row. At least one pair, else this is not the shape.
 * - period column: a column left of the metrics whose labels below mostly read as periods.
 * - body: rows under the header with figures in the metric columns; up to two blank rows inside,
 *   a row of words (another header, a "Total" label that is not a period) ends it.
 * Only all three together claim the table: otherwise the register reading still gets the rows.
 * Where no header names a target (a quarterly block of counts), a row of short metric names over
 * a period column is read the same way when its columns hold figures: every metric NO_TARGET, with
 * its series and trend, never a rating (readPlainHeader).
 *
 * Periods: the rows are in time order (newest last, or newest first when the dated labels run
 * backwards), so each row's period is ordered by its position; an unlabelled row sits between its
 * neighbours ("Row 7" is its label). The table's current period is the latest row holding a value
 * in any metric column (SCORING.md); a metric empty there is NO_DATA; the trend compares with the
 * nearest earlier row with a value. The target is the target column's cell on the current row, or
 * the nearest earlier one (a target typed once and left blank after still applies).
 *
 * Outputs: a metric has no cell of its own for status, trend or variance, and every cell in and
 * beside the table is a period's figure. So they go under the table, one row each for status,
 * trend and variance, in the metric's own column, starting two rows below the last body row (a
 * blank row between, so the table's own rows stay its own) at the first three rows free in every
 * metric column. The words are self-describing ("GREEN", "Bit better", "2 below the target of 3").
 * On re-scoring our rows count as free and end the body, so they are found again, not duplicated.
 *
 * A direction row ("Polarity", "Direction", "Desired direction" holding Up/Down...) gives each
 * metric its polarityText; it is not a period row.
 *
 * The same pairing on its side, Act/Plan rows under a period row, is read by act-plan-rows.ts,
 * run from here so both readings of paired figures come before the register reading.
 */
import type { IndicatorSource, Period, PeriodCell } from '../model';
import { parsePeriodHeader } from '../periods';
import { numericValue } from '../values/read';
import { indicatorId, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { headerCell } from './headers';
import { hasTargetHeader, readPairs, readPlainHeader, type AcrossHeader } from './metrics-across-header';
import { PLACEHOLDER } from './column-content';
import { markPercentFractions } from './percent-fractions';
import { propose, proposeReading } from './readings/choose';
import { labelsAsNames, periodsRead } from './readings/evidence';
import { registerReadingOf } from './register-rival';
import { namesLeftOfPeriods } from './metrics-across-names';
import { isTargetRowLabel } from './metrics-across-target-row';

/** A row label that gives the direction of every metric ("Polarity", "Desired direction"). */
const DIRECTION_LABEL = /^(?:polarity|direction|desired direction|directionality|good is|which way is good)$/;
/** The period column's labelled cells that read as periods, at least. */
const PERIOD_SHARE = 0.6;
/** How many columns left of the first metric may hold the period labels. */
const LABEL_SEARCH = 8;
/** Blank rows allowed inside the body before it ends. */
const MAX_BLANK_RUN = 2;
/** How far below the table outputs may be placed before giving up. */
const OUTPUT_SEARCH = 50;

/**
 * Metrics without a target column ("Placed") are indicators too, right of the period column and
 * holding figures: they get NO_TARGET, never a guessed rating.
 */
function addUnpaired(grid: Grid, h: AcrossHeader, p: PeriodRows): void {
  for (const m of h.unpaired) {
    if (m.col <= p.col) continue;
    let numbers = 0;
    let filled = 0;
    for (const r of p.rows) {
      if (grid.isBlank(r, m.col)) continue;
      filled++;
      if (numericValue(grid.value(r, m.col)) !== null) numbers++;
    }
    if (filled === 0 || numbers < filled * PERIOD_SHARE) continue;
    h.metrics.push(m);
    h.first = Math.min(h.first, m.col);
    h.last = Math.max(h.last, m.col);
  }
  h.metrics.sort((a, b) => a.col - b.col);
}

interface PeriodRows {
  col: number;
  /** Body rows in sheet order. */
  rows: number[];
  /** Parsed label per body row (undefined: unlabelled or a label that is no period). */
  labels: (Period | undefined)[];
  direction?: number;
  /** A "Target" row among the periods: each metric's target in its column (metrics-across-target-row.ts). */
  targetRow?: number;
  last: number;
}

/**
 * Without targets, the header's words say nothing of roles: a column is a metric when its cells
 * under the periods are figures (or "not there" placeholders, "NA" for a ratio over zero), and the
 * table is one when most of its cells are figures and two metrics or more remain.
 */
function keepFigureColumns(grid: Grid, h: AcrossHeader, p: PeriodRows): boolean {
  let numbers = 0;
  let cells = 0;
  h.metrics = h.metrics.filter((m) => {
    if (m.col <= p.col) return false;
    let figures = 0;
    let filled = 0;
    for (const r of p.rows) {
      if (grid.isBlank(r, m.col)) continue;
      filled++;
      if (numericValue(grid.value(r, m.col)) !== null) figures++;
      else if (!PLACEHOLDER.test(grid.trimmed(r, m.col))) return false;
    }
    numbers += figures;
    cells += filled;
    return filled > 0;
  });
  if (h.metrics.length < 2 || numbers < cells * PERIOD_SHARE) return false;
  h.first = h.metrics[0].col;
  h.last = h.metrics[h.metrics.length - 1].col;
  return true;
}

/** Evidence step 2: a column left of the metrics whose labels read as periods, and the body rows under it. */
function readPeriodRows(grid: Grid, h: AcrossHeader): PeriodRows | null {
  let best: PeriodRows | null = null;
  let bestParsed = 0;
  // The nearest few columns left of the metrics: each try walks the body once, so a far-right
  // header on a wide sheet does not cost columns times rows.
  for (let c = h.first - 1; c >= Math.max(0, h.first - LABEL_SEARCH); c--) {
    const read = walkBody(grid, h, c);
    if (!read) continue;
    const dated = read.labels.filter((p): p is Period => p !== undefined);
    // Periods down means each row another period: one period repeated on every row (a register of
    // units for one month) is a register's column, not a time axis.
    const distinct = new Set(dated.map((p) => `${p.label}\u0000${p.order}`)).size;
    if (dated.length >= 2 && distinct < Math.max(2, Math.ceil(dated.length / 2))) continue;
    const parsed = dated.length;
    if (parsed > bestParsed) {
      best = read;
      bestParsed = parsed;
    }
  }
  return best;
}

/** Evidence step 3: the body rows under the header with the period labels in column `labelCol`. */
function walkBody(grid: Grid, h: AcrossHeader, labelCol: number): PeriodRows | null {
  const rows: number[] = [];
  const labels: (Period | undefined)[] = [];
  let direction: number | undefined;
  let targetRow: number | undefined;
  let labelled = 0;
  let parsed = 0;
  let blankRun = 0;
  let last = h.row;
  for (let r = h.row + 1; r < grid.rows; r++) {
    if (grid.rowClaimed(r, labelCol, h.last)) break;
    const figures = figureCount(grid, r, h);
    const labelBlank = grid.isBlank(r, labelCol);
    if (figures.filled === 0 && labelBlank) {
      if (++blankRun > MAX_BLANK_RUN) break;
      continue;
    }
    // Our status/trend/variance rows from an earlier scoring end the body.
    if (figures.filled > 0 && figures.ours === figures.filled) break;
    blankRun = 0;
    const label = labelBlank
      ? undefined
      : parsePeriodHeader(headerCell(grid, r, labelCol), { date1904: grid.date1904 });
    if (!labelBlank && !label) {
      if (DIRECTION_LABEL.test(grid.lower(r, labelCol)) && direction === undefined) {
        direction = r;
        last = r;
        continue;
      }
      if (targetRow === undefined && isTargetRowLabel(grid.lower(r, labelCol))) {
        targetRow = r;
        last = r;
        continue;
      }
      // A "Total" or note row ends the periods.
      break;
    }
    if (figures.words >= 2) break;
    // A "Prev. 6 months" style row is not a period of the series.
    if (label?.kind === 'baseline') {
      last = r;
      continue;
    }
    if (!labelBlank) labelled++;
    if (label) parsed++;
    rows.push(r);
    labels.push(label ?? undefined);
    last = r;
  }
  if (parsed < 2 || parsed < labelled * PERIOD_SHARE) return null;
  return { col: labelCol, rows, labels, direction, targetRow, last };
}

function figureCount(grid: Grid, r: number, h: AcrossHeader): { filled: number; words: number; ours: number } {
  let filled = 0;
  let words = 0;
  let ours = 0;
  for (const m of h.metrics)
    for (const c of m.target === undefined ? [m.col] : [m.col, m.target]) {
      if (grid.isBlank(r, c)) continue;
      filled++;
      if (grid.isOurs(r, c)) ours++;
      // "NA", "-", "TBC" in a figure cell is a figure not there, not a row of words.
      else if (numericValue(grid.value(r, c)) === null && !PLACEHOLDER.test(grid.trimmed(r, c))) words++;
    }
  return { filled, words, ours };
}

/**
 * Each body row's period: its parsed label (when it has one) with an order by position, so unlabelled
 * rows sit between their neighbours. Newest-first tables (dated labels running backwards) count down.
 */
function rowPeriods(grid: Grid, p: PeriodRows): Period[] {
  let rising = 0;
  let prev: number | undefined;
  for (const label of p.labels) {
    if (!label) continue;
    if (prev !== undefined) rising += Math.sign(label.order - prev);
    prev = label.order;
  }
  const step = rising < 0 ? -1 : 1;
  return p.rows.map((r, i) => {
    const label = p.labels[i];
    const order = (i + 1) * step;
    const sheetRow = grid.ref(r, p.col).row + 1;
    return label ? { ...label, order } : { kind: 'date', label: `Row ${sheetRow}`, order };
  });
}

/** Three rows under the table free in every metric column: status, trend, variance. */
function outputRows(grid: Grid, h: AcrossHeader, last: number, labelCol: number): number | null {
  // The outputs go under the table: past a totals row right under it, but never past other
  // content (a "Next review" line, a note) into rows that belong to something else.
  const rowBlank = (r: number): boolean => {
    for (let c = labelCol; c <= h.last; c++) if (!grid.isFree(r, c)) return false;
    return true;
  };
  for (let r = last + 2; r <= last + OUTPUT_SEARCH; r++) {
    if (r - 1 > last + 1 && !rowBlank(r - 1)) return null;
    let free = true;
    for (const m of h.metrics)
      for (let k = 0; k < 3 && free; k++) free = grid.isFree(r + k, m.col) && !grid.inMerge(r + k, m.col);
    if (free) return r;
  }
  return null;
}

function buildIndicators(
  grid: Grid,
  h: AcrossHeader,
  p: PeriodRows,
  periods: Period[],
  out: number | null,
): {
  indicators: IndicatorSource[];
  current?: Period;
} {
  // The table's current period: the latest row (in time) holding a value in any metric column.
  let current: Period | undefined;
  for (let i = 0; i < p.rows.length; i++) {
    if (!h.metrics.some((m) => hasFigure(grid, p.rows[i], m.col))) continue;
    if (!current || periods[i].order > current.order) current = periods[i];
  }
  const indicators = h.metrics.map((m) => {
    const values: PeriodCell[] = [];
    const targets: PeriodCell[] = [];
    p.rows.forEach((r, i) => {
      if (!grid.isBlank(r, m.col)) values.push({ period: periods[i], source: grid.source(r, m.col) });
      if (m.target !== undefined && !grid.isBlank(r, m.target))
        targets.push({ period: periods[i], source: grid.source(r, m.target) });
    });
    if (periods.length > 1 && periods[0].order > periods[1].order) {
      values.reverse();
      targets.reverse();
    }
    const ind: IndicatorSource = {
      id: indicatorId(grid, h.row, m.col),
      sheet: grid.name,
      layout: 'time-series',
      table: -1,
      name: m.name,
      nameCell: grid.ref(h.row, m.col),
      values,
      comparators: [],
    };
    if (targets.length > 0) ind.targetsByPeriod = targets;
    if (current) ind.currentPeriod = current;
    if (p.targetRow !== undefined && m.target === undefined && !grid.isBlank(p.targetRow, m.col))
      ind.target = grid.source(p.targetRow, m.col);
    if (p.direction !== undefined && !grid.isBlank(p.direction, m.col))
      ind.polarityText = directionText(grid.trimmed(p.direction, p.col), grid.trimmed(p.direction, m.col));
    if (out !== null) {
      ind.statusCell = grid.ref(out, m.col);
      ind.trendCell = grid.ref(out + 1, m.col);
      ind.varianceCell = grid.ref(out + 2, m.col);
    }
    return ind;
  });
  return { indicators, current };
}

function hasFigure(grid: Grid, r: number, c: number): boolean {
  return !grid.isBlank(r, c) && !grid.isOurs(r, c);
}

/** A direction cell as polarity text: a bare 1/0/TRUE/FALSE only means something with its label. */
export function directionText(label: string, cell: string): string {
  return /^(?:1|0|-1|true|false|yes|no|y|n)$/i.test(cell) ? `${label}: ${cell}` : cell;
}

/**
 * Find every metrics-across table not already claimed, and claim it; or leave it to the register
 * reading where that reads the same rows better (row labels that are names, not periods).
 */
export function detectMetricsAcross(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 0; r < grid.rows; r++) {
    // The header test first: it fails fast on data rows, where a claim test would scan every column.
    if (grid.rowFilled[r] < 2) continue;
    const paired = hasTargetHeader(grid, r);
    const h = paired ? readPairs(grid, r) : readPlainHeader(grid, r);
    if (!h || grid.rowClaimed(r)) continue;
    const p = readPeriodRows(grid, h);
    if (!p || p.rows.length < 2 || namesLeftOfPeriods(grid, r, p.col, p.last)) continue;
    if (paired) addUnpaired(grid, h, p);
    else if (!keepFigureColumns(grid, h, p)) continue;
    const periods = rowPeriods(grid, p);
    const out = outputRows(grid, h, p.last, p.col);
    const { indicators, current } = buildIndicators(grid, h, p, periods, out);
    if (paired && !indicators.some((i) => i.values.length >= 1 && i.targetsByPeriod)) continue;
    const build = (): void => {
      markPercentFractions(grid, r, indicators);
      const table: TableDraft = { layout: 'time-series', r0: r, c0: p.col, r1: p.last, c1: h.last, indicators };
      if (current) table.currentPeriod = current;
      ctx.tables.push(table);
      grid.claim(r, p.col, p.last - r + 1, h.last - p.col + 1);
      if (out !== null) grid.claim(out, h.first, 3, h.last - h.first + 1);
      if (out === null)
        ctx.warnings.push({
          sheet: grid.name,
          cell: grid.a1(r, p.col),
          message: `The metrics table at ${grid.a1(r, p.col)} has no three free rows below it for status, trend and variance: it is scored but nothing is written.`,
        });
    };
    const region = { r0: r, c0: p.col, r1: p.last, c1: h.last };
    const labelled = p.labels.filter((l) => l !== undefined).length;
    const across = proposeReading('metrics-across', region, [periodsRead(labelled, p.rows.length, 'row labels')], {
      build,
    });
    // The same header row read as a register's: its row labels as the indicators' names.
    propose(ctx, [across, registerReadingOf(ctx, region, [labelsAsNames(labelled, p.rows.length)])]);
    r = p.last;
  }
}
