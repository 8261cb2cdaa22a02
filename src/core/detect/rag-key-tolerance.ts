/**
 * The tolerance a sheet's RAG key states: "Amber | Within 10% of target", "Red: more than 10% below
 * target", "A = up to 5 percentage points off target". The author's own line between amber and red,
 * for every indicator of the sheet that has no tolerance of its own (SCORING.md: the tolerance
 * "differs between councils"; an indicator or the rules may give another than the 5% default).
 *
 * Evidence, in order: a short line, under or beside the table, that names amber or red (in the
 * line itself, or as the key row's label just left of it) and states a distance from the target, as a percentage of it or in points. Where the amber
 * and red lines disagree, the key is not used: a key that contradicts itself says nothing sure.
 */
import type { KeyTolerance } from '../model';
import { ratingOf } from '../scoring/rating-words';
import type { Grid } from './grid';

/** Key lines are short. */
const MAX_LINE = 160;

const FIGURE = '(\\d{1,2}(?:\\.\\d{1,2})?)';
const TARGET = '(?:the )?(?:target|tgt)';
const OFF = '(?:below|under|short of|off|worse than|away from|from|outside|adrift of|missed by|of)';
const UNIT = '(%|per ?cent|percentage points?|pp|ppts?|points?)';

/** Amber's edge: "within 10% of target", "up to 5% below target", "0-10% below target", "less than 10% off target". */
const AMBER_EDGE = new RegExp(
  `\\b(?:within|up to|no more than|not more than|less than|under|0 ?[-–] ?)\\s?${FIGURE}\\s?${UNIT}\\s?(?:or less\\s)?${OFF}\\s${TARGET}\\b`,
);
/** Red's edge: "more than 10% below target", "over 10% off target", "10% or more below target". */
const RED_EDGE = new RegExp(
  `\\b(?:more than|over|greater than|beyond|exceeds?|>)\\s?${FIGURE}\\s?${UNIT}\\s?${OFF}\\s${TARGET}\\b|\\b${FIGURE}\\s?${UNIT}\\s(?:or more|and over|\\+)\\s${OFF}\\s${TARGET}\\b`,
);

/** The status a key phrase's distance from target names ("within 5% of target": AMBER, "more than 5% off target": RED), or null. */
export function distanceStatus(phrase: string): 'AMBER' | 'RED' | null {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (AMBER_EDGE.test(lower)) return 'AMBER';
  return RED_EDGE.test(lower) ? 'RED' : null;
}

interface Edge {
  status: 'AMBER' | 'RED';
  value: number;
  points: boolean;
  ofTarget: boolean;
  cell: string;
  text: string;
}

function edgeIn(text: string, cell: string, status: 'AMBER' | 'RED' | null): Edge | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const amber = AMBER_EDGE.exec(lower);
  const red = amber ? null : RED_EDGE.exec(lower);
  const m = amber ?? red;
  if (!m) return null;
  // The line's own colour word, else the key row's label beside it; a line that is neither is not a key.
  const says = /\bamber\b/.test(lower) ? 'AMBER' : /\bred\b/.test(lower) ? 'RED' : status;
  if (says !== 'AMBER' && says !== 'RED') return null;
  const figure = m[1] ?? m[3];
  const unit = (m[2] ?? m[4] ?? '').toLowerCase();
  return {
    status: says,
    value: Number(figure),
    points: /point|pp/.test(unit),
    ofTarget: /\bof (?:the )?(?:target|tgt)\b/.test(m[0]),
    cell,
    text: text.trim().slice(0, 80),
  };
}

/** The rating a key row's label names ("Amber", "A", "Red:"), in the cell just left of the line. */
function labelStatus(grid: Grid, r: number, c: number): 'AMBER' | 'RED' | null {
  if (c === 0 || !grid.isString(r, c - 1)) return null;
  const t = grid.trimmed(r, c - 1);
  if (t.length > 12) return null;
  const s = ratingOf(t.replace(/[:=\-–]+$/, '').trim());
  return s === 'AMBER' || s === 'RED' ? s : null;
}

/** The sheet's key tolerance, or undefined when the sheet states none (or states two). */
export function findKeyTolerance(grid: Grid): KeyTolerance | undefined {
  const edges: Edge[] = [];
  // Beside a table as well as under it: every short line that names the target and a figure.
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] === 0) continue;
    for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
      if (!grid.isString(r, c)) continue;
      const lower = grid.lower(r, c);
      if (lower.length < 8 || lower.length > MAX_LINE || !/\d/.test(lower) || !/\b(?:target|tgt)\b/.test(lower))
        continue;
      const e = edgeIn(grid.trimmed(r, c), grid.a1(r, c), labelStatus(grid, r, c));
      if (e) edges.push(e);
    }
  }
  if (edges.length === 0) return undefined;
  const first = edges[0];
  if (edges.some((e) => e.value !== first.value || e.points !== first.points)) return undefined;
  return {
    kind: first.points ? 'points' : 'percent-of-target',
    value: first.value,
    ofTarget: edges.some((e) => e.ofTarget),
    cell: first.cell,
    text: first.text,
  };
}
