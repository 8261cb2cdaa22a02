/**
 * Metrics across (metrics-across.ts), evidence step 2b: a column of names left of the periods says
 * the rows are indicators (a register with per-row periods) or a long table's rows, not periods of
 * metrics across.
 */
import { columnContent, figureCells, textCells, type ColumnContent } from './column-content';
import { nameScore } from './column-evidence';
import type { Grid } from './grid';
import { nameHeaderColumn } from './name-column';

/** How well a names column must read as distinct labels for the rows to be indicators. */
const NAMES_FIT = 0.5;

/**
 * Evidence step 2b: periods down means the period labels ARE the rows' labels. A column headed as
 * the names ("Indicator", "Measure") left of the period column, holding distinct text labels on
 * the same rows, says each row is an indicator and the periods are when its figure is from
 * ("Indicator | Latest period | Latest data | Previous period | Previous data | Target").
 */
export function namesLeftOfPeriods(grid: Grid, r: number, periodCol: number, last: number): boolean {
  const names = nameHeaderColumn(grid, r);
  if (names < 0 || names >= periodCol) return false;
  const content = columnContent(grid, r, names, last);
  return nameScore(content) >= NAMES_FIT || namesRepeatWithPeriods(content);
}

/**
 * The same evidence in long format ("Metric | Date | Value | Mean | UCL | Target", a row per
 * metric per date): the names column holds text labels on nearly every row, repeated (each name
 * once per period), never figures or periods. Each row is then a metric's figure for its date, and
 * the other numeric columns are its statistics, not metrics of their own (before, "Value", "Mean"
 * and "UCL" were each read as a metric across the dates).
 */
function namesRepeatWithPeriods(c: ColumnContent): boolean {
  const text = textCells(c);
  return (
    c.filled >= 2 &&
    text >= c.filled * NAMES_TEXT_SHARE &&
    figureCells(c) + c.periods === 0 &&
    c.distinctText >= 1 &&
    c.distinctText < text
  );
}

/** Share of a long table's names column that must be text labels. */
const NAMES_TEXT_SHARE = 0.8;
