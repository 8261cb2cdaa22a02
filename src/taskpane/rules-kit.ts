/**
 * The rule-set operations the pane needs, as one injectable bundle: the app wires the engine's
 * functions, tests pass their own. Keeps the Rules view free of engine imports.
 */
import type { Rules } from '../core/rules/types';

export interface RulesKit {
  presetNames: readonly string[];
  /** A preset's name as people read it ("Council default (5% tolerance)"). */
  presetTitle(name: string): string;
  presetRules(name: string): Rules;
  /** Problems with a rule set, each naming its field; empty when valid. */
  validate(rules: Rules): string[];
  toJson(rules: Rules): string;
  fromJson(text: string): { ok: true; rules: Rules } | { ok: false; errors: string[] };
  /** How percent-of-target tolerances are stored: 1 when 5 means 5%, 100 when 0.05 means 5%. */
  percentScale: number;
}
