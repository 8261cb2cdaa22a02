/**
 * Ratings history: what each indicator was rated at each scoring, so the board paper can say what
 * moved since the last report ("3 indicators moved up, 2 slipped down") and carry the previous
 * status beside the current one. Pure: hosts keep the history with the workbook's state and pass
 * it in. An indicator's key survives re-ordering (sheet, code and name, not cell addresses); a
 * period scored again replaces its record; at most MAX_PERIODS periods are kept.
 */
import type { ScoredIndicator, Status } from '../model';
import { STATUS_WORDS } from '../scoring/labels';
import { joinList, oneLine, plural } from './narrative';

export const MAX_PERIODS = 8;

export interface RatingRecord {
  /** The period the rating is for, as the summary names it ("Quarter 2 2020/21 ..."). */
  period: string;
  status: Status;
  /** The word the sheet showed ("Favourable", "Green"). */
  word: string;
}

export interface IndicatorHistory {
  sheet: string;
  name: string;
  code?: string;
  /** Oldest first. */
  ratings: RatingRecord[];
}

/** Keyed by indicatorKey. */
export type RatingsHistory = Record<string, IndicatorHistory>;

export function indicatorKey(ind: ScoredIndicator): string {
  const name = oneLine(ind.source.name).toLowerCase();
  return [ind.source.sheet, (ind.source.code ?? '').trim().toLowerCase(), name].join('\u241f');
}

/** The history after a scoring of `period`: each indicator's record for it replaced or added. */
export function recordRatings(
  history: RatingsHistory,
  indicators: readonly ScoredIndicator[],
  period: string,
): RatingsHistory {
  const next: RatingsHistory = { ...history };
  for (const ind of indicators) {
    const key = indicatorKey(ind);
    const old = next[key];
    const ratings = (old?.ratings ?? []).filter((r) => r.period !== period);
    ratings.push({ period, status: ind.status, word: ind.statusLabel?.trim() || STATUS_WORDS[ind.status] });
    next[key] = {
      sheet: ind.source.sheet,
      name: oneLine(ind.source.name),
      ...(ind.source.code ? { code: ind.source.code } : {}),
      ratings: ratings.slice(-MAX_PERIODS),
    };
  }
  return next;
}

const RANK: Partial<Record<Status, number>> = { RED: 1, AMBER: 2, GREEN: 3, BLUE: 4 };

export type MovementKind = 'up' | 'down' | 'same' | 'new';

export interface Movement {
  indicator: ScoredIndicator;
  previous: RatingRecord | null;
  kind: MovementKind;
}

export interface Changes {
  /** The period compared with (the latest earlier one on record), or null for a first report. */
  previousPeriod: string | null;
  movements: Movement[];
  /** Rated last time, not among this report's indicators or with no figure now. */
  noLongerReported: IndicatorHistory[];
}

/** The latest record for a period other than `period`. */
export function previousRating(entry: IndicatorHistory | undefined, period: string): RatingRecord | null {
  const earlier = (entry?.ratings ?? []).filter((r) => r.period !== period);
  return earlier[earlier.length - 1] ?? null;
}

/**
 * Each indicator's rating at the last report before `period`, as the summary's Previous column
 * shows it; indicators with no earlier rating are left out.
 */
export function previousRatings(
  history: RatingsHistory,
  indicators: readonly ScoredIndicator[],
  period: string,
): Map<ScoredIndicator, RatingRecord> {
  const out = new Map<ScoredIndicator, RatingRecord>();
  for (const ind of indicators) {
    const previous = previousRating(history[indicatorKey(ind)], period);
    if (previous) out.set(ind, previous);
  }
  return out;
}

/** What changed between the last report on record and this one (`period`). */
export function changesSince(history: RatingsHistory, indicators: readonly ScoredIndicator[], period: string): Changes {
  const sheets = new Set(indicators.map((i) => i.source.sheet));
  const movements: Movement[] = [];
  let previousPeriod: string | null = null;
  for (const ind of indicators) {
    const previous = previousRating(history[indicatorKey(ind)], period);
    if (previous) previousPeriod = previousPeriod ?? previous.period;
    const now = RANK[ind.status];
    if (now === undefined) continue;
    const was = previous ? RANK[previous.status] : undefined;
    const kind: MovementKind = was === undefined ? 'new' : now > was ? 'up' : now < was ? 'down' : 'same';
    movements.push({ indicator: ind, previous, kind });
  }
  const current = new Set(indicators.filter((i) => RANK[i.status] !== undefined).map(indicatorKey));
  const noLongerReported = Object.entries(history)
    .filter(([key, h]) => sheets.has(h.sheet) && !current.has(key))
    .filter(([, h]) => {
      const last = previousRating(h, period);
      return last !== null && RANK[last.status] !== undefined && last.period === previousPeriod;
    })
    .map(([, h]) => h);
  return { previousPeriod, movements, noLongerReported };
}

/** "Since the last report (Quarter 1 2020/21), 3 indicators moved up, 2 moved down: A and B." */
export function changesSentence(changes: Changes): string | null {
  if (!changes.previousPeriod) return null;
  const of = (k: MovementKind) => changes.movements.filter((m) => m.kind === k);
  const up = of('up');
  const down = of('down');
  const parts: string[] = [];
  if (up.length > 0) parts.push(`${plural(up.length, 'indicator', 'indicators')} moved up`);
  if (down.length > 0)
    parts.push(
      `${plural(down.length, 'indicator', 'indicators')} moved down (${joinList(down.slice(0, 5).map((m) => oneLine(m.indicator.source.name)))}${down.length > 5 ? ` and ${down.length - 5} more` : ''})`,
    );
  const fresh = of('new').length;
  if (fresh > 0) parts.push(`${plural(fresh, 'indicator is', 'indicators are')} rated for the first time`);
  const gone = changes.noLongerReported.length;
  if (gone > 0) parts.push(`${plural(gone, 'indicator is', 'indicators are')} no longer reported`);
  if (parts.length === 0)
    return `Since the last report (${changes.previousPeriod}), no indicator's rating has changed.`;
  return `Since the last report (${changes.previousPeriod}), ${joinList(parts)}.`;
}
