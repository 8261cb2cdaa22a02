/**
 * Words (with their symbol) for statuses, trends and quarter-on-quarter directions. The summary
 * always shows the word: a printed board paper is often read in greyscale.
 */
import type { Status, Trend } from '../model';
import type { Appearance, Rules } from '../rules/types';
import type { Direction } from './quarter-on-quarter';

function withSymbol(a: Appearance): string {
  return a.symbol ? `${a.symbol} ${a.label}` : a.label;
}

export function statusText(rules: Rules, status: Status): string {
  return withSymbol(rules.status[status]);
}

export function trendText(rules: Rules, trend: Trend | null): string {
  return trend ? withSymbol(rules.trends[trend]) : 'No earlier figure';
}

export const DIRECTION_TEXT: Record<Direction, string> = {
  better: '▲ Better',
  worse: '▼ Worse',
  same: '■ No change',
  'no-polarity': 'Not judged',
  'part-quarter': 'Part quarter',
};
