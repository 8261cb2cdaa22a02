/** The words written for a status or trend: the sheet's own words first, then the rules' labels. */
import type { IndicatorSource, Status, Trend } from '../model';
import type { Rules } from '../rules/types';
import { defaultDirectionRules } from '../rules/presets';

/** Plain words for each status code, where neither the sheet nor the rules give one. */
export const STATUS_WORDS: Record<Status, string> = {
  GREEN: 'Green',
  AMBER: 'Amber',
  RED: 'Red',
  BLUE: 'Blue',
  NO_DATA: 'No data',
  NO_TARGET: 'No target',
  NOT_SCORED: 'Not scored',
};

export function labelOf(rules: Rules, status: Status, source?: IndicatorSource, byDirection = false): string {
  const own = byDirection ? source?.directionKey?.[status] : source?.statusWords?.[status];
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  if (byDirection) {
    const words = (rules?.direction ?? defaultDirectionRules()).labels;
    if (status === 'GREEN') return words.favourable;
    if (status === 'AMBER') return words.onTrack;
    if (status === 'RED') return words.unfavourable;
    if (status === 'NO_DATA') return words.notStarted;
  }
  const label = rules?.status?.[status]?.label;
  return typeof label === 'string' && label ? label : STATUS_WORDS[status];
}

export function trendLabelOf(rules: Rules, trend: Trend | null): string {
  if (!trend) return '';
  const label = rules?.trends?.[trend]?.label;
  return typeof label === 'string' ? label : '';
}
