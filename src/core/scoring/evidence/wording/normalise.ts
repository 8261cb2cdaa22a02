/**
 * The name as the cues read it: one case, plain quotes and dashes, single spaces, capped so every
 * pattern stays linear on hostile input. Offsets into this text are what hits and modifiers share.
 */
import { MAX_POLARITY_TEXT } from '../types';

/** Anything the replacements below would change: curly quotes, dashes, whitespace other than one space. */
const NEEDS_REPLACING = /[\u2018\u2019\u02bc\u2010-\u2015\u2212]|[^\S ]| {2}/;

export function normalise(name: string): string {
  const capped = name.length > MAX_POLARITY_TEXT ? name.slice(0, MAX_POLARITY_TEXT) : name;
  // Most names are plain: one scan instead of three replacing passes, with the same result.
  if (!NEEDS_REPLACING.test(capped)) return capped.trim().toLowerCase();
  return capped
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The name without a leading reference code ("NI147 ", "CS02a ", "PAF C23 (BV163): ", "2.A.18 ",
 * "CORP 09 "), so a verb that opens the measure ("Reduce ...") is still found at its start.
 */
export function withoutCode(text: string): string {
  let t = text;
  // At most three code tokens: "paf c23 (bv163):" is three. Each token has a digit in it, within its
  // first CODE_DIGIT_WITHIN characters: a name without one there (most) has no code to take off.
  for (let i = 0; i < 3 && digitWithin(t, CODE_DIGIT_WITHIN); i++) {
    const m = CODE_TOKEN.exec(t);
    if (!m) break;
    t = t.slice(m[0].length);
  }
  return LEADING_MARKS.test(t) ? t.replace(/^[:\-–.\s]+/, '') : t;
}

const CODE_TOKEN = /^(?:[a-z]{1,8}[ -]?)?\(?[a-z]{0,4}\d[\w.]{0,12}\)?[:.)-]?\s/;
/** The latest a code token's first digit can come: 8 letters, a space, a bracket, 4 letters. */
const CODE_DIGIT_WITHIN = 15;
const LEADING_MARKS = /^[:\-–.\s]/;

function digitWithin(text: string, n: number): boolean {
  const end = Math.min(n, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
