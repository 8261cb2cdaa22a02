/**
 * Months or quarters not yet reported, filled with 0 by the sheet's formulas: every indicator shows 0
 * from the same period on, where the period before held real figures for most of them. Those zeros
 * are placeholders, not the current period's figures (a table of Calls answered %, Sickness days
 * and Complaints in time all at 0 in October says October has not been reported). A table of counts
 * that are often zero (never events, MRSA cases) is not read so: its last real period must show
 * figures other than 0 for most of its rows.
 */
import type { Grid } from './grid';

/** Fewest rows with figures for the pattern to say anything: two zeros may both be real. */
const MIN_ROWS = 3;

type ColumnFigures = { numbers: number; nonZero: number; other: number };

function figuresIn(grid: Grid, rows: readonly number[], c: number): ColumnFigures {
  const out = { numbers: 0, nonZero: 0, other: 0 };
  for (const r of rows) {
    if (grid.isBlank(r, c)) continue;
    const v = grid.value(r, c);
    if (typeof v !== 'number') out.other++;
    else {
      out.numbers++;
      if (v !== 0) out.nonZero++;
    }
  }
  return out;
}

/**
 * Given `latest`, the index of the newest period column holding a value, the index of the newest
 * column before a run of zero-only placeholder columns, or `latest` when the zeros may be real.
 */
export function beforeZeroPlaceholders(
  grid: Grid,
  rows: readonly number[],
  cols: readonly number[],
  latest: number,
): number {
  let i = latest;
  while (i >= 0) {
    const f = figuresIn(grid, rows, cols[i]);
    if (f.other > 0 || f.nonZero > 0) break;
    i--;
  }
  if (i === latest || i < 0) return latest;
  const real = figuresIn(grid, rows, cols[i]);
  const trailing = figuresIn(grid, rows, cols[latest]);
  const enough = trailing.numbers >= MIN_ROWS && real.numbers >= MIN_ROWS;
  return enough && real.nonZero * 2 >= real.numbers + real.other ? i : latest;
}

/**
 * What to tell the user when the current period (index `current` of `periods`, oldest first) is not
 * the newest column holding figures: the later columns were read as zero placeholders. Null otherwise.
 */
export function zeroPlaceholderNote(
  grid: Grid,
  rows: readonly number[],
  periods: readonly { col: number; period: { label: string } }[],
  current: number,
): string | null {
  let newest = -1;
  for (let i = periods.length - 1; i > current && newest < 0; i--) {
    for (const r of rows) {
      // Only zeros can sit in a column later than the current one (latestFilled passed over them).
      if (grid.value(r, periods[i].col) === 0) {
        newest = i;
        break;
      }
    }
  }
  if (newest < 0 || current < 0) return null;
  const span =
    newest === current + 1
      ? periods[newest].period.label
      : `${periods[current + 1].period.label} to ${periods[newest].period.label}`;
  return `${span} hold 0 in every row, read as not reported yet: ${periods[current].period.label} is the current period. If those zeros are real figures, map the table with that period as the actual.`;
}
