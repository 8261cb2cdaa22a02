/**
 * The board summary as a host-neutral plan: every cell, style, merge, width and print setting the
 * summary sheet needs. The .xlsx and Excel writers apply it as given and decide nothing themselves,
 * so both front doors print the same page.
 */
import type { Status } from '../model';
import type { CellStyle } from '../plan/types';
import type { CellRange } from '../snapshot';

export interface SummaryStyle extends CellStyle {
  italic?: boolean;
  /** Font size in points; undefined = the host's default (11). */
  size?: number;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  /** Indent from the cell's edge (Excel indent levels), so text does not touch the figure beside it. */
  indent?: number;
  vAlign?: 'top' | 'middle' | 'bottom';
  /** A thin rule under the cell (headings, table headers) or round it (table body). #RRGGBB. */
  borderBottom?: string;
  borderAll?: string;
}

/**
 * One cell. `kind: 'text'` cells must be written as text whatever they begin with (=, +, -, @):
 * their numberFormat is always "@" and writers never let them become formulas.
 */
export interface SummaryCell {
  row: number;
  col: number;
  value: string | number;
  kind: 'text' | 'number';
  /** Key into SummaryPlan.styles. */
  style: string;
  /** Excel number format code ("@" for text). */
  numberFormat: string;
}

export interface ChartCategory {
  status: Status;
  /** Word and symbol ("● Green"), as the counts table shows it. */
  label: string;
  count: number;
  /** #RRGGBB bar colour: the status's text colour, which keeps 3:1 against the white page (WCAG 1.4.11). */
  fill: string;
}

export interface SummaryChart {
  title: string;
  /**
   * What the chart shows, in numbers ("Indicators by status: ● Green 5 (45%), ..."): the chart's alt
   * text where the host can set it, and the caption cell under the chart in every host.
   */
  altText: string;
  /** The caption cell holding altText, so every reader (and every host) gets the same numbers. */
  caption: { row: number; col: number };
  categories: ChartCategory[];
  /** The count table's label column and count column (same rows), the chart's source data. */
  labels: CellRange;
  values: CellRange;
  /** Where the chart goes: cells beside the counts. The .xlsx writer draws bars of cells here. */
  area: CellRange;
}

/**
 * A data region written as a real Excel table (Office.js tables.add, ExcelJS addTable): the first
 * row of `range` is its header row, holding exactly `columns`, unique and non-empty.
 */
export interface SummaryTable {
  /** Valid Excel table name, meaningful ("Areas_for_focus_Q2_KPIs"); writers add "_2" if taken. */
  name: string;
  range: CellRange;
  columns: string[];
}

/** Document properties for the accessibility checkers and for PDF export (WCAG 2.4.2, 3.1.1). */
export interface DocumentInfo {
  title: string;
  /** BCP 47 language tag of the text we write. */
  language: string;
}

export interface PrintSettings {
  paperSize: 'A4';
  orientation: 'landscape';
  /** Fit to this many pages wide; 0 pages tall = as many as needed. */
  fitToWidth: 1;
  fitToHeight: 0;
  /** 0-based rows repeated at the top of every printed page. */
  titleRows: { first: number; last: number };
  gridlines: false;
  /** 0-based rows that start a new printed page, so a section's table keeps its heading. */
  breaks: number[];
  /** The printed area: the whole summary. */
  area: CellRange;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Footer sections in Excel header/footer codes. `left` also marks the sheet as ours. */
  footer: { left: string; center: string; right: string };
}

export interface SummaryPlan {
  /** The preferred name ("<source> summary"); writers add " (2)" if a sheet of the user's has it. */
  sheetName: string;
  sourceSheet: string;
  cells: SummaryCell[];
  styles: Record<string, SummaryStyle>;
  merges: CellRange[];
  /** Disjoint rectangles covering every cell: a host writes each in one range write. */
  blocks: CellRange[];
  /** Width in characters per 0-based column. */
  columnWidths: number[];
  /** Heights in points for rows that need more than one line (wrapped text). */
  rowHeights: Record<number, number>;
  print: PrintSettings;
  chart: SummaryChart;
  /** Every data region, top to bottom, as a real table with a header row. */
  tables: SummaryTable[];
  document: DocumentInfo;
  /** The narrative paragraphs, also written into the sheet. */
  narrative: string[];
  /** The period reported on, as the summary names it: the key a host records ratings under (history.ts). */
  period: string;
}
