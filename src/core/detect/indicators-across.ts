/**
 * Indicators across, roles down: a register turned on its side. The indicators' names run along a
 * row ("Calls answered in 20 seconds | Days to pay suppliers | ..."), and the rows under it are
 * named by their role in the first column: Target, Actual (Latest, Outturn), Previous, RAG
 * (Status), Polarity, Baseline. A single indicator written as label/value pairs ("Indicator | Calls answered",
 * "Target | 80%", "Actual | 76%", "RAG |") is the same shape one column wide; several such cards
 * down a sheet are read one by one.
 *
 * Evidence, combined in readAcross: the label column's rows under the name row are role words
 * (column-words.ts), at least a target and a figure; a regulator's model carries rows with no
 * scoring role between them ("Unit", "Definition", a second target row), read past, up to a few;
 * the corner is blank, a name word, or a short label of the row ("Performance commitment"); the
 * name row's cells right of the label are text and not periods (a row of months is a time series
 * on its side, read elsewhere). Two figure rows named by years ("2023-24 actual", "2022-23
 * actual") are the current and the earlier figure. Each column
 * is one indicator: its figure against its target, the trend against Previous where there is one.
 *
 * Outputs: the status in the RAG/Status row, the trend in a Trend row, where the table has them;
 * a table with neither gets one warning (there is no free place inside it), never text in its cells.
 */
import type { IndicatorSource, PeriodCell } from '../model';
import { actualHeaderPeriod, parsePeriodHeader } from '../periods';
import { isNameHeader, keywordRole } from './column-words';
import { indicatorId, warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { headerCell, type ColumnRole } from './headers';
import { propose, proposeReading } from './readings/choose';
import { statusColumnWords } from './sheet-words';

/** The roles a label row can take here, and the rows that hold them. */
type AcrossRole = 'target' | 'actual' | 'earlier' | 'status' | 'trend' | 'polarity' | 'unit' | 'baseline';
const ROLES = new Set<ColumnRole>(['target', 'actual', 'earlier', 'status', 'trend', 'polarity', 'unit']);

/** A baseline row's label: the word itself, with a year or other words round it. */
const BASELINE_LABEL = /\bbaseline\b/;

/** Longest label read as a role word. */
const MAX_LABEL = 30;
/** Longest corner text read as naming the row ("Performance commitment"): longer is a title. */
const MAX_CORNER = 40;
/** Label rows read under the name row. */
const MAX_ROWS = 12;
/**
 * Rows whose label has no role here ("Definition", "Commitment type", "Outperformance payment"),
 * read past before the table ends: a regulator's sheet carries a few between its role rows.
 */
const MAX_OTHER_ROWS = 3;

interface Across {
  nameRow: number;
  label: number;
  cols: number[];
  rows: Partial<Record<AcrossRole, number>>;
  last: number;
}

function roleOf(grid: Grid, r: number, c: number): AcrossRole | null {
  if (!grid.isString(r, c)) return null;
  const lower = grid.lower(r, c);
  if (lower.length > MAX_LABEL) return null;
  const role = keywordRole(lower);
  if (role !== null) return ROLES.has(role) ? (role as AcrossRole) : null;
  // "Baseline", "Baseline (2019)": the figure the target was set from (SCORING.md, register layout).
  return BASELINE_LABEL.test(lower) ? 'baseline' : null;
}

/**
 * The corner names the row: blank, a name word ("Indicator", "Measure", "KPI"), or a short text
 * with no role of its own ("Performance commitment", "Service"): the role rows under it decide.
 */
function cornerNamesRow(grid: Grid, r: number, label: number): boolean {
  // isNameHeader: keywordRole(...) === 'name', with a cheap first test (asked of nearly every row).
  if (grid.isBlank(r, label) || isNameHeader(grid.lower(r, label))) return true;
  if (!grid.isString(r, label) || grid.lower(r, label).length > MAX_CORNER) return false;
  return (
    keywordRole(grid.lower(r, label)) === null &&
    !parsePeriodHeader(headerCell(grid, r, label), { date1904: grid.date1904 })
  );
}

/**
 * Two figure rows whose labels name their periods ("2023-24 actual", "2022-23 actual"): the later is
 * the current figure and the other the earlier one. Returns false when the labels do not settle it.
 */
function placeSecondActual(grid: Grid, rows: Partial<Record<AcrossRole, number>>, rr: number, label: number): boolean {
  if (rows.earlier !== undefined) return false;
  const first = actualHeaderPeriod(grid.trimmed(rows.actual!, label));
  const second = actualHeaderPeriod(grid.trimmed(rr, label));
  if (!first || !second || first.order === second.order) return false;
  if (second.order > first.order) {
    rows.earlier = rows.actual;
    rows.actual = rr;
  } else rows.earlier = rr;
  return true;
}

/** The first filled cell right of `label` on row r holds text. */
function firstRightIsText(grid: Grid, r: number, label: number): boolean {
  for (let c = label + 1; c <= grid.rowLast[r]; c++) if (!grid.isBlank(r, c)) return grid.isString(r, c);
  return false;
}

/** The table whose name row is r, with its labels in column `label`, or null. */
function readAcross(grid: Grid, r: number, label: number): Across | null {
  // Names across are text: a row whose first cell right of the label is a figure (every body row
  // of a register) is no name row, and is answered before the corner's words are read.
  if (!firstRightIsText(grid, r, label) || !cornerNamesRow(grid, r, label)) return null;
  const rows: Partial<Record<AcrossRole, number>> = {};
  let last = r;
  let others = 0;
  for (let rr = r + 1; rr < grid.rows && rr <= r + MAX_ROWS; rr++) {
    if (grid.isBlank(rr, label) || grid.rowClaimed(rr) || !grid.isString(rr, label)) break;
    // Another table's name row ("Indicator | ...") ends this one.
    if (isNameHeader(grid.lower(rr, label))) break;
    const role = roleOf(grid, rr, label);
    if (role === 'actual' && rows.actual !== undefined && placeSecondActual(grid, rows, rr, label)) {
      last = rr;
      continue;
    }
    // A second row of a role taken ("Target" then "Performance commitment level"): the first stands.
    if (!role || rows[role] !== undefined) {
      if (++others > MAX_OTHER_ROWS) break;
      continue;
    }
    rows[role] = rr;
    last = rr;
  }
  if (rows.target === undefined || rows.actual === undefined) return null;
  const cols: number[] = [];
  for (let c = label + 1; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c) || grid.isClaimed(r, c)) continue;
    // Names are text, not periods or figures: a row of months over Actual/Target rows is a card.
    if (!grid.isString(r, c) || parsePeriodHeader(headerCell(grid, r, c), { date1904: grid.date1904 })) return null;
    cols.push(c);
  }
  if (cols.length === 0) return null;
  return { nameRow: r, label, cols, rows, last };
}

function buildIndicators(grid: Grid, t: Across): IndicatorSource[] {
  const earlierLabel = t.rows.earlier !== undefined ? grid.trimmed(t.rows.earlier, t.label) : '';
  const actualLabel = grid.trimmed(t.rows.actual!, t.label);
  const baselinePeriod = {
    kind: 'baseline' as const,
    label: t.rows.baseline !== undefined ? grid.trimmed(t.rows.baseline, t.label) : '',
    order: -1,
  };
  const statusWords = t.rows.status !== undefined ? statusColumnWordsOfRow(grid, t.rows.status, t.cols) : undefined;
  return t.cols.map((c) => {
    const values: PeriodCell[] = [];
    if (t.rows.earlier !== undefined && !grid.isBlank(t.rows.earlier, c))
      values.push({ period: { kind: 'date', label: earlierLabel, order: 0 }, source: grid.source(t.rows.earlier, c) });
    const current = { kind: 'date' as const, label: actualLabel, order: 1 };
    if (!grid.isBlank(t.rows.actual!, c)) values.push({ period: current, source: grid.source(t.rows.actual!, c) });
    const ind: IndicatorSource = {
      id: indicatorId(grid, t.nameRow, c),
      sheet: grid.name,
      layout: 'register',
      table: -1,
      name: grid.trimmed(t.nameRow, c),
      nameCell: grid.ref(t.nameRow, c),
      values,
      comparators: [],
      currentPeriod: current,
    };
    if (!grid.isBlank(t.rows.target!, c)) ind.target = grid.source(t.rows.target!, c);
    if (t.rows.polarity !== undefined && !grid.isBlank(t.rows.polarity, c))
      ind.polarityText = grid.trimmed(t.rows.polarity, c);
    if (t.rows.unit !== undefined && !grid.isBlank(t.rows.unit, c)) ind.unitText = grid.trimmed(t.rows.unit, c);
    // The baseline tells which way is good (target above it: bigger is better) and is the trend's
    // reference where no earlier figure is given.
    if (t.rows.baseline !== undefined && !grid.isBlank(t.rows.baseline, c))
      ind.baseline = { period: baselinePeriod, source: grid.source(t.rows.baseline, c) };
    if (t.rows.status !== undefined) {
      ind.statusCell = grid.ref(t.rows.status, c);
      if (statusWords) ind.statusWords = statusWords;
      if (!grid.isBlank(t.rows.status, c) && !grid.isOwned(t.rows.status, c))
        ind.rating = grid.source(t.rows.status, c);
    }
    if (t.rows.trend !== undefined) ind.trendCell = grid.ref(t.rows.trend, c);
    return ind;
  });
}

/** The status row's words (letters, "On track" ...) read as a status column's are. */
function statusColumnWordsOfRow(grid: Grid, r: number, cols: number[]): ReturnType<typeof statusColumnWords> {
  // statusColumnWords reads one column over rows; here the ratings run along one row.
  const words: NonNullable<ReturnType<typeof statusColumnWords>> = {};
  for (const c of cols) {
    const w = statusColumnWords(grid, [r], c);
    if (w) for (const [st, word] of Object.entries(w)) words[st as keyof typeof words] ??= word;
  }
  return Object.keys(words).length > 0 ? words : undefined;
}

/** Find every indicators-across table (and label/value card) not already claimed. */
export function detectIndicatorsAcross(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 0; r + 2 < grid.rows; r++) {
    if (grid.rowFilled[r] < 1 || grid.rowClaimed(r)) continue;
    // The labels' column: the name row's first cell, or left of it under a blank corner.
    const below = grid.rowFirst[r + 1];
    const label = below >= 0 && below < grid.rowFirst[r] ? below : grid.rowFirst[r];
    const t = readAcross(grid, r, label);
    if (!t) continue;
    const indicators = buildIndicators(grid, t);
    const lastCol = t.cols[t.cols.length - 1];
    const table: TableDraft = { layout: 'register', r0: r, c0: label, r1: t.last, c1: lastCol, indicators };
    const build = (): void => {
      if (t.rows.status === undefined && t.rows.trend === undefined)
        warn(
          ctx,
          r,
          label,
          `The table at ${grid.a1(r, label)} has no RAG or Status row: it is scored, but there is no free place inside it for the results.`,
        );
      ctx.tables.push(table);
      grid.claim(r, label, t.last - r + 1, lastCol - label + 1);
    };
    const region = { r0: r, c0: label, r1: t.last, c1: lastCol };
    propose(ctx, [proposeReading('indicators-across', region, [], { build })]);
    r = t.last;
  }
}
