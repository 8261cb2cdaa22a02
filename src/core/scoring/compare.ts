/**
 * How an indicator compares with others: each comparator the sheet gives (national average,
 * statistical neighbours, a region, a benchmark, a target trajectory) judged better, in line or
 * worse following polarity, quartile thresholds as LAIT's A-D band, and areas rated against the
 * same target. Under the default rules comparisons are described and the status stays against
 * target; the "compare-with-national" scheme rates an indicator against its national average.
 */
import { toA1 } from '../a1';
import { comparatorMeaning, type ComparatorLabel } from '../detect/comparator-labels';
import { formatDuration, formatNumber, generalDecimals, roundTo } from '../format/number-text';
import type { Comparator, PolarityKind, Reading, ScoredIndicator, Status } from '../model';
import type { ComparisonRules, Rules } from '../rules/types';
import { readValue } from '../values/read';
import { compareAreas } from './compare-areas';
import { quartileBand, type Threshold } from './compare-quartile';
import { comparisonRules, indicatorPer, polarityWords, sizeWords } from './compare-text';
import type { ComparisonVerdict, IndicatorComparison } from './compare-types';
import { shown, toleranceAmount } from './status';

const EPS = 1e-9;
/** A comparator more than this many times off the figure is on another scale (a count beside a rate). */
const MAX_SCALE_APART = 10;

function apart(a: number, b: number): number {
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return a === b ? 1 : Infinity;
  return Math.max(a / b, b / a);
}

/**
 * A comparator's figure in the indicator's representation: percentages as points, "per 100,000"
 * rescaled to the indicator's "per 10K". Null (with the reason) when it cannot be compared.
 */
export function readComparator(
  c: Comparator,
  meaning: ComparatorLabel,
  actual: Reading,
  per: number | undefined,
): { reading: Reading } | { skip: string } {
  const at = toA1(c.source.cell);
  const r = readValue(c.source, { percentUnit: actual.percent });
  if (r.kind === 'blank') return { skip: `the ${c.label} in ${at} is blank` };
  if (r.kind === 'not-number') return { skip: `the ${c.label} in ${at} cannot be read as a number: ${r.reason}` };
  let reading = r.reading;
  // 0.24 typed plainly beside a 28% rate is a fraction, as a percent-formatted cell would hold it.
  if (
    actual.percent &&
    typeof c.source.value === 'number' &&
    Math.abs(reading.value) <= 1 &&
    Math.abs(actual.value) > 1
  )
    reading = { ...reading, value: reading.value * 100, decimals: Math.max(0, reading.decimals - 2) };
  if (meaning.per && per && meaning.per !== per) {
    const factor = per / meaning.per;
    const value = reading.value * factor;
    // 600 per 100,000 is 60 per 10K, shown as 60; 425 is 42.5.
    const extra = Math.max(0, Math.round(-Math.log10(factor)));
    reading = { ...reading, value, decimals: Math.min(reading.decimals + extra, generalDecimals(value)) };
  }
  if (apart(actual.value, reading.value) > MAX_SCALE_APART)
    return {
      skip: `the ${c.label} in ${at} (${formatNumber(reading.value, reading.decimals, reading.grouping)}) is not on the scale of the figure it would compare with`,
    };
  return { reading };
}

function verdictOf(diff: number, tol: number, polarity: PolarityKind | null): ComparisonVerdict {
  if (polarity !== 'higher' && polarity !== 'lower') return 'not-judged';
  if (Math.abs(diff) <= tol + EPS) return 'in-line';
  const better = polarity === 'higher' ? diff > 0 : diff < 0;
  return better ? 'better' : 'worse';
}

/** "6 per 10K above the national average of 42 (smaller is better)", in the variance text's style. */
export function comparisonText(
  actual: Reading,
  theirs: Reading,
  name: string,
  verdict: ComparisonVerdict,
  polarity: PolarityKind | null,
  per: number | undefined,
): string {
  const decimals = Math.max(actual.decimals, theirs.decimals);
  const diff = shown(actual) - shown(theirs);
  // The comparator is quoted as the variance text quotes a target: its figure, the unit said once in the size.
  // Durations are quoted as clocks ("0:20 below the national average of 1:50").
  const clock = actual.duration === true;
  const quoted = `${name} of ${clock ? formatDuration(theirs.value, decimals) : formatNumber(theirs.value, theirs.decimals, theirs.grouping, actual.percent)}`;
  if (Math.abs(diff) < EPS || roundTo(Math.abs(diff), decimals) === 0) return `Level with ${quoted}`;
  const words = clock
    ? formatDuration(Math.abs(diff), decimals)
    : sizeWords(Math.abs(diff), decimals, actual.grouping, actual.percent, actual.percent ? undefined : per);
  const line = `${words} ${diff > 0 ? 'above' : 'below'} ${quoted}`;
  return verdict === 'in-line'
    ? `In line with ${quoted} (${words} ${diff > 0 ? 'above' : 'below'})`
    : `${line}${polarityWords(polarity)}`;
}

/** judge's empty answers, shared: read only (compareIndicator copies the notes, reads the thresholds). */
const NO_THRESHOLDS: readonly Threshold[] = Object.freeze([]);
const NO_NOTES: readonly string[] = Object.freeze([]);

function judge(
  ind: ScoredIndicator,
  rules: ComparisonRules,
): { list: IndicatorComparison[]; thresholds: readonly Threshold[]; notes: readonly string[] } {
  const list: IndicatorComparison[] = [];
  const actual = ind.actual;
  const comparators = ind.source.comparators ?? [];
  // Most rows have no comparator: nothing to read, not even the name's "per 10K", and no lists made
  // but the one the indicator keeps.
  if (!actual || (Array.isArray(comparators) && comparators.length === 0))
    return { list, thresholds: NO_THRESHOLDS, notes: NO_NOTES };
  const thresholds: Threshold[] = [];
  const notes: string[] = [];
  const per = indicatorPer(ind);
  for (const c of comparators) {
    const meaning = comparatorMeaning(c.label, c.kind);
    if (meaning.kind === 'area') continue;
    const read = readComparator(c, meaning, actual, per);
    if ('skip' in read) {
      notes.push(`Not compared: ${read.skip}.`);
      continue;
    }
    const theirs = read.reading;
    if (meaning.kind === 'quartile') {
      thresholds.push({ label: c.label, edge: meaning.edge ?? 'median', value: theirs.value, cell: c.source.cell });
      continue;
    }
    const diff = shown(actual) - shown(theirs);
    const verdict = verdictOf(diff, toleranceAmount(rules.inLine, shown(theirs)), ind.polarity);
    list.push({
      label: c.label,
      kind: meaning.kind,
      name: meaning.name,
      value: { ...theirs, percent: actual.percent },
      cell: c.source.cell,
      verdict,
      difference: diff,
      relative: shown(theirs) === 0 ? null : diff / Math.abs(shown(theirs)),
      text: comparisonText(actual, theirs, meaning.name, verdict, ind.polarity, per),
    });
  }
  return { list, thresholds, notes };
}

const NATIONAL_STATUS: Record<Exclude<ComparisonVerdict, 'not-judged'>, Status> = {
  better: 'GREEN',
  'in-line': 'AMBER',
  worse: 'RED',
};

/** Rated statuses a comparator may replace; NO_DATA and NOT_SCORED stay what they are. */
const REPLACEABLE = new Set<Status>(['GREEN', 'AMBER', 'RED', 'BLUE', 'NO_TARGET']);

/** Under "compare-with-national", the national verdict sets the status. */
function rateAgainstNational(ind: ScoredIndicator, rules: Rules): void {
  const national = ind.comparisons?.find((c) => c.kind === 'national' && c.verdict !== 'not-judged');
  if (!national || !REPLACEABLE.has(ind.status) || national.verdict === 'not-judged') return;
  const status = NATIONAL_STATUS[national.verdict];
  ind.status = status;
  ind.statusLabel = rules.status?.[status]?.label ?? status;
  ind.notes.push(`Rated against ${national.name} (the rules compare with national): ${national.text}.`);
  if (!ind.varianceText) ind.varianceText = national.text;
}

/**
 * Adds comparisons, quartile band and area ratings to a scored indicator (in place, and returned).
 * Never throws: a comparator that cannot be read is left out with a note.
 */
export function compareIndicator(ind: ScoredIndicator, rules: Rules): ScoredIndicator {
  try {
    const cmp = comparisonRules(rules);
    const { list, thresholds, notes } = judge(ind, cmp);
    ind.comparisons = list;
    ind.notes.push(...notes);
    if (ind.actual && thresholds.length > 0) {
      const q = quartileBand(ind.actual, thresholds, ind.polarity, ind.polaritySource === 'assumed');
      if (q) ind.quartile = q;
      else
        ind.notes.push(
          ind.polarity === 'higher' || ind.polarity === 'lower'
            ? 'Not banded: the quartile thresholds given do not place the figure in one band.'
            : 'Not banded: quartile bands need to know which way is good.',
        );
    }
    const areas = compareAreas(ind, rules);
    if (areas) ind.areas = areas;
    if (cmp.scheme === 'compare-with-national') rateAgainstNational(ind, rules);
  } catch {
    ind.comparisons ??= [];
  }
  return ind;
}

/** The same, shaped for the scorer's result, so the engine's hook is one call. */
export function withComparisons<T extends { scored: ScoredIndicator }>(result: T, rules: Rules): T {
  compareIndicator(result.scored, rules);
  return result;
}
