/**
 * Reading and writing the small part of a cell's look Scorelight owns: a solid fill, the font
 * colour and bold. ExcelJS shares one style object between every cell read with the same style id,
 * so a cell is always given a fresh copy before it changes; otherwise colouring one status cell
 * would recolour every cell that happened to share its formatting.
 */
import type { Cell, Fill, Font, Style } from 'exceljs';
import type { CellStyle } from '../core/plan/types';

/** "#RRGGBB" to ExcelJS "AARRGGBB" (opaque). */
export function hexToArgb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** "AARRGGBB" (or "RRGGBB") to "#RRGGBB"; undefined when not a plain RGB colour (theme, indexed). */
export function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(argb)) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

/** A deep copy: style parts are plain JSON (colours, borders, number formats). */
function copyStyle(style: Partial<Style> | undefined): Partial<Style> {
  return style ? (JSON.parse(JSON.stringify(style)) as Partial<Style>) : {};
}

/** The fill/font colour/bold a cell shows now, as the plan describes styles (for undo). */
export function readCellStyle(cell: Cell | undefined): CellStyle {
  const out: CellStyle = {};
  if (!cell) return out;
  const fill = cell.style?.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const hex = argbToHex(fill.fgColor?.argb);
    if (hex) out.fill = hex;
  }
  const font = cell.style?.font;
  const color = argbToHex(font?.color?.argb);
  if (color) out.fontColor = color;
  if (font?.bold) out.bold = true;
  return out;
}

/** A font used when the cell has none of its own, so a bold-only font does not render oddly. */
const FALLBACK_FONT: Partial<Font> = { name: 'Calibri', size: 11, family: 2 };

/**
 * Give the cell exactly this fill/font colour/bold (undefined = none), keeping every other part of
 * its style: number format, borders, alignment, font name, size, italic... `key` is lookKey(want),
 * for callers writing thousands of cells in a few looks.
 */
export function setCellStyle(cell: Cell, want: CellStyle, key?: string): void {
  cell.style = styledLike(cell.style, want, key);
}

/**
 * Derived styles, per original style and wanted look. Cells read with the same style id share one
 * style object, and ExcelJS gives every new cell a fresh copy of its row's and column's style, so
 * originals are matched first by identity, then by content: a column of 5,000 status cells needs a
 * handful of derived styles, not 5,000 deep copies (and the writer then serialises a handful, since
 * it too recognises a style object it has seen). A derived style is never changed in place (every
 * change starts from a copy), so sharing it is safe.
 */
const BY_OBJECT = new WeakMap<object, Map<string, Partial<Style>>>();
const BY_CONTENT = new Map<string, Map<string, Partial<Style>>>();
/** Distinct original styles remembered by content; past this the memo starts afresh (long preview sessions). */
const BY_CONTENT_LIMIT = 10_000;
/** Looks derived from no style at all: the usual case, a new cell in a column we added. */
const FROM_NOTHING = new Map<string, Partial<Style>>();

function isEmptyStyle(style: Partial<Style>): boolean {
  for (const key in style) if ((style as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

function looksFor(base: Partial<Style> | undefined): Map<string, Partial<Style>> {
  if (!base || isEmptyStyle(base)) return FROM_NOTHING;
  let looks = BY_OBJECT.get(base);
  if (looks) return looks;
  const content = JSON.stringify(base);
  looks = BY_CONTENT.get(content);
  if (!looks) {
    if (BY_CONTENT.size >= BY_CONTENT_LIMIT) BY_CONTENT.clear();
    looks = new Map();
    BY_CONTENT.set(content, looks);
  }
  BY_OBJECT.set(base, looks);
  return looks;
}

/** The key of a wanted look among the derived styles. */
export function lookKey(want: CellStyle): string {
  return `${want.fill ?? ''}|${want.fontColor ?? ''}|${want.bold ? 1 : 0}`;
}

function styledLike(base: Partial<Style> | undefined, want: CellStyle, key = lookKey(want)): Partial<Style> {
  const looks = looksFor(base);
  let style = looks.get(key);
  if (!style) {
    style = deriveStyle(base, want);
    looks.set(key, style);
  }
  return style;
}

function deriveStyle(base: Partial<Style> | undefined, want: CellStyle): Partial<Style> {
  const style = copyStyle(base);
  if (want.fill) {
    const fill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(want.fill) } };
    style.fill = fill;
  } else {
    delete style.fill;
  }
  if (style.font || want.fontColor || want.bold) {
    const font: Partial<Font> = style.font ? { ...style.font } : { ...FALLBACK_FONT };
    if (want.fontColor) font.color = { argb: hexToArgb(want.fontColor) };
    else delete font.color;
    if (want.bold) font.bold = true;
    else delete font.bold;
    style.font = font;
  }
  return style;
}

/** Set the number format on a fresh copy of the style ("General" = none). */
export function setCellNumberFormat(cell: Cell, numberFormat: string): void {
  const style = copyStyle(cell.style);
  if (numberFormat && numberFormat !== 'General') style.numFmt = numberFormat;
  else delete style.numFmt;
  cell.style = style;
}
