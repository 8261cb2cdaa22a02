/**
 * Percentages written as fractions on one row of a mixed register: "Planning applications
 * determined in time | Target 90% | 0.87 | 0.92" among rows of counts, scores and percent cells.
 * The column test (percent-fractions.ts) cannot speak for such a column (its other rows hold 73 and
 * 12,400), but the row can: its target says "%" itself (typed "90%" or in a percent cell) and lies
 * above 1, and every figure of the row is a plain fraction, so 0.92 against 90% can only be 92%.
 * Before, the row read "89.08 percentage points below the target of 90%" and was rated RED.
 *
 * The reverse too: figures that say "%" ("92%") against a plain fractional target (0.9).
 */
import type { IndicatorSource, SourceCell } from '../model';
import { readValue } from '../values/read';

type Plain = { value: number; percent: boolean };

function plain(src: SourceCell): Plain | null {
  const r = readValue(src);
  return r.kind === 'number' ? { value: r.reading.value, percent: r.reading.percent } : null;
}

/** Every readable cell a plain fraction (0..1, not percent, one at least not whole); null if none. */
function plainFractions(cells: readonly SourceCell[]): number | null {
  let example: number | null = null;
  let count = 0;
  for (const c of cells) {
    const p = plain(c);
    if (!p) continue;
    if (p.percent || p.value < 0 || p.value > 1) return null;
    count++;
    if (!Number.isInteger(p.value)) example ??= p.value;
  }
  return count > 0 ? example : null;
}

/** Every readable cell a percentage in points (over 1, at most 100, saying "%"); false if none. */
function statedPercents(cells: readonly SourceCell[]): boolean {
  let count = 0;
  for (const c of cells) {
    const p = plain(c);
    if (!p) continue;
    if (!p.percent || p.value <= 1 || p.value > 100) return false;
    count++;
  }
  return count > 0;
}

function mark(cells: readonly SourceCell[]): void {
  for (const c of cells) c.fraction = true;
}

/** Mark the fraction cells of rows the column test left alone, with a note saying why. */
export function markRowFractions(indicators: readonly IndicatorSource[]): void {
  for (const ind of indicators) {
    if (ind.fractionNote || ind.values.length === 0) continue;
    const targets = (ind.targetsByPeriod ?? []).map((t) => t.source);
    if (ind.target) targets.push(ind.target);
    if (targets.length === 0) continue;
    // The target first (one or a few cells): the figures, a whole series, only where it can decide.
    const targetsPercent = statedPercents(targets);
    const targetExample = targetsPercent ? null : plainFractions(targets);
    if (!targetsPercent && targetExample === null) continue;
    const figures = ind.values.map((v) => v.source);
    if (ind.baseline) figures.push(ind.baseline.source);
    const figureExample = targetsPercent ? plainFractions(figures) : null;
    if (figureExample !== null) {
      mark(figures);
      ind.fractionNote = `Its figures are fractions (${figureExample}) read as percentages (${Number((figureExample * 100).toPrecision(12))}%): each lies between 0 and 1, and its target is written as a percentage.`;
      continue;
    }
    if (targetExample !== null && statedPercents(figures)) {
      mark(targets);
      ind.fractionNote = `Its target is a fraction (${targetExample}) read as a percentage (${Number((targetExample * 100).toPrecision(12))}%): its figures are written as percentages.`;
    }
  }
}
