/**
 * The year a header row's yearless periods belong to ("Q1 | Q2 | Q3 | Q4", "Apr ... Mar"), where the
 * row's own period headers give none but its role headers do: a council's quarterly report puts the
 * year on the target ("2023/24 Target") and last year's result beside it ("2022/23 Outturn"). Without
 * this the quarters got a nominal year, earlier than last year's outturn, so the outturn was read as
 * the latest figure and rated.
 *
 * Evidence, in order: the latest year a target column names (the year reported against); else the
 * year after the latest year an actual or earlier column names left of the first yearless period
 * (last year's outturn, then this year's quarters).
 */
import type { Period } from '../model';
import type { HeaderCell } from '../periods/types';
import { actualHeaderPeriodText } from '../periods/parse';
import type { HeaderColumn } from './headers';

function yearOf(p: Period | undefined): { fy?: number; year?: number } | null {
  if (!p || p.kind !== 'year') return null;
  if (p.fyStart !== undefined) return { fy: p.fyStart };
  if (p.year !== undefined) return { year: p.year };
  return null;
}

function later(a: { fy?: number; year?: number } | null, b: { fy?: number; year?: number }) {
  if (!a) return b;
  return (b.fy ?? b.year ?? 0) > (a.fy ?? a.year ?? 0) ? b : a;
}

function cellOf(y: { fy?: number; year?: number }): HeaderCell {
  const text = y.fy !== undefined ? `${y.fy}/${String((y.fy + 1) % 100).padStart(2, '0')}` : String(y.year);
  return { value: text, numberFormat: 'General', text };
}

function yearless(p: Period): boolean {
  return (p.kind === 'quarter' || p.kind === 'month') && p.year === undefined && p.fyStart === undefined;
}

/**
 * An actual header naming a quarter or month without its year ("Q1 Actual", "Sep Performance")
 * as the cell the header row's period reading sees ("Q1"): with it, the row places it in the year
 * its role headers name ("Target 2024/25"), as it places a bare "Q1". Before, "Q1 Actual ... Q3
 * Actual" beside "Outturn 23/24" and "Target 2024/25" kept a nominal year, earlier than the
 * outturn, so last year's outturn was rated as the latest figure. Null for other columns.
 */
export function yearlessActualCell(c: HeaderColumn): HeaderCell | null {
  if (c.role !== 'actual' || !c.period || !yearless(c.period)) return null;
  const text = actualHeaderPeriodText(c.label);
  return text ? { value: text, numberFormat: 'General', text } : null;
}

/** A header cell naming the year the row's yearless periods fall in, or null when nothing says. */
export function rowYearAnchor(columns: readonly HeaderColumn[]): HeaderCell | null {
  let target: { fy?: number; year?: number } | null = null;
  for (const c of columns) {
    const y = c.role === 'target' ? yearOf(c.period) : null;
    if (y) target = later(target, y);
  }
  if (target) return cellOf(target);
  const firstYearless = columns.find(
    (c) => (c.role === 'period' || c.role === 'actual') && c.period && yearless(c.period),
  )?.col;
  if (firstYearless === undefined) return null;
  let before: { fy?: number; year?: number } | null = null;
  for (const c of columns) {
    if (c.col >= firstYearless || (c.role !== 'actual' && c.role !== 'earlier')) continue;
    const y = yearOf(c.period);
    if (y) before = later(before, y);
  }
  if (!before) return null;
  return cellOf(before.fy !== undefined ? { fy: before.fy + 1 } : { year: (before.year as number) + 1 });
}
