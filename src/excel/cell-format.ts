/**
 * Plan styles as Excel cell properties. A style states the fill and weight of our cell: no fill
 * means no fill (so a cell that was GREEN and is now NOT_SCORED loses its green), no bold means not
 * bold. No font colour is sent at all, never an explicit black: the cell keeps Excel's Automatic
 * colour, which follows dark themes and high-contrast modes (explicit #000000 is unreadable there).
 * Office.js has no colour value for Automatic: "Undo last scoring" puts it back by re-applying the
 * cell's style (undo-style-reset.ts); a re-scoring that no longer colours a cell does not, so a
 * colour configured in the rules stays there until undo or the user clears the cell's formats.
 */
import type { CellStyle } from '../core/plan/types';
import type { XlCellProps } from './excel-api';

export function styleProps(style: CellStyle | undefined): XlCellProps {
  const s = style ?? {};
  return {
    format: {
      fill: s.fill ? { color: s.fill } : { pattern: 'None' },
      font: s.fontColor ? { color: s.fontColor, bold: s.bold ?? false } : { bold: s.bold ?? false },
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
    },
  };
}

/** A cell we no longer use: no fill, not bold. */
export const CLEARED_PROPS: XlCellProps = styleProps(undefined);

/** Excel column width is in points; the plan gives characters of the default font (about 7 px each). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
