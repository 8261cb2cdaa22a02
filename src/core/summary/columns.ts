/**
 * The summary page's columns: indicator, then seven figure columns that print one A4 landscape
 * page wide, and the status column grown to the sheet's own longest word.
 */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { commonStatusText, statusWordOf } from './board-words';
import { textUnits } from './grid';

/**
 * Indicator, then seven figure columns (widths in characters). Tables use one cell per column (no
 * merged cells inside data), so the fifth column is wide: it holds the variance and reason text.
 * Columns a table may leave out (trend, target, last year) come after it, so a table never has a
 * gap and never a column that is empty in every row.
 */
export const COLUMN_WIDTHS = [42, 12, 12, 13, 27, 14, 11, 12];
export const LAST_COL = COLUMN_WIDTHS.length - 1;
export const ALL = COLUMN_WIDTHS.length;
export const DASH = '–';

/** The status column is as wide as its longest word ("● Unfavourable", "▲ Above target"), within limits. */
const STATUS_COL = 3;
const MAX_STATUS_WIDTH = 22;

/** Column widths for these indicators: the status column grows so the sheet's own words are never broken. */
export function columnWidthsFor(rules: Rules, indicators: readonly ScoredIndicator[]): number[] {
  const widths = [...COLUMN_WIDTHS];
  const words = indicators.map((i) => statusWordOf(rules, i));
  for (const s of ['GREEN', 'AMBER', 'RED'] as const) words.push(commonStatusText(rules, s, indicators));
  const longest = Math.max(0, ...words.map((w) => textUnits(w)));
  // Bold text, padding and the one-level indent: about 2.5 widths of "0" beyond the glyphs.
  widths[STATUS_COL] = Math.min(MAX_STATUS_WIDTH, Math.max(COLUMN_WIDTHS[STATUS_COL], Math.ceil(longest * 1.08 + 2.5)));
  return widths;
}
