/**
 * Column-role step 5: a direction column found by its content where no header named one.
 */
import { readDirectionPhrase } from '../scoring/evidence/polarity-from-field';
import { PLACEHOLDER } from './column-content';
import { MIN_EVIDENCE, retag, type RoleFinding, type RoleStep } from './column-step';

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
export const directionsByContent: RoleStep = ({ grid, row, columns, last }) => {
  const findings: RoleFinding[] = [];
  if (columns.some((c) => c.role === 'polarity')) return { findings };
  for (const col of columns) {
    // A header of no role, or a narrative one ("Notes") whose every cell is in fact a direction.
    if (col.role !== 'other' && col.role !== 'narrative') continue;
    // A header that judges ("Good performance", "Better if") lets a bare "High" / "Low" say it.
    const judged = JUDGED.test(col.label.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    let filled = 0;
    let stated = 0;
    for (let r = row + 1; r <= last; r++) {
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
