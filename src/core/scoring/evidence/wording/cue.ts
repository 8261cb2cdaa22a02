/**
 * A cue is one phrase of the language that says which way is good for the measure it sits in, with
 * a weight: a frame (how the measure is put: "within 14 days", "% reduction in", "Reduce ...")
 * outweighs any subject (what is counted: deaths, uptake), and a strong subject outweighs a weak one.
 */
import { firstChars } from './first-chars';

export type Direction = 'higher' | 'lower';

/**
 * How much a cue counts when cues disagree: the heaviest side wins, a tie answers nothing. A head is
 * a word that makes the measure about itself whatever else it names ("barriers to vaccination").
 */
export const WEIGHT = { frame: 10, head: 4, strong: 3, normal: 2, noun: 1.5, weak: 1 } as const;

export interface Cue {
  re: RegExp;
  polarity: Direction | 'band';
  weight: number;
  /** What `says` names instead of the words matched ("Reduce" for "To reduce"). */
  label?: string;
  /** Subjects can be turned round by a modifier ("not vaccinated", "smoke-free"); frames cannot. */
  modifiable: boolean;
  /** Read only outside brackets (a limit written as a sign: in brackets it says who is counted). */
  outsideBrackets?: boolean;
}

export function outsideBrackets(cue: Cue): Cue {
  return { ...cue, outsideBrackets: true };
}

/** One cue found in a name: where it is and what it says. */
export interface Hit {
  polarity: Direction | 'band';
  weight: number;
  start: number;
  end: number;
  /** The words that decided, as `says` shows them. */
  phrase: string;
}

/**
 * Patterns that match only at a word's start. The start is not written into the pattern as a
 * lookbehind (EdgeHTML 18 cannot parse one): findCues checks it, by this mark.
 */
const WHOLE_WORD = new WeakSet<RegExp>();

/**
 * The characters a pattern's match can start with (lower case), where its alternatives say so: a
 * cue is tried only at a word starting with one of them, not at every word of the name.
 */
const FIRST_CHARS = new WeakMap<RegExp, string>();

function wholeWord(source: string, firsts: string | null): RegExp {
  const re = new RegExp(source, 'gi');
  WHOLE_WORD.add(re);
  if (firsts !== null) FIRST_CHARS.set(re, firsts);
  return re;
}

/** Words into one case-insensitive, whole-word, global pattern; each entry is a regex fragment. */
export function words(...alternatives: string[]): RegExp {
  const joined = alternatives.join('|');
  return wholeWord(`(?:${joined})(?![\\w])`, firstChars(joined));
}

/** The negating prefixes subjectWords allows, as a pattern and as the letters they start with. */
const PREFIX = '(non-?|un|in|dis)?';
const PREFIX_FIRSTS = 'nuid';

/**
 * Subject words, which may carry a negating prefix: "unvaccinated", "non-smokers", "inaccurate",
 * "dissatisfied". The prefix is captured (group 1) so the modifier step can turn the direction round.
 */
export function subjectWords(...alternatives: string[]): RegExp {
  const joined = alternatives.join('|');
  const firsts = firstChars(joined);
  return wholeWord(`${PREFIX}(?:${joined})(?![\\w])`, firsts === null ? null : PREFIX_FIRSTS + firsts);
}

export function subject(polarity: Direction, weight: number, re: RegExp, label?: string): Cue {
  return { re, polarity, weight, label, modifiable: true };
}

export function frame(polarity: Direction | 'band', re: RegExp, label?: string, weight: number = WEIGHT.frame): Cue {
  return { re, polarity, weight, label, modifiable: false };
}

/** Every match of every cue in the (lower-cased, capped) text. */
export interface Found extends Hit {
  cue: Cue;
  /** A negating prefix written onto the word ("un" of "unvaccinated"), or ''. */
  prefix: string;
}

/** \w as the patterns read it (no "u" flag): ASCII letters, digits and "_". */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Characters other than word characters a cue may start at: "%", and the signs of a limit ("< 18 weeks"). */
const SIGN_START = '%<>\u2264\u2265';

/** A sticky copy of each cue's pattern, to try it only where a word (or a "%") starts. */
const sticky = new WeakMap<RegExp, RegExp>();

function stickyOf(re: RegExp): RegExp {
  let s = sticky.get(re);
  if (!s) {
    s = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    sticky.set(re, s);
  }
  return s;
}

/**
 * Every match of every cue in the (lower-cased, capped) text. Cues start at a word or a "%", so each
 * is tried only there: a few dozen anchored tries instead of a scan from every character.
 */
export function findCues(text: string, cues: readonly Cue[]): Found[] {
  // Every "%" or comparison sign ("< 18 weeks"), and every word character with no word character before it.
  const starts: number[] = [];
  const afterWord: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const after = i > 0 && isWordChar(text.charCodeAt(i - 1));
    if (SIGN_START.includes(text[i]) || (!after && isWordChar(text.charCodeAt(i)))) {
      starts.push(i);
      afterWord.push(after);
    }
  }
  const hits: Found[] = [];
  for (const cue of cues) {
    const re = stickyOf(cue.re);
    const whole = WHOLE_WORD.has(cue.re);
    const firsts = FIRST_CHARS.get(cue.re);
    for (let k = 0; k < starts.length; k++) {
      if (whole && afterWord[k]) continue;
      const start = starts[k];
      // A pattern that cannot start with this character is not tried here (any other than ASCII is).
      if (firsts !== undefined && text.charCodeAt(start) < 128 && !firsts.includes(text[start])) continue;
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      hits.push({
        cue,
        polarity: cue.polarity,
        weight: cue.weight,
        start,
        end: start + m[0].length,
        phrase: cue.label ?? m[0].trim(),
        prefix: cue.modifiable ? (m[1] ?? '') : '',
      });
    }
  }
  return hits;
}
