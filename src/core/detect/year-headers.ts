/**
 * Year numbers as period headers: 2016, 2019, 2023 typed as numbers (any order) over columns of
 * figures. One plain number in a header row makes it a data row; two or more distinct whole years
 * (1950 to 2100) in a row that also has text headers, with figures or blanks under them, are
 * periods (SCORING.md: period headers come as text or as numbers).
 */
import type { Period } from '../model';
import { provisionalOrder } from '../periods/order';
import type { Grid } from './grid';
import type { HeaderColumn } from './headers';

const BELOW = 5;

function isYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1950 && v <= 2100;
}

/** Figures, errors or blanks under (r, c): not a column of text labels. */
function figuresBelow(grid: Grid, r: number, c: number): boolean {
  let figures = 0;
  let text = 0;
  for (let rr = r + 1; rr <= Math.min(grid.rows - 1, r + BELOW); rr++) {
    if (grid.isBlank(rr, c)) continue;
    if (grid.isString(rr, c) && !/^[-#]|^n\/?a$/i.test(grid.trimmed(rr, c))) text++;
    else figures++;
  }
  return figures > 0 && text <= figures;
}

/** Year-number header columns of row r in [c0, c1], as period columns; empty when the row has none. */
export function yearNumberPeriods(grid: Grid, r: number, c0: number, c1: number): Map<number, HeaderColumn> {
  const out = new Map<number, HeaderColumn>();
  let text = 0;
  const years: number[] = [];
  for (let c = c0; c <= c1; c++) {
    const v = grid.value(r, c);
    if (grid.isString(r, c)) text++;
    else if (isYear(v) && grid.format(r, c) === 'General') years.push(c);
    else if (typeof v === 'number') return out;
  }
  if (text === 0 || years.length < 2) return out;
  const distinct = new Set(years.map((c) => grid.value(r, c)));
  if (distinct.size !== years.length) return out;
  if (!years.every((c) => figuresBelow(grid, r, c))) return out;
  for (const c of years) {
    const year = grid.value(r, c) as number;
    const period: Period = { kind: 'year', year, label: String(year), order: provisionalOrder({ kind: 'year', year }) };
    out.set(c, { col: c, role: 'period', label: String(year), period, evidence: 'period header' });
  }
  return out;
}
