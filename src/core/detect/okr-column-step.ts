/**
 * Column-role step 6: in an OKR sheet, a Score / Progress column of shares grades the key results;
 * one of the key results' own figures is the actual.
 */
import { reachedFigures, retag, type RoleFinding, type RoleStep } from './column-step';
import { KEY_RESULT_RE, normaliseHeaderWords } from './column-words';
import type { Grid } from './grid';

/** OKR headers for a grade or the share done ("Score", "Grade", "Progress", "% complete"), or the figure reached. */
const OKR_PROGRESS =
  /^(okr |kr )?(score|grade|scoring|progress|% complete|completion|current progress|progress to date)$/;

/** True when every figure in column c is a share (a percentage, or 0 to 1): a grade or the share done. */
function allShares(grid: Grid, row: number, c: number, last: number): boolean {
  let figures = 0;
  for (let r = row + 1; r <= last; r++) {
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
export const okrProgress: RoleStep = ({ grid, row, columns, name, content, last }) => {
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
    if (allShares(grid, row, col.col, last)) {
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
