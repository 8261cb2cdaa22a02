// STUB owned by the engine work: replace with the real implementation.
import type { IndicatorSource, ScoredIndicator, Warning } from '../model';
import type { Rules } from '../rules/types';

/** Apply the shared rules to one detected indicator. Never throws on any cell content. */
export function scoreIndicator(source: IndicatorSource, rules: Rules): { scored: ScoredIndicator; warnings: Warning[] } {
  void source;
  void rules;
  throw new Error('scoreIndicator: not implemented yet');
}
