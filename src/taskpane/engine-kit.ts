/** The pane's RulesKit wired to the engine: presets, validation and JSON from src/core/rules. */
import { defaultRules, PRESET_NAMES, presetRules } from '../core/rules/presets';
import { presetTitle } from '../core/rules/preset-titles';
import { rulesFromJson, rulesToJson } from '../core/rules/json';
import { validateRules } from '../core/rules/validate';
import type { RulesKit } from './rules-kit';

export function engineRulesKit(): RulesKit {
  // The engine stores "5% of target" as 5 (or as 0.05): ask it rather than assume.
  const d = defaultRules().tolerance;
  const percentScale = d.kind === 'percent-of-target' && d.value > 0 && d.value < 1 ? 100 : 1;
  return {
    presetNames: PRESET_NAMES,
    presetTitle,
    presetRules,
    validate: (rules) => validateRules(rules).errors,
    toJson: rulesToJson,
    fromJson: rulesFromJson,
    percentScale,
  };
}
