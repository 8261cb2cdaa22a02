/**
 * Sorting indicators for the board: counts by status, what is performing well, what needs focus,
 * and what could not be rated this time (with the reason).
 */
import type { ScoredIndicator, Status } from '../model';
import type { Rules } from '../rules/types';

/** Display order of the counts: best first, then the statuses that are not a judgement. */
const COUNT_ORDER: Status[] = ['BLUE', 'GREEN', 'AMBER', 'RED', 'NO_DATA', 'NO_TARGET', 'NOT_SCORED'];
const ALWAYS_SHOWN = new Set<Status>(['GREEN', 'AMBER', 'RED']);

export interface StatusCount {
  status: Status;
  count: number;
}

/** Green, amber and red always (a zero is news too); blue when the scheme has it; the rest when present. */
export function statusCounts(indicators: ScoredIndicator[], rules: Rules): StatusCount[] {
  const counts = new Map<Status, number>();
  for (const ind of indicators) counts.set(ind.status, (counts.get(ind.status) ?? 0) + 1);
  return COUNT_ORDER.filter(
    (s) => ALWAYS_SHOWN.has(s) || (s === 'BLUE' && rules.scheme === 'brag') || (counts.get(s) ?? 0) > 0,
  ).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

function byStatus(indicators: ScoredIndicator[], order: Status[]): ScoredIndicator[] {
  // Stable: within a status, indicators keep the sheet's order, which is the order the board knows.
  return order.flatMap((s) => indicators.filter((i) => i.status === s));
}

export function performingWell(indicators: ScoredIndicator[]): ScoredIndicator[] {
  return byStatus(indicators, ['BLUE', 'GREEN']);
}

export function areasForFocus(indicators: ScoredIndicator[]): ScoredIndicator[] {
  return byStatus(indicators, ['RED', 'AMBER']);
}

export function notRated(indicators: ScoredIndicator[]): ScoredIndicator[] {
  return byStatus(indicators, ['NO_DATA', 'NO_TARGET', 'NOT_SCORED']);
}

/** Notes arrive as fragments ("polarity inferred from 'Reduce'"): make each a sentence. */
function sentence(note: string): string {
  const t = note.trim();
  if (t === '') return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A short reason for an indicator that has no red/amber/green rating. */
export function notRatedReason(ind: ScoredIndicator): string {
  if (ind.notes.length > 0) return ind.notes.map(sentence).join(' ');
  if (ind.status === 'NO_DATA') return 'No figure for the current period yet.';
  if (ind.status === 'NO_TARGET') return 'No numeric target to score against.';
  return 'The figure could not be read as a number.';
}
