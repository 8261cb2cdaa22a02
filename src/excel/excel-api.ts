/**
 * The slice of the Office.js Excel API that Scorelight uses, as narrow interfaces.
 * Why: the real `Excel.RequestContext` is assignable to `XlContext` (checked at compile time in
 * office-env.ts), so every adapter function runs on real Excel, and the recording fake in
 * tests/excel implements the same interfaces without `any`.
 */

export type XlValue = string | number | boolean;

/** Per-cell format for setCellProperties (a subset of Excel.SettableCellProperties). */
export interface XlCellProps {
  format?: {
    /**
     * Every Excel fill pattern, so a user's hatched fill read back by undo can be written back; the
     * pattern's colour and the tints that make a theme colour ("Accent 1, Lighter 80%").
     */
    fill?: {
      color?: string;
      pattern?: `${Excel.FillPattern}`;
      patternColor?: string;
      tintAndShade?: number;
      patternTintAndShade?: number;
    };
    font?: {
      color?: string;
      bold?: boolean;
      tintAndShade?: number;
      /** The rest of the font: read and written back only around a style reset (undo-style-reset.ts). */
      name?: string;
      size?: number;
      italic?: boolean;
      underline?: `${Excel.RangeUnderlineStyle}`;
      strikethrough?: boolean;
      subscript?: boolean;
      superscript?: boolean;
    };
    /** Set only where the plan asks for wrap (variance sentences). */
    wrapText?: boolean;
    /** Alignment, borders and protection: likewise only around a style reset. */
    horizontalAlignment?: `${Excel.HorizontalAlignment}`;
    verticalAlignment?: `${Excel.VerticalAlignment}`;
    indentLevel?: number;
    textOrientation?: number;
    shrinkToFit?: boolean;
    readingOrder?: `${Excel.ReadingOrder}`;
    borders?: Partial<Record<XlBorderIndex, XlBorder>>;
    protection?: { locked?: boolean; formulaHidden?: boolean };
  };
  /**
   * The cell's style by name ("Normal", "Good"...). Microsoft: a style overwrites formatting, so it
   * is never sent in the same object as `format` (see undo-style-reset.ts).
   */
  style?: string;
}

export type XlBorderIndex =
  'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical' | 'diagonalDown' | 'diagonalUp';

export interface XlBorder {
  color?: string;
  style?: `${Excel.BorderLineStyle}`;
  weight?: `${Excel.BorderWeight}`;
  tintAndShade?: number;
}

/**
 * What undo reads of a cell it resets to its style: everything a cell style overwrites (font,
 * alignment, borders, fill, protection; the number format is written back anyway) and the style.
 */
export interface XlStyleResetLoadOptions {
  style: true;
  format: {
    font: {
      name: true;
      size: true;
      italic: true;
      underline: true;
      strikethrough: true;
      subscript: true;
      superscript: true;
      bold: true;
    };
    horizontalAlignment: true;
    verticalAlignment: true;
    indentLevel: true;
    textOrientation: true;
    shrinkToFit: true;
    readingOrder: true;
    wrapText: true;
    borders: { color: true; style: true; weight: true; tintAndShade: true };
    protection: true;
  };
}

/** What getCellProperties loads: the parts of a cell's look that scoring changes. */
export interface XlCellPropsLoadOptions {
  format: {
    fill: { color: true; pattern: true; patternColor: true; tintAndShade: true; patternTintAndShade: true };
    font: { color: true; bold: true; tintAndShade: true };
    /** Wrap, which scoring turns on for variance sentences. */
    wrapText?: true;
  };
}

export interface XlRangeCollection {
  items: XlRange[];
  load(propertyNames: string): unknown;
}

export interface XlRangeAreas {
  readonly isNullObject: boolean;
  readonly areas: XlRangeCollection;
  load(propertyNames: string): unknown;
  select(): void;
}

export interface XlRangeFormat {
  columnWidth: number;
}

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** null entries in a written array leave that cell unchanged (documented Office.js behaviour). */
  values: (XlValue | null)[][];
  numberFormat: (string | null)[][];
  /** Read only here: a formula cell's text ("=C2-B2"), any other cell's value. */
  readonly formulas: (XlValue | null)[][];
  readonly text: string[][];
  readonly format: XlRangeFormat;
  load(propertyNames: string): unknown;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getSpecialCellsOrNullObject(cellType: 'Formulas'): XlRangeAreas;
  /** Takes an address string: a range object parameter would tie these interfaces to Excel.Range. */
  getIntersectionOrNullObject(anotherRange: string): XlRange;
  setCellProperties(cellPropertiesData: XlCellProps[][]): void;
  /** ExcelApi 1.9. The result is readable after sync. */
  getCellProperties(loadOptions: XlCellPropsLoadOptions | XlStyleResetLoadOptions): {
    readonly value: XlCellProps[][];
  };
  /** sourceRange as "'Sheet name'!A1:B2". */
  copyFrom(sourceRange: string, copyType: 'Formats'): void;
  clear(applyTo: 'Contents' | 'Formats' | 'All'): void;
  select(): void;
}

export interface XlWorksheetProtection {
  readonly protected: boolean;
}

export interface XlHeaderFooter {
  readonly leftFooter: string;
  load(propertyNames: string): unknown;
}

export interface XlPageLayout {
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  readonly pageLayout: XlPageLayout;
  readonly name: string;
  /** ExcelApi 1.1: fixed for the sheet's life, kept through renames. */
  readonly id: string;
  visibility: string;
  readonly protection: XlWorksheetProtection;
  load(propertyNames: string): unknown;
  activate(): void;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  /** ExcelApi 1.9: several ranges at once ("E2:E9, E12:E20"); the address is cut at 8,192 characters. */
  getRanges(address: string): XlRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
}

export interface XlWorksheetCollection {
  /** After load("items/name,items/id"): every sheet, hidden ones included. */
  readonly items: XlWorksheet[];
  load(propertyNames: string): unknown;
  getActiveWorksheet(): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorkbookProtection {
  /** Review > Protect Workbook: sheets cannot be added. */
  readonly protected: boolean;
  load(propertyNames: string): unknown;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly protection: XlWorkbookProtection;
  getSelectedRange(): XlRange;
}

export interface XlApplication {
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<unknown>;
}
