/**
 * One model of a table on a sheet: a reading is one way of taking a region of the grid as an
 * indicator table (a register, a long-format table, a card ...). A layout's reader proposes
 * readings; each carries the evidence steps that produced it, each saying in words what it found,
 * and a score; the chooser (choose.ts) keeps the best of readings that compete for one region and
 * builds its table draft.
 */
import type { IndicatorSource, Warning } from '../../model';
/** Every layout Scorelight reads, as a reading of the one table model (layout-readings.ts lists them in precedence order). */
export type ReadingName =
  | 'mapping'
  | 'card'
  | 'metric-block'
  | 'metrics-across'
  | 'role-rows'
  | 'long-format'
  | 'indicators-across'
  | 'register'
  | 'tile'
  | 'label-card';

/** A rectangle of the grid (0-based grid coordinates, inclusive). */
export interface Region {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** One piece of evidence for a reading and what it found, in words for warnings and tests. */
export interface ReadingEvidence {
  /** The step's name: "names repeat", "figures in the region". */
  step: string;
  /** What it found: "9 of 12 rows share their name with a row of another period". */
  found: string;
  /** How well the region fits the reading by this step, 0 (not at all) to 1 (wholly). */
  fit: number;
}

/** A candidate reading of one region, not yet built. */
export interface TableReading {
  reading: ReadingName;
  /** What the reading makes of the table, in words: "a register (one indicator per row)". */
  says: string;
  region: Region;
  evidence: ReadingEvidence[];
  /** The reading's precedence (prior) plus the mean fit of its evidence: higher wins. */
  score: number;
  /** The `--map` that states this reading, where one can (shown when the reading is passed over). */
  mapSpec?: string;
  /** Builds the table draft(s) into the context and claims their cells; absent: another pass builds it. */
  build?: () => void;
}

/** A reading the chooser kept, with what it built and the readings it was preferred to. */
export interface ChosenReading {
  reading: ReadingName;
  says: string;
  region: Region;
  evidence: ReadingEvidence[];
  score: number;
  /** How many table drafts it built (a reader's region can hold tables side by side). */
  built: number;
  /** Readings of the same region that scored lower. */
  passedOver: Omit<TableReading, 'build'>[];
}

/**
 * What the chooser needs of a detection under way (DetectContext has it): the tables built so far,
 * the warnings, and the readings chosen. Stated here so the model depends on no reader.
 */
export interface ReadingContext {
  grid: { readonly name: string; a1(r: number, c: number): string };
  tables: (Region & { indicators: IndicatorSource[] })[];
  warnings: Warning[];
  readings?: ChosenReading[];
}
