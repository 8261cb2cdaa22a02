/**
 * Finds every indicator table on a sheet. Each layout is a reading of one table model
 * (layout-readings.ts), run in precedence order: the user's mappings first (read exactly as
 * mapped), then indicator cards, metric blocks, metrics across, Act/Plan rows, long format,
 * indicators across and header-row tables (registers and time series). Each reader proposes the
 * tables it finds, with their evidence, to one chooser (readings/choose.ts), which keeps the best
 * reading of a region and builds it; a built table claims its cells so no cell is read twice.
 * Tables are then numbered top to bottom.
 *
 * Where each layout puts status / trend / variance (never in a cell holding the user's content,
 * except the table's own status/trend cells, which the write plan may fill):
 * - register, time series: the table's status column ("RAG", "Rag Status", "Performance rating")
 *   and its "Trend"/"Variance" columns; what it lacks goes in the first columns right of the table
 *   that are empty down the table. No status column: our Status/Trend/Variance columns there, with
 *   headers in the header row (DetectedTable.added). With a status column of its own, missing
 *   trend/variance columns get no header (AddedColumns always carries a status column).
 * - card: status in the Symbol row under the current period; trend and variance right of the grid
 *   on the Symbol row (all three right of the Actual row when there is no Symbol row).
 * - metric block: status right of "Performance rating", trend right of "Trend"; variance (and a
 *   missing trend) right of the block on the scored row. No rating row: our three columns right of
 *   the block, headers in its header row.
 * - mapped: the mapped status column, or our columns right of the range.
 * On re-scoring, cells we wrote (state.owned, or our own words when the state was lost) count as
 * empty, so the same cells are chosen again and nothing is duplicated.
 */
import { cellNumber } from '../a1';
import type { IndicatorSource } from '../model';
import { CellMask } from '../plan/cell-mask';
import type { CellRef, SheetSnapshot } from '../snapshot';
import type { SheetState } from '../state/types';
import type { DetectContext, TableDraft } from './draft';
import { Grid } from './grid';
import { LAYOUT_READINGS } from './layout-readings';
import { findDirectionKey, findStatusKey } from './sheet-words';
import { findKeyTolerance } from './rag-key-tolerance';
import { findLetterKey, letterWords } from './letter-key';
import type { DetectedTable, Detection } from './types';

export type { AddedColumns, DetectedTable, Detection } from './types';

/** Find every indicator table on a sheet (register, time series, cards, metric blocks, user mappings). */
export function detectSheet(snapshot: SheetSnapshot, state?: SheetState): Detection {
  const grid = new Grid(snapshot, state?.owned ?? []);
  const ctx: DetectContext = { grid, tables: [], warnings: [] };
  if (grid.rows === 0 || grid.cols === 0) {
    ctx.warnings.push({
      sheet: snapshot.name,
      cell: '',
      message: `Sheet "${snapshot.name}" is empty: nothing to score.`,
    });
    return { tables: [], indicators: [], warnings: ctx.warnings };
  }
  const mappings = state?.mappings ?? [];
  for (const reading of LAYOUT_READINGS) reading.read(ctx, mappings);
  return finish(ctx);
}

function finish(ctx: DetectContext): Detection {
  const grid = ctx.grid;
  const drafts: TableDraft[] = [...ctx.tables].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  const tables: DetectedTable[] = [];
  const indicators: IndicatorSource[] = [];
  // One output per cell: a table read later never writes into a cell an earlier table writes. A byte
  // per cell (CellMask), not a Set of tens of thousands of numbers.
  const outputs = new CellMask(grid.snapshot);
  /** True when an earlier output took the cell; else the cell is taken now. */
  const taken = (ref: CellRef): boolean => {
    const key = cellNumber(ref);
    if (outputs.has(key)) return true;
    outputs.add(key);
    return false;
  };
  const directionKey = drafts.length > 0 ? findDirectionKey(grid) : undefined;
  const statusKey = drafts.length > 0 ? findStatusKey(grid) : undefined;
  const keyTolerance = drafts.length > 0 ? findKeyTolerance(grid) : undefined;
  const letterKey = drafts.length > 0 ? findLetterKey(grid) : undefined;
  for (const [index, d] of drafts.entries()) {
    const top = grid.ref(d.r0, d.c0);
    const t: DetectedTable = {
      index,
      layout: d.layout,
      range: { row: top.row, col: top.col, rowCount: d.r1 - d.r0 + 1, colCount: d.c1 - d.c0 + 1 },
    };
    if (d.title) t.title = d.title;
    if (d.currentPeriod) t.currentPeriod = d.currentPeriod;
    if (d.added) t.added = d.added;
    tables.push(t);
    let clashed = false;
    for (const ind of d.indicators) {
      ind.table = index;
      // Each role by name: a loop over role names made every property read a generic one.
      if (ind.statusCell && taken(ind.statusCell)) {
        delete ind.statusCell;
        clashed = true;
      }
      if (ind.trendCell && taken(ind.trendCell)) {
        delete ind.trendCell;
        clashed = true;
      }
      if (ind.varianceCell && taken(ind.varianceCell)) {
        delete ind.varianceCell;
        clashed = true;
      }
      if (directionKey) ind.directionKey = directionKey;
      if (keyTolerance) ind.keyTolerance = keyTolerance;
      // A key for the sheet's letters: the author's letters mean what it says, and are written back.
      if (letterKey) {
        ind.letterKey = letterKey;
        ind.statusWords = letterWords(letterKey, ind.statusWords);
      }
      // The status column's own words first, else the sheet's key.
      if (statusKey && !ind.statusWords) ind.statusWords = statusKey;
      indicators.push(ind);
    }
    if (clashed) {
      ctx.warnings.push({
        sheet: grid.name,
        cell: grid.a1(d.r0, d.c0),
        message: `The table at ${grid.a1(d.r0, d.c0)} shares output cells with a table read before it (above or beside it): where they meet, its status, trend or variance is not written. Map the table to choose its columns.`,
      });
    }
  }
  if (tables.length === 0) {
    ctx.warnings.push({
      sheet: grid.name,
      cell: '',
      message: `No indicator table found on "${grid.name}" (looked for a header row with a Measure/KPI/Indicator column and a target, actual, period or status column; metric blocks; indicator cards). Map the table to score it.`,
    });
  }
  return { tables, indicators, warnings: ctx.warnings, readings: ctx.readings ?? [] };
}
