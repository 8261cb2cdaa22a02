/** Small helpers shared by the example workbook builders. */
import type { Cell, CellValue, Worksheet } from 'exceljs';

export type Raw =
  string | number | Date | null | { formula: string; result?: number | string | { error: string } } | { error: string };

/** A value with its number format, so a percentage is a real percent-formatted number. */
export interface Formatted {
  v: Raw;
  fmt: string;
}

export type Entry = Raw | Formatted | undefined;

function isFormatted(e: Entry): e is Formatted {
  return typeof e === 'object' && e !== null && !(e instanceof Date) && 'v' in e && 'fmt' in e;
}

/** 0.25 shown as "25%". `decimals` as the sheet shows it. */
export function pct(fraction: number, decimals = 0): Formatted {
  return { v: fraction, fmt: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
}

/** 1305 shown as "1,305". */
export function grouped(n: number): Formatted {
  return { v: n, fmt: '#,##0' };
}

/** A UTC midnight date (ExcelJS writes Dates as UTC serials). */
export function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function dated(y: number, m: number, d: number, fmt: string): Formatted {
  return { v: utcDate(y, m, d), fmt };
}

export function put(ws: Worksheet, row: number, col: number, e: Entry): Cell {
  const cell = ws.getCell(row, col);
  if (e === undefined) return cell;
  if (isFormatted(e)) {
    cell.value = e.v as CellValue;
    cell.numFmt = e.fmt;
  } else {
    // ExcelJS types a formula value as needing every optional field; the shape is right.
    cell.value = e as CellValue;
  }
  return cell;
}

/** Writes entries left to right from `col` (1-based); undefined leaves a cell untouched. */
export function putRow(ws: Worksheet, row: number, entries: Entry[], col = 1): Cell[] {
  return entries.map((e, i) => put(ws, row, col + i, e));
}

export const FILL = {
  header: 'FFDCE6F1',
  section: 'FFF2F2F2',
  green: 'FF92D050',
  amber: 'FFFFC000',
  red: 'FFFF0000',
  grey: 'FFBFBFBF',
  blue: 'FF00B0F0',
} as const;

export function fill(cell: Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export function bold(cell: Cell, size?: number): void {
  cell.font = size ? { bold: true, size, name: 'Arial' } : { bold: true, name: 'Arial' };
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

export function box(cell: Cell): void {
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

export function wrap(cell: Cell): void {
  cell.alignment = { wrapText: true, vertical: 'top' };
}

/** Prints on A4 landscape, one page wide, as council packs are printed. */
export function landscape(ws: Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}
