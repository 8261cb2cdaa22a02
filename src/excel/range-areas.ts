/**
 * Reading RangeAreas (merged areas, formula cells) item by item, and merged areas in pieces: Excel's
 * getMergedAreas* fails on a range holding more than 512 merged areas, so a sheet with more is
 * read by halving the range until each piece answers.
 */
import type { CellRange } from '../core/snapshot';
import type { XlContext, XlRangeAreas, XlWorksheet } from './excel-api';

const AREA_PROPS = 'rowIndex,columnIndex,rowCount,columnCount';

export function queueAreas(areas: XlRangeAreas): XlRangeAreas {
  areas.load('areaCount');
  areas.areas.load(AREA_PROPS);
  return areas;
}

export function areasToRanges(areas: XlRangeAreas | null): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items.map((a) => ({
    row: a.rowIndex,
    col: a.columnIndex,
    rowCount: a.rowCount,
    colCount: a.columnCount,
  }));
}

/**
 * Merged areas of `area`, halving it (along its longer side) whenever Excel refuses a piece for
 * holding too many. One sync per piece; only sheets with hundreds of merges get here.
 */
export async function mergesInPieces(
  context: XlContext,
  ws: XlWorksheet,
  area: CellRange,
): Promise<{ merges: CellRange[]; syncs: number }> {
  const found = new Map<string, CellRange>();
  const pending: CellRange[] = [area];
  let syncs = 0;
  while (pending.length > 0) {
    const piece = pending.pop() as CellRange;
    const areas = queueAreas(
      ws.getRangeByIndexes(piece.row, piece.col, piece.rowCount, piece.colCount).getMergedAreasOrNullObject(),
    );
    syncs++;
    try {
      // Each piece is its own request: one that holds too many merged areas fails alone.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (piece.rowCount * piece.colCount === 1) throw error;
      pending.push(...halves(piece));
      continue;
    }
    // A merge crossing two pieces is returned by both: keep it once.
    for (const m of areasToRanges(areas)) found.set(`${m.row},${m.col},${m.rowCount},${m.colCount}`, m);
  }
  return { merges: [...found.values()], syncs };
}

function halves(r: CellRange): CellRange[] {
  if (r.rowCount >= r.colCount) {
    const top = Math.ceil(r.rowCount / 2);
    return [
      { ...r, rowCount: top },
      { ...r, row: r.row + top, rowCount: r.rowCount - top },
    ];
  }
  const left = Math.ceil(r.colCount / 2);
  return [
    { ...r, colCount: left },
    { ...r, col: r.col + left, colCount: r.colCount - left },
  ];
}
