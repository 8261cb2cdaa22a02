/**
 * Tables with a header row and one indicator per row: registers (seed 000: name, target, frequency,
 * narrative, "Rag Status") and time series (seed 004: "Measure", September ... April, "RAG", with
 * section rows and the header repeated per section). One walker serves both; a table with period
 * columns is a time series.
 */
import { readTarget } from '../values/target';
import { columnLetters, parseA1 } from '../a1';
import type { Comparator, IndicatorSource, Period, PeriodCell } from '../model';
import { comparatorKind } from './headers';
import { indicatorId, warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import {
  findNameColumn,
  nameColumnByContent,
  nameHeaderColumn,
  parseHeaderRow,
  scorableKeywordCount,
  type HeaderLayout,
  type HeaderParse,
} from './header-row';
import { betterHeaderAbove, headerScore } from './header-choice';
import { warnReading } from './reading-warning';
import { bestLabelColumn } from './column-evidence';
import { nearMissMessage } from './near-miss';
import { freeColumnsRight } from './output-cells';
import { latestFilled, rowValues } from './series';
import { statusColumnWords } from './sheet-words';
import { splitCode, unitFromLabel } from './text-fields';

/** "target_min", "Minimum target", "Target (max)": a header that makes its targets a floor or a ceiling. */
function targetBoundOf(header: string): IndicatorSource['targetBound'] {
  // Asked on every row: a header without "min" or "max" in it (nearly all) is answered without splitting it.
  if (!/m(?:in|ax)/i.test(header)) return undefined;
  const words = header.toLowerCase().split(/[^a-z]+/);
  if (words.includes('min') || words.includes('minimum')) return { kind: 'min', header };
  if (words.includes('max') || words.includes('maximum')) return { kind: 'max', header };
  return undefined;
}

/** A row of one long text cell ends a table: a commentary paragraph, not a section name. */
const COMMENTARY_LENGTH = 80;

interface Body {
  /** Indicator rows. */
  rows: number[];
  /** Last row that belongs to the table (data, section or repeated header). */
  last: number;
}

function isRepeatedHeader(grid: Grid, r: number, h: HeaderLayout): boolean {
  if (grid.lower(r, h.name) !== grid.lower(h.row, h.name)) return false;
  const again = parseHeaderRow(grid, r, h.name);
  return again.kind === 'header' && again.layout.signature === h.signature;
}

/** Another table's header row (a different header below this table ends it). */
function isOtherHeader(grid: Grid, r: number, h: HeaderLayout): boolean {
  const nameCol = nameHeaderColumn(grid, r);
  if (nameCol < 0) return false;
  // A data row with a category word in it ("Measure", "Indicator") under a date: typed like the rows below, so data.
  if (headerScore(grid, r, h.first, h.last).dataLike > 0) return false;
  return parseHeaderRow(grid, r, nameCol).kind !== 'not-header';
}

function walkBody(ctx: DetectContext, h: HeaderLayout): Body {
  const grid = ctx.grid;
  const rows: number[] = [];
  let last = h.row;
  let blankRun = 0;
  for (let r = h.row + 1; r < grid.rows; r++) {
    if (grid.rowClaimed(r, h.first, h.last)) break;
    const filled = grid.filledIn(r, h.first, h.last);
    if (filled === 0) {
      // Content only outside the table's columns is something else beside or below it.
      if (grid.rowFilled[r] > 0) break;
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (isRepeatedHeader(grid, r, h)) {
      last = r;
      continue;
    }
    if (isOtherHeader(grid, r, h)) break;
    // A figure in the name column is a footer ("Measures reported this quarter | 15"), not an indicator.
    if (!grid.isBlank(r, h.name) && !grid.isString(r, h.name)) {
      last = r;
      continue;
    }
    const nameFilled = !grid.isBlank(r, h.name);
    if (filled === 1) {
      const c = firstFilled(grid, r, h.first, h.last);
      if (c === h.name) {
        // A name alone on its row is a section heading ("Partnerships"), not an indicator.
        last = r;
        continue;
      }
      if (grid.trimmed(r, c).length > COMMENTARY_LENGTH) break;
    }
    if (!nameFilled) {
      if (carriesIndicatorData(grid, r, h)) {
        warn(
          ctx,
          r,
          h.name,
          `Row ${r + grid.top + 1} has figures but no indicator name in ${grid.a1(r, h.name)}: it is not scored. Add the name or map the table.`,
        );
      }
      last = r;
      continue;
    }
    rows.push(r);
    last = r;
  }
  return { rows, last };
}

function firstFilled(grid: Grid, r: number, c0: number, c1: number): number {
  for (let c = c0; c <= c1; c++) if (!grid.isBlank(r, c) && !grid.isClaimed(r, c)) return c;
  return -1;
}

function carriesIndicatorData(grid: Grid, r: number, h: HeaderLayout): boolean {
  if (h.target !== undefined && !grid.isBlank(r, h.target)) return true;
  if (h.single && !grid.isBlank(r, h.single.col)) return true;
  return h.periods.some((p) => !grid.isBlank(r, p.col));
}

function titleAbove(grid: Grid, r: number): string | undefined {
  for (let up = r - 1; up >= Math.max(0, r - 3); up--) {
    if (grid.rowFilled[up] === 0) continue;
    if (grid.rowFilled[up] !== 1 || grid.rowClaimed(up)) return undefined;
    const c = grid.rowFirst[up];
    return grid.isString(up, c) ? grid.trimmed(up, c) : undefined;
  }
  return undefined;
}

/** Where status/trend/variance go for this table, and the `added` columns (with headers) we add. */
interface Outputs {
  status?: number;
  trend?: number;
  variance?: number;
  added?: { status?: number; trend?: number; variance?: number };
}

function outputColumns(grid: Grid, h: HeaderLayout, lastRow: number): Outputs {
  const owned = (c: number | undefined): boolean => c !== undefined && grid.isOwned(h.row, c);
  // The table's own columns (not ones we added last time) are used as they are.
  const own = (c: number | undefined): number | undefined => (c !== undefined && !owned(c) ? c : undefined);
  const ours = (c: number | undefined): number | undefined => (owned(c) ? c : undefined);
  const taken = new Set<number>();
  for (const c of [ours(h.status), ours(h.trend), ours(h.variance)]) if (c !== undefined) taken.add(c);
  const roles = ['status', 'trend', 'variance'] as const;
  const cols = { status: h.status, trend: h.trend, variance: h.variance };
  const need = roles.filter((r) => own(cols[r]) === undefined && ours(cols[r]) === undefined).length;
  const lastTableCol = Math.max(h.first, ...h.columns.filter((c) => !taken.has(c.col)).map((c) => c.col));
  const free = need > 0 ? freeColumnsRight(grid, lastTableCol, h.row, lastRow, need, taken) : [];
  const out: Outputs = {};
  const added: NonNullable<Outputs['added']> = {};
  for (const role of roles) {
    const mine = own(cols[role]);
    if (mine !== undefined) {
      out[role] = mine;
      continue;
    }
    // Ours from the last scoring, or a new column: either way it carries our header.
    const col = ours(cols[role]) ?? free.shift();
    if (col === undefined) continue;
    out[role] = col;
    added[role] = col;
  }
  if (Object.keys(added).length > 0) out.added = added;
  return out;
}

function buildIndicator(
  grid: Grid,
  h: HeaderLayout,
  r: number,
  out: Outputs,
  currentPeriod: Period | undefined,
): IndicatorSource {
  const text = (c: number | undefined): string | undefined => {
    if (c === undefined || grid.isBlank(r, c)) return undefined;
    return grid.trimmed(r, c);
  };
  const values: PeriodCell[] = h.periods.length > 0 ? rowValues(grid, r, h.periods) : [];
  if (h.single && !grid.isBlank(r, h.single.col)) {
    // One actual column with no period in its header: the period is the column itself.
    const label = grid.trimmed(h.row, h.single.col);
    values.push({ period: h.single.period ?? { kind: 'date', label, order: 0 }, source: grid.source(r, h.single.col) });
  }
  const comparators: Comparator[] = [];
  for (const c of h.comparators) {
    if (grid.isBlank(r, c.col)) continue;
    const kind = c.role === 'area' ? 'area' : comparatorKind(c.label.toLowerCase());
    comparators.push({ label: c.label, kind, source: grid.source(r, c.col) });
  }
  const ind: IndicatorSource = {
    id: indicatorId(grid, r, h.name),
    sheet: grid.name,
    layout: h.periods.length >= 2 && !h.registerPeriods ? 'time-series' : 'register',
    table: -1,
    name: grid.trimmed(r, h.name),
    nameCell: grid.ref(r, h.name),
    values,
    comparators,
  };
  const measure = text(h.measure);
  if (measure) ind.measure = measure;
  const code = text(h.code);
  if (code) ind.code = code;
  else {
    // No code column: a code written in front of the name ("NI060 Percentage ...") is the code.
    const split = splitCode(ind.name);
    if (split.code && split.name) {
      ind.code = split.code;
      ind.name = split.name;
    }
  }
  // A unit column, else what the name says ("% Of Dental checks" is a percentage).
  const unit = text(h.unit) ?? (unitFromLabel(ind.name) === '%' ? '%' : undefined);
  if (unit) ind.unitText = unit;
  const polarity = directionText(grid, h, r);
  if (polarity) ind.polarityText = polarity;
  const frequency = text(h.frequency);
  if (frequency) ind.frequency = frequency;
  if (h.target !== undefined && !grid.isBlank(r, h.target)) {
    ind.target = grid.source(r, h.target);
    const bound = targetBoundOf(grid.trimmed(h.row, h.target));
    if (bound) ind.targetBound = bound;
  }
  if (h.periodTargets) {
    const targets = rowValues(grid, r, h.periodTargets);
    if (targets.length > 0) ind.targetsByPeriod = targets;
  }
  if (h.baseline?.period && !grid.isBlank(r, h.baseline.col))
    ind.baseline = { period: h.baseline.period, source: grid.source(r, h.baseline.col) };
  if (currentPeriod) ind.currentPeriod = currentPeriod;
  if (out.status !== undefined) ind.statusCell = grid.ref(r, out.status);
  if (out.trend !== undefined) ind.trendCell = grid.ref(r, out.trend);
  if (out.variance !== undefined) ind.varianceCell = grid.ref(r, out.variance);
  return ind;
}

/**
 * The direction column's text for the row ("Up", "Higher is better", "reduce"). A flag column
 * (TRUE/FALSE, 1/0) means nothing without its header, so the header goes with it:
 * "lowerIsBetter: TRUE", "result_indicator_ascending: 0".
 */
function directionText(grid: Grid, h: HeaderLayout, r: number): string | undefined {
  if (h.polarity === undefined || grid.isBlank(r, h.polarity)) return undefined;
  const cell = grid.trimmed(r, h.polarity);
  const v = grid.value(r, h.polarity);
  const flag = typeof v === 'boolean' || v === 0 || v === 1 || /^(true|false|0|1|yes|no|y|n)$/i.test(cell);
  return flag ? `${grid.trimmed(h.row, h.polarity)}: ${cell}` : cell;
}

/**
 * The table's own status column: the words it already uses become the words we write, and a cell
 * the author filled (not one we wrote) is the author's rating: polarity evidence, and kept where we
 * cannot rate the row.
 */
function addOwnRatings(grid: Grid, col: number, rows: number[], indicators: IndicatorSource[]): void {
  const words = statusColumnWords(grid, rows, col);
  rows.forEach((r, i) => {
    if (words) indicators[i].statusWords = words;
    if (!grid.isBlank(r, col) && !grid.isOwned(r, col)) indicators[i].rating = grid.source(r, col);
  });
}

/** One warning per table for targets that are words, not a number or a band. */
function warnTextTargets(ctx: DetectContext, h: HeaderLayout, rows: number[]): void {
  if (h.target === undefined) return;
  const grid = ctx.grid;
  const bad: number[] = [];
  let reason = '';
  for (const r of rows) {
    if (grid.isBlank(r, h.target) || typeof grid.value(r, h.target) !== 'string') continue;
    const read = readTarget(grid.source(r, h.target));
    if (read.kind === 'not-number') {
      if (bad.length === 0) reason = read.reason;
      bad.push(r);
    }
  }
  if (bad.length === 0) return;
  const cells = bad.slice(0, 5).map((r) => grid.a1(r, h.target!));
  const more = bad.length > 5 ? ` and ${bad.length - 5} more` : '';
  warn(
    ctx,
    bad[0],
    h.target,
    `Target column "${grid.trimmed(h.row, h.target)}" holds text, not a number, in ${cells.join(', ')}${more} (${reason}): those indicators get no RAG against a number.`,
  );
}

/** True when rows r0..r1 hold content no table has taken (a block beside the table, its own header lower down). */
function sideContent(grid: Grid, r0: number, r1: number): boolean {
  for (let r = r0; r <= r1; r++) if (grid.filledIn(r, 0, grid.cols - 1) > 0) return true;
  return false;
}

/**
 * The header row chosen among candidates: a row above the one first read that reads better as a
 * header (role words, all text) where the first one looks like data (header-choice.ts).
 */
function headerAbove(ctx: DetectContext, parsed: Extract<HeaderParse, { kind: 'header' }>): HeaderParse {
  const grid = ctx.grid;
  const h = parsed.layout;
  const up = betterHeaderAbove(grid, h.row, h.first, h.last);
  if (up < 0) return parsed;
  let nameCol = findNameColumn(grid, up)?.col ?? nameColumnByContent(grid, up);
  if (nameCol < 0) nameCol = bestLabelColumn(grid, up, h.first, h.last);
  if (nameCol < 0) return parsed;
  const again = parseHeaderRow(grid, up, nameCol, { content: true });
  if (again.kind !== 'header') return parsed;
  again.layout.headerChoice = `row ${up + grid.top + 1} taken as the header, not row ${h.row + grid.top + 1}, whose cells are typed like the rows below it`;
  // What the scan said about the rows between (a near-miss header, a name column with nothing to score) no longer stands.
  ctx.warnings = ctx.warnings.filter((w) => {
    const ref = w.sheet === grid.name ? parseA1(w.cell) : null;
    return !ref || ref.row - grid.top < up || ref.row - grid.top >= h.row;
  });
  return again;
}

/** Tables read side by side on one header row, at most. */
const MAX_RESCANS = 4;

/** Find every header-row table not already claimed by another layout or a mapping. */
export function detectRegisters(ctx: DetectContext): void {
  const grid = ctx.grid;
  const warnedSignatures = new Set<string>();
  let rescans = 0;
  let rescanRow = -1;
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] < 2) continue;
    // The header's words, else the content (a column of distinct text labels under figure headers).
    const nameCol = findNameColumn(grid, r)?.col ?? -1;
    if (nameCol < 0) {
      if (scorableKeywordCount(grid, r) >= 2 && !grid.rowClaimed(r)) {
        warn(ctx, r, grid.rowFirst[r], nearMissMessage(grid, r));
      }
      continue;
    }
    let parsed = parseHeaderRow(grid, r, nameCol, { content: true });
    if (parsed.kind === 'not-header') continue;
    if (parsed.kind === 'header') parsed = headerAbove(ctx, parsed);
    if (parsed.kind === 'no-values') {
      if (!warnedSignatures.has(parsed.signature)) {
        warnedSignatures.add(parsed.signature);
        warn(
          ctx,
          r,
          nameCol,
          `Row ${r + grid.top + 1} has a "${grid.trimmed(r, nameCol)}" column but no target, actual, period or status column: not read as indicators. If it holds indicators, map the table in the pane, or on the command line with --map "${grid.name}!<range> name=${columnLetters(nameCol + grid.left)} actual=<figure column> target=<target column>".`,
        );
      }
      continue;
    }
    if (parsed.kind !== 'header') continue;
    const last = buildHeaderTable(ctx, parsed.layout);
    // Another table beside this one on the same header row is read on its own: the row is read
    // again (its cells the table took are claimed), then the rows below in turn.
    rescans = rescanRow === r ? rescans + 1 : 1;
    rescanRow = r;
    if (grid.filledIn(r, 0, grid.cols - 1) > 0 && rescans <= MAX_RESCANS) r--;
    else if (grid.filledIn(r, 0, grid.cols - 1) === 0 && last > r && !sideContent(grid, r + 1, last)) r = last;
  }
}

/**
 * Build the table under a parsed header row (rows, outputs, indicators) and claim its cells.
 * Returns the last row the table takes, so the caller's scan resumes below it.
 */
export function buildHeaderTable(ctx: DetectContext, h: HeaderLayout): number {
  const grid = ctx.grid;
  const r = h.row;
  const nameCol = h.name;
  const body = walkBody(ctx, h);
  if (body.rows.length === 0) {
    warn(
      ctx,
      r,
      nameCol,
      `Row ${r + grid.top + 1} looks like an indicator table header but no indicator rows follow it.`,
    );
    grid.claim(r, h.first, 1, h.last - h.first + 1);
    return r;
  }
  const filledIdx = h.periods.length > 0 ? latestFilled(grid, body.rows, h.periods) : -1;
  const currentPeriod = filledIdx >= 0 ? h.periods[filledIdx].period : undefined;
  const out = outputColumns(grid, h, body.last);
  const indicators = body.rows.map((row) => buildIndicator(grid, h, row, out, currentPeriod));
  if (out.status !== undefined && out.status === h.status && !out.added?.status)
    addOwnRatings(grid, h.status, body.rows, indicators);
  warnTextTargets(ctx, h, body.rows);
  warnReading(ctx, h, body.last);
  const table: TableDraft = {
    layout: h.periods.length >= 2 && !h.registerPeriods ? 'time-series' : 'register',
    r0: h.row,
    c0: h.first,
    r1: body.last,
    c1: h.last,
    indicators,
  };
  const title = titleAbove(grid, h.row);
  if (title) table.title = title;
  if (currentPeriod) table.currentPeriod = currentPeriod;
  if (out.added) {
    const sheetCol = (c: number | undefined): number | undefined => (c === undefined ? undefined : grid.ref(0, c).col);
    table.added = { headerRow: grid.ref(h.row, 0).row };
    for (const role of ['status', 'trend', 'variance'] as const) {
      const c = sheetCol(out.added[role]);
      if (c !== undefined) table.added[role] = c;
    }
  }
  ctx.tables.push(table);
  grid.claim(h.row, h.first, body.last - h.row + 1, h.last - h.first + 1);
  return body.last;
}
