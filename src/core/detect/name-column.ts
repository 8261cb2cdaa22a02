/**
 * The names' column of a header row: by the header's words ("Measure", "Description of the KPI"),
 * else by the content (a column of distinct text labels) where the row has figure headers: role
 * words, or periods across with figures under them. Also the quick tests other readers ask of a
 * row: does it name a names' column, and how many scorable role words does it hold.
 */
import { parsePeriodText } from '../periods';
import { isDateFormat } from '../periods/excel-dates';
import { numericValue } from '../values/read';
import { isNameHeader } from './column-words';
import type { Grid } from './grid';
import { keywordRole } from './headers';
import { blockAround } from './blocks';

/** Longest header text we take for a name column: longer text is a sentence, not a header. */
const MAX_NAME_HEADER = 50;

/** Quick test on one row: does a string cell read as a name-column header? Returns its column or -1. */
export function nameHeaderColumn(grid: Grid, r: number): number {
  const first = grid.rowFirst[r];
  if (first < 0) return -1;
  for (let c = first; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_NAME_HEADER || grid.isClaimed(r, c)) continue;
    if (isNameHeader(lower)) return c;
  }
  return -1;
}

/**
 * Longest header text parsed as a period: rolling years are written out ("Rolling 12 months to Mar
 * 2024", "12 months ending 31 March 2024"); longer is a sentence.
 */
const MAX_PERIOD_HEADER = 40;

/** Rows below a header examined to tell a column (the names, the figures) by its content. */
export const CONTENT_ROWS = 30;

/** True when the cells under (r, c) are distinct text labels: names, not figures, periods or paragraphs. */
function labelsBelow(grid: Grid, r: number, c: number): boolean {
  const seen = new Set<string>();
  let text = 0;
  let numbers = 0;
  for (let rr = r + 1; rr < Math.min(grid.rows, r + 1 + CONTENT_ROWS); rr++) {
    if (grid.isBlank(rr, c)) continue;
    if (!grid.isString(rr, c)) {
      numbers++;
      continue;
    }
    const t = grid.lower(rr, c);
    // Labels, not paragraphs or periods (rows of months are a series, not indicators): a name is a few words.
    if (t.length < 3 || t.length > 200 || /^[\d.,%\s£$-]+$/.test(t) || (t.length <= 24 && parsePeriodText(t, false))) {
      numbers++;
      continue;
    }
    text++;
    seen.add(t);
  }
  return text >= 2 && numbers <= text / 4 && seen.size >= text * 0.8;
}

/**
 * Where no header names the name column, the content does (SCORING.md): the leftmost column whose
 * header has no other role and whose cells below are distinct text labels, left of the figures.
 * Where none has, a column headed as an objective, priority or outcome holding such labels is the
 * names' column ("Objective | Goal | Status": each row is an objective with its goal and figure).
 * Returns the column, or -1 when no column qualifies.
 */
export function nameColumnByContent(grid: Grid, r: number, periodsAcrossRow = false): number {
  const first = grid.rowFirst[r];
  if (first < 0) return -1;
  // "Date" / "Period" / "Metric \ Date" in the corner over the names labels the periods across: a
  // blank corner in words, not a date or frequency column.
  if (periodsAcrossRow && isAxisCorner(grid.lower(r, first)) && labelsBelow(grid, r, first)) return first;
  let firstFigure = grid.rowLast[r] + 1;
  for (let c = first; c <= grid.rowLast[r]; c++) {
    if (grid.isClaimed(r, c)) continue;
    const role = keywordRole(grid.lower(r, c));
    if (role === 'target' || role === 'actual' || role === 'earlier') {
      firstFigure = c;
      break;
    }
  }
  for (const allowed of [null, 'narrative'] as const) {
    for (let c = Math.max(0, first - 1); c < firstFigure; c++) {
      if (grid.isClaimed(r, c)) continue;
      let role = grid.isBlank(r, c) ? null : keywordRole(grid.lower(r, c));
      // A header the phrase reader calls a name but too long for the quick name test ("Code &
      // Short Name", a performance system's export): its labels below confirm it, as a blank one's do.
      if (role === 'name') role = null;
      if (role === allowed && labelsBelow(grid, r, c)) return c;
    }
  }
  return -1;
}

/**
 * The name column of a header row: by the header's words ("Measure", "Description of the KPI"),
 * else, where the row has figure headers, by the content (the column of distinct text labels).
 */
export function findNameColumn(grid: Grid, r: number): { col: number; evidence: 'words' | 'content' } | null {
  const byWords = nameHeaderColumn(grid, r);
  if (byWords >= 0) return { col: byWords, evidence: 'words' };
  // Only the row's unclaimed cells count: a table already read on this row (tables side by side)
  // leaves the one beside it to be found by its own content.
  const scorable = scorableKeywordCount(grid, r);
  // "Voids | Q1 | Q2 | Target": one role word and period headers are a table's header too.
  // "LA code | Local authority | 2019-20 | 2020-21": years across are figure columns with no role word.
  const across = periodsAcross(grid, r) || (isAxisCorner(grid.lower(r, grid.rowFirst[r])) && yearsAcross(grid, r));
  if (scorable === 0 ? !across : scorable < 2 && !periodBesideRole(grid, r)) return null;
  const byContent = nameColumnByContent(grid, r, across);
  return byContent >= 0 ? { col: byContent, evidence: 'content' } : null;
}

/**
 * True when a text cell of row r in the same block as its one scorable role word reads as a period
 * ("Voids | Q1 | Q2 | Target"). A chart-data block of years beside a table is not its periods.
 */
function periodBesideRole(grid: Grid, r: number): boolean {
  let role = -1;
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r] && role < 0; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_NAME_HEADER || grid.isClaimed(r, c)) continue;
    const k = keywordRole(lower);
    if (k === 'target' || k === 'actual' || k === 'status' || k === 'earlier') role = c;
  }
  if (role < 0) return false;
  const block = blockAround(grid, r, role);
  for (let c = block.first; c <= block.last; c++) {
    if (!grid.isString(r, c) || grid.isClaimed(r, c)) continue;
    const t = grid.trimmed(r, c);
    if (t.length <= MAX_PERIOD_HEADER && parsePeriodText(t, false) !== null) return true;
  }
  return false;
}

/**
 * A row of periods across as text ("2019-20 | 2020-21 [note 2] | 2021-22", "Q1 | Q2 | Q3"): two
 * or more periods of one kind with figures under them. A statistical table of years across has
 * figure columns though no header names a figure ("LA code | Local authority | 2019-20 | 2020-21");
 * a report's heading line ("Performance Report | Quarter 1 | 2012/13") is not one. Only short text
 * with a digit is parsed, so a data row (a long name and numbers) costs a character test per cell.
 */
function periodsAcross(grid: Grid, r: number): boolean {
  const first = grid.rowFirst[r];
  if (first < 0) return false;
  const kinds = new Map<string, number[]>();
  const add = (kind: string, c: number): void => {
    const cols = kinds.get(kind) ?? [];
    cols.push(c);
    kinds.set(kind, cols);
  };
  for (let c = first; c <= grid.rowLast[r]; c++) {
    // Real dates across (31/12/2023 | 31/12/2022): a year-on-year summary's periods.
    if (typeof grid.value(r, c) === 'number' && isDateFormat(grid.format(r, c))) {
      add('date', c);
      continue;
    }
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_PERIOD_HEADER || !/\d/.test(lower)) continue;
    const p = parsePeriodText(lower, false);
    if (p) add(p.kind, c);
  }
  for (const cols of kinds.values()) if (cols.length >= 2 && cols.some((c) => figuresUnder(grid, r, c))) return true;
  return false;
}

/**
 * A corner cell that names the axis of the periods across rather than the rows: "Date", "Period",
 * "Year", "Month", "Quarter", "Reporting period", and the two-axis form "Metric \ Date" / "KPI / Year".
 */
const AXIS_CORNER =
  /^(?:[a-z][a-z ]{0,30}?\s*[\\/]\s*)?(?:(?:reporting |financial |calendar )?(?:date|period|year|month|quarter|week)s?(?: end(?:ing|ed)?)?|as at)$/;

function isAxisCorner(lower: string): boolean {
  return lower.length <= 40 && AXIS_CORNER.test(lower);
}

/**
 * Bare years across (2024 | 2023, typed or as text) with figures under them: periods only beside a
 * corner that says so ("Year"), since a row of year-like figures is otherwise data.
 */
function yearsAcross(grid: Grid, r: number): boolean {
  const years = new Set<string>();
  let under = false;
  for (let c = grid.rowFirst[r] + 1; c <= grid.rowLast[r]; c++) {
    const v = grid.value(r, c);
    const t = typeof v === 'number' ? String(v) : grid.trimmed(r, c);
    if (!/^(19|20)\d{2}$/.test(t)) continue;
    years.add(t);
    under ||= figuresUnder(grid, r, c);
  }
  return years.size >= 2 && under;
}

/** Two of the first five filled cells under (r, c) are figures. */
function figuresUnder(grid: Grid, r: number, c: number): boolean {
  let seen = 0;
  let figures = 0;
  for (let rr = r + 1; rr < grid.rows && seen < 5; rr++) {
    if (grid.isBlank(rr, c)) continue;
    seen++;
    if (numericValue(grid.value(rr, c)) !== null) figures++;
  }
  return figures >= 2;
}

/** Counts the "scorable" keyword headers (target, actual, status) of a row, for rows with no name column. */
export function scorableKeywordCount(grid: Grid, r: number): number {
  const first = grid.rowFirst[r];
  if (first < 0) return 0;
  let n = 0;
  for (let c = first; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_NAME_HEADER || grid.isClaimed(r, c)) continue;
    const role = keywordRole(lower);
    if (role === 'target' || role === 'actual' || role === 'status' || role === 'earlier') n++;
  }
  return n;
}
