/**
 * Area columns (EAST, NWC, SOUTH, MASH) are breakdowns of the same indicator: each area's figure is
 * rated against the indicator's own target with the same rules, and the areas that stand out are
 * named ("SOUTH 69 per 10K, RED; EAST and NWC GREEN"). Without a target, areas are judged against
 * the council's own figure. Areas that are counts adding up to the total are parts of it, not rates:
 * a council-wide count target says nothing about one area, so they are described, not rated.
 */
import type { Reading, ScoredIndicator, Status } from '../model';
import type { Rules } from '../rules/types';
import { readValue } from '../values/read';
import { comparisonRules, figureText, indicatorPer, listWords } from './compare-text';
import type { AreaBreakdown, AreaRating } from './compare-types';
import { findOverride } from './overrides';
import { scoreStatus, shown, toleranceAmount } from './status';

/** Worst first, for naming outliers. */
const SEVERITY: Record<Status, number> = {
  RED: 0,
  AMBER: 1,
  GREEN: 2,
  BLUE: 3,
  NO_TARGET: 4,
  NO_DATA: 5,
  NOT_SCORED: 6,
};

interface AreaFigure {
  label: string;
  cell: AreaRating['cell'];
  value: Reading;
  statusCell?: AreaRating['cell'];
}

function readAreas(ind: ScoredIndicator): AreaFigure[] {
  const percent = ind.actual?.percent ?? false;
  const out: AreaFigure[] = [];
  for (const c of ind.source.comparators ?? []) {
    if (c.kind !== 'area') continue;
    const r = readValue(c.source, { percentUnit: percent });
    if (r.kind !== 'number') continue;
    const a: AreaFigure = { label: c.label.trim(), cell: c.source.cell, value: r.reading };
    if (c.statusCell) a.statusCell = c.statusCell;
    out.push(a);
  }
  return out;
}

/** Counts that add up to (most of) the total are parts of it, not rates of their own. */
function partsOfWhole(ind: ScoredIndicator, areas: AreaFigure[]): boolean {
  if (!ind.actual || ind.actual.percent || indicatorPer(ind) || /\brate\b/i.test(ind.source.name)) return false;
  const sum = areas.reduce((n, a) => n + a.value.value, 0);
  const total = ind.actual.value;
  return total > 0 && sum >= 0.5 * total && sum <= 1.1 * total;
}

function groupText(ratings: AreaRating[], word: (s: Status) => string, per: number | undefined): string {
  const statuses = [...new Set(ratings.map((r) => r.status))].sort((a, b) => SEVERITY[a] - SEVERITY[b]);
  if (statuses.length === 1) {
    const names = ratings.map((r) => r.label);
    return `${names.length === 1 ? names[0] : `${listWords(names)} all`} ${word(statuses[0])}`;
  }
  const [worst, ...rest] = statuses;
  const parts = ratings
    .filter((r) => r.status === worst)
    .map((r) => `${r.label} ${figureText(r.value, per)}, ${word(worst)}`);
  for (const s of rest)
    parts.push(`${listWords(ratings.filter((r) => r.status === s).map((r) => r.label))} ${word(s)}`);
  return parts.join('; ');
}

/** Against the council's own figure, where there is no target to rate areas against. */
function againstCouncil(ind: ScoredIndicator, areas: AreaFigure[], rules: Rules): AreaBreakdown {
  const per = indicatorPer(ind);
  const ratings: AreaRating[] = areas.map((a) => ({ ...a, status: 'NO_TARGET' }));
  const actual = ind.actual!;
  const ours = figureText(actual, undefined);
  const tol = toleranceAmount(comparisonRules(rules).inLine, shown(actual));
  const diffs = areas.map((a) => ({ a, d: shown(a.value) - shown(actual) }));
  if (ind.polarity === 'higher' || ind.polarity === 'lower') {
    const sign = ind.polarity === 'higher' ? 1 : -1;
    const worse = diffs.filter((x) => sign * x.d < -tol).sort((x, y) => sign * x.d - sign * y.d);
    const better = diffs.filter((x) => sign * x.d > tol).map((x) => x.a.label);
    if (worse.length === 0) return { ratings, outliers: [], text: `No area is worse than the council's ${ours}` };
    const named = worse.map((x) => `${x.a.label} ${figureText(x.a.value, per)}`);
    const tail = better.length > 0 ? `; ${listWords(better)} better` : '';
    return {
      ratings,
      outliers: worse.map((x) => x.a.label),
      text: `${listWords(named)}, worse than the council's ${ours}${tail}`,
    };
  }
  const far = [...diffs].sort((x, y) => Math.abs(y.d) - Math.abs(x.d))[0];
  if (!far || Math.abs(far.d) <= tol)
    return { ratings, outliers: [], text: `Every area is close to the council's ${ours}` };
  return {
    ratings,
    outliers: [far.a.label],
    text: `${far.a.label} ${figureText(far.a.value, per)}, furthest from the council's ${ours}`,
  };
}

/** The area ratings and outliers, or undefined when the indicator has no area figures. */
export function compareAreas(ind: ScoredIndicator, rules: Rules): AreaBreakdown | undefined {
  const areas = readAreas(ind);
  if (areas.length === 0) return undefined;
  const per = indicatorPer(ind);
  if (partsOfWhole(ind, areas)) {
    const total = areas.reduce((n, a) => n + a.value.value, 0);
    return {
      ratings: areas.map((a) => ({ ...a, status: 'NO_TARGET' })),
      outliers: [],
      text: `The areas are counts that make up the total (${listWords(areas.map((a) => `${a.label} ${figureText(a.value, per)}`))}; ${Math.round(total)} in all), so they are not rated against its target`,
    };
  }
  const polarity = ind.polarity;
  const target = ind.target;
  if (!target || !polarity) {
    if (!ind.actual) return { ratings: areas.map((a) => ({ ...a, status: 'NO_TARGET' })), outliers: [], text: '' };
    return againstCouncil(ind, areas, rules);
  }
  const override = findOverride(ind.source, rules);
  const ratings: AreaRating[] = areas.map((a) => ({
    ...a,
    status: scoreStatus({
      actual: a.value,
      target,
      polarity,
      scheme: rules.scheme,
      tolerance: override?.tolerance ?? rules.tolerance,
      exceedMargin: rules.exceedMargin,
      improvedOnLastYear: null,
    }),
  }));
  const word = (s: Status): string => s;
  const worst = Math.min(...ratings.map((r) => SEVERITY[r.status]));
  const outliers = ratings.every((r) => SEVERITY[r.status] === worst)
    ? []
    : ratings.filter((r) => SEVERITY[r.status] === worst).map((r) => r.label);
  return { ratings, outliers, text: groupText(ratings, word, per) };
}
