/**
 * Combines the polarity evidence in SCORING.md's order: a rule override (the user's word), then the
 * sheet's evidence strongest first, then bigger-is-better assumed. The strongest evidence wins;
 * evidence pointing the other way is reported as a conflict naming both sides.
 */
import type { PolarityKind, PolaritySource } from '../../model';
import type { IndicatorOverride } from '../../rules/types';
import { polarityWords, type PolarityEvidence } from './types';

export interface PolarityResult {
  polarity: PolarityKind;
  source: PolaritySource;
  /** Where it came from, for the indicator's note. */
  note: string;
  /** Set when weaker evidence points the other way: the message names both. */
  conflict?: string;
}

/**
 * Notes already made, each kept once: a table's rows mostly say the same thing ("Polarity: bigger is
 * better, from 'increase' in the name."), and each row kept its own copy, built of several joined
 * pieces, for as long as the result lives (tens of thousands of strings for the garbage collector on
 * a large sheet). Bounded, and shared across scorings like the other memos.
 */
const NOTES = new Map<string, string>();
const NOTES_LIMIT = 5_000;

function sharedNote(note: string): string {
  const known = NOTES.get(note);
  if (known !== undefined) return known;
  if (NOTES.size >= NOTES_LIMIT) NOTES.clear();
  NOTES.set(note, note);
  return note;
}

function describe(e: PolarityEvidence): string {
  return `${polarityWords(e.polarity)}, from ${e.says}`;
}

/**
 * `evidence` in SCORING.md order (field, target, baseline, wording, ratings); nulls are steps that
 * found nothing. `unread` says what a direction field held that is not evidence ("the
 * lowerIsBetter cell is blank"), for the note.
 */
export function resolvePolarity(
  evidence: readonly (PolarityEvidence | null)[],
  override?: IndicatorOverride,
  unread?: string | null,
): PolarityResult {
  if (override?.polarity === 'higher' || override?.polarity === 'lower' || override?.polarity === 'band') {
    return {
      polarity: override.polarity,
      source: 'rule',
      note: `Polarity: ${polarityWords(override.polarity)}, set by a rule override.`,
    };
  }
  if (override?.band)
    return { polarity: 'band', source: 'rule', note: 'Polarity: within a band is good, from a rule override.' };
  // The first and the first disagreeing evidence, read in place (no filtered copy): this runs for every row.
  let first = 0;
  while (first < evidence.length && evidence[first] === null) first++;
  const winner = evidence[first];
  if (!winner) {
    return {
      polarity: 'higher',
      source: 'assumed',
      note: sharedNote(
        `Polarity assumed: bigger is better (${unread ? `${unread}, and nothing else on the sheet says` : 'nothing on the sheet says'} which way is good). Flip it in the pane or with a rule override if smaller is better.`,
      ),
    };
  }
  const result: PolarityResult = {
    polarity: winner.polarity,
    source: winner.kind,
    note: sharedNote(`Polarity: ${describe(winner)}${unread && winner.kind !== 'field' ? ` (${unread})` : ''}.`),
  };
  // A band against one direction is not a disagreement: the band already says where good lies; nor
  // is an author's "Above target" that may only say where the figure stands (polarity-from-ratings.ts).
  let against: PolarityEvidence | undefined;
  for (let i = first + 1; i < evidence.length && !against; i++) {
    const e = evidence[i];
    if (
      e !== null &&
      e.polarity !== winner.polarity &&
      e.polarity !== 'band' &&
      winner.polarity !== 'band' &&
      e.alsoSide !== true
    )
      against = e;
  }
  if (against) {
    result.conflict = `the evidence disagrees on which way is good: ${describe(winner)} (used), but ${describe(against)}.`;
  }
  return result;
}
