/**
 * A key that says what the sheet's status letters mean: "Key: C = Complete / on target, A = At
 * risk, B = Behind target", or "C = Complete | A = At risk | B = Behind" across cells. Letters
 * other than R / A / G (or G meaning something else) are the author's own scheme: without the key,
 * "B" reads as Blue (exceeding) and "C" as nothing, so the author's "B" for a measure behind its
 * target was taken for "better than target" (wrong polarity evidence) and G / A / R letters were
 * written into a C / A / B column.
 *
 * A letter's meaning is read with the rating words (rating-words.ts), the whole phrase first, then
 * each part of it ("Complete / on target": "on target"). The key needs a green and a red letter,
 * each letter meaning one status. Linear: one pass per short row, bounded cell text.
 */
import type { LetterKey, StatusWords } from '../model';
import { ratingOf, type RatingStatus } from '../scoring/rating-words';
import type { Grid } from './grid';
import { distanceStatus } from './rag-key-tolerance';

/** Key cells are short; a long cell is commentary. */
const MAX_KEY_CELL = 200;
/** A key row holds a few cells, not a table's row. */
const MAX_KEY_ROW_CELLS = 6;

/** "C = Complete", "A: At risk", "B - Behind target", "R – Red": a capital letter and its meaning. */
const ENTRY = /(?:^|[\s,;(|])([A-Z])\s*(?:=|:|-|\u2013|\u2014)\s*([A-Za-z][^,;=|()\n]{0,40})/g;

/** Words a key uses beside the rating words: done is green, behind is red. */
const KEY_WORDS: Record<string, RatingStatus> = {
  complete: 'GREEN',
  completed: 'GREEN',
  'complete on target': 'GREEN',
  behind: 'RED',
  'behind schedule': 'RED',
};

function meaning(phrase: string): RatingStatus | null {
  const t = phrase.trim().replace(/[.\s]+$/, '');
  // The next entry's letter is not part of this phrase ("At risk B" before "= Behind").
  const words = t.replace(/\s+[A-Z]$/, '');
  const whole = ratingOf(words) ?? KEY_WORDS[words.toLowerCase()];
  if (whole) return whole;
  for (const part of words.split(/\s*(?:\/|\bor\b)\s*/i)) {
    const r = ratingOf(part) ?? KEY_WORDS[part.trim().toLowerCase()];
    if (r) return r;
  }
  // "A = within 5% of target", "R = more than 5% off target": the distance from target says which.
  return distanceStatus(words);
}

/** The letters of one row's cells, or null when the row is no key. */
function rowKey(grid: Grid, r: number): LetterKey | null {
  // A table's rows are no key (and a long table's dates and dashes are not read for one).
  if (grid.rowFilled[r] === 0 || grid.rowFilled[r] > MAX_KEY_ROW_CELLS || grid.rowClaimed(r)) return null;
  const key: Record<string, RatingStatus> = {};
  const statuses = new Set<RatingStatus>();
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c) || !grid.isString(r, c)) continue;
    const text = grid.trimmed(r, c);
    if (text.length > MAX_KEY_CELL || !/[=:\-\u2013\u2014]/.test(text)) continue;
    ENTRY.lastIndex = 0;
    for (let m = ENTRY.exec(text); m; m = ENTRY.exec(text)) {
      const status = meaning(m[2]);
      if (!status) continue;
      // One meaning a letter, one letter a meaning: a second is no key.
      if ((key[m[1]] && key[m[1]] !== status) || (!key[m[1]] && statuses.has(status))) return null;
      key[m[1]] = status;
      statuses.add(status);
    }
  }
  return statuses.has('GREEN') && statuses.has('RED') ? key : null;
}

/** A key's line in two cells, the letter and its meaning ("G" | "On or above target"). */
function letterRow(grid: Grid, r: number): { letter: string; status: RatingStatus } | null {
  if (grid.rowFilled[r] !== 2 || grid.rowClaimed(r)) return null;
  const c = grid.rowFirst[r];
  const letter = grid.trimmed(r, c);
  if (!/^[A-Z]$/.test(letter) || !grid.isString(r, c + 1)) return null;
  const text = grid.trimmed(r, c + 1);
  const status = text.length <= MAX_KEY_CELL ? meaning(text) : null;
  return status ? { letter, status } : null;
}

/**
 * A key down the rows from r, one letter and its meaning a row ("G | On or above target", "A |
 * Within 5% of target", "R | More than 5% from target"): null unless it has a green and a red letter.
 */
function stackedKey(grid: Grid, r: number): LetterKey | null {
  const key: Record<string, RatingStatus> = {};
  const statuses = new Set<RatingStatus>();
  for (let rr = r; rr < grid.rows; rr++) {
    const line = letterRow(grid, rr);
    if (!line) break;
    if (key[line.letter] || statuses.has(line.status)) return null;
    key[line.letter] = line.status;
    statuses.add(line.status);
  }
  return statuses.has('GREEN') && statuses.has('RED') ? key : null;
}

/** The sheet's letter key, or undefined when it states none. */
export function findLetterKey(grid: Grid): LetterKey | undefined {
  for (let r = 0; r < grid.rows; r++) {
    const key = rowKey(grid, r) ?? stackedKey(grid, r);
    if (key) return key;
  }
  return undefined;
}

/**
 * The words to write under a letter key: the key's letters, where the status column uses letters
 * or nothing yet; a column of words ("Green", "On track") keeps its own.
 */
export function letterWords(key: LetterKey, column: StatusWords | undefined): StatusWords | undefined {
  if (column && Object.values(column).some((w) => typeof w === 'string' && w.trim().length > 1)) return column;
  const words: StatusWords = {};
  for (const [letter, status] of Object.entries(key)) words[status] ??= letter;
  return words;
}
