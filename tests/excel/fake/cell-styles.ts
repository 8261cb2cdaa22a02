/**
 * Cell styles and Automatic colours in the fake Excel, as data with where each rule comes from.
 * - Setting a cell's style overwrites its formatting with the style's (every part the fake models:
 *   fill, font colour and weight, italic, wrap, number format). Source: Microsoft's
 *   setCellProperties sample, "A style overwrites formatting, so don't use style and format in the
 *   same object" (STYLE_SOURCE). The fake refuses an object holding both: the order Excel would
 *   apply them in is not documented, so code must not depend on it.
 * - An Automatic font or pattern colour reads back as "#000000", the same as an explicit black, and
 *   RangeFont.color takes an HTML colour only: there is no value that sets Automatic (FONT_SOURCE).
 *   The fake keeps which is which (undefined = Automatic) so a test can tell them apart.
 * The styles listed are the built-in ones a council workbook commonly carries (Excel's defaults for
 * the Office theme); a name not listed fails as Excel fails for a style the workbook lacks.
 */
import type { FakeCell } from '../fake-grid';

export const STYLE_SOURCE =
  'https://learn.microsoft.com/javascript/api/excel/excel.builtinstyle (sample office-js-snippets/samples/excel/42-range/cell-properties.yaml)';
export const FONT_SOURCE =
  'https://learn.microsoft.com/javascript/api/excel/excel.rangefont#excel-excel-rangefont-color-member';

/** What Excel reads an Automatic colour as. */
export const AUTOMATIC_READS_AS = '#000000';

/** The formatting a style sets; a key left out is the default (no fill, Automatic font, General). */
export type StyleLook = Pick<FakeCell, 'fill' | 'fontColor' | 'bold' | 'italic' | 'wrap'> & { numberFormat?: string };

export const CELL_STYLES: Readonly<Record<string, StyleLook>> = {
  Normal: {},
  Good: { fill: '#C6EFCE', fontColor: '#006100' },
  Bad: { fill: '#FFC7CE', fontColor: '#9C0006' },
  Neutral: { fill: '#FFEB9C', fontColor: '#9C5700' },
};
