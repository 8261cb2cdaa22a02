/** The key under the summary: what each status word means under the rules the sheet was scored with. */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { commonWord } from './board-words';

export function keyText(rules: Rules, indicators: ScoredIndicator[]): string {
  const w = (s: 'GREEN' | 'AMBER' | 'RED' | 'BLUE'): string => commonWord(rules, s, indicators);
  // A table rated by direction of travel (no targets, the sheet's own key) is explained as such.
  if (
    indicators.length > 0 &&
    indicators.every((i) => i.byDirection || !['GREEN', 'AMBER', 'RED'].includes(i.status)) &&
    indicators.some((i) => i.byDirection)
  ) {
    return `Key: ${w('GREEN')}: better than the previous period; ${w('AMBER')}: no material change; ${w('RED')}: worse than the previous period. Ratings follow each indicator’s direction of travel, as the sheet’s own key sets out.`;
  }
  const parts =
    rules.scheme === 'tolerance-on-track'
      ? [
          `${w('GREEN')}: better than target by more than the tolerance`,
          `${w('AMBER')}: within the tolerance either side of target`,
          `${w('RED')}: worse than target by more than the tolerance`,
        ]
      : [
          `${w('GREEN')}: on or better than target`,
          `${w('AMBER')}: worse than target by no more than the tolerance`,
          rules.scheme === 'amber-if-improving'
            ? `${w('RED')}: worse than target by more than the tolerance and not improved on a year ago`
            : `${w('RED')}: worse than target by more than the tolerance`,
        ];
  if (rules.scheme === 'brag') parts.unshift(`${w('BLUE')}: better than target by at least the exceeding margin`);
  const trend = indicators.some((i) => i.trend !== null)
    ? ` Trend compares the latest figure with the ${rules.trend.compareWith === 'previous' ? 'previous period' : 'same period last year'}.`
    : '';
  return `Key: ${parts.join('; ')}.${trend}`;
}
