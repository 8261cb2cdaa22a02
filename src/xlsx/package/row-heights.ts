/**
 * Heights for rows where we wrote wrapped text (the variance sentences): Excel keeps a row at the
 * height saved in the file, so a sentence wrapped onto a second line would be cut off. A row gets
 * the height its wrapped text needs, estimated from the text and its column's width as the summary
 * layout estimates its own (core/summary/grid.ts); only ever taller. A row whose height the user
 * fixed (customHeight) is theirs and stays as it is.
 */
import { wrappedLines } from '../../core/summary/grid';
import type { ColSpan, RowSpan, SheetLayout } from './sheet-layout';

/** Excel's defaults: 15 pt rows of 11 pt Calibri, columns of 8 characters plus padding. */
const DEFAULT_ROW_POINTS = 15;
const DEFAULT_BASE_WIDTH = 8;
const PADDING_WIDTH = 0.43;

export interface WrappedText {
  col: number;
  text: string;
}

/** The width (characters) of each column as the sheet will have it: its own, ours (added), or the default. */
export function columnWidthOf(layout: SheetLayout, added: Record<number, number> | undefined): (col: number) => number {
  const d = layout.defaults;
  const fallback = d?.colWidth ?? (d?.baseColWidth ?? DEFAULT_BASE_WIDTH) + PADDING_WIDTH;
  return (col) => {
    const own: ColSpan | undefined = layout.cols.find((c) => c.min <= col && col <= c.max);
    return own?.size ?? added?.[col] ?? fallback;
  };
}

function isOn(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/**
 * The height (points) to give a row for the wrapped text written into it, or null to leave the row
 * as it is: the user fixed its height, or it is tall enough already.
 */
export function grownRowHeight(
  row: Pick<RowSpan, 'attrs'> | undefined,
  texts: readonly WrappedText[],
  layout: SheetLayout,
  widthOf: (col: number) => number,
): number | null {
  if (texts.length === 0 || isOn(row?.attrs.customHeight)) return null;
  const line = layout.defaults?.rowHeight ?? DEFAULT_ROW_POINTS;
  const lines = Math.max(...texts.map((t) => wrappedLines(t.text, widthOf(t.col))));
  const need = Math.round(lines * line * 100) / 100;
  const ht = Number(row?.attrs.ht);
  const now = Number.isFinite(ht) && ht > 0 ? ht : line;
  return need > now ? need : null;
}
