/**
 * The wording tries each cue only at words starting with a character the cue's word list can start
 * with (wording/first-chars.ts). That is safe only if no match of a cue ever starts elsewhere: here
 * every cue of the lexicons is run at every word of the shared corpus's 3,029 public names (and of
 * invented council names), and each match's first character must be one the cue was given.
 */
import * as path from 'path';
import { polarityCorpusFile, readPolarityCsv } from '../../../scripts/bench/polarity';
import { FRAMES, WEAK_FRAMES } from '../../../src/core/scoring/evidence/wording/frames';
import { firstChars } from '../../../src/core/scoring/evidence/wording/first-chars';
import { BIGGER, NEUTRAL } from '../../../src/core/scoring/evidence/wording/lexicon-bigger';
import { SMALLER } from '../../../src/core/scoring/evidence/wording/lexicon-smaller';
import { normalise } from '../../../src/core/scoring/evidence/wording/normalise';

describe('first characters of a word list', () => {
  it('reads letters, plain classes, escaped marks and groups that must match', () => {
    expect(firstChars('deaths?|self[- ]harm\\w*|b&b')).toBe('dsb');
    expect(firstChars('(?:high|raised) blood pressure|asthma')).toBe('hra');
    expect(firstChars('[kK]illed|\\$ spent|% of')).toBe('k$%');
    expect(firstChars('Mortality')).toBe('m');
  });

  it('gives up (null: try everywhere) where the first character is not plain', () => {
    for (const source of ['\\d+ days', '(?:very )?bad', 'a?b', 'x*y', '[a-z]x', 'x|', '(?=a)ab', '.{0,3}z', '(a|b'])
      expect(firstChars(source)).toBeNull();
  });
});

/** The word list inside a cue pattern built by words() or subjectWords(), or null for a hand-written one. */
function wordList(re: RegExp): { list: string; prefix: boolean } | null {
  const s = re.source;
  const tail = ')(?![\\w])';
  if (!s.endsWith(tail)) return null;
  if (s.startsWith('(non-?|un|in|dis)?(?:')) return { list: s.slice(21, -tail.length), prefix: true };
  if (s.startsWith('(?:')) return { list: s.slice(3, -tail.length), prefix: false };
  return null;
}

const file = polarityCorpusFile(path.join(__dirname, '..', '..', '..'));
if (!file) console.warn('wording-first-chars: shared polarity names not found; checking invented names only');

const INVENTED = [
  'Number of households in temporary accommodation',
  '% of non-smokers at 4 weeks',
  'Unvaccinated children (MMR2) - rate per 10,000',
  'Average days to re-let void properties',
  'Dissatisfied customers (%)',
  'Self-harm admissions per 100,000',
  'B&B placements lasting over 6 weeks',
  '£ spent on agency staff',
  'Incidents of fly-tipping cleared within 2 working days',
];

describe('every cue of the lexicons on real names', () => {
  const names = [...INVENTED, ...(file ? readPolarityCsv(file).map((r) => r.name) : [])].map(normalise);
  const cues = [...FRAMES, ...WEAK_FRAMES, ...SMALLER, ...BIGGER, ...NEUTRAL];

  it('gives most cues a set of first characters', () => {
    const given = cues.filter((c) => {
      const w = wordList(c.re);
      return w !== null && firstChars(w.list) !== null;
    });
    expect(given.length).toBeGreaterThan(cues.length / 2);
  });

  it('never finds a cue starting with a character outside its set', () => {
    let matches = 0;
    for (const cue of cues) {
      const w = wordList(cue.re);
      const own = w && firstChars(w.list);
      if (!w || own === null) continue;
      const allowed = w.prefix ? `nuid${own}` : own;
      const sticky = new RegExp(cue.re.source, 'iy');
      for (const text of names)
        for (let i = 0; i < text.length; i++) {
          sticky.lastIndex = i;
          const m = sticky.exec(text);
          if (!m || m[0] === '' || text.charCodeAt(i) >= 128) continue;
          matches++;
          expect(allowed).toContain(text[i]);
        }
    }
    // The check looked at real matches, not none.
    expect(matches).toBeGreaterThan(file ? 1000 : 5);
  });
});
