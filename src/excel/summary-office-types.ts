/**
 * The narrow Office.js interfaces the summary writer uses, so the recording fake in tests/summary
 * implements them without `any`; the real Excel.RequestContext is checked to fit (fitsExcel).
 */
export type SxBorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface SxBorder {
  style: string;
  color: string;
}

export interface SxFormat {
  readonly font: { bold: boolean; italic: boolean; size: number; color: string };
  readonly fill: { color: string };
  wrapText: boolean;
  horizontalAlignment: string;
  indentLevel: number;
  verticalAlignment: string;
  readonly borders: {
    getItem(
      index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal',
    ): SxBorder;
  };
  columnWidth: number;
  rowHeight: number;
}

export interface SxRange {
  values: (string | number)[][];
  numberFormat: string[][];
  readonly format: SxFormat;
  merge(across?: boolean): void;
}

export interface SxRangeAreas {
  readonly format: SxFormat;
}

export interface SxChart {
  name: string;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly axes: { readonly categoryAxis: { reversePlotOrder: boolean } };
  readonly series: {
    getItemAt(index: number): {
      hasDataLabels: boolean;
      gapWidth: number;
      readonly points: {
        getItemAt(index: number): { readonly format: { readonly fill: { setSolidColor(color: string): void } } };
      };
    };
  };
  setPosition(startCell: string, endCell?: string): void;
}

export interface SxHeaderFooter {
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
  load(propertyNames: string): unknown;
}

export interface SxPageLayout {
  orientation: string;
  paperSize: string;
  printGridlines: boolean;
  centerHorizontally: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  readonly headersFooters: { readonly defaultForAllPages: SxHeaderFooter };
  setPrintTitleRows(printTitleRows: string): void;
  setPrintArea(printArea: string): void;
}

export interface SxTable {
  name: string;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

export interface SxTableNames {
  items: { name: string }[];
  load(propertyNames: string): unknown;
}

export interface SxWorksheet {
  readonly name: string;
  readonly tables: SxTableNames & { add(address: string, hasHeaders: boolean): SxTable };
  position: number;
  showGridlines: boolean;
  tabColor: string;
  readonly pageLayout: SxPageLayout;
  readonly charts: { add(type: string, sourceData: SxRange, seriesBy?: string): SxChart };
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SxRange;
  getRanges(address: string): SxRangeAreas;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  delete(): void;
  activate(): void;
}

export interface SxContext {
  readonly workbook: {
    readonly tables: SxTableNames;
    readonly properties: { title: string; load(propertyNames: string): unknown };
    readonly worksheets: {
      items: SxWorksheet[];
      load(propertyNames: string): unknown;
      add(name?: string): SxWorksheet;
      getItem(key: string): SxWorksheet;
    };
  };
  sync(): Promise<unknown>;
}

/**
 * Starts a batch, as Excel.run does; mergeUndoGroup (ExcelApi 1.20) makes the run one undo step.
 * The summary is written over more than one run (summary-writer.ts), so it takes a runner.
 */
export type SxRun = <T>(
  batch: (context: SxContext) => Promise<T>,
  options?: { mergeUndoGroup?: boolean },
) => Promise<T>;

/** Compile-time proof that the real context fits the narrow interfaces this file uses. */
export const fitsExcel = (context: Excel.RequestContext): SxContext => context;
