/**
 * What a comparator's label says: which kind of comparator it is (national, statistical neighbours,
 * a region, quartile thresholds, a benchmark, a target trajectory), how a sentence names it, and the
 * scale it is written in ("per 10K", "per 100,000", "%"), so it can be matched to the figure it is
 * compared with. Pure text work: the detectors decide where labels sit, this decides what they mean.
 */
import type { ComparatorKind } from '../scoring/compare-types';

/** Which quartile threshold a label names. "best"/"worst" follow performance (LAIT's A and D); "high"/"low" are numeric. */
export type QuartileEdge = 'best' | 'worst' | 'high' | 'low' | 'median';

export interface ComparatorLabel {
  kind: ComparatorKind;
  /** How a sentence names it: "the national average", "statistical neighbours", "the North West average". */
  name: string;
  /** Quartile thresholds only. */
  edge?: QuartileEdge;
  /** "per N" the label is written in (10000 for "per 10K"), where it says. */
  per?: number;
  /** The label says the figure is a percentage. */
  percent?: boolean;
}

const REGIONS = [
  'north west',
  'north east',
  'south west',
  'south east',
  'east midlands',
  'west midlands',
  'yorkshire and the humber',
  'yorkshire and humber',
  'yorkshire',
  'east of england',
  'eastern',
  'london',
  'inner london',
  'outer london',
];

/** Seed spellings: "National average per 10K", "Stat neighbours", "SN avg", "Eng", "NW". */
const NATIONAL =
  /^(the )?(national|england|english|eng|uk|great britain|gb)\b|\bnational (average|avg|rate|figure|mean|median)\b|\bengland (average|avg|rate)\b/;
/**
 * A Welsh or Scottish council's national comparator is its nation's ("Wales Average 2022/23", "All
 * Wales median", "Scotland 2022-23", "Scottish average" in LGBF tables): the national average, not a
 * region. Named as the sheet names it ("the Wales average"). Northern Ireland likewise. Only the
 * nation, an average word and a year: "Scottish Water complaints" names no comparator.
 */
const DEVOLVED_NATION =
  /^(the |all[- ])?(wales|welsh|scotland|scottish|northern ireland)(?: (?:average|avg|median|mean|rate|figure|value|overall))?((?:[\s/()'.,:-]|\d{2,4})*)$/;
const NATION_NAME: Record<string, string> = {
  wales: 'Wales',
  welsh: 'Wales',
  scotland: 'Scotland',
  scottish: 'Scotland',
  'northern ireland': 'Northern Ireland',
};
const NEIGHBOURS =
  /\b(stat(istical)?\.?\s*neighbou?rs?|sn|sns|sn av(erage|g)?|neighbou?rs?|family group|nearest neighbou?rs?)\b/;
const REGION_ABBREV = /^(nw|ne|sw|se|em|wm|yh|y&h|eoe)( (average|avg|rate|region))?$/;
const REGIONAL = /\b(regional|region)\b/;
// A bare "Median" is a comparator column; "Median days to adoption" is a measure.
const QUARTILE = /\bquartile\b|\b(25th|75th|50th) percentile\b|^(national |england |regional )?median$|\bband [a-d]\b/;
const TRAJECTORY = /\btrajectory\b|\bprofile(d)? target\b|\btarget (profile|path)\b/;
const BENCHMARK =
  /\b(benchmark|comparator|peer( group)?( average)?|peers|family average|core cities|shire( counties)?|cipfa|similar (councils|authorities))\b/;

/** "per 10K" -> 10000; "per 100,000" -> 100000; "per 1,000 population" -> 1000. */
export function perScale(text: string): number | undefined {
  const m = /\bper\s*(\d[\d,]*)\s*(k|m)?\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const mult = m[2]?.toLowerCase() === 'k' ? 1000 : m[2]?.toLowerCase() === 'm' ? 1_000_000 : 1;
  return n * mult;
}

function quartileEdge(l: string): QuartileEdge {
  if (/\b(top|best|quartile a|band a|first quartile)\b/.test(l)) return 'best';
  if (/\b(bottom|worst|quartile d|band d|fourth quartile)\b/.test(l)) return 'worst';
  if (/\b(upper|q3|75th)\b/.test(l)) return 'high';
  if (/\b(lower|q1|25th)\b/.test(l)) return 'low';
  return 'median';
}

function titleCase(s: string): string {
  return s.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(And|The|Of)\b/g, (w) => w.toLowerCase());
}

/**
 * The comparator a row or column label names, or null when it names none. An area (EAST, NWC) is
 * decided by position, not by wording: see periods/classify.ts.
 */
export function classifyComparatorLabel(text: string): ComparatorLabel | null {
  const raw = text.replace(/[\s\u00a0]+/g, ' ').trim();
  const l = raw.toLowerCase();
  if (!l || l.length > 80) return null;
  const extra: Pick<ComparatorLabel, 'per' | 'percent'> = {};
  const per = perScale(l);
  if (per) extra.per = per;
  if (l.includes('%') || /\bper ?cent(age)?\b/.test(l)) extra.percent = true;
  // Trajectory before target-like words: "Target trajectory" is a comparator, not the target.
  if (TRAJECTORY.test(l)) return { kind: 'trajectory', name: 'the target trajectory', ...extra };
  if (QUARTILE.test(l)) return { kind: 'quartile', name: 'the quartile thresholds', edge: quartileEdge(l), ...extra };
  if (NEIGHBOURS.test(l)) return { kind: 'neighbours', name: 'the statistical neighbours average', ...extra };
  if (NATIONAL.test(l)) return { kind: 'national', name: 'the national average', ...extra };
  const nation = DEVOLVED_NATION.exec(l);
  if (nation) {
    const what = /\bmedian\b/.test(l) ? 'median' : 'average';
    return { kind: 'national', name: `the ${NATION_NAME[nation[2]] ?? 'national'} ${what}`, ...extra };
  }
  const region = REGIONS.find((r) => l === r || l.startsWith(`${r} `) || l.startsWith(`${r},`));
  if (region) return { kind: 'regional', name: `the ${titleCase(region)} average`, ...extra };
  if (REGION_ABBREV.test(l)) return { kind: 'regional', name: 'the regional average', ...extra };
  if (REGIONAL.test(l)) return { kind: 'regional', name: 'the regional average', ...extra };
  if (BENCHMARK.test(l))
    return { kind: 'benchmark', name: `the ${l.includes('peer') ? 'peer average' : 'benchmark'}`, ...extra };
  if (/\b(average|avg)\b/.test(l)) return { kind: 'other', name: `the ${l.replace(/\bavg\b/, 'average')}`, ...extra };
  return null;
}

/** The label's meaning, keeping what the detector knew by position (an area column stays an area). */
export function comparatorMeaning(label: string, detected: ComparatorKind): ComparatorLabel {
  if (detected === 'area') return { kind: 'area', name: label.trim() };
  const found = classifyComparatorLabel(label);
  if (found) return found;
  return { kind: detected, name: `the ${label.trim()}` };
}

/** Row kinds a block or card row label may be besides national and neighbours (their own kinds in the detectors). */
const ROW_KINDS = new Set<ComparatorKind>(['regional', 'quartile', 'benchmark', 'trajectory']);

/**
 * A row label that names a comparator other than national or neighbours: "North West", "Top
 * quartile", "Benchmark", "Target trajectory". Plain "Average caseload" is a figure, not a comparator.
 */
export function isComparatorRow(lower: string): boolean {
  const c = classifyComparatorLabel(lower);
  return c !== null && ROW_KINDS.has(c.kind);
}

export function comparatorRowKind(lower: string): ComparatorKind {
  return classifyComparatorLabel(lower)?.kind ?? 'other';
}
