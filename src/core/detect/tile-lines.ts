/**
 * The lines under a KPI tile's figure (tiles.ts): "Target: 90%", "Tgt 45 secs", "Last month: 85%",
 * "Previous: 52". A line is a role word, then its figure (the words of SCORING.md: a target, an
 * earlier figure), in one cell under the tile's figure. The target line is the tile's target, the
 * earlier line its previous figure for the trend. Other lines ("vs Jan-24", "Source: ...") say
 * nothing a rating uses and are left alone.
 */
import type { IndicatorSource, SourceCell } from '../model';
import { parsePeriodText } from '../periods';
import { keywordRole } from './column-words';
import type { Grid } from './grid';

/** How many rows under the figure a tile's lines may run. */
export const LINE_REACH = 3;
/** A line is short: a label and a figure. */
const MAX_LINE = 40;
/** "Target: 90%", "Last month - 85%", "Tgt 45 secs": the label, then text starting with a figure or a bound. */
const LABEL_THEN_FIGURE = /^([^:\d<>≤≥=]{2,24}?)\s*[:=-]?\s*((?:[<>≤≥]=?\s*)?[£$€]?\d.*)$/;

/**
 * A line labelled by a period alone ("Q1: 44.2%", "2023/24: 43%", "Sep-24 - 91%"): a figure from
 * another period than the tile's, as dashboards put last quarter's under this quarter's. A label
 * with a digit only: a month or season word alone is too often something else.
 */
function earlierPeriodLabel(label: string): boolean {
  return /\d/.test(label) && parsePeriodText(label, false) !== null;
}

/** "Q1: 44.2%", "2023/24: 43%": a label with digits needs its colon to end it. */
const PERIOD_THEN_FIGURE = /^([^:<>≤≥=]{2,24}?)\s*:\s*((?:[<>≤≥]=?\s*)?[£$€]?\d.*)$/;

/** The label's role and the figure's text, or null when the line is not a role and a figure. */
function readLine(text: string): { role: 'target' | 'earlier'; label: string; figure: string } | null {
  if (text.length > MAX_LINE) return null;
  const m = LABEL_THEN_FIGURE.exec(text) ?? PERIOD_THEN_FIGURE.exec(text);
  if (!m) return null;
  const label = m[1].trim();
  const role = keywordRole(label) ?? (earlierPeriodLabel(label) ? 'earlier' : null);
  if (role !== 'target' && role !== 'earlier') return null;
  return { role, label, figure: m[2].trim() };
}

/**
 * Reads the lines under one tile's figure into its indicator: the target, and the previous figure
 * put before the current one in its values. Returns the last row a line was read from (the figure's
 * row when none was).
 */
export function readTileLines(grid: Grid, figureRow: number, col: number, ind: IndicatorSource): number {
  let last = figureRow;
  for (let r = figureRow + 1; r <= figureRow + LINE_REACH && r < grid.rows; r++) {
    if (!grid.isString(r, col) || grid.isClaimed(r, col)) break;
    const line = readLine(grid.trimmed(r, col));
    if (!line) break;
    const source: SourceCell = { ...grid.source(r, col), value: line.figure, text: line.figure };
    if (line.role === 'target' && !ind.target) ind.target = source;
    else if (line.role === 'earlier' && ind.values.length === 1)
      ind.values.unshift({ period: { kind: 'date', label: line.label, order: -1 }, source });
    else break;
    last = r;
  }
  return last;
}
