/**
 * Ownership found again after the saved state was lost. Excel's Document Inspector ("Remove hidden
 * worksheets") deletes Scorelight's very hidden sheets with everything they remembered; every
 * earlier status, trend and variance on the sheet would then be taken for the user's content and
 * go stale for good. When a sheet has no record but holds text only Scorelight writes (a variance
 * line: "6 below the target of 50"), the cells that read like our output are taken as ours again,
 * with no fingerprint: the legacy rule then lets a re-score overwrite them while they still read
 * like ours, and never clear them (core/plan/ownership.ts).
 */
import { toA1 } from '../a1';
import { OUR_OUTPUT_RE } from '../detect/grid';
import type { CellRange, SheetSnapshot } from '../snapshot';
import type { SheetState } from './types';

/** Phrases of our variance lines: nobody else writes "below the target of 50 (bigger is better)". */
const SIGNATURE_RE = /\b(above|below) the (band|target) of\b|^(on|meets) the target of\b/;
/** Variance lines OUR_OUTPUT_RE does not know ("On target (95%)", "Within the band of ..."). */
const MORE_VARIANCE_RE = /^on target \(|^within the (band|target) of /;

function inAny(ranges: CellRange[] | undefined, row: number, col: number): boolean {
  return (ranges ?? []).some(
    (r) => row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount,
  );
}

/** A record for a sheet whose own was lost, or null when nothing on it reads like our output. */
export function recoveredSheetState(snapshot: SheetSnapshot): SheetState | null {
  const owned: string[] = [];
  let signed = false;
  snapshot.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== 'string' || v === '') return;
      const r = snapshot.top + i;
      const c = snapshot.left + j;
      if (inAny(snapshot.formulaRanges, r, c)) return;
      const t = v.trim().toLowerCase();
      if (!OUR_OUTPUT_RE.test(t) && !MORE_VARIANCE_RE.test(t)) return;
      if (SIGNATURE_RE.test(t)) signed = true;
      owned.push(toA1({ row: r, col: c }));
    }),
  );
  return signed ? { owned, mappings: [] } : null;
}
