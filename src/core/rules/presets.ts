// STUB owned by the engine work: replace with the real implementation.
import type { Rules } from './types';

/** The SCORING.md defaults (seed 001 key). */
export function defaultRules(): Rules {
  throw new Error('defaultRules: not implemented yet');
}

/** Named presets: "seed-001" (default), "brag", "tolerance-on-track", "amber-if-improving". */
export function presetRules(name: string): Rules {
  void name;
  throw new Error('presetRules: not implemented yet');
}
