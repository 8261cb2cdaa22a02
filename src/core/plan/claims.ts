/**
 * Which cells the saved state may claim in this scoring (issue 23 item 9). The state lives in a
 * sheet anyone can edit, fingerprints and all, so a claim is honoured only where this scoring
 * itself puts outputs: its status, trend and variance cells; the columns we added beside a table
 * (below a header that is ours); and the table's own status, trend or variance column below its
 * top row (or such a row, in a table read across, right of its first column). A claim
 * anywhere else (a Notes column, a table's figures, a cell beside the table) is not ours to clear.
 */
import { cellNumber } from '../a1';
import type { DetectedTable } from '../detect/types';
import type { ScoredIndicator } from '../model';
import type { CellRef } from '../snapshot';

type Role = 'status' | 'trend' | 'variance';

/** The output cells of one table, by role. */
function outputsByRole(indicators: ScoredIndicator[], table: number): Map<Role, CellRef[]> {
  const out = new Map<Role, CellRef[]>([
    ['status', []],
    ['trend', []],
    ['variance', []],
  ]);
  for (const ind of indicators) {
    if (ind.source.table !== table) continue;
    const s = ind.source;
    if (s.statusCell) out.get('status')?.push(s.statusCell);
    if (s.trendCell) out.get('trend')?.push(s.trendCell);
    if (s.varianceCell) out.get('variance')?.push(s.varianceCell);
    for (const r of ind.areas?.ratings ?? []) if (r.statusCell) out.get('status')?.push(r.statusCell);
  }
  return out;
}

/** Values seen more than once: the columns (or rows) two cells of one role share. */
function shared(values: number[]): Set<number> {
  const seen = new Set<number>();
  const twice = new Set<number>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return twice;
}

interface TableLines {
  table: DetectedTable;
  /** Columns holding several outputs of one role (a status column), and rows likewise (a status row). */
  cols: Set<number>;
  rows: Set<number>;
  /** Columns we added whose header is ours: claimable below the header. */
  added: Set<number>;
  headerRow: number;
}

export class ClaimableCells {
  readonly #cells = new Set<number>();
  readonly #lines: TableLines[] = [];

  /**
   * `ourHeader(ref)`: does the header cell of a column we add hold our header (written by this
   * plan, or already there)? A column whose header is the user's is theirs, whatever the state says.
   */
  constructor(tables: DetectedTable[], indicators: ScoredIndicator[], ourHeader: (ref: CellRef) => boolean) {
    for (const ind of indicators)
      for (const ref of [ind.source.statusCell, ind.source.trendCell, ind.source.varianceCell])
        if (ref) this.#cells.add(cellNumber(ref));
    for (const table of tables) {
      const cols = new Set<number>();
      const rows = new Set<number>();
      for (const cells of outputsByRole(indicators, table.index).values()) {
        for (const c of shared(cells.map((r) => r.col))) cols.add(c);
        for (const r of shared(cells.map((r) => r.row))) rows.add(r);
      }
      const added = new Set<number>();
      const headerRow = table.added?.headerRow ?? table.range.row;
      for (const col of [table.added?.status, table.added?.trend, table.added?.variance])
        if (col !== undefined && ourHeader({ row: headerRow, col })) added.add(col);
      this.#lines.push({ table, cols, rows, added, headerRow });
    }
  }

  has(ref: CellRef): boolean {
    if (this.#cells.has(cellNumber(ref))) return true;
    for (const { table, cols, rows, added, headerRow } of this.#lines) {
      if (added.has(ref.col) && ref.row > headerRow) return true;
      // Below the table's top row along a status column (an indicator removed from the end leaves
      // its status just below the table), or right of its first column along a status row.
      const r = table.range;
      if (cols.has(ref.col) && ref.row > r.row) return true;
      if (rows.has(ref.row) && ref.col > r.col) return true;
    }
    return false;
  }
}
