/**
 * The characters a match of a pattern can start with, read from its source: the cues' word lists
 * ("deaths?", "self[- ]harm\\w*", "b&b") start with a letter nearly always. Where any alternative's
 * start is not a plain character or a plain class (a group, an escape class, an optional first
 * character), the answer is null: that pattern is tried everywhere, as before. Lower case, since
 * the cues run on lower-cased text with case-insensitive patterns.
 */

/** Characters with a meaning of their own in a pattern. */
const SPECIAL = '\\^$.|?*+()[]{}';

/** A quantifier after the first atom that lets it match nothing (or repeats it oddly): give up. */
function optionalAfter(source: string, at: number): boolean {
  const q = source[at];
  return q === '?' || q === '*' || q === '{';
}

/** The characters of a class "[...]" starting at `from`, and where it ends; null when not plain. */
function classChars(source: string, from: number): { chars: string; end: number } | null {
  let chars = '';
  for (let i = from + 1; i < source.length; i++) {
    const c = source[i];
    if (c === ']') return i === from + 1 ? null : { chars, end: i + 1 };
    // Negation, escapes and ranges are read as "anything": only a list of characters is plain.
    if (c === '\\' || (c === '^' && i === from + 1)) return null;
    if (c === '-' && i > from + 1 && source[i + 1] !== ']') return null;
    chars += c;
  }
  return null;
}

/** Where the group opening at `from` closes (the index after its ")"), or -1. */
function groupEnd(source: string, from: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The first characters of one alternative, or null when they cannot be told from its source. */
function firstOfAlternative(alt: string): string | null {
  if (alt === '') return null;
  const c = alt[0];
  if (c === '(') {
    // A group that must match ("(?:high|raised) blood pressure"): its own alternatives' starts.
    // Lookarounds and optional groups say nothing about the first character.
    const end = groupEnd(alt, 0);
    if (end < 0 || optionalAfter(alt, end) || (alt[1] === '?' && alt[2] !== ':')) return null;
    return firstChars(alt.slice(alt[1] === '?' ? 3 : 1, end - 1));
  }
  if (c === '[') {
    const cls = classChars(alt, 0);
    if (!cls || optionalAfter(alt, cls.end)) return null;
    return cls.chars;
  }
  if (c === '\\') {
    // An escaped mark ("\\.", "\\$") is that mark; "\\w", "\\d", "\\b" and the like are not plain.
    const next = alt[1];
    if (next === undefined || /[A-Za-z0-9]/.test(next) || optionalAfter(alt, 2)) return null;
    return next;
  }
  if (SPECIAL.includes(c) || optionalAfter(alt, 1)) return null;
  return c;
}

/** Top-level alternatives of a pattern source (not inside a group or a class, not escaped). */
function alternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(from));
  return out;
}

/** Every character a match of the alternation `source` can start with, lower case; null = any. */
export function firstChars(source: string): string | null {
  const alts = alternatives(source);
  if (!alts) return null;
  let chars = '';
  for (const alt of alts) {
    const first = firstOfAlternative(alt);
    if (first === null) return null;
    for (const ch of first.toLowerCase()) if (!chars.includes(ch)) chars += ch;
  }
  return chars;
}
