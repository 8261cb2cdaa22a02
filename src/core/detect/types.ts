import type { IndicatorSource, Layout, Period, Warning } from '../model';
import type { CellRange } from '../snapshot';
import type { ChosenReading } from './readings/types';

/**
 * Status/Trend/Variance columns we add to the right of a table, each with its header. A role the
 * table already has a column for (its own status or variance column) is absent: added columns
 * always have headers, and never a second "Variance".
 */
export interface AddedColumns {
  /** Sheet row (0-based) of the table's header row, where our headers go. */
  headerRow: number;
  status?: number;
  trend?: number;
  variance?: number;
}

export interface DetectedTable {
  index: number;
  layout: Layout;
  /** The table's extent on the sheet (header rows included). */
  range: CellRange;
  title?: string;
  currentPeriod?: Period;
  /** Set when we add our own output columns beside the table. */
  added?: AddedColumns;
}

export interface Detection {
  tables: DetectedTable[];
  indicators: IndicatorSource[];
  warnings: Warning[];
  /** The readings chosen, with the evidence each found (absent for an empty sheet). */
  readings?: ChosenReading[];
}
