/**
 * The sheet's own words: a direction-of-travel key anywhere on the sheet (seed 004's RAG Guide:
 * Favourable / On Track/Neutral / Unfavourable / Not started), and the rating words already used in
 * a table's status column ("above target / close to target / below target").
 */
import type { Status, StatusWords } from '../model';
import { colourLead, normaliseRating, notRatedOf, ratingOf } from '../scoring/rating-words';
import type { Grid } from './grid';
import { LETTERS, NUMBERS } from '../letters';

/** A letter or figure first; what comes before the first one (our "● "). EdgeHTML 18 has no \p{L}. */
const STARTS_WITH_WORD = new RegExp(`^[${LETTERS}${NUMBERS}]`, 'u');
const LEAD_BEFORE_WORD = new RegExp(`^[^${LETTERS}${NUMBERS}]+`, 'u');

/** Key cells are short labels. */
const MAX_KEY_TEXT = 40;

/** The direction key's words by status, or undefined when the sheet has no such key. */
export function findDirectionKey(grid: Grid): StatusWords | undefined {
  const words: StatusWords = {};
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] === 0 || grid.rowFilled[r] > 4) continue;
    for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
      const lower = grid.lower(r, c);
      if (lower === '' || lower.length > MAX_KEY_TEXT) continue;
      const n = normaliseRating(lower);
      const text = grid.trimmed(r, c);
      // "On Track/Neutral": the key's first word is the one written.
      const first = text.split('/')[0].trim();
      // The key in either spelling ("Favorable" in North American sheets).
      if (n === 'favourable' || n === 'favorable') words.GREEN ??= text;
      else if (n === 'unfavourable' || n === 'unfavorable') words.RED ??= text;
      else if (n.startsWith('on track') || n === 'neutral') words.AMBER ??= first;
      else if (n === 'not started') words.NO_DATA ??= text;
    }
  }
  // A key needs both ends of the scale; one stray "Favourable" in commentary is not a key.
  return words.GREEN && words.RED ? words : undefined;
}

/** Words a status key row uses; plain colours are the rules' words, not the sheet's. */
const KEY_PHRASES = new Set([
  'off target',
  'target',
  'on target',
  'above target',
  'below target',
  'close to target',
  'near target',
  'within tolerance',
  'target met',
  'target not met',
]);

/**
 * A status key row (seed 001: "Off target | target | Above target" over "RED | AMBER | GREEN"):
 * at least two key phrases on one short row, mapped to statuses in the context of each other.
 */
export function findStatusKey(grid: Grid): StatusWords | undefined {
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] < 2 || grid.rowFilled[r] > 5) continue;
    const texts: string[] = [];
    for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
      const lower = grid.lower(r, c);
      if (lower !== '' && lower.length <= MAX_KEY_TEXT && KEY_PHRASES.has(normaliseRating(lower)))
        texts.push(grid.trimmed(r, c));
    }
    if (texts.length < 2) continue;
    const words: StatusWords = {};
    for (const t of texts) {
      const status = ratingOf(t, texts);
      if (status && !words[status]) words[status] = t;
    }
    if (Object.keys(words).length >= 2) return words;
  }
  return undefined;
}

const COLOURS = new Set(['green', 'amber', 'yellow', 'red', 'blue']);

/**
 * The words a status column already uses, by status (the first spelling seen of each): "above
 * target / close to target / below target", letter codes G / A / R (so formulas that count them
 * keep counting), Green / Yellow / Red, On-target / Off-target / No Target Set. Letters and colour
 * words count only as the author types them, bare: with a symbol in front ("● Green") they are the
 * rules' labels a previous scoring wrote, not the sheet's words.
 */
export function statusColumnWords(grid: Grid, rows: readonly number[], col: number): StatusWords | undefined {
  const texts: string[] = [];
  for (const r of rows) {
    if (grid.isBlank(r, col) || !grid.isString(r, col)) continue;
    const t = grid.trimmed(r, col);
    if (t.length <= MAX_KEY_TEXT) texts.push(t);
  }
  const words: StatusWords = {};
  let found = 0;
  let phrases = 0;
  for (const t of texts) {
    const n = normaliseRating(t);
    const status: Status | null = ratingOf(t, texts) ?? notRatedOf(t);
    if (!status || words[status]) continue;
    // A tick or a cross alone (no letters, yet a rating) is the author's mark, not our symbol.
    const bare = STARTS_WITH_WORD.test(t) || n === '';
    // "Green - on track": the colour is the word; the explanation is that row's, not every row's.
    const lead = colourLead(t);
    const code = n.length <= 1 || COLOURS.has(n) || lead !== null;
    if (code && !bare) continue;
    if (!code) phrases++;
    // Our own symbol in front ("● above target") is not part of the word.
    words[status] = lead ?? (n === '' ? t : t.replace(LEAD_BEFORE_WORD, ''));
    found++;
  }
  if (found === 0) return undefined;
  // Only letters or colours, and the sheet states a key in words ("Off target / target / Above
  // target"): the key's words are the sheet's words for a status; the letters name the colour.
  if (phrases === 0 && findStatusKey(grid)) return undefined;
  completeLetters(words);
  return words;
}

const RAG_LETTERS: Partial<Record<Status, string>> = { GREEN: 'G', AMBER: 'A', RED: 'R' };

/**
 * A column of RAG letters where this period has no row of some colour ("A", "G" and no "R" yet):
 * the missing ratings are the letters too, in the author's case, so a COUNTIF("R") counts them.
 */
function completeLetters(words: StatusWords): void {
  const used = Object.entries(words).filter(([st]) => st in RAG_LETTERS);
  if (used.length === 0 || !used.every(([st, w]) => w?.toUpperCase() === RAG_LETTERS[st as Status])) return;
  const lower = used.every(([, w]) => w === w?.toLowerCase());
  for (const [st, letter] of Object.entries(RAG_LETTERS) as [Status, string][])
    words[st] ??= lower ? letter.toLowerCase() : letter;
}

const HEADER_LETTER: Record<string, Status> = { g: 'GREEN', a: 'AMBER', r: 'RED', b: 'BLUE' };

/**
 * A status column headed by its letters ("G/A/R", "R/A/G", "B/R/A/G") and not yet filled: the
 * author rates in those letters, so they are the words written (a COUNTIF of "R" then counts ours).
 * Where the column already holds words, those words decide (statusColumnWords).
 */
export function headerLetterWords(header: string): StatusWords | undefined {
  const t = header.trim();
  if (t.length > 12 || !/^[rgab](?:\s?\/\s?[rgab]){2,3}$/i.test(t)) return undefined;
  const words: StatusWords = {};
  for (const letter of t.split('/').map((x) => x.trim())) {
    const status = HEADER_LETTER[letter.toLowerCase()];
    if (status) words[status] ??= letter;
  }
  return words.GREEN && words.AMBER && words.RED ? words : undefined;
}

/** Longest header read for its own list of rating words. */
const MAX_CHOICE_HEADER = 60;

/**
 * A status column headed by its own choices and not yet filled ("Met/Not Met", "Achieved? (Achieved
 * / Not achieved)", "Status (On track / Some risk / Off track)"): the author rates in those words,
 * so they are the words written. Two at least, each a rating; else undefined.
 */
export function headerChoiceWords(header: string): StatusWords | undefined {
  const t = header.trim();
  if (t.length > MAX_CHOICE_HEADER || !t.includes('/')) return undefined;
  // The list in brackets where there is one, else the whole header.
  const listed = /\(([^()]*\/[^()]*)\)\s*$/.exec(t)?.[1] ?? t;
  const words: StatusWords = {};
  let found = 0;
  for (const part of listed.split('/').map((x) => x.trim())) {
    const status = ratingOf(part);
    if (!status || part.length < 2 || words[status]) continue;
    words[status] = part;
    found++;
  }
  return found >= 2 ? words : undefined;
}
