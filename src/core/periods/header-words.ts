/** Wordings that mark a header as a baseline ("Prev. 6 months average") or an actual column ("Q2 Actual"). */
import { normalizeHeader } from './text';

const MONTH_WINDOW = /\b(\d{1,2}|three|six|nine|twelve)[\s-]*(months?|mths?|mnths?|m)\b/;
const WINDOW_STAT = /\b(average|avg|ave|cumulative|cum|mean|median|total|rolling|prev|previous|last|prior|past)\b/;

/** "Prev. 6 months cumulative", "6 month average", "Rolling 12 months", "Baseline", "Previous year". */
export function isBaselineHeader(text: string): boolean {
  const l = normalizeHeader(text).toLowerCase();
  if (!l || l.length > 80) return false;
  if (/\bbaseline\b/.test(l)) return true;
  if (MONTH_WINDOW.test(l) && WINDOW_STAT.test(l)) return true;
  return /^(prev(ious)?\.?|prior|last)\s+(year|yr)\b/.test(l);
}

const ACTUAL_WORDS = /\b(actuals?|outturns?|out-turn|latest|current|achievements?|achieved|f?ytd|year[- ]to[- ]date)\b/;
export const ACTUAL_WORDS_ALL = new RegExp(ACTUAL_WORDS.source, 'gi');
const NOT_ACTUAL =
  /\b(target|polarity|tolerance|prev|previous|prior|last year|comments?|commentary|rag|status|trend|notes?|owner)\b/;

/** Headers of an actual-value column: "Actual", "Q2 Actual", "Outturn", "Latest", "Current", "2nd Quarter Achievements". */
export function isActualHeader(text: string): boolean {
  const l = normalizeHeader(text).toLowerCase();
  if (!l || l.length > 80) return false;
  return ACTUAL_WORDS.test(l) && !NOT_ACTUAL.test(l);
}
