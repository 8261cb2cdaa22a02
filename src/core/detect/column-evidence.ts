/**
 * Column roles settled by the header's words AND the column's content (SCORING.md: "a header word
 * gives a column its role only when the content fits the role"). The words gave every column a
 * first role (headers.ts); each step below reads the content profiles (column-content.ts) and says
 * what it changed and why; resolveColumnRoles runs them in order, like the polarity chain
 * (src/core/scoring/evidence/resolve-polarity.ts).
 */
import type { Grid } from './grid';
import type { ColumnRole, HeaderColumn } from './headers';
import { columnContent, CONTENT_ROWS, figureCells, textCells, type ColumnContent } from './column-content';
import { MIN_EVIDENCE, retag, type RoleFinding, type RoleStep } from './column-step';
import { directionsByContent } from './direction-column-step';
import { okrProgress } from './okr-column-step';
import { ratingsByContent, trendsByContent, trendsHoldDirections } from './rating-column-step';
import { resultWordsHoldFigures } from './result-column-step';
import { statusHoldsRatings } from './status-column-step';

export type { RoleFinding } from './column-step';

/** What the chain settled: the columns' roles, the names' column, and each change with its reason. */
export interface RoleReading {
  columns: HeaderColumn[];
  name: number;
  /** A column of one text on every row beside the names: the measure the named units report. */
  measure?: number;
  findings: RoleFinding[];
}

/** Roles whose column must hold figures. Period columns may hold words for months to come ("tbc"): not here. */
const FIGURE_ROLES = new Set<ColumnRole>(['actual', 'earlier', 'baseline', 'comparator', 'area']);

/** Step 1: a figure column (actual, period, comparator) holds figures; one of words only is not one. */
const figuresHoldFigures: RoleStep = ({ columns, content }) => {
  const findings: RoleFinding[] = [];
  for (const col of columns) {
    if (!FIGURE_ROLES.has(col.role)) continue;
    const c = content(col.col);
    if (c.filled === 0 || figureCells(c) + c.bounds > 0 || c.booleans > 0) continue;
    // Words only: a handful may be placeholders ("N/A", "Pending") in a column not yet filled in.
    if (c.filled < MIN_EVIDENCE && c.placeholders > 0) continue;
    findings.push(retag(col, 'other', `its cells are words ("${col.label}" holds no figures)`));
  }
  return { findings };
};

/**
 * Step 2: of the columns a header calls a target, the one that holds targets (numbers, bounds) is
 * the target; a "Goal"/"Target" column of sentences beside it is an objective, and one of year
 * numbers ("target_year") is a date. A lone target column of mostly words stays a target: its
 * cells are read one by one (numbers and bounds are targets, words are NO_TARGET).
 */
const targetsHoldTargets: RoleStep = ({ columns, content }) => {
  const findings: RoleFinding[] = [];
  const targets = columns.filter((c) => c.role === 'target');
  for (const col of targets) {
    const c = content(col.col);
    if (c.filled >= MIN_EVIDENCE && c.years === c.filled)
      findings.push(retag(col, 'other', `"${col.label}" holds years, not targets`));
  }
  const left = targets.filter((c) => c.role === 'target');
  if (left.length < 2) return { findings };
  // Of the cells that say something: "N/A", "TBC", "none" in a target column are rows with no
  // target, not words (a "2024 Target" with "n/a" on half its rows still holds the targets).
  const score = (col: HeaderColumn): number => {
    const c = content(col.col);
    const said = c.filled - c.placeholders;
    return said <= 0 ? 0 : (figureCells(c) + c.bounds) / said;
  };
  let best = left[0];
  for (const col of left) if (score(col) > score(best) + 0.25) best = col;
  if (best === left[0]) return { findings };
  // The first target column gives way only to one that holds targets where it holds words.
  const first = left[0];
  const fc = content(first.col);
  const to: ColumnRole = fc.sentences * 2 >= fc.filled ? 'narrative' : 'other';
  findings.push(
    retag(
      first,
      to,
      `"${first.label}" holds ${to === 'narrative' ? 'sentences' : 'words'}; "${best.label}" holds the figures`,
    ),
  );
  return { findings };
};

/**
 * Step 2b: one figure column without a period is the actual: where the words name several
 * ("result_desc", "result_indicator_actual_value", "actual_result_en"), the first that holds
 * figures is it and the others are left alone.
 */
const oneActual: RoleStep = ({ columns, content }) => {
  const findings: RoleFinding[] = [];
  const actuals = columns.filter((c) => c.role === 'actual' && !c.period);
  if (actuals.length < 2) return { findings };
  const holds = (col: HeaderColumn): number => {
    const c = content(col.col);
    return figureCells(c) + c.bounds;
  };
  const best = actuals.find((a) => holds(a) > 0) ?? actuals[0];
  if (best === actuals[0]) return { findings };
  // Only the columns before the one that holds figures change the reading (the first actual is taken).
  for (const col of actuals.slice(0, actuals.indexOf(best)))
    findings.push(retag(col, 'other', `"${col.label}" holds no figures; "${best.label}" does`));
  return { findings };
};

/** How well a column reads as indicator names: distinct text labels, not codes, figures or sentences alone. */
export function nameScore(c: ColumnContent): number {
  const text = textCells(c);
  if (c.filled === 0 || text === 0) return 0;
  const distinct = c.distinctText / c.filled;
  const codes = c.codes / c.filled;
  const figures = (figureCells(c) + c.bounds + c.periods) / c.filled;
  return Math.max(0, distinct - codes - figures) * (text / c.filled);
}

/**
 * Step 3: the name column is a column of distinct text labels. Where the header's words name
 * several (result_title and result_indicator_title, name_en and name_fr), or the one they name
 * holds ids, codes repeated on every row or figures, the content picks: the best labels, leftmost
 * on a tie.
 */
const namesAreLabels: RoleStep = ({ grid, row, columns, name, content }) => {
  const findings: RoleFinding[] = [];
  const named = columns.filter((c) => c.role === 'name' || c.col === name);
  if (named.length === 0) return { findings };
  const current = content(name);
  if (current.filled < MIN_EVIDENCE) return { findings };
  // Names fill every row and are short labels: of two columns of distinct text ("label" and
  // "description", "name_en" and a sparse "measure_en"), the fuller and the shorter; the leftmost
  // on a tie, so the choice does not hang on the column order otherwise.
  const most = Math.max(...named.map((c) => content(c.col).filled), current.filled);
  const key = (c: ColumnContent): number => {
    const text = textCells(c);
    const meanWords = text > 0 ? c.textWords / text : 0;
    return nameScore(c) * (c.filled / most) - 0.02 * Math.min(meanWords, 25);
  };
  let best = name;
  let bestKey = key(current);
  for (const col of [...named].sort((a, b) => a.col - b.col)) {
    const k = key(content(col.col));
    if (k > bestKey + 0.05 || (Math.abs(k - bestKey) <= 0.05 && col.col < best && k > 0.2)) {
      best = col.col;
      bestKey = k;
    }
  }
  let measure: number | undefined;
  // A column its header calls the names ("indicator_name", "KPI name") holding a distinct code on
  // every row ("Ind 04", "Ind 05"): the author names the indicators by code. A column of free text
  // beside it ("Need 3 more", "OK!") is not the better name.
  const label = columns.find((c) => c.col === name)?.label.toLowerCase() ?? '';
  const namedByCode = /(?:^|[\s_])(?:name|title)$/.test(label) && current.distinctText === current.filled;
  if (best === name && !namedByCode && (nameScore(current) < 0.2 || current.distinctText === 1)) {
    // The column the words name holds one text repeated on every row ("Metric_Name" the same
    // throughout): the rows are told apart by another column of distinct labels, if one has them.
    const others = columns.filter((c) => c.role === 'other' && grid.isString(row, c.col));
    for (const col of others) {
      const k = key(content(col.col));
      if (k > bestKey + 0.2) {
        best = col.col;
        bestKey = k;
      }
    }
  }
  if (best === name) return { findings };
  // One text on every row is the measure the units report: kept for its wording, not dropped.
  if (current.distinctText === 1 && nameScore(current) > 0) measure = name;
  const was = columns.find((c) => c.col === name);
  const why = nameScore(current) < 0.2 ? 'holds ids, codes or figures, not names' : 'holds longer text than the names';
  // A "PI" / "KPI" column of distinct codes ("BV8", "HS01") beside the names is their code column.
  const codes =
    current.filled >= MIN_EVIDENCE &&
    current.codes * 10 >= current.filled * 9 &&
    current.distinctText === current.codes &&
    !columns.some((c) => c.role === 'code');
  if (was)
    findings.push(retag(was, codes ? 'code' : was.role === 'name' ? 'narrative' : 'other', `"${was.label}" ${why}`));
  const now = columns.find((c) => c.col === best);
  if (now && now.role !== 'name') findings.push(retag(now, 'name', `"${now.label}" holds distinct labels`));
  return measure === undefined ? { name: best, findings } : { name: best, measure, findings };
};

/**
 * Step 4: a code column names the indicator on its row. One whose code repeats over rows of
 * different names (an activity, programme or project id over the several indicators it reports:
 * "iati_identifier", "Project ID") groups indicators and is not their code: read as such, every
 * indicator of a project would be taken for one measure.
 */
const codesNameOneIndicator: RoleStep = ({ grid, row, columns, name, last }) => {
  const findings: RoleFinding[] = [];
  for (const col of columns) {
    if (col.role !== 'code') continue;
    const firstName = new Map<string, string>();
    let same = 0;
    let differ = 0;
    for (let r = row + 1; r <= last; r++) {
      if (grid.isBlank(r, col.col) || grid.isBlank(r, name)) continue;
      const code = grid.lower(r, col.col) || grid.trimmed(r, col.col);
      const label = grid.lower(r, name);
      const seen = firstName.get(code);
      if (seen === undefined) firstName.set(code, label);
      else if (seen === label) same++;
      else differ++;
    }
    if (differ >= MIN_EVIDENCE && differ > same)
      findings.push(retag(col, 'other', `"${col.label}" repeats one code over indicators of different names`));
  }
  return { findings };
};

/** Blank rows in a row that end a table for its content profile, as they end its body (register-body.ts). */
const END_BLANK_RUN = 2;

/**
 * The last row the content profile reads: before the first run of END_BLANK_RUN rows blank across
 * the table's columns. Another table below (a second block under a "Source:" note) is not this
 * table's content: its figures under this table's "RAG" header made that column "hold figures".
 */
function blockEnd(grid: Grid, row: number, columns: HeaderColumn[]): number {
  let first = Infinity;
  let last = -1;
  for (const c of columns) {
    first = Math.min(first, c.col);
    last = Math.max(last, c.col);
  }
  const end = Math.min(grid.rows - 1, row + CONTENT_ROWS);
  if (last < 0) return end;
  let blank = 0;
  for (let r = row + 1; r <= end; r++) {
    if (grid.filledIn(r, first, last) > 0) blank = 0;
    else if (++blank >= END_BLANK_RUN) return r - blank;
  }
  return end;
}

/** The steps in order. */
const ROLE_STEPS: RoleStep[] = [
  figuresHoldFigures,
  targetsHoldTargets,
  oneActual,
  resultWordsHoldFigures,
  statusHoldsRatings,
  trendsHoldDirections,
  ratingsByContent,
  namesAreLabels,
  codesNameOneIndicator,
  directionsByContent,
  // After the direction step: arrows under "Good performance" say which way is good, not the trend.
  trendsByContent,
  okrProgress,
];

/**
 * Settle the roles of a header row's columns from their content. Content profiles are read once
 * per column on demand, at most CONTENT_ROWS cells each, so the cost is linear in the table.
 */
export function resolveColumnRoles(grid: Grid, row: number, columns: HeaderColumn[], name: number): RoleReading {
  const cache = new Map<number, ColumnContent>();
  // The table's own rows only: the content of a table below or beside it is not this one's (blockEnd).
  const last = blockEnd(grid, row, columns);
  const content = (col: number): ColumnContent => {
    let c = cache.get(col);
    if (!c) {
      c = columnContent(grid, row, col, last);
      cache.set(col, c);
    }
    return c;
  };
  const out: RoleReading = { columns: columns.map((c) => ({ ...c })), name, findings: [] };
  for (const step of ROLE_STEPS) {
    const found = step({ grid, row, columns: out.columns, name: out.name, content, last });
    if (found.name !== undefined) out.name = found.name;
    if (found.measure !== undefined) out.measure = found.measure;
    out.findings.push(...found.findings);
  }
  return out;
}

/** The column of c0..c1 under header row r that reads best as indicator names (0 when none does), or -1. */
export function bestLabelColumn(grid: Grid, r: number, c0: number, c1: number): number {
  let best = -1;
  let bestScore = 0.2;
  for (let c = c0; c <= c1; c++) {
    if (grid.isClaimed(r, c)) continue;
    const s = nameScore(columnContent(grid, r, c));
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
