/**
 * The contract between the browser preview (src/preview) and its .xlsx host (src/xlsx), beside the
 * PaneHost contract it extends, so neither folder imports the other: the open workbook, its sheets,
 * a selection the preview can show, and change notifications for React.
 */
import type { PaneHost } from './host';

export interface SheetWindowCell {
  text: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** A few rows and columns of a sheet around the selected cell, for the read-only sheet view. */
export interface SheetWindow {
  sheet: string;
  /** 0-based sheet coordinates of cells[0][0]. */
  top: number;
  left: number;
  cells: SheetWindowCell[][];
  /** The selection, 0-based, as a rectangle. */
  selected: { row: number; col: number; rowCount: number; colCount: number };
}

export interface PreviewSelection {
  sheet: string;
  address: string;
}

export interface PreviewHost extends PaneHost {
  readonly mode: 'preview';
  openWorkbook(name: string, data: ArrayBuffer): Promise<{ sheets: string[] }>;
  downloadScored(): Promise<{ name: string; data: ArrayBuffer }>;
  workbookName(): string | null;
  /** Changes each time a workbook is opened (the same file opened twice is a fresh start). */
  workbookSerial(): number;
  sheetNames(): string[];
  activeSheet(): string | null;
  setActiveSheet(name: string): void;
  selection(): PreviewSelection | null;
  /** Select a range typed by the user (the preview has no grid to drag over). False when not an address. */
  selectRange(address: string): boolean;
  cellWindow(sheet: string, address: string, rows: number, cols: number): SheetWindow | null;
  /** React's useSyncExternalStore pair: call listener on any change; revision() changes with it. */
  subscribe(listener: () => void): () => void;
  revision(): number;
}
