/**
 * A row's target stated in words where its table has no target column (SCORING.md: targets arrive
 * as "keep this number under 20", "at least 95%"; a target is read where the sheet states it):
 * - in the name: "Percentage of calls answered (target 90%)", "Average days to pay (target: 10
 *   days)", "Volunteers recruited - target 200";
 * - in the row's objective, where the table has an Objective / Goal / Aim column: "Increase the
 *   recycling rate to 50% by 2025", "Reduce KSI casualties to fewer than 60 a year" (read as a key
 *   result is: one figure to reach, with a bound or a direction; years and time frames are not it).
 * The target cell is the name's or the objective's own cell holding what it states, so the target
 * reader reads the bound and the unit check applies; the note says where the target came from.
 */
import type { IndicatorSource, SourceCell } from '../model';
import type { Grid } from './grid';
import type { HeaderLayout } from './header-row';
import { readKeyResult } from './key-result-target';

/** "target 90%", "(target: 10 days)", "- target 200", "target of at least 95%", "tgt <5%". */
const TARGET_IN_NAME =
  /(?:^|[\s([,;–-])(?:target|tgt)(?:\s+(?:of|is|level))?\s*[:=]?\s*((?:(?:at least|at most|no more than|less than|fewer than|more than|below|above|under|over)\s+|[<>]=?\s*|[≤≥]\s*)?[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|days?|weeks?|hours?|hrs?|mins?|minutes?|k|m)?\+?)\s*(?:[)\]]|$|[,;]\s)/i;

/** Headers of a column that states each row's aim in a sentence. */
const OBJECTIVE_HEADER =
  /\b(?:objectives?|goals?|aims?|ambitions?|commitments?|pledges?|promises?|what we will (?:do|achieve))\b/i;

/** Longest name read for a target in it. */
const MAX_NAME = 200;

function cellHolding(grid: Grid, r: number, c: number, value: string): SourceCell {
  return { cell: grid.ref(r, c), value, numberFormat: 'General', text: value };
}

/** The target a name states ("... (target 90%)"), as a target cell would hold it, or null. */
export function targetInName(name: string): string | null {
  if (name.length > MAX_NAME) return null;
  const m = TARGET_IN_NAME.exec(name);
  return m ? m[1].trim() : null;
}

/** Sets the row's target from its name or its objective's words, where either states one. */
export function targetFromWords(grid: Grid, h: HeaderLayout, r: number, ind: IndicatorSource): void {
  const inName = targetInName(ind.name);
  if (inName) {
    ind.target = cellHolding(grid, r, h.name, inName);
    ind.targetNote = `Target read from the name: ${inName}.`;
    return;
  }
  for (const col of h.columns) {
    if (col.col === h.name || !OBJECTIVE_HEADER.test(col.label) || !grid.isString(r, col.col)) continue;
    const read = readKeyResult(grid.trimmed(r, col.col), 'objective');
    // An objective with no figure in it is the usual case: nothing to say about it.
    if (read.kind === 'none') continue;
    ind.target = cellHolding(grid, r, col.col, read.target);
    ind.targetNote = read.note;
    return;
  }
}
