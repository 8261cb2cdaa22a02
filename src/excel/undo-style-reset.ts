/**
 * Putting a font colour back to Automatic. Office.js has no value for it: RangeFont.color and the
 * cell properties' font colour take an HTML colour only ("#FF0000"), and read an Automatic colour
 * back as "#000000" (learn.microsoft.com/javascript/api/excel/excel.rangefont#excel-excel-rangefont-color-member).
 * Writing that black back would fix the cell as explicit black, unreadable in dark mode and high
 * contrast. Neither RangeFont nor CellPropertiesFont has a clear() (only RangeFill has one).
 *
 * The documented way back is the cell's style: "A style overwrites formatting" (Microsoft's
 * setCellProperties sample, learn.microsoft.com/javascript/api/excel/excel.builtinstyle, sample
 * office-js-snippets 42-range/cell-properties.yaml), and a style's font colour is the workbook's
 * own (Automatic for Normal). So a cell whose colour goes back to Automatic is set to the style it
 * already has, then everything the style overwrote is written back as it was read just before
 * (font but its colour, alignment, borders, protection; fill, weight and wrap, and the number
 * format, follow in the undo's own writes). Style and format go in separate calls, in that order,
 * as the sample says not to mix them in one object.
 * Why not the others: Range.clear("Formats") also drops the cell's conditional formats; copying
 * the backed-up formats back (copyFrom) pastes the backup's conditional-format rules as new rules;
 * a custom style changes the workbook's style list and its include* flags have no undo on the web.
 * What it cannot keep: a colour Excel reads as black is taken for Automatic (an explicit black
 * reads the same; Automatic is by far the usual one, and the readable one in dark mode), and a
 * property that came from a non-Normal style is written back as the cell's own.
 */
import { chunkChanges } from './cell-batches';
import type { XlBorder, XlBorderIndex, XlCellProps, XlStyleResetLoadOptions, XlWorksheet } from './excel-api';

/** What is read of a cell before its style is re-applied. */
export const RESET_PROPS: XlStyleResetLoadOptions = {
  style: true,
  format: {
    font: {
      name: true,
      size: true,
      italic: true,
      underline: true,
      strikethrough: true,
      subscript: true,
      superscript: true,
      bold: true,
    },
    horizontalAlignment: true,
    verticalAlignment: true,
    indentLevel: true,
    textOrientation: true,
    shrinkToFit: true,
    readingOrder: true,
    wrapText: true,
    borders: { color: true, style: true, weight: true, tintAndShade: true },
    protection: true,
  },
};

/** Response bytes per cell of a RESET_PROPS read, against the read budget's 200 for a look. */
export const RESET_READ_WEIGHT = 6;

/** Does a backed-up font colour read as Excel reads Automatic? */
export function readsAutomatic(backed: XlCellProps | undefined): boolean {
  const font = backed?.format?.font;
  return font?.color?.toUpperCase() === '#000000' && (font.tintAndShade ?? 0) === 0;
}

/** A cell to put back to its style, with what it looked like just before (RESET_PROPS). */
export interface StyleReset {
  row: number;
  col: number;
  now: XlCellProps;
}

/** What to write back once the style has overwritten the cell: all it read but the font colour. */
export function keptFormat(now: XlCellProps): XlCellProps {
  const f = now.format ?? {};
  const font = f.font ?? {};
  const borders: Partial<Record<XlBorderIndex, XlBorder>> = {};
  for (const [edge, b] of Object.entries(f.borders ?? {}) as [XlBorderIndex, XlBorder][]) {
    // An edge with no line needs nothing: the style reset left it without one, or with the style's.
    if (b && b.style !== undefined && b.style !== 'None') borders[edge] = b;
  }
  const format: NonNullable<XlCellProps['format']> = {
    font: {
      ...(font.name !== undefined ? { name: font.name } : {}),
      ...(font.size !== undefined ? { size: font.size } : {}),
      ...(font.italic !== undefined ? { italic: font.italic } : {}),
      ...(font.underline !== undefined ? { underline: font.underline } : {}),
      ...(font.strikethrough !== undefined ? { strikethrough: font.strikethrough } : {}),
      // Only the one that is on: writing both as false is the style's own state anyway.
      ...(font.subscript ? { subscript: true } : {}),
      ...(font.superscript ? { superscript: true } : {}),
      ...(font.bold !== undefined ? { bold: font.bold } : {}),
    },
    ...(Object.keys(borders).length > 0 ? { borders } : {}),
  };
  for (const k of [
    'horizontalAlignment',
    'verticalAlignment',
    'indentLevel',
    'textOrientation',
    'shrinkToFit',
    'readingOrder',
    'wrapText',
    'protection',
  ] as const) {
    if (f[k] !== undefined) (format as Record<string, unknown>)[k] = f[k];
  }
  return { format };
}

/**
 * Queue the resets: per run of rows in a column, the style (its own call), then what it overwrote.
 * Queued before the undo's writes to the same cells, in the same request.
 */
export function queueStyleResets(ws: XlWorksheet, resets: StyleReset[]): void {
  // Runs of consecutive rows only, as undo's own writes (it does not read the merged areas).
  const chunks = chunkChanges(
    resets.map((r) => ({ row: r.row, col: r.col, value: '', numberFormat: '', props: keptFormat(r.now) })),
    Number.MAX_SAFE_INTEGER,
    [],
    0,
  );
  const byCell = new Map(resets.map((r) => [`${r.row},${r.col}`, r]));
  for (const chunk of chunks) {
    const styles: XlCellProps[][] = [];
    const kept: XlCellProps[][] = [];
    for (let i = 0; i < chunk.rows; i++) {
      styles.push([{}]);
      kept.push([{}]);
    }
    for (const c of chunk.changes) {
      const r = byCell.get(`${c.row},${c.col}`);
      styles[c.row - chunk.top][0] = { style: r?.now.style || 'Normal' };
      kept[c.row - chunk.top][0] = c.props ?? {};
    }
    const range = ws.getRangeByIndexes(chunk.top, chunk.col, chunk.rows, 1);
    range.setCellProperties(styles);
    range.setCellProperties(kept);
  }
}
