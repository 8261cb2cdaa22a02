/**
 * Evidence 6 (the weakest a sheet gives): the author's own arithmetic. Where a table's variance
 * formulas take actual minus target on some rows and target minus actual on others, the author has
 * made "positive is good" on every row, so a row written =Target-Actual is smaller-is-better and a
 * row written =Actual-Target bigger-is-better. Where every row is written the same way it is only
 * the author's habit and says nothing. Needs the snapshot's formula text (SheetSnapshot.formulas),
 * which a host may not supply: then this step finds nothing.
 */
import { toA1 } from '../../a1';
import type { CellRef, SheetSnapshot } from '../../snapshot';
import type { PolarityEvidence } from './types';

type Orientation = 'actual-target' | 'target-actual';

/** Longest formula read: a variance is a short expression. */
const MAX_FORMULA = 80;
/** "=D5-E5", "=($D$5-E5)", "=(D5-E5)/E5": a difference of two cells, optionally over a third. */
const DIFFERENCE =
  /^=?\s*\(?\s*\$?([A-Z]{1,3})\$?(\d{1,7})\s*-\s*\$?([A-Z]{1,3})\$?(\d{1,7})\s*\)?(?:\s*\/\s*\$?[A-Z]{1,3}\$?\d{1,7})?\s*$/i;

export interface ArithmeticRow {
  table: number;
  actual?: CellRef;
  target?: CellRef;
}

/** Which way round the row's variance formula takes actual and target, and the formula, or null. */
function orientation(snapshot: SheetSnapshot, row: ArithmeticRow): { way: Orientation; formula: string } | null {
  if (!row.actual || !row.target || row.actual.row !== row.target.row) return null;
  const line = snapshot.formulas?.[row.actual.row - snapshot.top];
  if (!line) return null;
  const actual = toA1(row.actual);
  const target = toA1(row.target);
  for (const f of line) {
    if (typeof f !== 'string' || f === '' || f.length > MAX_FORMULA) continue;
    const m = DIFFERENCE.exec(f);
    if (!m) continue;
    const left = `${m[1]}${m[2]}`.toUpperCase();
    const right = `${m[3]}${m[4]}`.toUpperCase();
    if (left === actual && right === target) return { way: 'actual-target', formula: f };
    if (left === target && right === actual) return { way: 'target-actual', formula: f };
  }
  return null;
}

/** Per row, the arithmetic evidence (null where there is none), judged table by table. */
export function polarityFromArithmetic(
  snapshot: SheetSnapshot | undefined,
  rows: readonly ArithmeticRow[],
): (PolarityEvidence | null)[] {
  const out: (PolarityEvidence | null)[] = rows.map(() => null);
  if (!snapshot?.formulas) return out;
  const found = rows.map((r) => {
    try {
      return orientation(snapshot, r);
    } catch {
      return null;
    }
  });
  const ways = new Map<number, Set<Orientation>>();
  found.forEach((f, i) => {
    if (!f) return;
    const set = ways.get(rows[i].table) ?? new Set<Orientation>();
    set.add(f.way);
    ways.set(rows[i].table, set);
  });
  found.forEach((f, i) => {
    // Only a table that writes both ways says anything.
    if (!f || (ways.get(rows[i].table)?.size ?? 0) < 2) return;
    const lower = f.way === 'target-actual';
    out[i] = {
      kind: 'arithmetic',
      polarity: lower ? 'lower' : 'higher',
      says: `the author's variance formula '${f.formula}' (${lower ? 'target minus actual' : 'actual minus target'}, where other rows of the table take it the other way round)`,
    };
  });
  return out;
}
