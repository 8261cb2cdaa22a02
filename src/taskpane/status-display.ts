/**
 * How the pane shows a status when the rules are not loaded yet (or a host supplies none):
 * the word, a symbol and colours, so a status never depends on colour alone.
 */
import type { Appearance, Rules } from '../core/rules/types';
import type { ScoredIndicator, Status } from '../core/model';

/** Worst first: the pane lists what needs attention before what is fine. */
export const STATUS_ORDER: readonly Status[] = ['RED', 'AMBER', 'GREEN', 'BLUE', 'NO_DATA', 'NO_TARGET', 'NOT_SCORED'];

/** The statuses that need attention: listed first and open; the rest are collapsed with their counts. */
export function isException(status: Status): boolean {
  return status === 'RED' || status === 'AMBER';
}

const FALLBACK: Record<Status, Appearance> = {
  RED: { label: 'Red', symbol: '▲', fill: '#C00000', fontColor: '#FFFFFF' },
  AMBER: { label: 'Amber', symbol: '◆', fill: '#FFC000', fontColor: '#000000' },
  GREEN: { label: 'Green', symbol: '●', fill: '#00B050', fontColor: '#000000' },
  BLUE: { label: 'Blue', symbol: '★', fill: '#0070C0', fontColor: '#FFFFFF' },
  NO_DATA: { label: 'No data', symbol: '○', fill: '#D9D9D9', fontColor: '#000000' },
  NO_TARGET: { label: 'No target', symbol: '–', fill: '#D9D9D9', fontColor: '#000000' },
  NOT_SCORED: { label: 'Not scored', symbol: '?', fill: '#FFFFFF', fontColor: '#000000' },
};

/** The rules' appearance for a status, falling back per field so an empty label still shows a word. */
export function statusAppearance(status: Status, rules: Rules | null): Appearance {
  const base = FALLBACK[status];
  const own = rules?.status[status];
  if (!own) return base;
  return {
    label: own.label.trim() || base.label,
    symbol: own.symbol,
    fill: own.fill || base.fill,
    fontColor: own.fontColor || base.fontColor,
  };
}

export function countByStatus(indicators: readonly ScoredIndicator[]): Map<Status, number> {
  const counts = new Map<Status, number>();
  for (const i of indicators) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  return counts;
}

export function groupByStatus(indicators: readonly ScoredIndicator[]): { status: Status; items: ScoredIndicator[] }[] {
  return STATUS_ORDER.map((status) => ({ status, items: indicators.filter((i) => i.status === status) })).filter(
    (g) => g.items.length > 0,
  );
}

/** A short sentence for the live region and the summary line: "3 Red, 2 Amber, 10 Green." */
export function countsSentence(indicators: readonly ScoredIndicator[], rules: Rules | null): string {
  const counts = countByStatus(indicators);
  const parts = STATUS_ORDER.filter((s) => counts.has(s)).map(
    (s) => `${counts.get(s)} ${statusAppearance(s, rules).label}`,
  );
  return parts.length ? `${parts.join(', ')}.` : 'No indicators found.';
}
