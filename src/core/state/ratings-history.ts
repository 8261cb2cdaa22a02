/**
 * Reading the ratings history back from the saved state (state/codec.ts): what each indicator was
 * rated at each scoring (summary/history.ts). Keeps what is sound, drops the rest with a warning,
 * and caps what a hostile state can claim: entries, periods per entry and text lengths.
 */
import { STATUSES, type Status } from '../model';
import { MAX_PERIODS, type IndicatorHistory, type RatingRecord, type RatingsHistory } from '../summary/history';

/** More indicators than any workbook scores; the rest of a larger claim is dropped. */
export const MAX_HISTORY_ENTRIES = 5000;
const MAX_TEXT = 300;

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.length <= MAX_TEXT ? v : null);

function readRating(raw: unknown): RatingRecord | null {
  if (!isBag(raw)) return null;
  const period = text(raw.period);
  const word = text(raw.word);
  const status = raw.status;
  if (period === null || word === null || !STATUSES.includes(status as Status)) return null;
  return { period, status: status as Status, word };
}

function readEntry(raw: unknown): IndicatorHistory | null {
  if (!isBag(raw) || !Array.isArray(raw.ratings)) return null;
  const sheet = text(raw.sheet);
  const name = text(raw.name);
  if (sheet === null || name === null) return null;
  const ratings = raw.ratings
    .slice(-MAX_PERIODS)
    .map(readRating)
    .filter((r): r is RatingRecord => r !== null);
  if (ratings.length === 0) return null;
  const code = text(raw.code);
  return { sheet, name, ...(code ? { code } : {}), ratings };
}

export function readRatingsHistory(raw: unknown, warnings: string[]): RatingsHistory | undefined {
  if (!isBag(raw)) {
    warnings.push('history: not an object, the ratings history starts again');
    return undefined;
  }
  const entries: [string, IndicatorHistory][] = [];
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (entries.length >= MAX_HISTORY_ENTRIES || key.length > MAX_TEXT * 3) {
      dropped++;
      continue;
    }
    const entry = readEntry(value);
    if (entry) entries.push([key, entry]);
    else dropped++;
  }
  if (dropped > 0) warnings.push(`history: ${dropped} unreadable or excess entries dropped`);
  // fromEntries defines own properties, so a key like "__proto__" stays an ordinary entry.
  return Object.fromEntries(entries);
}
