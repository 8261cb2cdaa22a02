/**
 * Percentages written as fractions: a figure column of 0.87, 0.92 (no percent format) against
 * targets written in points (90, 95), or the reverse. SCORING.md: percentages compare in one
 * representation, so such a column is read as 87%, 92%. Only where the evidence is clear: every
 * figure of the column lies in 0..1 (one at least not a whole number), every figure it is compared
 * with lies above 1 and at most 100, and either a header or the unit says "%", or the figures it is
 * compared with are percentages, or the fractions as points land near them (median ratio 0.5 to 2).
 */
import type { IndicatorSource, SourceCell } from '../model';
import { readValue } from '../values/read';
import type { Grid } from './grid';
import { sheetColOf } from './grid-period-cell';
import { markRowFractions } from './percent-fraction-rows';

const PERCENT_WORDS = /%|\bper ?cent(?:age)?s?\b/i;

interface Column {
  header: string;
  /** Figures read from the column (plain readings; a percent-formatted cell is never a fraction). */
  fractions: boolean;
  whole: boolean;
  count: number;
  /** The first fraction, quoted in the note. */
  example?: number;
}

type Plain = { value: number; percent: boolean } | null;

function plain(src: SourceCell | undefined): Plain {
  if (!src) return null;
  const r = readValue(src);
  return r.kind === 'number' ? { value: r.reading.value, percent: r.reading.percent } : null;
}

function figureCells(ind: IndicatorSource): SourceCell[] {
  const cells = ind.values.map((v) => v.source);
  if (ind.baseline) cells.push(ind.baseline.source);
  return cells;
}

function targetCells(ind: IndicatorSource): SourceCell[] {
  const cells = (ind.targetsByPeriod ?? []).map((t) => t.source);
  if (ind.target) cells.push(ind.target);
  return cells;
}

/** What each column of figures holds, keyed by its sheet column: one cell added. */
function addToColumns(grid: Grid, headerRow: number, cell: SourceCell, into: Map<number, Column>): void {
  const sheetCol = sheetColOf(cell);
  let col = into.get(sheetCol);
  if (!col) {
    col = { header: grid.trimmed(headerRow, sheetCol - grid.left), fractions: true, whole: true, count: 0 };
    into.set(sheetCol, col);
  }
  // A column already shown not to be fractions needs no more reading (most are, at their first figure).
  if (!col.fractions) return;
  const p = plain(cell);
  if (!p) return;
  col.count++;
  if (p.percent || p.value < 0 || p.value > 1) col.fractions = false;
  else if (!Number.isInteger(p.value)) {
    col.whole = false;
    col.example ??= p.value;
  }
}

/** Pairs of (fraction, partner) over the rows, or null when any partner is not in points. */
function pairs(
  indicators: readonly IndicatorSource[],
  own: (ind: IndicatorSource) => SourceCell[],
  partner: (ind: IndicatorSource) => SourceCell[],
  col: number,
): { ratios: number[]; percentPartner: boolean; partnerHeaders: Set<number> } | null {
  const ratios: number[] = [];
  let percentPartner = false;
  const partnerHeaders = new Set<number>();
  for (const ind of indicators) {
    const mine = own(ind).find((c) => sheetColOf(c) === col);
    const f = plain(mine);
    if (!f) continue;
    for (const other of partner(ind)) {
      const p = plain(other);
      if (!p) continue;
      if (p.value <= 1 || p.value > 100) return null;
      if (p.percent) percentPartner = true;
      partnerHeaders.add(sheetColOf(other));
      if (f.value > 0) ratios.push((f.value * 100) / p.value);
    }
  }
  return ratios.length > 0 ? { ratios, percentPartner, partnerHeaders } : null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Mark the cells of fraction columns (SourceCell.fraction) and say so in each indicator's note.
 * `headerRow` is the grid row of the table's header.
 */
export function markPercentFractions(grid: Grid, headerRow: number, indicators: readonly IndicatorSource[]): void {
  const figures = new Map<number, Column>();
  const targets = new Map<number, Column>();
  // Cell by cell, no list per row: this reads every figure of every row.
  for (const ind of indicators) {
    const values = ind.values;
    for (let i = 0; i < values.length; i++) addToColumns(grid, headerRow, values[i].source, figures);
    if (ind.baseline) addToColumns(grid, headerRow, ind.baseline.source, figures);
    const byPeriod = ind.targetsByPeriod;
    if (byPeriod) for (let i = 0; i < byPeriod.length; i++) addToColumns(grid, headerRow, byPeriod[i].source, targets);
    if (ind.target) addToColumns(grid, headerRow, ind.target, targets);
  }
  const unitSaysPercent = indicators.some((i) => typeof i.unitText === 'string' && PERCENT_WORDS.test(i.unitText));
  const chosen = new Map<number, string>();
  const consider = (
    cols: Map<number, Column>,
    own: (ind: IndicatorSource) => SourceCell[],
    partner: (ind: IndicatorSource) => SourceCell[],
    what: string,
    against: string,
  ): void => {
    for (const [col, c] of cols) {
      if (!c.fractions || c.whole || c.count === 0) continue;
      const p = pairs(indicators, own, partner, col);
      if (!p) continue;
      const partnerHeader = [...p.partnerHeaders].some((pc) =>
        PERCENT_WORDS.test(grid.trimmed(headerRow, pc - grid.left)),
      );
      const near = median(p.ratios) >= 0.5 && median(p.ratios) <= 2;
      const saysPercent = PERCENT_WORDS.test(c.header) || partnerHeader || unitSaysPercent || p.percentPartner;
      if (!saysPercent && !near) continue;
      const ex = c.example ?? 0;
      const why = PERCENT_WORDS.test(c.header)
        ? `its header '${c.header.slice(0, 40)}' says %`
        : `the ${against} are in points`;
      chosen.set(
        col,
        `The ${what} in column '${c.header.slice(0, 40)}' are fractions (${ex}) read as percentages (${Number((ex * 100).toPrecision(12))}%): every one lies between 0 and 1, the ${against} they are compared with lie above 1, and ${why}.`,
      );
    }
  };
  consider(figures, figureCells, targetCells, 'figures', 'targets');
  consider(targets, targetCells, figureCells, 'targets', 'figures');
  if (chosen.size > 0) markColumns(indicators, chosen);
  // A row the columns cannot speak for may say it itself: its unit or name says % and its figures
  // land near their targets (markRow), or its target is written as a percentage (percent-fraction-rows.ts).
  for (const ind of indicators) if (ind.fractionNote === undefined) markRow(ind);
  markRowFractions(indicators);
}

function markColumns(indicators: readonly IndicatorSource[], chosen: ReadonlyMap<number, string>): void {
  for (const ind of indicators) {
    const notes = new Set<string>();
    for (const cell of [...figureCells(ind), ...targetCells(ind)]) {
      const note = chosen.get(sheetColOf(cell));
      if (note === undefined) continue;
      cell.fraction = true;
      notes.add(note);
    }
    if (notes.size > 0) ind.fractionNote = [...notes].join(' ');
  }
}

/** The median of fraction x 100 over its partner, over every pair of the row, lies in 0.5 to 2. */
function landsNear(fractions: readonly SourceCell[], partners: readonly SourceCell[]): boolean {
  const ratios: number[] = [];
  for (const a of fractions) {
    const f = plain(a);
    if (!f || f.value <= 0) continue;
    for (const b of partners) {
      const p = plain(b);
      if (p && p.value > 0) ratios.push((f.value * 100) / p.value);
    }
  }
  if (ratios.length === 0) return false;
  const m = median(ratios);
  return m >= 0.5 && m <= 2;
}

/** How a row's cells are written: all fractions (0..1, one at least not whole), all points (above 1, at most 100), or mixed. */
function writtenAs(cells: readonly SourceCell[]): { as: 'fractions' | 'points'; example: number } | null {
  let fractions = 0;
  let points = 0;
  let fractional = false;
  let example = 0;
  for (const cell of cells) {
    const p = plain(cell);
    if (!p) continue;
    if (p.percent) return null;
    if (p.value >= 0 && p.value <= 1) {
      fractions++;
      if (!Number.isInteger(p.value)) {
        fractional = true;
        example ||= p.value;
      }
    } else if (p.value > 1 && p.value <= 100) points++;
    else return null;
    if (fractions > 0 && points > 0) return null;
  }
  if (fractions > 0 && fractional) return { as: 'fractions', example };
  if (points > 0) return { as: 'points', example: 0 };
  return null;
}

/**
 * One row, where the table mixes units and no column is all of one kind (a Unit column saying "%"
 * on some rows, "£k" or "Days" on others): a row whose unit or name says % and whose figures are
 * all fractions (0.87, 0.91) against a target in points (90), or the reverse ("0.85" against 82,
 * 86), is read in one representation (SCORING.md: 25% = 0.25 in a percent cell = 25 in a % column),
 * where as percentages they land near each other (a target of 0.6% against 1.6% stays as it is).
 */
function markRow(ind: IndicatorSource): void {
  const unit = typeof ind.unitText === 'string' ? ind.unitText : '';
  const name = typeof ind.name === 'string' ? ind.name : '';
  if (!PERCENT_WORDS.test(unit) && !/^(?:the\s+)?(?:%|percentage\b|percent\b)/i.test(name)) return;
  const figures = figureCells(ind);
  const targets = targetCells(ind);
  const f = writtenAs(figures);
  const t = writtenAs(targets);
  if (!f || !t || f.as === t.as) return;
  // And read as percentages they land near what they are compared with: 0.3 against a target of 3
  // is 0.3 percentage points, not 30% (small percentages are real figures too).
  if (!landsNear(f.as === 'fractions' ? figures : targets, f.as === 'fractions' ? targets : figures)) return;
  const [fractions, what, against, example] =
    f.as === 'fractions'
      ? [figures, 'figures are', 'target is', f.example]
      : [targets, 'target is', 'figures are', t.example];
  for (const cell of fractions) cell.fraction = true;
  const says = PERCENT_WORDS.test(unit) ? `its unit '${unit.slice(0, 20)}'` : 'its name';
  ind.fractionNote = `The row's ${what} a fraction (${example}) read as a percentage (${Number((example * 100).toPrecision(12))}%): ${says} says %, and its ${against} in points.`;
}
