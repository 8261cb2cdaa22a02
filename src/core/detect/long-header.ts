/**
 * The header row of a long-format table (long-format.ts): each header split into words and given a
 * role by them (key, name, period, actual, target, direction, status, unit), one column per role.
 * A header naming a role and something else about it ("target year", "Y-axis max") has no role.
 */
import type { Grid } from './grid';

export type LongRole = 'key' | 'name' | 'period' | 'actual' | 'target' | 'direction' | 'status' | 'unit';

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

/**
 * A standard named by who set it ("Operational Standard", "National standard"), as NHS data
 * downloads head the target: the target. "Standard" alone may head the names ("62 day standard").
 */
const SET_STANDARD = /\b(?:operational|national|constitutional|contractual|local)\s+standards?\b/;

/** Cheap tests before a header's words are split: some cell must hint at a period, another at a figure. */
const PERIOD_HINT = /year|period|date|month|quarter|week|fy/;
const ACTUAL_HINT = /actual|value|result|outturn|performance/;

/** "Good is", "Higher is better", "High/Low is good": a direction column by its phrase. */
const GOOD_IS =
  /^good is\b|\b(?:higher|lower|high|low|bigger|smaller)(?:\s*\/\s*(?:higher|lower|high|low))? is (?:better|good)\b/;

/** Header cells are short; longer text is a title or a note. */
const MAX_HEADER = 60;

/** "ActualValue", "result_indicator_period_end", "Measure name" -> lower-case words. */
export function headerWords(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * A part of the year that qualifies a figure ("Mid-Year Result", "Full-year outturn", "Year-end
 * value", "Year to date actual"): the header is the figure's, not a period column.
 */
const YEAR_PART = /\b(?:mid|half|full|whole)[\s-]?year\b|\byear[\s-]?end\b|\byear[\s-]to[\s-]date\b/;
/** An interim figure: the period's final one, where the table has both, is the actual. */
const INTERIM = /\b(?:mid|half)[\s-]?year\b|\byear[\s-]to[\s-]date\b|\bytd\b|\binterim\b|\bprovisional\b/;

/** Evidence step 1: a header's role from its words, or null. */
function roleOfHeader(text: string): LongRole | null {
  if (text.length === 0 || text.length > MAX_HEADER) return null;
  const words = headerWords(text);
  const has = (set: Set<string>): boolean => words.some((w) => set.has(w));
  if (has(ASIDE_WORDS)) return null;
  // The phrase in words, so a field name reads as its header does ("higher_is_better", "lowerIsBetter").
  if (has(DIRECTION_WORDS) || GOOD_IS.test(words.join(' '))) return 'direction';
  if (has(STATUS_WORDS)) return 'status';
  if (has(TARGET_WORDS)) return has(PERIOD_WORDS) ? null : 'target';
  if (SET_STANDARD.test(text.toLowerCase())) return 'target';
  if (has(KEY_WORDS)) return 'key';
  if (has(ACTUAL_WORDS) && YEAR_PART.test(text.toLowerCase())) return 'actual';
  if (has(PERIOD_WORDS)) return 'period';
  if (has(UNIT_WORDS)) return 'unit';
  if (has(ACTUAL_WORDS)) return 'actual';
  if (has(NAME_WORDS)) return 'name';
  return null;
}

export interface LongHeader {
  row: number;
  first: number;
  last: number;
  key?: number;
  name?: number;
  period: number;
  /**
   * A second period column that dates the row within the first ("Financial Year" | "Quarter",
   * "Year" | "Month"): the two read together (long-rows.ts).
   */
  subPeriod?: number;
  actual: number;
  target?: number;
  direction?: number;
  status?: number;
  unit?: number;
}

/** At least three word cells, one hinting at a period and one at a figure: data rows fail fast. */
export function hasHints(grid: Grid, r: number): boolean {
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
export function readHeader(grid: Grid, r: number): LongHeader | null {
  const cols: Partial<Record<LongRole, number>> = {};
  let subPeriod: number | undefined;
  let targetNamed = false;
  let interimActual = false;
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
    // "Target" itself over "Goal" / "Plan" (a "Strategic Goal" of sentences beside the figures).
    if (role === 'target' && cols.target !== undefined && words.includes('target') && !targetNamed) {
      cols.target = c;
      targetNamed = true;
      continue;
    }
    if (role === 'target') targetNamed ||= words.includes('target');
    // The period's final figure over an interim one ("Full-Year Result" over "Mid-Year Result").
    if (role === 'actual' && cols.actual !== undefined && interimActual && !INTERIM.test(text.toLowerCase())) {
      cols.actual = c;
      interimActual = false;
      continue;
    }
    if (role === 'actual' && cols.actual === undefined) interimActual = INTERIM.test(text.toLowerCase());
    // A period given as start and end: the end dates the figure.
    if (role === 'period' && cols.period !== undefined && words.includes('end')) cols.period = c;
    else if (role === 'period' && cols.period !== undefined && subPeriod === undefined) subPeriod = c;
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
    subPeriod: subPeriod !== undefined && subPeriod !== cols.period ? subPeriod : undefined,
    actual: cols.actual,
    target: cols.target,
    direction: cols.direction,
    status: cols.status,
    unit: cols.unit,
  };
}
