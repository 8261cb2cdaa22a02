/**
 * KPI tiles, a dashboard's cards: a row of short titles ("Annual Recurring Revenue | Active
 * Customers | Net Revenue Retention"), each over its figure one or two rows below, often with a
 * line under the figure ("vs Jan-24", "benchmark: >110%"). A figure is a number, a number stored as
 * text ("4,820", "£38.20", "91%"), or a formula the file was saved without a value for (a generated
 * dashboard that Excel computes on opening).
 *
 * Evidence, each step named in readTiles:
 * - titles: two or more short text cells on a row holding nothing else, none a period, and at most
 *   one a table's role word ("Avg NPS Score"; "Measure | Target" heads a table, read elsewhere);
 * - figures: under every title, within two rows, a number or a formula, all on one row holding
 *   nothing but figures;
 * - not a table: the row under the figures holds no figures under the titles (a header over rows of
 *   figures is a table, not tiles).
 * Read last, so only cells no other reading took are tiles.
 *
 * Each tile is an indicator with one figure and no period: NO_TARGET with a figure, NO_DATA for a
 * formula saved without one (the note says so). A tile has no cell of its own for a status (every
 * cell around it is the dashboard's design), so nothing is written: one warning per row of tiles
 * says the results are in the report and the summary only.
 */
import { parseA1 } from '../a1';
import type { IndicatorSource } from '../model';
import { parsePeriodText } from '../periods';
import { keywordRole } from './column-words';
import { indicatorId, warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { propose, proposeReading } from './readings/choose';
import { readTileLines } from './tile-lines';
import { numericValue } from '../values/read';

/** Titles are short labels; longer text is a heading or a note. */
const MAX_TITLE = 40;
/** How far below its title a tile's figure may sit. */
const FIGURE_REACH = 2;

interface Tile {
  col: number;
  figureRow: number;
}

/** Step 1, titles: the row's cells, each a short label that is neither a period nor a role word. */
function titlesOf(grid: Grid, r: number): number[] | null {
  if (grid.rowFilled[r] < 2 || grid.rowClaimed(r)) return null;
  const cols: number[] = [];
  let roles = 0;
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c)) continue;
    // A figure stored as text is a figure, not a title.
    if (!grid.isString(r, c) || isFigureText(grid.value(r, c))) return null;
    const lower = grid.lower(r, c);
    // A bracketed aside says how the figure is made ("Staff turnover (rolling 12m)"), not that the title is a period.
    if (lower.length > MAX_TITLE || parsePeriodText(withoutAside(lower), false) !== null) return null;
    // One title may end in a role word ("Avg NPS Score"); two are a table's header ("KPI | Value").
    if (keywordRole(lower) !== null && ++roles > 1) return null;
    cols.push(c);
  }
  return cols.length >= 2 ? cols : null;
}

function withoutAside(lower: string): string {
  return lower.includes('(') ? lower.replace(/\s*\([^()]*\)\s*/g, ' ').trim() : lower;
}

/** A figure cell: a number, a number stored as text ("4,820", "£1.24m", "91%"), or a formula saved without a value. */
function isFigure(grid: Grid, r: number, c: number): boolean {
  if (grid.isBlank(r, c)) return grid.isFormula(r, c);
  const v = grid.value(r, c);
  return typeof v === 'number' || isFigureText(v);
}

/** Text that reads as one number: dashboards exported or typed as text show their figures so. */
function isFigureText(v: unknown): boolean {
  return typeof v === 'string' && numericValue(v) !== null;
}

/** Step 2, figures: one row under the titles holding a figure under each and nothing else. */
function figuresUnder(grid: Grid, r: number, titles: readonly number[]): Tile[] | null {
  for (let fr = r + 1; fr <= r + FIGURE_REACH && fr < grid.rows; fr++) {
    if (!titles.every((c) => isFigure(grid, fr, c))) continue;
    if (grid.rowClaimed(fr)) return null;
    // Nothing but figures on the row: a row of words and numbers is a table's body.
    for (let c = grid.rowFirst[fr]; c >= 0 && c <= grid.rowLast[fr]; c++)
      if (grid.isString(fr, c) && !isFigureText(grid.value(fr, c))) return null;
    return titles.map((col) => ({ col, figureRow: fr }));
  }
  return null;
}

/** Step 3, not a table: the row under the figures holds none under the titles. */
function endsAtFigures(grid: Grid, tiles: readonly Tile[]): boolean {
  const next = tiles[0].figureRow + 1;
  if (next >= grid.rows) return true;
  return tiles.every((t) => !isFigure(grid, next, t.col));
}

function tileIndicator(grid: Grid, r: number, t: Tile, lines: { last: number }): IndicatorSource {
  const ind: IndicatorSource = {
    id: indicatorId(grid, r, t.col),
    sheet: grid.name,
    layout: 'card',
    table: -1,
    name: grid.trimmed(r, t.col),
    nameCell: grid.ref(r, t.col),
    values: [],
    comparators: [],
  };
  if (!grid.isBlank(t.figureRow, t.col)) {
    const label = grid.trimmed(r, t.col);
    ind.values.push({ period: { kind: 'date', label, order: 0 }, source: grid.source(t.figureRow, t.col) });
    lines.last = Math.max(lines.last, readTileLines(grid, t.figureRow, t.col, ind));
  } else {
    ind.targetNote = `Its figure in ${grid.a1(t.figureRow, t.col)} is a formula the file was saved without a value for (Excel computes it on opening): no figure to score.`;
  }
  return ind;
}

function dropWarningsWithin(ctx: DetectContext, r0: number, r1: number, c0: number, c1: number): void {
  const grid = ctx.grid;
  const top = grid.ref(r0, c0);
  const bottom = grid.ref(r1, c1);
  ctx.warnings = ctx.warnings.filter((w) => {
    const ref = w.sheet === grid.name && w.cell ? parseA1(w.cell) : null;
    return !ref || ref.row < top.row || ref.row > bottom.row || ref.col < top.col || ref.col > bottom.col;
  });
}

/** Find every row of KPI tiles not already claimed. */
export function detectTiles(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 0; r + 1 < grid.rows; r++) {
    const titles = titlesOf(grid, r);
    if (!titles) continue;
    const tiles = figuresUnder(grid, r, titles);
    if (!tiles || !endsAtFigures(grid, tiles)) continue;
    const c0 = tiles[0].col;
    const c1 = tiles[tiles.length - 1].col;
    const lines = { last: tiles[0].figureRow };
    const indicators = tiles.map((t) => tileIndicator(grid, r, t, lines));
    // The tiles take their lines too ("Target: 90%" under each figure).
    const r1 = lines.last;
    const table: TableDraft = { layout: 'card', r0: r, c0, r1, c1, indicators };
    const build = (): void => {
      ctx.tables.push(table);
      grid.claim(r, c0, r1 - r + 1, c1 - c0 + 1);
      // A row of "Target: ..." lines read as a header with no name column was warned about by the
      // register scan: those lines are the tiles', so the warning no longer stands.
      dropWarningsWithin(ctx, r, r1, c0, c1);
      warn(
        ctx,
        r,
        c0,
        `The tiles at ${grid.a1(r, c0)} (${indicators.length} figures under their titles) have no cell for a status: their results are in the report and the summary, and nothing is written on the dashboard.`,
      );
    };
    const evidence = [
      { step: 'titles', found: `${titles.length} short titles on row ${r + 1}`, fit: 1 },
      { step: 'figures', found: `a figure under each, on row ${r1 + 1}`, fit: 1 },
    ];
    propose(ctx, [proposeReading('tile', { r0: r, c0, r1, c1 }, evidence, { build })]);
    r = r1;
  }
}
