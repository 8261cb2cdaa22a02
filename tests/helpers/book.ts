/**
 * Tests build workbooks with ExcelJS (a dev dependency: a convenient way to make real .xlsx
 * packages) and hand them to the .xlsx host as a Book, read from the saved package exactly as the
 * CLI and the preview read a user's file. Results are read back from the Book, or from the saved
 * package with ExcelJS as another program would.
 */
import ExcelJS from 'exceljs';
import type { Book } from '../../src/xlsx/book/book';
import { openBook } from '../../src/xlsx/book/read-book';
import { savePackage } from '../../src/xlsx/workbook-io';

/** The package ExcelJS writes for `wb`. */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** An ExcelJS workbook as the host sees it once saved: a Book read from its package. */
export async function bookFrom(wb: ExcelJS.Workbook): Promise<Book> {
  return openBook(await xlsxBytes(wb));
}

/** The Book saved (the package edited in place) and opened again as a Book. */
export async function reopen(book: Book): Promise<Book> {
  return openBook(await savePackage(book));
}

/** The Book saved and read by ExcelJS, as another program would see the scored file. */
export async function exceljsFrom(book: Book): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = await savePackage(book);
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** A cell's value in a Book ("" when empty), by sheet name and A1 address. */
export function valueAt(book: Book, sheet: string, address: string): string | number | boolean {
  const view = book.view(sheet, address);
  if (!view) throw new Error(`no sheet "${sheet}" or bad address ${address}`);
  return view.value;
}

/** Sheet names in tab order. */
export function sheetNames(book: Book): string[] {
  return book.sheets.map((s) => s.name);
}
