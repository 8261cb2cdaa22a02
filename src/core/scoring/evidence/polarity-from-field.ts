/**
 * Evidence 1: an explicit polarity field: a Polarity row or column ("Smaller is Better"), or a
 * direction column per row ("Up" / "Down", "High is good", "over" / "under", "Increase", "maintain"),
 * or a yes/no flag that arrives with its header ("favourable: 1", "lowerIsBetter: TRUE",
 * "result_indicator_ascending: 0"). The text is read as words, not matched whole, so the ways people
 * write a direction ("Higher numbers are worse", "Aim to reduce", "Maintain or improve") all read.
 *
 * "maintain" (and "stable", "within range") is a band: the author says neither more nor less is the
 * aim, so a figure on its target is good and a departure either way is not. Reading it as unknown
 * would fall back to "bigger is better, assumed", the one reading the author ruled out.
 *
 * A blank cell in a direction column ("lowerIsBetter:" with nothing after it), or a value there that
 * is neither yes nor no nor a direction ("N/A"), is not evidence either way: the row falls through
 * to the next step, and its note says what was found (unreadPolarityField).
 */
import type { IndicatorSource, PolarityKind } from '../../model';
import { eitherLanguage } from '../../values/two-languages';
import { MAX_POLARITY_TEXT, type PolarityEvidence } from './types';

type Direction = 'higher' | 'lower';

/** Words that point one way on their own ("Up", "Decrease", "over"). */
const DIRECTION_WORDS: Record<string, Direction> = {};
for (const w of [
  'higher',
  'high',
  'bigger',
  'big',
  'greater',
  'larger',
  'more',
  'increase',
  'increases',
  'increased',
  'increasing',
  'increment',
  'up',
  'upward',
  'upwards',
  'rise',
  'rising',
  'grow',
  'growth',
  'growing',
  'improve',
  'maximise',
  'maximize',
  'maximum',
  'max',
  'ascending',
  'asc',
  'over',
  'above',
  'exceed',
  '↑',
  '▲',
  '⬆',
  '⇑',
  '⇧',
  '△',
  '▴',
  '↗',
])
  DIRECTION_WORDS[w] = 'higher';
for (const w of [
  'lower',
  'low',
  'smaller',
  'small',
  'less',
  'fewer',
  'decrease',
  'decreases',
  'decreased',
  'decreasing',
  'decrement',
  'down',
  'downward',
  'downwards',
  'fall',
  'falling',
  'reduce',
  'reduced',
  'reducing',
  'reduction',
  'minimise',
  'minimize',
  'minimum',
  'min',
  'descending',
  'desc',
  'under',
  'below',
  '↓',
  '▼',
  '⬇',
  '⇓',
  '⇩',
  '▽',
  '▾',
  '↘',
])
  DIRECTION_WORDS[w] = 'lower';

/** "... is better": the direction named is the good one. */
const GOOD = new Set([
  'better',
  'good',
  'best',
  'desirable',
  'desired',
  'favourable',
  'favorable',
  'preferred',
  'positive',
]);
/** "... is worse": the direction named is the bad one. */
const BAD = new Set(['worse', 'bad', 'worst', 'undesirable', 'unfavourable', 'unfavorable', 'negative']);
/** Staying put is the aim: a band. */
const BAND = new Set([
  'maintain',
  'maintained',
  'maintaining',
  'stable',
  'steady',
  'band',
  'range',
  'banded',
  'constant',
]);
/** Words that say nothing about direction in a short field ("Aim to reduce", "Higher values"). */
const FILLER = new Set([
  'is',
  'are',
  'the',
  'to',
  'a',
  'an',
  'be',
  'of',
  'aim',
  'aims',
  'target',
  'value',
  'values',
  'number',
  'numbers',
  'figure',
  'figures',
  'score',
  'scores',
  'result',
  'results',
  'performance',
  'trend',
  'direction',
  'desired',
  'preferred',
  'than',
  'it',
  'we',
  'want',
  'should',
  'or',
  'and',
  'keep',
  'stay',
  'at',
  'in',
  'within',
  'indicator',
  'measure',
  'trajectory',
  'required',
  'needs',
  // An arrow written in words ("up arrow", "arrow pointing down", "upward triangle").
  'arrow',
  'arrows',
  'pointing',
  'points',
  'triangle',
  'symbol',
]);

const TRUE_WORDS = new Set(['1', '+1', 'true', 'yes', 'y', 't', '✓', '✔', 'x']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'f', '-1', '✗', '✘']);

/** Words of a field: camelCase and snake_case split, punctuation dropped, lower case. */
function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9+\-↑↓▲▼⬆⬇⇑⇧△▴↗⇓⇩▽▾↘✓✔✗✘ ]+/g, ' ')
    .replace(/(^|\s)-(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

function flip(d: Direction): Direction {
  return d === 'higher' ? 'lower' : 'higher';
}

/**
 * The polarity a phrase states, or null. Order: "X is better / worse" (the direction with a
 * judgement after it), then a short phrase made only of a direction word and filler ("Up", "Aim to
 * reduce"), then a band word ("maintain"). "Maintain or improve" names a direction: that wins.
 */
export function readDirectionPhrase(text: string): PolarityKind | null {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 12) return null;
  let dir: Direction | null = null;
  let dirAt = -1;
  let band = false;
  let both = false;
  let unknownWords = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const d = DIRECTION_WORDS[w];
    if (d && dir === null) {
      dir = d;
      dirAt = i;
      continue;
    }
    if (d) {
      if (d !== dir) both = true;
      continue;
    }
    if (BAND.has(w)) band = true;
    else if (!GOOD.has(w) && !BAD.has(w) && !FILLER.has(w) && w !== 'not') unknownWords++;
  }
  if (dir !== null) {
    // A judgement after the direction word ("Higher numbers are worse", "Lower is not better").
    const after = ws.slice(dirAt + 1);
    const negated = after.includes('not');
    if (after.some((w) => BAD.has(w))) return negated ? dir : flip(dir);
    if (after.some((w) => GOOD.has(w))) return negated ? flip(dir) : dir;
    // Otherwise only a short phrase of one direction and filler is a statement of direction
    // ("Up", "Aim to reduce"); "Up or down" is not.
    if (!both && unknownWords === 0 && ws.length <= 5) return dir;
    return null;
  }
  if (band && unknownWords <= 1) return 'band';
  return null;
}

/** The direction a flag header names for "yes" ("lowerIsBetter", "favourable"), or null. */
function flagHeaderDirection(hw: readonly string[]): Direction | null {
  let dir: Direction | null = null;
  for (const w of hw) {
    const d = DIRECTION_WORDS[w];
    if (d) {
      dir = d;
      break;
    }
  }
  if (dir !== null) return hw.some((w) => BAD.has(w)) ? flip(dir) : dir;
  if (hw.some((w) => BAD.has(w) || w === 'non')) return 'lower';
  if (hw.some((w) => GOOD.has(w))) return 'higher';
  return null;
}

/**
 * A yes/no flag read with its header ("lowerIsBetter: TRUE", "favourable: 1",
 * "result_indicator_ascending: 0"). The header names the direction that "yes" means; a header that
 * is only a judgement ("favourable") means "a high value is favourable", as publishers define such
 * flags. A plain Direction/Polarity header with 1 / -1 reads as up / down.
 */
function readFlag(header: string, value: string): PolarityKind | null {
  const v = value.trim().toLowerCase();
  const yes = TRUE_WORDS.has(v);
  const no = FALSE_WORDS.has(v);
  if (!yes && !no) return null;
  const hw = words(header);
  if (hw.length === 0 || hw.length > 8) return null;
  const dir = flagHeaderDirection(hw);
  if (dir === null && hw.some((w) => w === 'direction' || w === 'polarity' || w === 'directionality')) {
    // A signed direction: 1 up, -1 down; 0 says nothing.
    if (v === '1' || v === '+1') return 'higher';
    if (v === '-1') return 'lower';
    return null;
  }
  if (dir === null) return null;
  return yes ? dir : flip(dir);
}

/** "header: value" as a detector passes a direction column's cell, or null for plain text. */
function headerAndValue(text: string): { header: string; value: string } | null {
  const sep = text.search(/[:=]/);
  if (sep <= 0 || sep >= 80) return null;
  // A bracketed note after the value ("FALSE (blank, where other rows are marked TRUE)") is the
  // detector saying how it read the cell; the value is what comes before it.
  const value = text
    .slice(sep + 1)
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
  return { header: text.slice(0, sep).trim(), value };
}

/** The field's polarity as a PolarityKind, or null when it says nothing we can read. */
export function readPolarityField(field: string): PolarityKind | null {
  const text = field.trim();
  if (!text || text.length > MAX_POLARITY_TEXT) return null;
  // "header: cell" (or "header = cell"), as the detector passes a flag or direction column.
  const pair = headerAndValue(text);
  if (pair) {
    // A blank cell says nothing, whatever its header says ("lowerIsBetter:" is not "lower").
    if (pair.value === '') return null;
    const flag = readFlag(pair.header, pair.value);
    if (flag) return flag;
    const said = readDirectionPhrase(pair.value);
    if (said) return said;
    // A flag column's value that is neither yes nor no ("lowerIsBetter: N/A") says nothing either:
    // read whole, the header alone would answer.
    const hw = words(pair.header);
    if (hw.length <= 8 && flagHeaderDirection(hw) !== null) return null;
  }
  return readDirectionPhrase(text) ?? eitherLanguage(text, readDirectionPhrase);
}

/**
 * What a polarity field holds when it is not evidence, for the row's note: "the lowerIsBetter cell
 * is blank", "the polarity field 'N/A' says neither way"; null when there is no field or it reads.
 */
export function unreadPolarityField(source: IndicatorSource): string | null {
  const field = typeof source.polarityText === 'string' ? source.polarityText.trim() : '';
  if (!field || field.length > MAX_POLARITY_TEXT || readPolarityField(field)) return null;
  const pair = headerAndValue(field);
  if (pair && pair.value === '') return `the ${pair.header || 'direction'} cell is blank`;
  return `the polarity field '${field}' says neither way`;
}

/** The field's polarity, or null when there is no field or it says nothing we can read. */
export function polarityFromField(source: IndicatorSource): PolarityEvidence | null {
  const field = typeof source.polarityText === 'string' ? source.polarityText.trim() : '';
  if (!field || field.length > MAX_POLARITY_TEXT) return null;
  const polarity = readPolarityField(field);
  return polarity ? { kind: 'field', polarity, says: `the polarity field '${field}'` } : null;
}
