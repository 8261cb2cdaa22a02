/**
 * One measure, one polarity. Rows of a table that are the same measure (the same name, or the same
 * code, across areas, organisations or units) share their evidence: the strongest kind of evidence
 * any row has decides for every row, by the majority of the rows that have it, and where rows (or
 * a row's weaker evidence) disagree, one warning says so for the measure, not one per row.
 *
 * A register of one overtime measure across 44 units whose author rated 24 rows in a way only
 * "smaller is better" explains is smaller-is-better on all 44, not assumed bigger on the other 20.
 * Cards and metric blocks are left alone: their row labels ("Rate per 10K", "Target") repeat
 * across different measures.
 */
import { toA1 } from '../../a1';
import type { IndicatorSource, PolarityKind, Warning } from '../../model';
import type { PolarityResult } from './resolve-polarity';
import { polarityWords, type EvidenceKind, type PolarityEvidence } from './types';

/** Strongest first, as SCORING.md orders the evidence. */
const RANK: Record<EvidenceKind, number> = { field: 0, target: 1, baseline: 2, wording: 3, ratings: 4, arithmetic: 5 };

export interface MeasureRow {
  source: IndicatorSource;
  /** The row's own evidence in SCORING.md order; null = that step found nothing. */
  evidence: readonly (PolarityEvidence | null)[];
}

export interface MeasureDecision {
  /** Per row: the measure's polarity, or undefined where the row keeps its own (a lone row, a band). */
  shared: (PolarityResult | undefined)[];
  /** One per measure whose rows disagree, at the measure's first row (`row`: its index in the rows given). */
  warnings: { row: number; warning: Warning }[];
}

const GROUPED_LAYOUTS = new Set(['register', 'time-series', 'mapped']);

/** A name as the same measure is written on every row: case, spacing and trailing marks aside. */
function nameKey(name: unknown): string {
  if (typeof name !== 'string') return '';
  const lower = (name.length > 200 ? name.slice(0, 200) : name).toLowerCase();
  // Most names need nothing more: the replacements run only where a mark they remove is present.
  if (!/\s\s|[\t\n\r]|[\s.:;*]$|^\s/.test(lower)) return lower;
  return lower
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;*]+$/, '')
    .trim();
}

/**
 * Rows grouped into measures: same table, and the same name or the same code (union of both). Only
 * groups of two or more rows; the sources alone decide them, before any row is scored.
 */
export function measureGroups(sources: readonly IndicatorSource[]): number[][] {
  const parent = new Int32Array(sources.length);
  for (let i = 0; i < sources.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  // Per sheet and table, the first row of each name and of each code.
  const tables = new Map<string, { names: Map<string, number>; codes: Map<string, number> }>();
  let joined = false;
  const link = (keys: Map<string, number>, key: string, i: number): void => {
    const first = keys.get(key);
    if (first === undefined) keys.set(key, i);
    else {
      parent[find(i)] = find(first);
      joined = true;
    }
  };
  // Rows come table by table: the previous row's table is looked up again without a key string.
  let lastSheet: unknown;
  let lastTable: unknown;
  let t: { names: Map<string, number>; codes: Map<string, number> } | undefined;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (!GROUPED_LAYOUTS.has(s.layout)) continue;
    if (!t || s.sheet !== lastSheet || s.table !== lastTable) {
      const tableKey = `${s.sheet}\u0000${s.table}`;
      t = tables.get(tableKey);
      if (!t) tables.set(tableKey, (t = { names: new Map(), codes: new Map() }));
      lastSheet = s.sheet;
      lastTable = s.table;
    }
    // Rows that name their units beside one measure are that measure's rows.
    const n = nameKey(s.measure ?? s.name);
    if (n) link(t.names, n, i);
    const code = typeof s.code === 'string' ? s.code.trim().toLowerCase() : '';
    if (code) link(t.codes, code, i);
  }
  if (!joined) return [];
  const groups = new Map<number, number[]>();
  for (let i = 0; i < sources.length; i++) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

function directional(e: PolarityEvidence | null): e is PolarityEvidence & { polarity: 'higher' | 'lower' } {
  return e !== null && e.polarity !== 'band';
}

/** The measure's decision for one group of rows, and its one warning where they disagree. */
function decide(rows: readonly (MeasureRow | undefined)[], group: number[], out: MeasureDecision): void {
  // Every member of a group is given (decideMeasures' contract).
  const row = (i: number): MeasureRow => rows[i]!;
  // A row whose own strongest evidence is a band keeps it: a band is about that row's own target.
  const members = group.filter((i) => {
    const own = row(i).evidence.find((e) => e !== null);
    return !own || own.polarity !== 'band';
  });
  let best = Infinity;
  for (const i of members)
    for (const e of row(i).evidence) if (directional(e) && RANK[e.kind] < best) best = RANK[e.kind];
  if (!Number.isFinite(best)) return;
  const votes: Record<'higher' | 'lower', PolarityEvidence[]> = { higher: [], lower: [] };
  for (const i of members) {
    const e = row(i).evidence.find((x) => directional(x) && RANK[x.kind] === best);
    if (e) votes[e.polarity as 'higher' | 'lower'].push(e);
  }
  const first = row(group[0]).source;
  // The measure's own words where the rows name their units beside it.
  const label = first.measure ?? first.name;
  const name = typeof label === 'string' ? label.slice(0, 200) : '';
  const at = (() => {
    try {
      return toA1(first.nameCell);
    } catch {
      return '';
    }
  })();
  const h = votes.higher.length;
  const l = votes.lower.length;
  if (h === l) {
    // No majority at the strongest evidence: each row keeps its own, and the measure says so once.
    out.warnings.push({
      row: group[0],
      warning: {
        sheet: first.sheet,
        cell: at,
        message: `"${name}": the ${group.length} rows of this measure disagree on which way is good (${h} say bigger is better, ${l} smaller), so each row keeps its own evidence. Set the polarity in the pane or with a rule override.`,
      },
    });
    return;
  }
  const polarity: PolarityKind = h > l ? 'higher' : 'lower';
  const winners = votes[polarity];
  const losers = votes[polarity === 'higher' ? 'lower' : 'higher'];
  const rep = winners[0];
  const how = `${polarityWords(polarity)}, from ${rep.says}`;
  const tally = `${winners.length} of its ${group.length} rows`;
  // Weaker evidence on any row that points the other way, for the one warning.
  let against: PolarityEvidence | undefined = losers[0];
  let againstRows = losers.length;
  if (!against) {
    for (const i of members) {
      const e = row(i).evidence.find((x) => directional(x) && x.polarity !== polarity);
      if (e) {
        against ??= e;
        againstRows++;
      }
    }
  }
  let conflict: string | undefined;
  if (against) {
    conflict = `the evidence disagrees on which way is good: ${how} on ${winners.length} of ${group.length} rows (used for all of them), but ${polarityWords(against.polarity)}, from ${against.says} on ${againstRows} row${againstRows === 1 ? '' : 's'}.`;
    out.warnings.push({ row: group[0], warning: { sheet: first.sheet, cell: at, message: `"${name}": ${conflict}` } });
  }
  for (const i of members) {
    // The row's own evidence where it agrees; else the evidence of the measure's other rows.
    const own = row(i).evidence.find((x) => x !== null && RANK[x.kind] === best && x.polarity === polarity);
    const note = own
      ? `Polarity: ${polarityWords(polarity)}, from ${own.says} (as on ${tally}; rows of one measure share one polarity).`
      : `Polarity: ${polarityWords(polarity)}, from the other rows of this measure (${tally}; e.g. ${rep.says}).`;
    const result: PolarityResult = { polarity, source: rep.kind, note };
    if (conflict) result.conflict = conflict;
    out.shared[i] = result;
  }
}

/**
 * The measure-level polarity for `count` rows grouped by measureGroups: `rows` needs an entry only
 * for the members of a group (rows of no group keep their own polarity and need not be kept).
 */
export function decideMeasures(
  rows: readonly (MeasureRow | undefined)[],
  groups: readonly number[][],
  count: number,
): MeasureDecision {
  const out: MeasureDecision = { shared: new Array<PolarityResult | undefined>(count), warnings: [] };
  for (const group of groups) decide(rows, group, out);
  return out;
}

/** The measure-level polarity for a sheet's rows (any order, any tables). */
export function measurePolarity(rows: readonly MeasureRow[]): MeasureDecision {
  return decideMeasures(rows, measureGroups(rows.map((r) => r.source)), rows.length);
}
