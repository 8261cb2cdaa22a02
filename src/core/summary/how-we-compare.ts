/**
 * The board summary's "How we compare" data: per comparator (national average, statistical
 * neighbours, region, benchmark) how many indicators that have one are better, in line and worse;
 * the indicators furthest from their comparator both ways; the areas pulling figures down; and a
 * narrative sentence in seed 001's style ("Our rate is now higher than the national average and
 * statistical neighbours"). Every figure comes from the indicators' comparisons.
 */
import { boardLine } from './board-words';
import type { ScoredIndicator } from '../model';
import type { ComparatorKind, IndicatorComparison } from '../scoring/compare-types';
import { formatValue, styleOf } from './numbers';
import { joinList, oneLine, plural } from './narrative';

/** Kinds in the order a board reads them; quartiles and areas have their own lines. */
const KIND_ORDER: ComparatorKind[] = ['national', 'neighbours', 'regional', 'benchmark', 'trajectory', 'other'];
/** How many indicators each "furthest" list names. */
const FURTHEST = 3;

export interface CompareCount {
  kind: ComparatorKind;
  /** "the national average"; a region's own name when every indicator has the same one. */
  name: string;
  /** Indicators that have this comparator and a figure to compare. */
  withOne: number;
  better: number;
  inLine: number;
  worse: number;
  /** Compared, but the sheet does not say which way is good. */
  notJudged: number;
}

export interface FurthestItem {
  indicator: ScoredIndicator;
  comparison: IndicatorComparison;
}

export interface AreaOutlier {
  indicator: ScoredIndicator;
  outliers: string[];
  text: string;
}

export interface HowWeCompare {
  counts: CompareCount[];
  /** Better than the comparator by the largest relative margin first. */
  furthestAhead: FurthestItem[];
  /** Worse than the comparator by the largest relative margin first. */
  furthestBehind: FurthestItem[];
  areaOutliers: AreaOutlier[];
}

/** Each indicator's first comparison of a kind (a sheet rarely gives two national figures). */
function firstOfKind(ind: ScoredIndicator, kind: ComparatorKind): IndicatorComparison | undefined {
  return ind.comparisons?.find((c) => c.kind === kind);
}

function countFor(indicators: ScoredIndicator[], kind: ComparatorKind): CompareCount | null {
  const found = indicators.map((i) => firstOfKind(i, kind)).filter((c): c is IndicatorComparison => !!c);
  if (found.length === 0) return null;
  const names = new Set(found.map((c) => c.name));
  const by = (v: IndicatorComparison['verdict']): number => found.filter((c) => c.verdict === v).length;
  return {
    kind,
    name: names.size === 1 ? found[0].name : kind === 'regional' ? 'the regional averages' : `the ${kind} comparators`,
    withOne: found.length,
    better: by('better'),
    inLine: by('in-line'),
    worse: by('worse'),
    notJudged: by('not-judged'),
  };
}

/** The national comparison first, else the first judged one: what "furthest from its comparator" measures. */
function headlineComparison(ind: ScoredIndicator): IndicatorComparison | undefined {
  const judged = (ind.comparisons ?? []).filter((c) => c.verdict === 'better' || c.verdict === 'worse');
  for (const k of KIND_ORDER) {
    const c = judged.find((x) => x.kind === k);
    if (c) return c;
  }
  return undefined;
}

function furthest(indicators: ScoredIndicator[], verdict: 'better' | 'worse'): FurthestItem[] {
  const items: FurthestItem[] = [];
  for (const indicator of indicators) {
    const comparison = headlineComparison(indicator);
    if (comparison?.verdict === verdict) items.push({ indicator, comparison });
  }
  const size = (x: FurthestItem): number => Math.abs(x.comparison.relative ?? x.comparison.difference);
  return items.sort((a, b) => size(b) - size(a)).slice(0, FURTHEST);
}

/** The section's data, or null when no indicator has a comparator or an area breakdown. */
/** Area ratings are given in status codes ("SOUTH 69 per 10K, RED"): the board reads words ("Red"). */
const STATUS_CODE_WORDS: Record<string, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', BLUE: 'Blue' };

export function areaWords(text: string): string {
  return text.replace(/\b(RED|AMBER|GREEN|BLUE)\b/g, (code) => STATUS_CODE_WORDS[code] ?? code);
}

export function howWeCompare(indicators: ScoredIndicator[]): HowWeCompare | null {
  const counts = KIND_ORDER.map((k) => countFor(indicators, k)).filter((c): c is CompareCount => !!c);
  const areaOutliers = indicators
    .filter((i) => i.areas && i.areas.outliers.length > 0)
    .map((i) => ({ indicator: i, outliers: i.areas!.outliers, text: areaWords(i.areas!.text) }));
  if (counts.length === 0 && areaOutliers.length === 0) return null;
  return {
    counts,
    furthestAhead: furthest(indicators, 'better'),
    furthestBehind: furthest(indicators, 'worse'),
    areaOutliers,
  };
}

/** "better than the national average on 7 of 12 indicators that have one". */
export function countPhrase(c: CompareCount): string {
  const judged = c.withOne - c.notJudged;
  const tail = c.withOne === 1 ? 'the 1 indicator that has one' : `${c.withOne} indicators that have one`;
  let text = `better than ${c.name} on ${c.better} of ${tail}`;
  const rest: string[] = [];
  if (c.inLine > 0) rest.push(`in line on ${c.inLine}`);
  if (c.worse > 0) rest.push(`worse on ${c.worse}`);
  if (rest.length > 0) text += `, ${joinList(rest)}`;
  if (c.notJudged > 0 && judged >= 0) text += ` (${c.notJudged} not judged: the sheet does not say which way is good)`;
  return text;
}

/** "Number of children in care is higher than the national average and statistical neighbours (71 against 60 and 62)". */
function seedStyle(item: FurthestItem): string {
  const ind = item.indicator;
  const worse = (ind.comparisons ?? []).filter((c) => c.verdict === 'worse');
  const higher = worse.filter((c) => c.difference > 0);
  const lower = worse.filter((c) => c.difference < 0);
  const group = higher.length >= lower.length ? higher : lower;
  const style = ind.actual ? styleOf(ind.actual) : styleOf(item.comparison.value);
  const ours = ind.actual ? formatValue(ind.actual.value, style) : '';
  const theirs = group.map((c) => formatValue(c.value.value, style));
  // Seed 001: "higher than the national average and statistical neighbours".
  const names = group.map((c) => (c.kind === 'neighbours' ? 'statistical neighbours' : c.name));
  return `${oneLine(ind.source.name)} is ${group === higher ? 'higher' : 'lower'} than ${joinList(names)} (${ours} against ${joinList(theirs)})`;
}

/** The narrative paragraph: counts, the furthest behind in seed 001's words, and the areas pulling figures down. */
export function compareNarrative(indicators: ScoredIndicator[]): string[] {
  const data = howWeCompare(indicators);
  if (!data) return [];
  const sentences: string[] = [];
  // The first three comparators, one sentence each; the table lists the rest.
  for (const c of data.counts.slice(0, 3)) sentences.push(`We are ${countPhrase(c)}.`);
  const behind = data.furthestBehind[0];
  if (behind) sentences.push(`${seedStyle(behind)}.`);
  const ahead = data.furthestAhead[0];
  if (ahead) {
    const c = ahead.comparison;
    sentences.push(
      `Furthest ahead: ${oneLine(ahead.indicator.source.name)}, ${boardLine(c.text).charAt(0).toLowerCase()}${boardLine(c.text).slice(1)}.`,
    );
  }
  if (data.areaOutliers.length > 0) {
    const parts = data.areaOutliers.slice(0, FURTHEST).map((a) => `${oneLine(a.indicator.source.name)} (${a.text})`);
    const who = [...new Set(data.areaOutliers.flatMap((a) => a.outliers))];
    sentences.push(
      `${joinList(who)} ${who.length === 1 ? 'is' : 'are'} pulling the figure down on ${plural(data.areaOutliers.length, 'indicator', 'indicators')}: ${joinList(parts)}.`,
    );
  }
  return sentences.length > 0 ? [sentences.join(' ')] : [];
}
