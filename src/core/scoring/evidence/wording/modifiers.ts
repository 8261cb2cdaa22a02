/**
 * Words that govern a subject: a negation turns it round ("not vaccinated", "without access to",
 * "unvaccinated", "smoke-free", "homelessness prevented", "% reduction in falls"); a qualifier
 * makes it a description of who is counted rather than what ("children with diarrhoea receiving
 * zinc"), so it counts for less. A negation reaches to the end of its phrase, never past a
 * bracket, a clause word ("who", "with", "among") or six words.
 */
import { WEIGHT, type Direction, type Found } from './cue';

/** Negations that reach over the next few words of their phrase. */
const NEGATION =
  /(?:^|[\s(])(?:not|without|never|no|none|zero|missing|hesitan(?:t|cy)(?: to)?|reluctan(?:t|ce) to|refus(?:e|ed|ing|al) to|declin(?:e|ed|ing) to|lack(?:ing)?(?: of)?|absence of|unable to|inability to|cannot|can't|could not|couldn't|did not|didn't|do not|don't|does not|doesn't|fail(?:ed|ure|s|ing)? to|unmet(?: needs?)?(?: for)?|reduc(?:ed|tion in|tion of|ing)|decrease in|fall in|decline in|drop in|loss of|prevent(?:ing|ion of)?|avoid(?:ing|ance of)?|stop(?:ping|ped)?(?! and search)|quit(?:ting)?|cessation of|ending|eliminat(?:e|ed|ing|ion of)|free (?:from|of)|protected (?:from|against)|treat(?:ed|ment|ing)? (?:for|of)|recover(?:ed|y)? from|tackl(?:e|ing)|(?:lifted|moved|taken|brought|helped) out of|escap(?:e|ed|ing) from)\s/g;

/**
 * Adjectives that turn round a good thing in the word or two after them: "poor health", "low
 * literacy", "informal employment". A bad thing stays bad ("low back pain").
 */
const ADJECTIVE =
  /(?:^|[\s(])(?:poor(?:ly|est)?|informal|low|bad|limited|insufficient(?:ly)?|inadequate(?:ly)?|late|worse|fewer)\s(?:\S+\s)?$/;

/** Adjectives that turn round a bad thing: "former smokers", "ex-offenders in work". */
const FORMER = /(?:^|[\s(])(?:former|ex-|past)\s?(?:\S+\s)?$/;

/**
 * "Former" turns round people who were something ("former smokers", "ex-offenders"), not what is
 * counted about former people ("former tenant arrears" are still arrears): the subject must name people.
 */
const PEOPLE = /(?:ers?|ors?|ists?|users?|ees?|ants?|ents?)$/;

/** Words after a subject that undo it: "smoke-free", "homelessness prevented", "complaints resolved". */
const AFTER =
  /^(?: \([^()]{1,16}\))?(?:-free|-?free\b|(?: (?:should|must|to|will) be| is| are| was| were| been| being)? (?:free|prevented|averted|avoided|eliminated|reduced|stopped|quit|cessation|treatment|treated|cured|recovered|resolved|dealt with|responded to|tackled|removed|cleared|closed|fixed|filled|investigated|detected|repaired|recovered|preventions?|reductions?|brought back into use)\b)/;

/** Clause words and brackets: a negation does not reach past them (commas and "or" it does). */
const CLAUSE = /[()[\];:/]|\s(?:who|whose|which|that|with|among|amongst|by|per|because|due to|but|than)\s/;

/** Words that introduce who is counted: a subject right after one describes the population. */
const QUALIFIER =
  /(?:\bwith|\bamong(?:st)?|\bfor|\bdue to|\bbecause of|\bcaused by|\brelated to|\bfrom|\bwho (?:have|had|has))\s(?:(?!who\s|whose\s|which\s|that\s)[^\s()]+\s){0,2}$/;
/** A good thing describes who is counted only right after the word that introduces them. */
const QUALIFIER_NEXT = /(?:\bwith|\bamong(?:st)?|\bfor|\bfrom)\s(?:[^\s()]+\s)?$/;

export interface Governed {
  polarity: Direction;
  weight: number;
  /** The weight before a qualifier or bracket lowered it: what the cue is worth alone. */
  base: number;
  start: number;
  phrase: string;
}

function flip(p: Direction): Direction {
  return p === 'higher' ? 'lower' : 'higher';
}

/** Where the last negation before a hit starts, when it reaches the hit (six words, same clause). */
function negationBefore(text: string, start: number): number | null {
  const offset = Math.max(0, start - 80);
  const before = text.slice(offset, start);
  let at: number | null = null;
  let end = 0;
  NEGATION.lastIndex = 0;
  // An exec loop (EdgeHTML 18 has no String.prototype.matchAll); NEGATION never matches empty.
  for (let m = NEGATION.exec(before); m; m = NEGATION.exec(before)) {
    const index = m.index;
    // "No of leavers" and "No. of ..." are "number of", not a negation.
    if (/^[\s(]?no\s/.test(m[0]) && /^of\b/.test(before.slice(index + m[0].length))) continue;
    at = offset + index;
    end = offset + index + m[0].length;
  }
  if (at === null) return null;
  const between = text.slice(end, start);
  if (CLAUSE.test(` ${between}`) || between.split(' ').length > 7) return null;
  return at;
}

/**
 * `afterCue`: another cue comes earlier in the name, so a good thing after "with" describes who is
 * counted ("unemployment with advanced education"), not what.
 */
export function govern(text: string, hit: Found, afterCue: boolean): Governed | null {
  if (hit.weight === 0 || hit.polarity === 'band') return null;
  let polarity: Direction = hit.polarity;
  let start = hit.start;
  let end = hit.end;
  let weight = hit.weight;
  let base: number | undefined;
  if (hit.cue.modifiable) {
    if (hit.prefix) polarity = flip(polarity);
    const before = text.slice(Math.max(0, hit.start - 40), hit.start);
    const neg = negationBefore(text, hit.start);
    const adj = ADJECTIVE.exec(before);
    const after = AFTER.exec(text.slice(hit.end, hit.end + 40));
    if (neg !== null) {
      polarity = flip(polarity);
      start = neg;
    } else if (adj && polarity === 'higher') {
      polarity = flip(polarity);
      start = hit.start - (before.length - adj.index);
    } else if (polarity === 'lower' && FORMER.test(before) && PEOPLE.test(text.slice(hit.start, hit.end))) {
      polarity = flip(polarity);
      start = hit.start - (before.length - (FORMER.exec(before)?.index ?? before.length));
    } else if (after && polarity === 'lower') {
      polarity = flip(polarity);
      end = hit.end + after[0].length;
      // Saying it was removed or prevented is a whole statement: a weak word becomes a full cue.
      weight = Math.max(weight, WEIGHT.normal);
    } else if (polarity === 'lower' ? QUALIFIER.test(before) : afterCue && QUALIFIER_NEXT.test(before)) {
      base = weight;
      weight = Math.max(1, weight - 1);
    }
  }
  const phrase =
    hit.cue.label ??
    text
      .slice(start, end)
      .trim()
      .replace(/^[(\s]+/, '');
  return { polarity, weight, base: base ?? weight, start, phrase };
}
