// STUB owned by the detector work: replace with the real implementation.
import type { SheetSnapshot } from '../snapshot';
import type { SheetState } from '../state/types';
import type { Detection } from './types';

export type { AddedColumns, DetectedTable, Detection } from './types';

/** Find every indicator table on a sheet (register, time series, cards, metric blocks, user mappings). */
export function detectSheet(snapshot: SheetSnapshot, state?: SheetState): Detection {
  void snapshot;
  void state;
  throw new Error('detectSheet: not implemented yet');
}
