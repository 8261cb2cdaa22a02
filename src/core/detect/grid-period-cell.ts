/**
 * A period cell that reads its source from the grid when asked. A 5,000-indicator sheet with a year
 * of months has 60,000 period cells, and scoring reads a few of each row; building a PeriodCell, a
 * SourceCell and a CellRef for every one up front was a large part of detection, most of it in the
 * garbage collector. One object per cell instead, and the same PeriodCell and SourceCell to readers.
 */
import type { Period, PeriodCell, SourceCell } from '../model';
import type { CellRef, CellValue } from '../snapshot';
import type { Grid } from './grid';

export class GridPeriodCell implements PeriodCell, SourceCell {
  readonly #grid: Grid;
  readonly #r: number;
  readonly #c: number;

  constructor(
    readonly period: Period,
    grid: Grid,
    r: number,
    c: number,
  ) {
    this.#grid = grid;
    this.#r = r;
    this.#c = c;
  }

  /** The cell itself answers as the source: its fields below are read from the grid. */
  get source(): SourceCell {
    return this;
  }

  get cell(): CellRef {
    return this.#grid.ref(this.#r, this.#c);
  }

  /** this.cell.col without making the CellRef: readers that group figures by column ask it of every one. */
  get sheetCol(): number {
    return this.#grid.left + this.#c;
  }

  /** cellNumber(this.cell) without making the CellRef: the plan marks every figure cell it read. */
  cellNumber(): number {
    return this.#grid.cellNumber(this.#r, this.#c);
  }

  get value(): CellValue {
    return this.#grid.value(this.#r, this.#c);
  }

  get numberFormat(): string {
    return this.#grid.format(this.#r, this.#c);
  }

  get text(): string {
    return this.#grid.sourceText(this.#r, this.#c);
  }
}
