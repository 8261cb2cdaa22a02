/**
 * Synthetic time-series sheets for the bench: one indicator per row, a Measure column, monthly
 * period columns, a Target column and a RAG column, like seed 004 with a target added.
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

/** Header labels "Apr-19" ... for `periods` months starting April 2019. */
export function periodHeaders(periods: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < periods; i++) {
    const year = 2019 + Math.floor((i + 3) / 12);
    out.push(`${MONTHS[i % 12]}-${String(year % 100).padStart(2, '0')}`);
  }
  return out;
}

/** Deterministic pseudo-random numbers so runs compare. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

export interface SyntheticTable {
  header: CellValue[];
  rows: CellValue[][];
  formats: string[][];
}

export function syntheticTable(indicators: number, periods: number): SyntheticTable {
  const rnd = lcg(42);
  const header: CellValue[] = ['Measure', ...periodHeaders(periods), 'Target', 'RAG'];
  const rows: CellValue[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i < indicators; i++) {
    const percent = i % 3 === 0;
    const row: CellValue[] = [`${percent ? 'Increase the % of' : 'Reduce the number of'} cases, measure ${i + 1}`];
    const fmt: string[] = ['General'];
    for (let p = 0; p < periods; p++) {
      row.push(percent ? Math.round(rnd() * 1000) / 1000 : Math.round(rnd() * 500));
      fmt.push(percent ? '0.0%' : '#,##0');
    }
    row.push(percent ? 0.5 : 250);
    fmt.push(percent ? '0%' : '#,##0');
    row.push('');
    fmt.push('General');
    rows.push(row);
    formats.push(fmt);
  }
  return { header, rows, formats };
}

export function syntheticSnapshot(indicators: number, periods: number): SheetSnapshot {
  const t = syntheticTable(indicators, periods);
  return {
    name: 'Bench',
    top: 0,
    left: 0,
    values: [t.header, ...t.rows],
    numberFormats: [t.header.map(() => 'General'), ...t.formats],
    merges: [],
    protected: false,
  };
}
