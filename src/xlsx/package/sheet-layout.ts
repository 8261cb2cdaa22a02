/**
 * Where things are in a worksheet part's text: each row and cell (offsets, style index), the
 * column widths, <sheetData> and <dimension>. The patcher (sheet-patch.ts) splices its edits at
 * these offsets and copies every other byte. The reader collects the layout in the same pass that
 * reads the cells (book/sheet-reader.ts), so a save does not parse the sheet a second time;
 * scanSheetLayout parses a part on its own when no layout was kept.
 */
import { parseA1 } from '../../core/a1';
import { localName, scanXml } from './xml-scan';

export interface RowSpan {
  r: number;
  /** Qualified name as written ("row", "x:row"): its cells and end tag use its prefix. */
  name: string;
  start: number;
  tagEnd: number;
  end: number;
  selfClosing: boolean;
  attrs: Record<string, string>;
  /** The row's cells: indices first .. first + count - 1 in SheetLayout.cells. */
  first: number;
  count: number;
}

export interface ColSpan {
  min: number;
  max: number;
  start: number;
  width: boolean;
  /** The width in characters, where the <col> gives one. */
  size?: number;
  style: number;
}

/**
 * Every cell's column, offsets and style index, in parallel arrays: a sheet of 80,000 cells keeps
 * four arrays of numbers rather than 80,000 objects alive beside the cells themselves.
 */
export interface CellSpans {
  col: number[];
  start: number[];
  end: number[];
  s: number[];
}

export interface SheetLayout {
  rows: RowSpan[];
  cells: CellSpans;
  cols: ColSpan[];
  /** Offset of </cols>, or -1 when the part has no <cols>. */
  colsEnd: number;
  /** Qualified names of the root and of <cols> as written: new elements take their prefixes. */
  rootName: string;
  colsName: string;
  sheetData?: { start: number; tagEnd: number; end: number; selfClosing: boolean; name: string };
  dimension?: { start: number; end: number; ref: string; name: string };
  /** <sheetFormatPr>: the sheet's default row height (points) and column width (characters). */
  defaults?: { rowHeight?: number; colWidth?: number; baseColWidth?: number };
}

/** Builds a layout from a part's start and end tags, in document order. */
export class SheetLayoutBuilder {
  readonly layout: SheetLayout = {
    rows: [],
    cells: { col: [], start: [], end: [], s: [] },
    cols: [],
    colsEnd: -1,
    rootName: '',
    colsName: '',
  };
  private depth = 0;
  private row: RowSpan | undefined;
  private lastRow = 0;
  private lastCol = -1;
  /** Index of the open cell, -1 when none. */
  private cell = -1;

  open(name: string, attrs: Record<string, string>, start: number, end: number, selfClosing: boolean): void {
    const depth = ++this.depth;
    if (depth === 1) this.layout.rootName = name;
    if (depth < 2 || depth > 4) return;
    const local = localName(name);
    const layout = this.layout;
    if (depth === 2 && local === 'dimension') layout.dimension = { start, end, ref: attrs.ref ?? '', name };
    else if (depth === 2 && local === 'sheetData') layout.sheetData = { start, tagEnd: end, end, selfClosing, name };
    else if (depth === 2 && local === 'cols') layout.colsName = name;
    else if (depth === 2 && local === 'sheetFormatPr') {
      const n = (v: string | undefined) => (v !== undefined && Number.isFinite(Number(v)) ? Number(v) : undefined);
      layout.defaults = {
        rowHeight: n(attrs.defaultRowHeight),
        colWidth: n(attrs.defaultColWidth),
        baseColWidth: n(attrs.baseColWidth),
      };
    } else if (depth === 3 && local === 'col') {
      layout.cols.push({
        min: Number(attrs.min) - 1,
        max: Number(attrs.max) - 1,
        start,
        width: attrs.width !== undefined,
        size: attrs.width !== undefined && Number.isFinite(Number(attrs.width)) ? Number(attrs.width) : undefined,
        style: Number(attrs.style ?? 0),
      });
    } else if (depth === 3 && local === 'row' && layout.sheetData) {
      // Rows and cells may omit r: they then follow the previous one.
      const r = attrs.r !== undefined ? Number(attrs.r) : this.lastRow + 1;
      this.lastRow = r;
      this.lastCol = -1;
      const cells = layout.cells;
      this.row = { r, name, start, tagEnd: end, end, selfClosing, attrs, first: cells.col.length, count: 0 };
      layout.rows.push(this.row);
    } else if (depth === 4 && local === 'c' && this.row) {
      const ref = attrs.r !== undefined ? parseA1(attrs.r) : null;
      // A row without r whose cells carry addresses is the row its first cell names (the reader
      // puts the cells there, so the writer must find them there too).
      if (ref && this.row.count === 0 && this.row.attrs.r === undefined) {
        this.row.r = ref.row + 1;
        this.lastRow = this.row.r;
      }
      const col = ref ? ref.col : this.lastCol + 1;
      this.lastCol = col;
      const cells = layout.cells;
      this.cell = cells.col.length;
      cells.col.push(col);
      cells.start.push(start);
      cells.end.push(end);
      cells.s.push(Number(attrs.s ?? 0));
      this.row.count++;
    }
  }

  close(name: string, end: number): void {
    const depth = this.depth--;
    if (depth < 2 || depth > 4) return;
    const local = localName(name);
    if (depth === 2 && local === 'cols') this.layout.colsEnd = end - name.length - 3;
    else if (depth === 2 && local === 'sheetData' && this.layout.sheetData) this.layout.sheetData.end = end;
    else if (depth === 3 && local === 'row' && this.row) {
      this.row.end = end;
      this.row = undefined;
    } else if (depth === 4 && local === 'c' && this.cell >= 0) {
      this.layout.cells.end[this.cell] = end;
      this.cell = -1;
    }
  }
}

export function scanSheetLayout(xml: string): SheetLayout {
  const builder = new SheetLayoutBuilder();
  scanXml(xml, {
    open: (tag) => builder.open(tag.name, tag.attrs, tag.start, tag.end, tag.selfClosing),
    close: (name, end) => builder.close(name, end),
  });
  return builder.layout;
}
