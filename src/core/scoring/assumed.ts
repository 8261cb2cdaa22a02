/**
 * Which indicators were rated on an assumed polarity (bigger is better, because nothing on the sheet
 * said), in one sentence for the report and the board summary, so a reader can check and flip them.
 */
import type { ScoredIndicator } from '../model';
import { isRating } from './rating-words';

/** How many names the sentence lists before counting the rest. */
const MAX_NAMED = 5;

/** Rated (or given a trend) on an assumed polarity: where the assumption changed what was written. */
export function assumedPolarity(indicators: readonly ScoredIndicator[]): ScoredIndicator[] {
  return indicators.filter((i) => i.polaritySource === 'assumed' && (isRating(i.status) || i.trend !== null));
}

function nameOf(i: ScoredIndicator): string {
  const name = i.source.name.replace(/\s+/g, ' ').trim().slice(0, 80);
  return i.source.code ? `${i.source.code} ${name}` : name;
}

export function assumedSentence(indicators: readonly ScoredIndicator[]): string | null {
  const list = assumedPolarity(indicators);
  if (list.length === 0) return null;
  const names = list.slice(0, MAX_NAMED).map(nameOf);
  const more = list.length > MAX_NAMED ? ` and ${list.length - MAX_NAMED} more` : '';
  const n = list.length === 1 ? '1 indicator' : `${list.length} indicators`;
  return `Bigger is better was assumed for ${n}, as nothing on the sheet says which way is good: ${names.join('; ')}${more}. If smaller is better, flip it in the pane or with a rule override.`;
}
