/**
 * A target typed with its magnitude ("£450k", "£1.2m") on a row whose figures are kept in
 * thousands or millions (a Unit column of "£k", "£000", "£m"): the target is read in the row's
 * unit (450, 1.2), so it compares with the figures (480 meaning £480k). SCORING.md: "£125k" is one
 * number in its unit. Before, "£450k" was 450,000 against 480, and an overspend rated GREEN.
 */
import type { Reading, SourceCell, Target } from '../model';

/** Units that keep money in thousands: "£k", "£000", "£'000s", "(£000)", "thousands". */
const THOUSANDS_UNIT = /[£$€]\s?(?:k\b|'?000s?)|\bthousands?\b|^\(?'?000s?\)?$/i;
/** Units that keep money in millions: "£m", "£ millions", "(£m)". */
const MILLIONS_UNIT = /[£$€]\s?m(?:illions?)?\b|\bmillions?\b/i;
/** The magnitude typed with a figure: "450k", "£1.2m", "2 million". */
const TYPED_MAGNITUDE = /\d(?:\.\d+)?\s?(k|m|bn|thousand|million|billion)\b/i;

const FACTOR: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

function unitFactor(unit: string): number | null {
  const u = unit.slice(0, 40);
  if (THOUSANDS_UNIT.test(u)) return 1e3;
  if (MILLIONS_UNIT.test(u)) return 1e6;
  return null;
}

function scaled(r: Reading, by: number): Reading {
  return { ...r, value: Number((r.value / by).toPrecision(12)) };
}

/** The target in the row's unit, with a note; null when the unit or the cell says no magnitude. */
export function targetInUnit(
  target: Target,
  cell: SourceCell,
  unit: string | undefined,
): { target: Target; note: string } | null {
  if (typeof unit !== 'string' || typeof cell.value !== 'string') return null;
  const by = unitFactor(unit);
  const typed = TYPED_MAGNITUDE.exec(cell.value.slice(0, 120));
  if (by === null || !typed || FACTOR[typed[1].toLowerCase()] === undefined) return null;
  const t: Target =
    target.kind === 'value'
      ? { kind: 'value', value: scaled(target.value, by) }
      : { kind: 'band', low: scaled(target.low, by), high: scaled(target.high, by) };
  const shown = t.kind === 'value' ? t.value.value : `${t.low.value} to ${t.high.value}`;
  return {
    target: t,
    note: `Target: '${cell.value.trim().slice(0, 40)}' read in the row's unit (${unit.trim().slice(0, 20)}), so ${shown}.`,
  };
}
