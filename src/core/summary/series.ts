/**
 * An indicator's period series as numbers, for the quarter-on-quarter table. The engine scores only
 * the latest value; the summary needs every month, read with the engine's own reader (percentages
 * as points: 0.25 in a percent-formatted cell and "25%" both give 25). What cannot be read is left out.
 */
import type { Period, ScoredIndicator, SourceCell } from '../model';
import { readValue } from '../values/read';

/** One number from a cell, read exactly as the engine reads an actual (blank, "N/A", errors: null). */
export function readCellNumber(cell: SourceCell): number | null {
  const r = readValue(cell);
  return r.kind === 'number' ? r.reading.value : null;
}

export interface SeriesPoint {
  period: Period;
  value: number;
}

/** Kinds that belong to one quarter: a month, a month-end date, or a quarter itself. */
const QUARTERABLE = new Set<Period['kind']>(['month', 'date', 'quarter']);

/**
 * The engine decides the indicator's representation (e.g. 0.25 in a "%" unit column may mean 25%).
 * Where our reading of the actual's own cell differs from the engine's by a factor of 100, scale the
 * whole series the same way so quarters compare with the status tables.
 */
function scaleToEngine(points: SeriesPoint[], ind: ScoredIndicator): number {
  const actual = ind.actual;
  const period = ind.actualPeriod;
  if (!actual || !period) return 1;
  const own = points.find((p) => p.period.order === period.order && p.period.label === period.label);
  if (!own || own.value === 0) return 1;
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (close(own.value * 100, actual.value)) return 100;
  if (close(own.value / 100, actual.value)) return 0.01;
  return 1;
}

/** The readable values of an indicator's period columns, oldest first. */
export function periodSeries(ind: ScoredIndicator): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const pc of ind.source.values) {
    if (!QUARTERABLE.has(pc.period.kind)) continue;
    const value = readCellNumber(pc.source);
    if (value !== null) out.push({ period: pc.period, value });
  }
  const scale = scaleToEngine(out, ind);
  return scale === 1 ? out : out.map((p) => ({ period: p.period, value: p.value * scale }));
}
