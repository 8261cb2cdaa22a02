/**
 * Cells that read their source from the grid when asked. A 10,000-indicator sheet with two years of
 * months has 240,000 period cells, and scoring reads a few of each row; building a PeriodCell, a
 * SourceCell and a CellRef for every one up front was a large part of detection, most of it in the
 * garbage collector. One small object per cell instead (what a column's cells share is kept once,
 * in its GridPeriodColumn), and the same PeriodCell and SourceCell to readers.
 */
import type { Period, PeriodCell, SourceCell } from '../model';
import { cellNumber } from '../a1';
import type { CellRef, CellValue } from '../snapshot';
import type { Grid } from './grid';

/** A period column of one table on one grid: what every cell under it shares. */
export class GridPeriodColumn {
  constructor(
    readonly grid: Grid,
    readonly c: number,
    readonly period: Period,
  ) {}
}

export class GridPeriodCell implements PeriodCell, SourceCell {
  readonly #column: GridPeriodColumn;
  readonly #r: number;
  declare fraction?: boolean;

  constructor(column: GridPeriodColumn, r: number) {
    this.#column = column;
    this.#r = r;
  }

  get period(): Period {
    return this.#column.period;
  }

  /** The cell itself answers as the source: its fields below are read from the grid. */
  get source(): SourceCell {
    return this;
  }

  get cell(): CellRef {
    return this.#column.grid.ref(this.#r, this.#column.c);
  }

  /** this.cell.col without making the CellRef: readers that group figures by column ask it of every one. */
  get sheetCol(): number {
    return this.#column.grid.left + this.#column.c;
  }

  /** cellNumber(this.cell) without making the CellRef: the plan marks every figure cell it read. */
  cellNumber(): number {
    return this.#column.grid.cellNumber(this.#r, this.#column.c);
  }

  get value(): CellValue {
    return this.#column.grid.value(this.#r, this.#column.c);
  }

  get numberFormat(): string {
    return this.#column.grid.format(this.#r, this.#column.c);
  }

  get text(): string {
    return this.#column.grid.sourceText(this.#r, this.#column.c);
  }

  /** Serialised as the PeriodCell it stands for (its source is itself). */
  toJSON(): { period: Period; fraction?: boolean } {
    return this.fraction === undefined ? { period: this.period } : { period: this.period, fraction: this.fraction };
  }
}

/** The cell's sheet column; a grid period cell answers without making a CellRef. */
export function sheetColOf(src: SourceCell): number {
  return src instanceof GridPeriodCell ? src.sheetCol : src.cell.col;
}

/** cellNumber (a1.ts) of the cell; a grid period cell answers without making a CellRef. */
export function cellNumberOf(src: SourceCell): number {
  return src instanceof GridPeriodCell ? src.cellNumber() : cellNumber(src.cell);
}
