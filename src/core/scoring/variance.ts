/**
 * The plain-English variance line, in the style of the seed 003 commentaries:
 * "1.47 above the target of 36.00 (smaller is better)", "3.8 percentage points below the target of 94%".
 */
import { formatDuration, formatNumber, roundTo } from '../format/number-text';
import type { PolarityKind, Reading, Target } from '../model';
import { shown } from './status';

const EPS = 1e-9;

/** Most decimals a target is padded to, to match the actual beside it. */
const MAX_PAD = 3;

/**
 * A target as the line quotes it. Numbers take the actual's decimals, as the seed writes "the target of
 * 36.00" beside 37.47, up to three places: an actual showing 29.1234567 (a calculation in a General
 * cell) leaves the target "30" as the sheet shows it, not "30.0000000". Percentages keep their own
 * ("the target of 94%"), as people write them.
 */
function targetText(t: Reading, actual: Reading): string {
  if (t.percent) return formatNumber(t.value, t.decimals, t.grouping, true);
  if (actual.duration) return formatDuration(t.value, Math.max(t.decimals, actual.decimals));
  const pad = actual.decimals <= MAX_PAD ? actual.decimals : 0;
  return formatNumber(t.value, Math.max(t.decimals, pad), t.grouping || actual.grouping);
}

/**
 * The gap groups its thousands where either figure does: "1,005 below the target of 1,200" beside
 * actuals written "195", not "1005 below the target of 1,200". A duration's gap is a clock.
 */
function sizeText(size: number, decimals: number, actual: Reading, grouping: boolean, percent: boolean): string {
  if (actual.duration) return formatDuration(size, decimals);
  return withUnit(formatNumber(size, decimals, grouping), percent);
}

/** A formatted size with "percentage point(s)" where the figures are percentages. */
function withUnit(n: string, percent: boolean): string {
  if (!percent) return n;
  return n === '1' ? `${n} percentage point` : `${n} percentage points`;
}

function polarityWords(p: PolarityKind | null): string {
  if (p === 'lower') return ' (smaller is better)';
  if (p === 'higher') return ' (bigger is better)';
  return '';
}

/** "" when there is nothing to compare. An unknown polarity (null) leaves out "(bigger is better)". */
export function varianceText(actual: Reading | null, target: Target | null, polarity: PolarityKind | null): string {
  try {
    if (!actual || !target) return '';
    const percent = actual.percent;
    const a = shown(actual);
    if (target.kind === 'band' || polarity === 'band') {
      const low = target.kind === 'band' ? target.low : target.value;
      const high = target.kind === 'band' ? target.high : target.value;
      const decimals = Math.max(actual.decimals, low.decimals, high.decimals);
      const what =
        target.kind === 'band'
          ? `the band of ${targetText(low, actual)} to ${targetText(high, actual)}`
          : `the target of ${targetText(low, actual)}`;
      const l = shown(low);
      const h = shown(high);
      const grouping = actual.grouping || low.grouping || high.grouping;
      if (a < l - EPS) return `${sizeText(l - a, decimals, actual, grouping, percent)} below ${what}`;
      if (a > h + EPS) return `${sizeText(a - h, decimals, actual, grouping, percent)} above ${what}`;
      return target.kind === 'band'
        ? `Within ${what} (${actual.duration ? formatDuration(actual.value, actual.decimals) : formatNumber(actual.value, actual.decimals, actual.grouping, percent)})`
        : `On target (${targetText(low, actual)})`;
    }
    const t = target.value;
    const decimals = Math.max(actual.decimals, t.decimals);
    const diff = a - shown(t);
    // A duration's gap is a clock too ("0:40 above the target of 2:00"), judged at the seconds shown.
    const size = actual.duration
      ? formatDuration(Math.abs(diff), decimals)
      : formatNumber(Math.abs(diff), decimals, actual.grouping || t.grouping);
    // Equal at the displayed precision is on target, whatever float noise says.
    if (Math.abs(diff) < EPS || roundTo(Math.abs(diff), decimals) === 0) return `On target (${targetText(t, actual)})`;
    const dir = diff > 0 ? 'above' : 'below';
    // `size` is already the gap as written: formatting it a second time gave the same text.
    return `${withUnit(size, percent)} ${dir} the target of ${targetText(t, actual)}${polarityWords(polarity)}`;
  } catch {
    return '';
  }
}
