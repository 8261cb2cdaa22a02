/**
 * A set of cells for the write plan, keyed by cellNumber like the Set<number> it stands in for: one
 * byte per cell of the snapshot's used range (and a few columns right of it), and a plain set for any
 * cell outside that. A plan marks every cell the scoring read (hundreds of thousands on a large
 * sheet); growing a Set of numbers that size was most of building the plan.
 */
import { MAX_COLUMNS } from '../a1';
import { snapshotSize, type SheetSnapshot } from '../snapshot';

/**
 * Columns right of the used range the bytes also cover: the Status, Trend and Variance columns we
 * add beside a table sit there, one per row, and would otherwise fill the plain set.
 */
const OUTPUT_MARGIN = 8;

export class CellMask {
  readonly #top: number;
  readonly #left: number;
  readonly #rows: number;
  readonly #cols: number;
  readonly #inside: Uint8Array;
  readonly #outside = new Set<number>();

  constructor(snapshot: SheetSnapshot) {
    const { rows, cols } = snapshotSize(snapshot);
    this.#top = snapshot.top;
    this.#left = snapshot.left;
    this.#rows = rows;
    this.#cols = cols > 0 ? cols + OUTPUT_MARGIN : 0;
    this.#inside = new Uint8Array(rows * this.#cols);
  }

  /**
   * The byte for a cell number, or -1 when it lies outside the used range. The number is decoded
   * back to its row and column, so two addresses with one cell number are one member, as in a Set.
   */
  #index(key: number): number {
    if (!Number.isSafeInteger(key)) return -1;
    const row = Math.floor(key / MAX_COLUMNS);
    const r = row - this.#top;
    const c = key - row * MAX_COLUMNS - this.#left;
    if (r < 0 || c < 0 || r >= this.#rows || c >= this.#cols) return -1;
    return r * this.#cols + c;
  }

  add(key: number): void {
    const i = this.#index(key);
    if (i >= 0) this.#inside[i] = 1;
    else this.#outside.add(key);
  }

  has(key: number): boolean {
    const i = this.#index(key);
    return i >= 0 ? this.#inside[i] === 1 : this.#outside.has(key);
  }
}
