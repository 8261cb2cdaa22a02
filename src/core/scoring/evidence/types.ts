/** One piece of evidence for which way is good, and what it found, in words for the note. */
import type { PolarityKind, PolaritySource } from '../../model';

/** The kinds of evidence a sheet can give, strongest first (SCORING.md "Which way is good"). */
export type EvidenceKind = Exclude<PolaritySource, 'assumed' | 'rule'>;

export interface PolarityEvidence {
  kind: EvidenceKind;
  polarity: PolarityKind;
  /** What was found, for notes and warnings: "the Polarity field 'Smaller is Better'". */
  says: string;
  /**
   * Also read as where the figure stands, not which way is good ("Above target" for an actual above
   * its target): stronger evidence the other way is no disagreement with it.
   */
  alsoSide?: boolean;
}

/** Longest text any polarity step examines: keeps every pattern linear on hostile input. */
export const MAX_POLARITY_TEXT = 300;

/** The words for a polarity, as notes write them. */
export function polarityWords(p: PolarityKind): string {
  if (p === 'higher') return 'bigger is better';
  if (p === 'lower') return 'smaller is better';
  return 'within a band is good';
}
