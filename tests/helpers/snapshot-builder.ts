/**
 * Build a SheetSnapshot for tests from a 2D array, the way a sheet looks when you type it.
 *
 *   const s = buildSnapshot([
 *     ['Measure', 'September', 'October', 'RAG'],
 *     ['No. of audits', 22, null, null],
 *     ['% visited', pct(0.9), { v: 0.95, f: '0%' }],
 *   ]);
 *
 * A cell is a value (number, string, boolean), `null`/`undefined`/'' for empty, or `{ v, f, t }`
 * for a value with its number format (`f`, default "General") and display text (`t`). Rows may be
 * ragged: every grid is padded to the widest row. `texts` are filled in (shown text = `t`, else the
 * value as typed, percent/date formats applied simply) unless `withTexts: false`, which leaves them
 * out so the core formats values itself. `top`/`left` put values[0][0] elsewhere than A1.
 */
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot';

export interface CellSpec {
  v: CellValue;
  /** Number format code. */
  f?: string;
  /** Text as Excel shows it. */
  t?: string;
}

export type CellInput = CellValue | CellSpec | null | undefined;

export interface SnapshotOptions {
  name?: string;
  top?: number;
  left?: number;
  merges?: CellRange[];
  formulaRanges?: CellRange[];
  protected?: boolean;
  /** false: omit `texts` (a host that cannot supply them). Default true. */
  withTexts?: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Excel serial number of a calendar date (1900 system). */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A date cell shown as "30/06/12" (dd/mm/yy), as in the seed 003 card grids. */
export function dmy(year: number, month: number, day: number): CellSpec {
  const t = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`;
  return { v: serial(year, month, day), f: 'dd/mm/yy', t };
}

/** A month cell shown as "Apr-16" (serial of the 1st, format mmm-yy), as in the seed 001 blocks. */
export function mmmYY(year: number, month: number): CellSpec {
  return { v: serial(year, month, 1), f: 'mmm-yy', t: `${MONTHS[month - 1]}-${String(year % 100).padStart(2, '0')}` };
}

/** A percentage typed as "25%": 0.25 in a "0%" cell (decimals follow the shown text). */
export function pct(fraction: number, decimals = 0): CellSpec {
  const f = decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
  return { v: fraction, f, t: `${(fraction * 100).toFixed(decimals)}%` };
}

function isSpec(c: CellInput): c is CellSpec {
  return typeof c === 'object' && c !== null;
}

function defaultText(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export function buildSnapshot(rows: CellInput[][], opts: SnapshotOptions = {}): SheetSnapshot {
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const texts: string[][] = [];
  for (const r of rows) {
    const vr: CellValue[] = [];
    const fr: string[] = [];
    const tr: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = r[c];
      if (isSpec(cell)) {
        vr.push(cell.v);
        fr.push(cell.f ?? 'General');
        tr.push(cell.t ?? defaultText(cell.v));
      } else if (cell === null || cell === undefined) {
        vr.push('');
        fr.push('General');
        tr.push('');
      } else {
        vr.push(cell);
        fr.push('General');
        tr.push(defaultText(cell));
      }
    }
    values.push(vr);
    numberFormats.push(fr);
    texts.push(tr);
  }
  const snapshot: SheetSnapshot = {
    name: opts.name ?? 'Sheet1',
    top: opts.top ?? 0,
    left: opts.left ?? 0,
    values,
    numberFormats,
    merges: opts.merges ?? [],
    protected: opts.protected ?? false,
  };
  if (opts.withTexts !== false) snapshot.texts = texts;
  if (opts.formulaRanges) snapshot.formulaRanges = opts.formulaRanges;
  return snapshot;
}

/** Parse tab-separated text (as the seeds are stored) into rows; "" cells stay empty. */
export function fromTsv(text: string): CellInput[][] {
  return text.split('\n').map((line) => line.split('\t').map((c) => (c === '' ? null : c)));
}
