/**
 * Column-role step 2d: a status column found by its content where no header named one. Councils
 * head the column they rate in with a phrase ("Performance against target", "How are we doing",
 * "Progress against target") and fill it with ratings ("On Target", "Off Target", "Within
 * tolerance", "G", "Red"): the ratings say it is the status column, so the status goes there in
 * the sheet's own words rather than into a column of our own beside the table.
 */
import { notRatedOf, ratingOf } from '../scoring/rating-words';
import { figureCells, PLACEHOLDER } from './column-content';
import { MIN_EVIDENCE, retag, type RoleFinding, type RoleStep } from './column-step';

/** Share of a column's filled cells that must be ratings. */
const RATINGS_SHARE = 0.8;

export const ratingsByContent: RoleStep = ({ grid, row, columns, name, last }) => {
  const findings: RoleFinding[] = [];
  if (columns.some((c) => c.role === 'status')) return { findings };
  for (const col of columns) {
    if (col.col === name || (col.role !== 'other' && col.role !== 'narrative')) continue;
    const texts: string[] = [];
    let filled = 0;
    for (let r = row + 1; r <= last; r++) {
      if (grid.isBlank(r, col.col)) continue;
      if (!grid.isString(r, col.col)) {
        filled++;
        continue;
      }
      const t = grid.trimmed(r, col.col);
      // "N/A", "-": a row not rated, not a cell against the column.
      if (PLACEHOLDER.test(t)) continue;
      filled++;
      texts.push(t);
    }
    if (filled < MIN_EVIDENCE) continue;
    let ratings = 0;
    for (const t of texts) if (ratingOf(t, texts) !== null || notRatedOf(t) !== null) ratings++;
    if (ratings >= filled * RATINGS_SHARE) {
      findings.push(retag(col, 'status', `"${col.label}" holds ratings ("${texts[0]}")`));
      break;
    }
  }
  return { findings };
};

/**
 * Words and arrows a direction-of-travel column holds: judged changes ("Better", "Worse", "Same",
 * "Improved", "Deteriorating", "No change") and arrows. Bare "Up" / "Down" are left out: a
 * direction (polarity) column holds those too.
 */
const TREND_CELL =
  /^(?:(?:much |slightly |a bit |bit )?(?:better|worse)(?: than (?:last|previous|the previous) (?:year|quarter|month|period))?|same|the same|no change|unchanged|no material change|stable|static|maintained|improv(?:ed|ing|ement)|declin(?:ed|ing)|deteriorat(?:ed|ing)|worsen(?:ed|ing)|[↑↓↔→←↗↘⬆⬇⇧⇩▲▼►◄△▽]+)$/i;

/**
 * Column-role step 2e: a trend column found by its content where no header named one ("Better/worse
 * than last year", "Compared with last quarter" holding "Better" / "Worse" / "Same" or arrows), so
 * the trend goes into it rather than into a column of our own beside the table.
 */
export const trendsByContent: RoleStep = ({ grid, row, columns, name, last }) => {
  const findings: RoleFinding[] = [];
  if (columns.some((c) => c.role === 'trend')) return { findings };
  for (const col of columns) {
    if (col.col === name || (col.role !== 'other' && col.role !== 'narrative')) continue;
    let filled = 0;
    let trends = 0;
    let first = '';
    for (let r = row + 1; r <= last; r++) {
      if (grid.isBlank(r, col.col)) continue;
      const t = grid.isString(r, col.col) ? grid.trimmed(r, col.col) : '';
      if (PLACEHOLDER.test(t)) continue;
      filled++;
      if (t.length <= 40 && TREND_CELL.test(t)) {
        trends++;
        first ||= t;
      }
    }
    if (filled >= MIN_EVIDENCE && trends >= filled * RATINGS_SHARE) {
      findings.push(retag(col, 'trend', `"${col.label}" holds directions of travel ("${first}")`));
      break;
    }
  }
  return { findings };
};

/** Share of a trend column's filled cells that, as figures, make it the author's figures. */
const FIGURES_SHARE = 0.8;

/**
 * Column-role step 2f: a column the header calls a trend ("Compared to last year", "Trend") that
 * holds figures (a change on last year, "+2.3%") is the author's own figures, not a cell for our
 * trend word: left as no role, so the trend goes into a column of our own.
 */
export const trendsHoldDirections: RoleStep = ({ columns, content }) => {
  const findings: RoleFinding[] = [];
  for (const col of columns) {
    if (col.role !== 'trend') continue;
    const c = content(col.col);
    if (c.filled >= MIN_EVIDENCE && figureCells(c) >= c.filled * FIGURES_SHARE)
      findings.push(retag(col, 'other', `"${col.label}" holds figures, not directions of travel`));
  }
  return { findings };
};
