/**
 * Opening and saving .xlsx bytes. Kept apart from the rest of src/xlsx because it is the only
 * file that loads ExcelJS at run time: the browser preview imports it lazily (ExcelJS is ~255 KB gzip).
 */
import { Workbook } from 'exceljs';
import { writePackage, type ZipCodec } from './package/write-package';

/** Parse .xlsx bytes into a workbook. Rejects when the bytes are not a readable workbook. */
export async function openWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // ExcelJS's typings ask for a Node Buffer; it reads any Uint8Array-like through JSZip.
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/**
 * Serialise a workbook to .xlsx bytes. `compress: false` leaves the zip entries stored, for a caller
 * that compresses them faster itself (the CLI, with Node's zlib: see src/cli/zip-deflate.ts).
 */
export async function saveWorkbook(wb: Workbook, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const compress = options.compress ?? true;
  const out = await wb.xlsx.writeBuffer(compress ? undefined : { zip: { compression: 'STORE' } });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/**
 * The scored workbook as the user's original package with only Scorelight's parts rewritten (see
 * package/write-package.ts). `original` is the .xlsx the workbook was opened from.
 */
export async function savePackage(original: Uint8Array, wb: Workbook, codec?: ZipCodec): Promise<Uint8Array> {
  return writePackage(original, wb, { newWorkbook: () => new Workbook(), codec });
}
