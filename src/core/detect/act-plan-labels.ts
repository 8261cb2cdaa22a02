/**
 * The labels of Act/Plan rows (act-plan-rows.ts): "<metric> Act", "<metric> - Plan", "<metric> (PY)",
 * a role word in a column of its own ("Rent collected | Actual"), a RAG row's word, and a "Target"
 * row alone under a metric's own row of figures.
 */
import type { Grid } from './grid';

/** Headers and labels longer than this are titles or notes. */
const MAX_HEADER = 60;

export type RowRole = 'actual' | 'target' | 'prior' | 'status';

/** "<metric> Act", "<metric> - Plan", "<metric> (PY)": the metric and the row's role. */
const ROLE_SUFFIX =
  /^(.*?\S)[\s:–—-]*\(?\s*(act|actual|actuals|outturn|plan|planned|target|tgt|budget|goal|py|ly|prior year|previous year|last year)\s*\)?$/;

/**
 * The last letters of ROLE_SUFFIX's words, as a label must end: asked first of every row's label,
 * where the suffix pattern's lazy name part would try each position of a label that ends otherwise.
 */
const ROLE_SUFFIX_END = /[tlsndyr]\s*\)?$/;

function rowRole(word: string): RowRole {
  if (/^(?:act|actual|actuals|outturn)$/.test(word)) return 'actual';
  if (/^(?:py|ly|prior year|previous year|last year)$/.test(word)) return 'prior';
  return 'target';
}

/** Role rows carry their label in one of a row's first cells: no further than this from the start. */
export const LABEL_REACH = 3;

export interface RoleLabel {
  col: number;
  base: string;
  role: RowRole;
}

/** A short code before the label ("NY", "AZ", "Total"): the row's area, not its label. */
const AREA_CODE = /^[a-z0-9&.' -]{1,8}$/;

/** A role word standing alone in its cell ("Actual", "Target", "Plan", "PY"): a row's role in a column of its own. */
const ROLE_WORD =
  /^(act|actual|actuals|outturn|plan|planned|target|tgt|budget|goal|py|ly|prior year|previous year|last year)$/;

export function roleWordAt(grid: Grid, r: number, c: number): RowRole | null {
  if (!grid.isString(r, c)) return null;
  const m = ROLE_WORD.exec(grid.lower(r, c));
  return m ? rowRole(m[1]) : null;
}

/**
 * A rating row's word in the role column ("" | "RAG" | ...) under a metric's Actual and Target
 * rows: the row where the metric's status goes, in the current period's column.
 */
const STATUS_ROW_WORD = /^(?:rag|rag status|rag rating|status|rating|performance rating|symbol)$/;

export function statusRowAt(grid: Grid, r: number, c: number): boolean {
  return grid.isString(r, c) && STATUS_ROW_WORD.test(grid.lower(r, c));
}

export function roleLabel(grid: Grid, r: number): RoleLabel | null {
  if (grid.rowFirst[r] < 0) return null;
  for (let c = grid.rowFirst[r]; c < grid.rowFirst[r] + LABEL_REACH && c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_HEADER) continue;
    const m = ROLE_SUFFIX_END.test(lower) ? ROLE_SUFFIX.exec(lower) : null;
    if (m) return { col: c, base: grid.trimmed(r, c).slice(0, m[1].length), role: rowRole(m[2]) };
    // The role in a column of its own right of the name ("Rent collected | Actual | 95.1 | ...").
    const own = roleWordAt(grid, r, c) === null ? roleWordAt(grid, r, c + 1) : null;
    if (own) return { col: c, base: grid.trimmed(r, c), role: own };
    // An area code may come first (a "State" column left of the labels): the label is further on.
    if (grid.isString(r, c) && AREA_CODE.test(lower)) continue;
    return null;
  }
  return null;
}

/**
 * A row labelled "Target" (or "Plan") alone, under a metric's own row of figures in the same
 * column ("Rent collected (%) | 95.1 | ..." then "Target | 97 | ..."): the metric's target row.
 */
export function targetUnderMetric(grid: Grid, r: number): RoleLabel | null {
  const c = grid.rowFirst[r];
  if (r === 0 || c < 0 || roleWordAt(grid, r, c) !== 'target') return null;
  const above = r - 1;
  if (!grid.isString(above, c) || roleWordAt(grid, above, c) !== null || grid.rowFilled[above] < 3) return null;
  return { col: c, base: grid.trimmed(above, c), role: 'target' };
}
