/**
 * The header row of a metrics-across table (metrics-across.ts): metric names across, each paired
 * with its target column ("ICI", "ICI Target"), or, where no column is a target, a row of short
 * metric names over figures (readPlainHeader: a quarterly block of counts with no targets).
 */
import { parsePeriodHeader, parsePeriodText } from '../periods';
import { headerCell } from './headers';
import type { Grid } from './grid';
import { keywordRole } from './column-words';
import { nameHeaderColumn, scorableKeywordCount } from './name-column';

/** Words that make a header the target of the metric it names. */
const TARGET_WORD = /^(?:target|targets|tgt|plan|planned|goal|budget|objective)$/;
/** "<metric> target", "target <metric>", "<metric> (target)", "<metric> - target". */
const TRAILING_TARGET = /^(.+?)[\s:–—-]*\(?\s*(target|targets|tgt|plan|planned|goal|budget|objective)\s*\)?$/;
const LEADING_TARGET = /^(?:target|targets|tgt|plan|planned|goal|budget|objective)\s*[:–—-]?\s*(?:for\s+)?(.+)$/;
/** "<metric> target <unit>": "Income target £k", "Calls answered target (%)": the metric is "<metric> <unit>". */
const MIDDLE_TARGET =
  /^(.+?)\s+(?:target|targets|tgt|plan|planned|goal|budget|objective)\s+(\([^()]{1,8}\)|[£$€]?[a-z]{0,3}%?)$/;
/** Cheap test before the patterns: a header that names no target word is no target header. */
const TARGET_HINT = /target|tgt|plan|goal|budget|objective/;
/** Headers longer than this are titles or notes, not metric names. */
const MAX_HEADER = 60;

export interface Metric {
  col: number;
  name: string;
  target?: number;
}

export interface AcrossHeader {
  row: number;
  /** Metrics with their target column; unpaired ones join once the body is read (addUnpaired). */
  metrics: Metric[];
  /** Headers with no target column: metric candidates ("Placed"), kept when their column holds figures. */
  unpaired: Metric[];
  /** Columns read as part of the table (metrics and their targets). */
  first: number;
  last: number;
}

/** Evidence step 1: the header's metric/target pairs. Null when the row pairs nothing. */
export function readPairs(grid: Grid, r: number): AcrossHeader | null {
  if (grid.rowFilled[r] < 2) return null;
  const byName = new Map<string, number>();
  const targets: { col: number; base: string }[] = [];
  const bare: number[] = [];
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_HEADER) continue;
    const base = targetBase(lower);
    if (base !== null) targets.push({ col: c, base });
    else if (TARGET_WORD.test(lower.replace(/\s+/g, ' '))) bare.push(c);
    if (base === null && !byName.has(lower)) byName.set(lower, c);
    else if (base === null) byName.set(lower, -1); // the same header twice: which one is the metric is settled by its target
  }
  if (targets.length === 0 && bare.length === 0) return readRolePair(grid, r);
  const metrics: Metric[] = [];
  const paired = new Set<string>();
  for (const t of targets) {
    let col = byName.get(t.base);
    if (col === -1) col = nearestLeft(grid, r, t.col, t.base);
    if (col === undefined) col = metricNamedBy(byName, t.base, t.col);
    if (col === undefined || paired.has(t.base)) continue;
    paired.add(t.base);
    // Named by shortened words ("Answered target"), the metric's own header is paired too.
    paired.add(grid.lower(r, col));
    metrics.push({ col, name: grid.trimmed(r, col), target: t.col });
  }
  for (const b of bare) {
    const m = bareTargetMetric(grid, r, b);
    if (m === null || paired.has(grid.lower(r, m))) continue;
    paired.add(grid.lower(r, m));
    metrics.push({ col: m, name: grid.trimmed(r, m), target: b });
  }
  metrics.sort((a, b) => a.col - b.col);
  if (metrics.length === 0) return readRolePair(grid, r);
  const unpaired: Metric[] = [];
  for (const [lower, col] of byName)
    if (col >= 0 && !paired.has(lower)) unpaired.push({ col, name: grid.trimmed(r, col) });
  let first = Infinity;
  let last = -1;
  for (const m of metrics)
    for (const c of [m.col, m.target ?? m.col]) {
      first = Math.min(first, c);
      last = Math.max(last, c);
    }
  return { row: r, metrics, unpaired, first, last };
}

/**
 * Evidence step 1, where no header names its metric: one metric tracked by period, headed by bare
 * role words ("Month | Actual | Target", "Week | Value | Target"). Exactly one actual header and
 * one target header, and no column of names (a register's Measure column, a long table's
 * Indicator column): the one metric is named by its actual header. The body still decides
 * (metrics-across.ts): without a period column down the rows it is not this shape.
 */
function readRolePair(grid: Grid, r: number): AcrossHeader | null {
  if (nameHeaderColumn(grid, r) >= 0) return null;
  let actual = -1;
  let target = -1;
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_HEADER) continue;
    const role = keywordRole(lower);
    // "Actual vs Target" names both: a comparison of the pair, neither one of it.
    const both = TARGET_HINT.test(lower) && role !== 'target';
    if (role === 'actual' && !both) {
      if (actual >= 0) return null;
      actual = c;
    } else if (role === 'target' && TARGET_WORD.test(lower.replace(/\s+/g, ' '))) {
      if (target >= 0) return null;
      target = c;
    }
  }
  if (actual < 0 || target < 0) return null;
  const metric: Metric = { col: actual, name: grid.trimmed(r, actual), target };
  return { row: r, metrics: [metric], unpaired: [], first: Math.min(actual, target), last: Math.max(actual, target) };
}

/** A header row has at least two words cells, one naming a target: data rows (one label, figures) fail fast. */
export function hasTargetHeader(grid: Grid, r: number): boolean {
  let strings = 0;
  let target = false;
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '') continue;
    strings++;
    if (!target && lower.length <= MAX_HEADER && TARGET_HINT.test(lower)) target = true;
  }
  return strings >= 2 && target;
}

/** The metric a target header names, or null when the header is not a target header. */
function targetBase(lower: string): string | null {
  const words = lower.replace(/\s+/g, ' ');
  if (TARGET_WORD.test(words)) return null;
  const trailing = TRAILING_TARGET.exec(words);
  if (trailing) return trailing[1].trim();
  const leading = LEADING_TARGET.exec(words);
  if (leading) return leading[1].trim();
  const middle = MIDDLE_TARGET.exec(words);
  return middle ? `${middle[1].trim()} ${middle[2]}` : null;
}

/**
 * A bare "Target" right beside a metric's own header ("Calls answered % | Target | Abandoned calls |
 * Target"): the target of that metric. The neighbour must name a metric, not a role of a register
 * ("Measure", "Actual"), a period or the period column's corner. Null when it does not.
 */
function bareTargetMetric(grid: Grid, r: number, b: number): number | null {
  const m = b - 1;
  if (m < 0 || !grid.isString(r, m)) return null;
  const lower = grid.lower(r, m).replace(/\s+/g, ' ');
  if (lower === '' || lower.length > MAX_HEADER || lower.split(' ').length > MAX_METRIC_WORDS + 2) return null;
  if (keywordRole(lower) !== null || PERIOD_CORNER.test(lower) || parsePeriodText(lower, false) !== null) return null;
  return m;
}

/** A header's words, without units and marks: "Calls answered (%)" -> calls, answered. */
function metricWords(lower: string): string[] {
  return lower
    .replace(/\([^()]*\)/g, ' ')
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '' && w !== 'k' && w !== 'm');
}

/**
 * The metric a shortened target header names ("Answered target" beside "Calls answered %",
 * "Abandoned target" beside "Abandoned %"): the header holding every word of the target's, the
 * nearest left of the target where several do. Undefined when none does.
 */
function metricNamedBy(byName: Map<string, number>, base: string, targetCol: number): number | undefined {
  const want = metricWords(base);
  if (want.length === 0) return undefined;
  let best: number | undefined;
  for (const [lower, col] of byName) {
    if (col < 0) continue;
    const have = metricWords(lower);
    if (!want.every((w) => have.includes(w))) continue;
    const better =
      best === undefined ||
      (col < targetCol && (best > targetCol || col > best)) ||
      (best > targetCol && col > targetCol && col < best);
    if (better) best = col;
  }
  return best;
}

/** The nearest column left of `col` headed `base` (duplicate headers: the one beside its target). */
function nearestLeft(grid: Grid, r: number, col: number, base: string): number | undefined {
  for (let c = col - 1; c >= 0; c--) if (grid.lower(r, c) === base) return c;
  return undefined;
}

/** A corner label over the period column ("Quarter", "Month"): not a metric. */
const PERIOD_CORNER =
  /^(?:quarters?|months?|weeks?|years?|periods?|dates?|days?|fy|financial year|week ending|month ending)$/;
/** Cells read under a corner to tell a column of periods. */
const CORNER_ROWS = 12;
/** Share of them that must read as periods (a Target row among them is allowed). */
const CORNER_PERIOD_SHARE = 0.6;

/** True when the filled cells under (r, c) are mostly periods: months, dates, quarters. */
function periodsBelow(grid: Grid, r: number, c: number): boolean {
  let filled = 0;
  let periods = 0;
  for (let rr = r + 1; rr < grid.rows && filled < CORNER_ROWS; rr++) {
    if (grid.isBlank(rr, c)) continue;
    filled++;
    if (parsePeriodHeader(headerCell(grid, rr, c), { date1904: grid.date1904 })) periods++;
  }
  return filled >= 2 && periods >= filled * CORNER_PERIOD_SHARE;
}

/** Metric names are short labels ("CV", "Placed", "Calls answered"), not sentences. */
const MAX_METRIC_WORDS = 4;

/**
 * Evidence step 1, where no header names a target: a row of two or more short, distinct word
 * cells and nothing else, none a period (periods across are a wide table, read elsewhere) and none
 * a register's role word (a Measure/Target/Actual header is a register's). Each cell is a metric
 * candidate; the body decides (metrics-across.ts keeps the columns of figures). With no target,
 * every metric is NO_TARGET: the reading gives series and trends, never a rating.
 */
export function readPlainHeader(grid: Grid, r: number): AcrossHeader | null {
  if (grid.rowFilled[r] < 2) return null;
  // Every refusal below gives null, so a row holding any figure (every data row) is refused before
  // a name of it is normalised and split: the same answer, without that garbage per row.
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++)
    if (!grid.isBlank(r, c) && !grid.isString(r, c)) return null;
  const metrics: Metric[] = [];
  const seen = new Set<string>();
  // "KPI | Calls answered | Abandoned calls" over months down: the name word labels the row of
  // metric names from the periods' corner; it is not a register's names column.
  const names = nameHeaderColumn(grid, r);
  const namesCorner = names === grid.rowFirst[r] && periodsBelow(grid, r, names);
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c)) continue;
    if (!grid.isString(r, c)) return null;
    const lower = grid.lower(r, c).replace(/\s+/g, ' ');
    if (lower.length > MAX_HEADER || lower.split(' ').length > MAX_METRIC_WORDS || seen.has(lower)) return null;
    seen.add(lower);
    if (PERIOD_CORNER.test(lower) || (c === names && namesCorner)) continue;
    if (parsePeriodText(lower, false) !== null) return null;
    metrics.push({ col: c, name: grid.trimmed(r, c) });
  }
  if (metrics.length < 2) return null;
  if ((names >= 0 && !namesCorner) || scorableKeywordCount(grid, r) > 0) return null;
  return { row: r, metrics, unpaired: [], first: metrics[0].col, last: metrics[metrics.length - 1].col };
}
