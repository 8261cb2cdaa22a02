/**
 * Plan styles as Excel cell properties. A style states the whole look of our cell: no fill means
 * no fill (so a cell that was GREEN and is now NOT_SCORED loses its green), no font colour means
 * the default black, no bold means not bold.
 */
import type { CellStyle } from '../core/plan/types';
import type { XlCellProps } from './excel-api';

export const DEFAULT_FONT_COLOR = '#000000';

export function styleProps(style: CellStyle | undefined): XlCellProps {
  const s = style ?? {};
  return {
    format: {
      fill: s.fill ? { color: s.fill } : { pattern: 'None' },
      font: { color: s.fontColor ?? DEFAULT_FONT_COLOR, bold: s.bold ?? false },
    },
  };
}

/** A cell we no longer use: no fill, default font. */
export const CLEARED_PROPS: XlCellProps = styleProps(undefined);

/** Excel column width is in points; the plan gives characters of the default font (about 7 px each). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
