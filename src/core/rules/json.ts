// STUB owned by the engine work: replace with the real implementation.
import type { Rules } from './types';

/** Parse and validate rules JSON; missing fields take the defaults. Errors say what is wrong. */
export function rulesFromJson(text: string): { ok: true; rules: Rules } | { ok: false; errors: string[] } {
  void text;
  throw new Error('rulesFromJson: not implemented yet');
}

export function rulesToJson(rules: Rules): string {
  return JSON.stringify(rules, null, 2);
}
