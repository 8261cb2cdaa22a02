/**
 * What each layout detector hands back before the tables are numbered top to bottom: a table with
 * its indicators (their `table` index is set once all layouts have been found) plus warnings.
 */
import type { IndicatorSource, Layout, Period, Warning } from '../model';
import type { AddedColumns } from './types';
import type { Grid } from './grid';
import type { ChosenReading } from './readings/types';

export interface TableDraft {
  layout: Layout;
  /** Extent in grid coordinates (0-based within the snapshot). */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  title?: string;
  currentPeriod?: Period;
  /** In sheet coordinates, as DetectedTable wants them. */
  added?: AddedColumns;
  indicators: IndicatorSource[];
}

export interface DetectContext {
  grid: Grid;
  tables: TableDraft[];
  warnings: Warning[];
  /** The readings chosen, in the order they were built, with their evidence (readings/choose.ts). */
  readings?: ChosenReading[];
}

export function warn(ctx: DetectContext, r: number, c: number, message: string): void {
  ctx.warnings.push({ sheet: ctx.grid.name, cell: r < 0 ? '' : ctx.grid.a1(r, c), message });
}

/** "<sheet>!<A1 of the name cell>": stable for the indicator while the sheet keeps its shape. */
export function indicatorId(grid: Grid, r: number, c: number): string {
  return `${grid.name}!${grid.a1(r, c)}`;
}
