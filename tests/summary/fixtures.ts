/**
 * Hand-made scored indicators for the summary tests, so the summary is tested on its own,
 * whatever the detector and engine make of a sheet.
 */
import type { Period, PolarityKind, Reading, ScoredIndicator, Status, Target, Trend } from '../../src/core/model';
import type { SheetResult } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import type { Rules } from '../../src/core/rules/types';

export function rules(over: Partial<Rules> = {}): Rules {
  return { ...defaultRules(), ...over };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month period as the detector gives it ("Jul-20"), ordered in time. */
export function month(year: number, m: number): Period {
  const fyStart = m >= 4 ? year : year - 1;
  const quarter = (m >= 4 ? Math.ceil((m - 3) / 3) : 4) as 1 | 2 | 3 | 4;
  return {
    kind: 'month',
    label: `${MONTHS[m - 1]}-${String(year % 100).padStart(2, '0')}`,
    year,
    month: m,
    fyStart,
    quarter,
    order: year * 12 + m,
  };
}

/** A quarter period ("Q2 2020/21"). */
export function quarter(fyStart: number, q: 1 | 2 | 3 | 4): Period {
  return {
    kind: 'quarter',
    label: `Q${q} ${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`,
    fyStart,
    quarter: q,
    order: fyStart * 4 + q,
  };
}

export function reading(value: number, percent = false, decimals = 0): Reading {
  return { value, percent, decimals, grouping: Math.abs(value) >= 1000 };
}

export function target(value: number, percent = false, decimals = 0): Target {
  return { kind: 'value', value: reading(value, percent, decimals) };
}

export interface IndicatorSpec {
  name: string;
  code?: string;
  status: Status;
  trend?: Trend | null;
  polarity?: PolarityKind | null;
  actual?: Reading | null;
  target?: Target | null;
  /** Raw period values (numbers or text as the sheet holds them), oldest first. */
  series?: [Period, number | string][];
  /** Number format of the series cells. */
  format?: string;
  variance?: string;
  notes?: string[];
  frequency?: string;
  lastKnown?: { reading: Reading; period: Period };
  /** The sheet's own status word ("Favourable"). */
  statusLabel?: string;
}

let row = 0;

export function indicator(spec: IndicatorSpec): ScoredIndicator {
  const r = row++;
  const values = (spec.series ?? []).map(([period, value], i) => ({
    period,
    source: { cell: { row: r, col: i + 1 }, value, numberFormat: spec.format ?? 'General', text: String(value) },
  }));
  const last = values.length > 0 ? values[values.length - 1].period : undefined;
  return {
    source: {
      id: `KPIs!A${r + 1}`,
      sheet: 'KPIs',
      layout: values.length > 1 ? 'time-series' : 'register',
      table: 0,
      name: spec.name,
      nameCell: { row: r, col: 0 },
      code: spec.code,
      values,
      comparators: [],
      frequency: spec.frequency,
      currentPeriod: last,
    },
    status: spec.status,
    trend: spec.trend ?? null,
    polarity: spec.polarity === undefined ? 'higher' : spec.polarity,
    polaritySource: 'field',
    actual: spec.actual === undefined ? null : spec.actual,
    actualPeriod: spec.actual ? last : undefined,
    lastKnown: spec.lastKnown,
    target: spec.target ?? null,
    previous: null,
    sameLastYear: null,
    varianceText: spec.variance ?? '',
    // The engine's word where the sheet states one; empty lets the rules' label speak (as labelOf does).
    statusLabel: spec.statusLabel ?? '',
    trendLabel: spec.trend ?? '',
    notes: spec.notes ?? [],
  };
}

export function sheetResult(sheet: string, indicators: ScoredIndicator[]): SheetResult {
  return {
    sheet,
    tables: [],
    indicators,
    warnings: [],
    plan: { sheet, writes: [], styles: {}, clears: [], owned: [], columnWidths: {}, undo: [], blocked: false },
  };
}

/** Months from (year, month) for `n` months with the given values. */
export function monthly(year: number, m: number, values: (number | string)[]): [Period, number | string][] {
  return values.map((v, i) => {
    const k = m - 1 + i;
    return [month(year + Math.floor(k / 12), (k % 12) + 1), v];
  });
}

export const SCORED_AT = new Date(2020, 9, 14, 10, 30);
