/**
 * Column roles settled by the header's words AND the column's content (SCORING.md: "a header word
 * gives a column its role only when the content fits the role"). The words gave every column a
 * first role (headers.ts); each step below reads the content profiles (column-content.ts) and says
 * what it changed and why; resolveColumnRoles runs them in order, like the polarity chain
 * (src/core/scoring/evidence/resolve-polarity.ts).
 */
import type { Grid } from './grid';
import type { ColumnRole, HeaderColumn } from './headers';
import { readDirectionPhrase } from '../scoring/evidence/polarity-from-field';
import { KEY_RESULT_RE, normaliseHeaderWords } from './column-words';
import { columnContent, CONTENT_ROWS, figureCells, PLACEHOLDER, textCells, type ColumnContent } from './column-content';

/** One change a step made: the column, its new role, and why (for the reader's warning). */
export interface RoleFinding {
  col: number;
  from: ColumnRole;
  to: ColumnRole;
  why: string;
}

export interface RoleReading {
  columns: HeaderColumn[];
  name: number;
  /** A column of one text on every row beside the names: the measure the named units report. */
  measure?: number;
  findings: RoleFinding[];
}

interface StepInput {
  grid: Grid;
  row: number;
  columns: HeaderColumn[];
  name: number;
  content: (col: number) => ColumnContent;
}

type RoleStep = (input: StepInput) => { name?: number; measure?: number; findings: RoleFinding[] };

/** Least filled cells a column needs before its content can overrule its header. */
const MIN_EVIDENCE = 3;

function retag(col: HeaderColumn, to: ColumnRole, why: string): RoleFinding {
  const f: RoleFinding = { col: col.col, from: col.role, to, why };
  col.role = to;
  col.evidence = 'content';
  return f;
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
  const score = (col: HeaderColumn): number => {
    const c = content(col.col);
    return c.filled === 0 ? 0 : (figureCells(c) + c.bounds) / c.filled;
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

/** A header naming where an indicator stands: a rating by its word, or the figure itself by its content. */
const STANDING_HEADER = /^((current|overall|latest) )?(status|progress)( (to date|so far|update))?$/;

/** Cells that read as the figure reached: numbers, numeric text, and counts of a whole ("12 of 20"). */
function reachedFigures(c: ColumnContent): number {
  return figureCells(c) - c.errors + c.counts;
}

/**
 * Step 2c: a status column holds ratings (words, letters), not figures ("result_aggregation_status"
 * of 0/1). A "Status" or "Progress" column of figures ("$1.2M", "45%", "12 of 20") beside a target
 * where no other column holds the actual is the actual (SCORING.md: a header gives a role only when
 * the content fits): read as a rating, every figure would be lost. Whole numbers 0 to 5 only are a
 * rating scale (1 / 2 / 3 for red / amber / green), not figures.
 */
/** True when every figure in column c is a whole number from 0 to 5: a rating scale (1 red, 2 amber, 3 green; stars), not a figure. */
function ratingScale(grid: Grid, row: number, c: number): boolean {
  const end = Math.min(grid.rows - 1, row + CONTENT_ROWS);
  for (let r = row + 1; r <= end; r++) {
    if (grid.isBlank(r, c)) continue;
    const v = grid.value(r, c);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
    if (n === null) {
      if (typeof v === 'string' && /\d/.test(v)) return false;
      continue;
    }
    if (!Number.isInteger(n) || n < 0 || n > 5) return false;
  }
  return true;
}

const statusHoldsRatings: RoleStep = ({ grid, row, columns, content }) => {
  const findings: RoleFinding[] = [];
  const hasTarget = columns.some((c) => c.role === 'target');
  const holdsActual = (col: HeaderColumn): boolean =>
    (col.role === 'actual' || col.role === 'period') && reachedFigures(content(col.col)) > 0;
  for (const col of columns) {
    const standing = col.role === 'narrative' && STANDING_HEADER.test(normaliseHeaderWords(col.label.toLowerCase()));
    if (col.role !== 'status' && !standing) continue;
    const c = content(col.col);
    if (c.filled < MIN_EVIDENCE || reachedFigures(c) * 2 <= c.filled) continue;
    const noActual = hasTarget && !columns.some(holdsActual);
    // Rating codes beside a target with nothing else to score: the ratings they are (read as "no
    // role", the nearest numeric column would be taken for the actual and the codes rated).
    if (noActual && ratingScale(grid, row, col.col)) continue;
    if (noActual)
      findings.push(retag(col, 'actual', `"${col.label}" holds figures beside the target: the actual, not a rating`));
    else if (col.role === 'status') findings.push(retag(col, 'other', `"${col.label}" holds figures, not ratings`));
  }
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
  if (best === name && (nameScore(current) < 0.2 || current.distinctText === 1)) {
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
  if (was) findings.push(retag(was, was.role === 'name' ? 'narrative' : 'other', `"${was.label}" ${why}`));
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
const codesNameOneIndicator: RoleStep = ({ grid, row, columns, name }) => {
  const findings: RoleFinding[] = [];
  for (const col of columns) {
    if (col.role !== 'code') continue;
    const firstName = new Map<string, string>();
    let same = 0;
    let differ = 0;
    const end = Math.min(grid.rows - 1, row + CONTENT_ROWS);
    for (let r = row + 1; r <= end; r++) {
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

/** A judgement in a direction phrase ("aboveGood", "Higher is better", "Lower = worse"). */
const JUDGED = /\b(better|good|best|worse|bad|worst|desirable|undesirable|favou?rable|unfavou?rable)\b/;

/** A direction cell's "none": a placeholder, or a row kept for information ("Info only", "Monitor"). */
const NO_DIRECTION = new RegExp(
  `${PLACEHOLDER.source}|^(for )?info(rmation)?( only)?$|^monitor(ing)?( only)?$|^context(ual)?$`,
  'i',
);

/** A cell that states which way is good by itself: a direction with a judgement, not a bare "Up" (a trend says that too). */
function statesDirection(text: string): boolean {
  if (text.length > 40) return false;
  const words = text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return JUDGED.test(words) && readDirectionPhrase(text) !== null;
}

/**
 * Step 5: a column whose header names no role (or only a narrative one) but whose cells each say
 * which way is good ("aboveGood" / "belowGood", "Higher is better" / "Lower is better") is the direction column
 * (SCORING.md evidence 1, read by its content). Bare "Up" / "Down" is not enough: a trend column
 * holds those too; under a header that judges ("Good performance": "High" / "Low") it is. Only
 * where the words found no direction column.
 */
const directionsByContent: RoleStep = ({ grid, row, columns }) => {
  const findings: RoleFinding[] = [];
  if (columns.some((c) => c.role === 'polarity')) return { findings };
  for (const col of columns) {
    // A header of no role, or a narrative one ("Notes") whose every cell is in fact a direction.
    if (col.role !== 'other' && col.role !== 'narrative') continue;
    // A header that judges ("Good performance", "Better if") lets a bare "High" / "Low" say it.
    const judged = JUDGED.test(col.label.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    let filled = 0;
    let stated = 0;
    const end = Math.min(grid.rows - 1, row + CONTENT_ROWS);
    for (let r = row + 1; r <= end; r++) {
      if (grid.isBlank(r, col.col)) continue;
      // "N/A", "Info only", "Monitor": a row with no direction to give, not a cell against the column.
      if (grid.isString(r, col.col) && NO_DIRECTION.test(grid.trimmed(r, col.col))) continue;
      filled++;
      if (!grid.isString(r, col.col)) continue;
      const t = grid.trimmed(r, col.col);
      if (statesDirection(t) || (judged && t.length <= 40 && readDirectionPhrase(t) !== null)) stated++;
    }
    if (filled >= MIN_EVIDENCE && stated * 10 >= filled * 9) {
      findings.push(retag(col, 'polarity', `"${col.label}" says on every row which way is good`));
      break;
    }
  }
  return { findings };
};

/** OKR headers for a grade or the share done ("Score", "Grade", "Progress", "% complete"), or the figure reached. */
const OKR_PROGRESS =
  /^(okr |kr )?(score|grade|scoring|progress|% complete|completion|current progress|progress to date)$/;

/** True when every figure in column c is a share (a percentage, or 0 to 1): a grade or the share done. */
function allShares(grid: Grid, row: number, c: number): boolean {
  let figures = 0;
  const end = Math.min(grid.rows - 1, row + CONTENT_ROWS);
  for (let r = row + 1; r <= end; r++) {
    if (grid.isBlank(r, c)) continue;
    const v = grid.value(r, c);
    if (typeof v === 'number') {
      if (!(grid.format(r, c).includes('%') || (v >= 0 && v <= 1))) return false;
      figures++;
    } else if (typeof v === 'string' && /\d/.test(v)) {
      if (!/^\s*\d[\d.,]*\s*%\s*$/.test(v)) return false;
      figures++;
    }
  }
  return figures > 0;
}

/**
 * Step 6: in an OKR sheet (its names are key results, each naming its own figure: NPS 45, $50k,
 * 95%), a "Score", "Grade" or "Progress" column of shares only (0.7, 70%) grades the key results
 * or says how much is done: not the figure they name. One of figures in the key results' own
 * units (41, 6.2%, $46k) is that figure: the actual, where no other column holds it.
 */
const okrProgress: RoleStep = ({ grid, row, columns, name, content }) => {
  const findings: RoleFinding[] = [];
  if (!KEY_RESULT_RE.test(normaliseHeaderWords(grid.lower(row, name)))) return { findings };
  const candidates = columns.filter(
    (col) =>
      (col.role === 'actual' || col.role === 'narrative') &&
      !col.period &&
      OKR_PROGRESS.test(normaliseHeaderWords(col.label.toLowerCase())),
  );
  const otherActual = columns.some(
    (col) => col.role === 'actual' && !candidates.includes(col) && reachedFigures(content(col.col)) > 0,
  );
  let taken = otherActual;
  for (const col of candidates) {
    const c = content(col.col);
    if (reachedFigures(c) === 0) continue;
    if (allShares(grid, row, col.col)) {
      if (col.role === 'actual')
        findings.push(
          retag(col, 'other', `"${col.label}" grades the key results (shares only), not the figures they name`),
        );
    } else if (!taken && reachedFigures(c) * 2 > c.filled) {
      taken = true;
      if (col.role !== 'actual')
        findings.push(retag(col, 'actual', `"${col.label}" holds the figures the key results name: the actual`));
    } else if (col.role === 'actual')
      findings.push(retag(col, 'other', `"${col.label}" is not the key results' figure`));
  }
  return { findings };
};

/** The steps in order. */
const ROLE_STEPS: RoleStep[] = [
  figuresHoldFigures,
  targetsHoldTargets,
  oneActual,
  statusHoldsRatings,
  namesAreLabels,
  codesNameOneIndicator,
  directionsByContent,
  okrProgress,
];

/**
 * Settle the roles of a header row's columns from their content. Content profiles are read once
 * per column on demand, at most CONTENT_ROWS cells each, so the cost is linear in the table.
 */
export function resolveColumnRoles(grid: Grid, row: number, columns: HeaderColumn[], name: number): RoleReading {
  const cache = new Map<number, ColumnContent>();
  const content = (col: number): ColumnContent => {
    let c = cache.get(col);
    if (!c) {
      c = columnContent(grid, row, col);
      cache.set(col, c);
    }
    return c;
  };
  const out: RoleReading = { columns: columns.map((c) => ({ ...c })), name, findings: [] };
  for (const step of ROLE_STEPS) {
    const found = step({ grid, row, columns: out.columns, name: out.name, content });
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
