/**
 * Edits one worksheet part in place: the cells Scorelight writes or clears are replaced or inserted
 * in <sheetData>, widths are added for columns it created, and <dimension> grows to cover them.
 * Every other byte of the part (formulas, shared-string cells, conditional formats, data
 * validations, drawings' anchors, extensions) is copied from the source text as it was.
 */
import { parseRangeA1, rangeToA1, toA1 } from '../../core/a1';
import type { CellStyle } from '../../core/plan/types';
import { columnWidthOf, grownRowHeight, type WrappedText } from './row-heights';
import { scanSheetLayout, type RowSpan, type SheetLayout } from './sheet-layout';
import { Splicer } from './xml-scan';
import { encodeXstring } from './xstring';
import { escapeText, startTag } from './xml-text';

export type EditValue = string | number | boolean | { error: string } | null;

export interface CellEdit {
  row: number;
  col: number;
  value: EditValue;
  look: CellStyle;
}

export interface SheetPatch {
  edits: CellEdit[];
  /** 0-based column -> width, for columns Scorelight added (only where the sheet sets no width). */
  columnWidths?: Record<number, number>;
}

/** Maps a cell's current format index and wanted look to the index to write (see StylesPart.withLook). */
export type StyleFor = (baseXf: number, look: CellStyle) => number;

/**
 * The cell's element; an empty, unformatted cell is left out unless `keep` (a cell replaced in
 * place keeps an element: cells after it may give no address and count on its place).
 */
function cellXml(prefix: string, ref: { row: number; col: number }, s: number, value: EditValue, keep = false): string {
  const r = toA1(ref);
  const sAttr = s > 0 ? ` s="${s}"` : '';
  if (value === null || value === '') return s > 0 || keep ? `<${prefix}c r="${r}"${sAttr}/>` : '';
  if (typeof value === 'string') {
    return `<${prefix}c r="${r}"${sAttr} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeText(encodeXstring(value))}</${prefix}t></${prefix}is></${prefix}c>`;
  }
  if (typeof value === 'number')
    return `<${prefix}c r="${r}"${sAttr}><${prefix}v>${String(value)}</${prefix}v></${prefix}c>`;
  if (typeof value === 'boolean')
    return `<${prefix}c r="${r}"${sAttr} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${r}"${sAttr} t="e"><${prefix}v>${escapeText(value.error)}</${prefix}v></${prefix}c>`;
}

/** "x:row" -> "x:"; "row" -> "". */
function prefixOf(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? '' : qualified.slice(0, colon + 1);
}

/** The patched part; the source unchanged when there is nothing to do. */
export function patchSheetXml(
  xml: string,
  patch: SheetPatch,
  styleFor: StyleFor,
  layout: SheetLayout = scanSheetLayout(xml),
): string {
  const { rows, cols, colsEnd, sheetData, dimension } = layout;
  if (!sheetData) throw new Error('the sheet has no cell data');
  if (patch.edits.length === 0 && Object.keys(patch.columnWidths ?? {}).length === 0) return xml;

  // Each element we write takes the prefix of the element it goes into (a part may mix prefixes:
  // <x:sheetData> holding unprefixed rows), so it is in the namespace its siblings are in.
  const prefix = prefixOf(sheetData.name);
  const out = new Splicer(xml);
  const endTagStart = (end: number): number => xml.lastIndexOf('</', end - 1);
  const colStyle = (col: number): number => cols.find((c) => c.min <= col && col <= c.max)?.style ?? 0;

  const byRow = new Map<number, CellEdit[]>();
  for (const e of patch.edits) {
    const list = byRow.get(e.row + 1);
    if (list) list.push(e);
    else byRow.set(e.row + 1, [e]);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);

  // Rows holding wrapped text we write grow to show it (row-heights.ts).
  const widthOf = columnWidthOf(layout, patch.columnWidths);
  const wrapped = (edits: CellEdit[]): WrappedText[] =>
    edits.flatMap((e) =>
      e.look.wrap && typeof e.value === 'string' && e.value !== '' ? [{ col: e.col, text: e.value }] : [],
    );
  /** The row's attributes with a new height, or undefined when it keeps its own. */
  const heightAttr = (rs: RowSpan | undefined, edits: CellEdit[]): [string, string] | undefined => {
    const ht = grownRowHeight(rs, wrapped(edits), layout, widthOf);
    return ht === null ? undefined : ['ht', String(ht)];
  };
  const withHeight = (attrs: [string, string][], ht: [string, string] | undefined): [string, string][] =>
    ht ? [...attrs.filter(([n]) => n !== 'ht'), ht] : attrs;

  const rowStyle = (rs: RowSpan | undefined, col: number): number =>
    rs && (rs.attrs.customFormat === '1' || rs.attrs.customFormat === 'true') && rs.attrs.s !== undefined
      ? Number(rs.attrs.s)
      : colStyle(col);

  const existing = new Map(rows.map((r) => [r.r, r]));
  for (const [r, edits] of byRow) {
    const rs = existing.get(r);
    if (!rs) continue;
    const { col: cellCol, start: cellStart, end: cellEnd, s: cellS } = layout.cells;
    const last = rs.first + rs.count;
    const byCol = new Map<number, number>();
    for (let k = rs.first; k < last; k++) byCol.set(cellCol[k], k);
    let inserted = false;
    const rowPrefix = prefixOf(rs.name);
    for (const e of edits) {
      const old = byCol.get(e.col);
      const xmlFor = (base: number) => cellXml(rowPrefix, e, styleFor(base, e.look), e.value);
      if (old !== undefined) {
        out.replace(cellStart[old], cellEnd[old], cellXml(rowPrefix, e, styleFor(cellS[old], e.look), e.value, true));
        continue;
      }
      inserted = true;
      let next = -1;
      for (let k = rs.first; k < last && next < 0; k++) if (cellCol[k] > e.col) next = k;
      const text = xmlFor(rowStyle(rs, e.col));
      if (rs.selfClosing) continue; // rebuilt whole below
      out.insert(next >= 0 ? cellStart[next] : endTagStart(rs.end), text);
    }
    const ht = heightAttr(rs, edits);
    if (rs.selfClosing) {
      const attrs = withHeight(
        Object.entries(rs.attrs).filter(([n]) => n !== 'spans'),
        ht,
      );
      const cellsXml = edits.map((e) => cellXml(rowPrefix, e, styleFor(rowStyle(rs, e.col), e.look), e.value)).join('');
      out.replace(rs.start, rs.end, `${startTag(rs.name, attrs)}${cellsXml}</${rs.name}>`);
    } else if ((inserted && rs.attrs.spans !== undefined) || ht) {
      // spans is an optional hint; a stale one after inserting cells is worse than none.
      const attrs = Object.entries(rs.attrs).filter(([n]) => !(inserted && n === 'spans'));
      out.replace(rs.start, rs.tagEnd, startTag(rs.name, withHeight(attrs, ht)));
    }
  }

  // Rows the sheet does not have yet, in order, before the first row below them.
  const missing = [...byRow.keys()].filter((r) => !existing.has(r)).sort((a, b) => a - b);
  const newRows: string[] = [];
  let at = 0;
  const flushBefore = (offset: number) => {
    if (newRows.length === 0) return;
    if (sheetData?.selfClosing) return;
    out.insert(offset, newRows.join(''));
    newRows.length = 0;
  };
  for (const r of missing) {
    while (at < rows.length && rows[at].r < r) {
      at++;
    }
    const edits = byRow.get(r) ?? [];
    const cellsXml = edits.map((e) => cellXml(prefix, e, styleFor(colStyle(e.col), e.look), e.value)).join('');
    if (cellsXml === '') continue;
    const ht = heightAttr(undefined, edits);
    const text = `${startTag(`${prefix}row`, withHeight([['r', String(r)]], ht))}${cellsXml}</${prefix}row>`;
    if (at < rows.length) out.insert(rows[at].start, text);
    else newRows.push(text);
  }
  if (sheetData.selfClosing) {
    if (newRows.length > 0)
      out.replace(
        sheetData.start,
        sheetData.end,
        `${xml.slice(sheetData.start, sheetData.end).replace(/\s*\/>$/, '')}>${newRows.join('')}</${sheetData.name}>`,
      );
  } else flushBefore(endTagStart(sheetData.end));

  // Widths for the columns we added, where no <col> covers them yet (a width the user set is theirs).
  const widths = Object.entries(patch.columnWidths ?? {})
    .map(([c, w]) => ({ col: Number(c), width: w }))
    .filter((w) => !cols.some((c) => c.min <= w.col && w.col <= c.max))
    .sort((a, b) => a.col - b.col);
  if (widths.length > 0) {
    const colXml = (p: string) => (w: { col: number; width: number }) =>
      `<${p}col min="${w.col + 1}" max="${w.col + 1}" width="${w.width}" customWidth="1"/>`;
    if (colsEnd >= 0) {
      for (const w of widths) {
        const next = cols.find((c) => c.min > w.col);
        out.insert(next ? next.start : colsEnd, colXml(prefixOf(layout.colsName))(w));
      }
    } else {
      // A new <cols> goes beside <sheetData>, so it takes the root's prefix (always in scope there).
      const p = prefixOf(layout.rootName);
      out.insert(sheetData.start, `<${p}cols>${widths.map(colXml(p)).join('')}</${p}cols>`);
    }
  }

  if (dimension && patch.edits.length > 0) {
    const d = parseRangeA1(dimension.ref);
    if (d) {
      let top = d.row;
      let left = d.col;
      let bottom = d.row + d.rowCount - 1;
      let right = d.col + d.colCount - 1;
      for (const e of patch.edits) {
        top = Math.min(top, e.row);
        left = Math.min(left, e.col);
        bottom = Math.max(bottom, e.row);
        right = Math.max(right, e.col);
      }
      const ref = rangeToA1({ row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 });
      if (ref !== dimension.ref)
        out.replace(dimension.start, dimension.end, startTag(dimension.name, [['ref', ref]], true));
    }
  }
  return out.toString();
}
