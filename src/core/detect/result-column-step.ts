/**
 * Column-role step 2b': a column headed with a result word ("Achieved", "Achieved to date",
 * "Achieved 31-12-2022", "Achievement", "Delivered") holding figures is the actual where no other
 * column holds one. Donor and project tracking tables head the figure reached that way; the words
 * alone leave it open ("Achieved?" is a rating, "Achievements" may be commentary), so the content
 * settles it (SCORING.md: a header gives a role only when the content fits).
 */
import { MIN_EVIDENCE, reachedFigures, retag, type RoleFinding, type RoleStep } from './column-step';
import { normaliseHeaderWords } from './column-words';
import type { HeaderColumn } from './headers';

/** Headers opening with what was reached: achieved, achievement(s), delivered, result(s), outturn. */
const RESULT_HEADER = /^(?:achieved|achievements?|delivered|results?|outturns?)\b(?!\s*\?)/;

export const resultWordsHoldFigures: RoleStep = ({ columns, content }) => {
  const findings: RoleFinding[] = [];
  const holdsActual = (col: HeaderColumn): boolean =>
    (col.role === 'actual' || col.role === 'period') && reachedFigures(content(col.col)) > 0;
  if (columns.some(holdsActual)) return { findings };
  for (const col of columns) {
    if (col.role !== 'other' && col.role !== 'narrative') continue;
    if (!RESULT_HEADER.test(normaliseHeaderWords(col.label.toLowerCase()))) continue;
    const c = content(col.col);
    const figures = reachedFigures(c);
    // Most of its cells are figures: a column of sentences or Yes / No is commentary or a rating.
    if (figures < MIN_EVIDENCE || figures * 2 <= c.filled) continue;
    findings.push(retag(col, 'actual', `"${col.label}" holds the figures reached: the actual`));
    break;
  }
  return { findings };
};
