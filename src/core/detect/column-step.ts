/**
 * The shape of one content step of the column-role chain (column-evidence.ts): what it reads, what
 * it says it changed, and the helpers the steps share.
 */
import { figureCells, type ColumnContent } from './column-content';
import type { Grid } from './grid';
import type { ColumnRole, HeaderColumn } from './headers';

/** One change a step made: the column, its new role, and why (for the reader's warning). */
export interface RoleFinding {
  col: number;
  from: ColumnRole;
  to: ColumnRole;
  why: string;
}

export interface StepInput {
  grid: Grid;
  row: number;
  columns: HeaderColumn[];
  name: number;
  content: (col: number) => ColumnContent;
  /** The last row whose content speaks for the columns (the table's end, at most CONTENT_ROWS below). */
  last: number;
}

export type RoleStep = (input: StepInput) => { name?: number; measure?: number; findings: RoleFinding[] };

/** Least filled cells a column needs before its content can overrule its header. */
export const MIN_EVIDENCE = 3;

export function retag(col: HeaderColumn, to: ColumnRole, why: string): RoleFinding {
  const f: RoleFinding = { col: col.col, from: col.role, to, why };
  col.role = to;
  col.evidence = 'content';
  return f;
}

/** Cells that read as the figure reached: numbers, numeric text, and counts of a whole ("12 of 20"). */
export function reachedFigures(c: ColumnContent): number {
  return figureCells(c) - c.errors + c.counts;
}
