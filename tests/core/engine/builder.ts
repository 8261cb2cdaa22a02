/** Hand-built IndicatorSource objects for engine tests: cells, periods and cards without a detector. */
import type { CellValue } from '../../../src/core/snapshot';
import type { IndicatorSource, Period, PeriodCell, SourceCell } from '../../../src/core/model';

export function cell(value: CellValue, numberFormat = 'General', row = 0, col = 0, text = ''): SourceCell {
  return { cell: { row, col }, value, numberFormat, text };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function month(year: number, m: number): Period {
  return { kind: 'month', label: `${MONTHS[m - 1]}-${String(year).slice(2)}`, year, month: m, order: year * 12 + m };
}

export function quarter(fyStart: number, q: 1 | 2 | 3 | 4): Period {
  return {
    kind: 'quarter',
    label: `Q${q} ${fyStart}/${String(fyStart + 1).slice(2)}`,
    fyStart,
    quarter: q,
    order: fyStart * 4 + q,
  };
}

export function baseline(label = 'Prev. 6 months average'): Period {
  return { kind: 'baseline', label, order: -1 };
}

/** A series of values in one row, one column per period, starting at column 1. */
export function series(row: number, entries: [Period, CellValue, string?][]): PeriodCell[] {
  return entries.map(([period, value, fmt], i) => ({ period, source: cell(value, fmt ?? 'General', row, i + 1) }));
}

export function indicator(over: Partial<IndicatorSource> = {}): IndicatorSource {
  return {
    id: 'Sheet1!A1',
    sheet: 'Sheet1',
    layout: 'card',
    table: 0,
    name: 'Test indicator',
    nameCell: { row: 0, col: 0 },
    values: [],
    comparators: [],
    ...over,
  };
}

/** A register-style indicator: one actual cell, one target cell. */
export function simple(
  actual: CellValue,
  target: CellValue | undefined,
  over: Partial<IndicatorSource> = {},
  fmt = 'General',
): IndicatorSource {
  return indicator({
    layout: 'register',
    values: [{ period: { kind: 'date', label: 'Actual', order: 1 }, source: cell(actual, fmt, 1, 2) }],
    target: target === undefined ? undefined : cell(target, fmt, 1, 1),
    ...over,
  });
}
