/**
 * Column-role step 2c: a "Status" or "Progress" column read by its content: ratings, or the figure
 * reached.
 */
import type { ColumnContent } from './column-content';
import { MIN_EVIDENCE, reachedFigures, retag, type RoleFinding, type RoleStep } from './column-step';
import { normaliseHeaderWords } from './column-words';
import { notRatedOf, ratingOf } from '../scoring/rating-words';
import type { Grid } from './grid';
import type { HeaderColumn } from './headers';

/** A header naming where an indicator stands: a rating by its word, or the figure itself by its content. */
const STANDING_HEADER = /^((current|overall|latest) )?(status|progress)( (to date|so far|update))?$/;

/** True when every figure in column c is a whole number from 0 to 5: a rating scale (1 red, 2 amber, 3 green; stars), not a figure. */
function ratingScale(grid: Grid, row: number, c: number, last: number): boolean {
  for (let r = row + 1; r <= last; r++) {
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

/** Cells of column c (below header row `row`, down to the table's last row) that read as a rating or a not-rated word. */
function ratingCells(grid: Grid, row: number, c: number, last: number): number {
  let n = 0;
  for (let r = row + 1; r <= last; r++) {
    if (!grid.isString(r, c)) continue;
    const v = grid.value(r, c);
    if (ratingOf(v) !== null || notRatedOf(v) !== null) n++;
  }
  return n;
}

/**
 * Figures enough to be the figure column: more than half the cells, or (beside a target with no
 * other actual) a third of them with ratings fewer than half as many: the other cells are the
 * states of milestone rows ("Completed", "In progress", "TBA"), not ratings of the figures.
 */
function holdsFigures(
  grid: Grid,
  row: number,
  c: number,
  last: number,
  content: ColumnContent,
  noActual: boolean,
): boolean {
  const figures = reachedFigures(content);
  if (content.filled < MIN_EVIDENCE || figures < MIN_EVIDENCE) return false;
  if (figures * 2 > content.filled) return true;
  return noActual && figures * 3 >= content.filled && ratingCells(grid, row, c, last) * 2 < figures;
}

/**
 * Step 2c: a status column holds ratings (words, letters), not figures ("result_aggregation_status"
 * of 0/1). A "Status" or "Progress" column of figures ("$1.2M", "45%", "12 of 20") beside a target
 * where no other column holds the actual is the actual (SCORING.md: a header gives a role only when
 * the content fits): read as a rating, every figure would be lost. Whole numbers 0 to 5 only are a
 * rating scale (1 / 2 / 3 for red / amber / green), not figures.
 */
export const statusHoldsRatings: RoleStep = ({ grid, row, columns, content, last }) => {
  const findings: RoleFinding[] = [];
  const hasTarget = columns.some((c) => c.role === 'target');
  const holdsActual = (col: HeaderColumn): boolean =>
    (col.role === 'actual' || col.role === 'period') && reachedFigures(content(col.col)) > 0;
  for (const col of columns) {
    const standing = col.role === 'narrative' && STANDING_HEADER.test(normaliseHeaderWords(col.label.toLowerCase()));
    if (col.role !== 'status' && !standing) continue;
    const noActual = hasTarget && !columns.some(holdsActual);
    if (!holdsFigures(grid, row, col.col, last, content(col.col), noActual)) continue;
    // Rating codes beside a target with nothing else to score: the ratings they are (read as "no
    // role", the nearest numeric column would be taken for the actual and the codes rated).
    if (noActual && ratingScale(grid, row, col.col, last)) continue;
    if (noActual)
      findings.push(retag(col, 'actual', `"${col.label}" holds figures beside the target: the actual, not a rating`));
    else if (col.role === 'status') findings.push(retag(col, 'other', `"${col.label}" holds figures, not ratings`));
  }
  return { findings };
};
