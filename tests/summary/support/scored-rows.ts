/**
 * Wrapped text we wrote into scored sheets (the variance sentences) and whether its rows show it:
 * the lines a sentence needs in its column (glyph widths as the layout estimates them, grid.ts)
 * against the row's height as saved, and as LibreOffice lays the sheet out once it has loaded it
 * (the workbook converted to .ods, its row heights read back). Saved parts and .ods content are
 * read here with plain regular expressions and JSZip, independent of the package code under test.
 */
import { convertAll } from '../../xlsx/support/libreoffice';
import { existsSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { columnLetters } from '../../../src/core/a1';
import { wrappedLines } from '../../../src/core/summary/grid';
import type { Book } from '../../../src/xlsx/book/book';
import { sheetPartXml } from './sheet-part';

const LINE_POINTS = 15;

export interface WrappedCell {
  sheet: string;
  /** 1-based row, 0-based column. */
  row: number;
  col: number;
  text: string;
  /** The column's width in characters in the saved part. */
  width: number;
  /** Lines the text needs at that width. */
  lines: number;
  /** The row's height in the saved part (points), and whether the user fixed it. */
  height: number;
  fixed: boolean;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** Every wrapped text cell Scorelight wrote in the book's scored sheets, measured against the saved package. */
export async function wrappedCells(book: Book, saved: Uint8Array): Promise<WrappedCell[]> {
  const out: WrappedCell[] = [];
  for (const ws of book.sheets) {
    if (ws.touched.size === 0 || ws.rewritten) continue;
    const cells = [...ws.touched.values()].filter((ref) => {
      const cell = ws.cellAt(ref.row, ref.col);
      return cell && typeof cell.value === 'string' && cell.value !== '' && ws.lookOf(cell).wrap === true;
    });
    if (cells.length === 0) continue;
    const xml = await sheetPartXml(saved, ws.name);
    const format = attrs(/<(?:\w+:)?sheetFormatPr\b[^>]*>/.exec(xml)?.[0] ?? '');
    const defaultWidth = Number(format.defaultColWidth ?? Number(format.baseColWidth ?? 8) + 0.43);
    const defaultHeight = Number(format.defaultRowHeight ?? LINE_POINTS);
    const cols = [...xml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)].map((m) => attrs(m[0]));
    const rows = new Map(
      [...xml.matchAll(/<(?:\w+:)?row\b[^>]*>/g)].map((m) => {
        const a = attrs(m[0]);
        return [Number(a.r), a] as const;
      }),
    );
    for (const ref of cells) {
      const col = cols.find((c) => Number(c.min) <= ref.col + 1 && ref.col + 1 <= Number(c.max));
      const width = col?.width !== undefined ? Number(col.width) : defaultWidth;
      const row = rows.get(ref.row + 1) ?? {};
      const text = String(ws.cellAt(ref.row, ref.col)!.value);
      out.push({
        sheet: ws.name,
        row: ref.row + 1,
        col: ref.col,
        text,
        width,
        lines: wrappedLines(text, width),
        height: row.ht !== undefined ? Number(row.ht) : defaultHeight,
        fixed: row.customHeight === '1' || row.customHeight === 'true',
      });
    }
  }
  return out;
}

export function where(c: WrappedCell): string {
  return `${c.sheet}!${columnLetters(c.col)}${c.row} (“${c.text.slice(0, 40)}”)`;
}

/** Cells whose row (as `heightOf` gives it) holds fewer lines than their text needs; rows the user fixed aside. */
export function clippedCells(cells: WrappedCell[], heightOf: (c: WrappedCell) => number | undefined): string[] {
  const out: string[] = [];
  for (const c of cells) {
    if (c.fixed) continue;
    const height = heightOf(c);
    if (height === undefined) out.push(`${where(c)}: no row height`);
    else if (c.lines * LINE_POINTS > height + 0.5)
      out.push(`${where(c)} needs ${c.lines} lines (${c.lines * LINE_POINTS} pt); its row is ${height} pt`);
  }
  return out;
}

/** Converts workbooks to .ods with one LibreOffice run; returns the .ods paths made. */
export function toOds(files: string[], dir: string): string[] {
  convertAll(files, dir, 'ods', 600_000);
  return files.map((f) => path.join(dir, `${path.basename(f, '.xlsx')}.ods`)).filter((p) => existsSync(p));
}

const POINTS_PER: Record<string, number> = { in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1 };

/** Row heights (points) as LibreOffice laid out each sheet: sheet name -> 1-based row -> height. */
export async function odsRowHeights(ods: string): Promise<Map<string, Map<number, number>>> {
  const zip = await JSZip.loadAsync(readFileSync(ods));
  const content = await zip.file('content.xml')!.async('string');
  const styles = new Map<string, number>();
  for (const m of content.matchAll(
    /<style:style style:name="([^"]+)" style:family="table-row">\s*<style:table-row-properties [^>]*?style:row-height="([\d.]+)(in|cm|mm|pt)"/g,
  ))
    styles.set(m[1], Number(m[2]) * POINTS_PER[m[3]]);
  const out = new Map<string, Map<number, number>>();
  let rows: Map<number, number> | undefined;
  let next = 1;
  for (const m of content.matchAll(
    /<table:table (?=[^>]*table:name="([^"]*)")[^>]*>|<table:table-row(?=[\s>/])([^>]*)>/g,
  )) {
    if (m[1] !== undefined) {
      rows = new Map();
      next = 1;
      out.set(
        m[1]
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
        rows,
      );
      continue;
    }
    const a = attrs(m[2] ?? '');
    const repeat = Math.min(Number(a['table:number-rows-repeated'] ?? 1), 10_000);
    const height = styles.get(a['table:style-name'] ?? '');
    for (let k = 0; k < repeat; k++, next++) if (height !== undefined) rows?.set(next, height);
  }
  return out;
}
