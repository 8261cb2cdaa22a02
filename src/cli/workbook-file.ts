/**
 * Reading and writing workbook files for the CLI, turning every way a file can be wrong into one
 * sentence a council analyst can act on (missing, a folder, not a workbook, an old .xls, damaged).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Workbook } from 'exceljs';
import { measureWorkbook } from '../xlsx/sheet-dimensions';
import { unsupportedParts } from '../xlsx/unsupported-parts';
import { openWorkbook, saveWorkbook } from '../xlsx/workbook-io';
import { CliError } from './cli-error';
import { deflateZip } from './zip-deflate';

/** .xlsx files are zip archives. */
const ZIP_MAGIC = [0x50, 0x4b];
/** Compound File Binary: the old .xls format, and also password-encrypted .xlsx files. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function ioMessage(err: unknown, file: string, doing: string): string {
  const code = (err as { code?: unknown })?.code;
  if (code === 'ENOENT')
    return doing === 'write' ? `Cannot write ${file}: its folder does not exist.` : `Cannot find ${file}.`;
  if (code === 'EISDIR') return `${file} is a folder, not a workbook.`;
  if (code === 'EACCES' || code === 'EPERM') return `No permission to ${doing} ${file}.`;
  const detail = err instanceof Error ? err.message : String(err);
  return `Could not ${doing} ${file}: ${detail}`;
}

export interface LoadedWorkbook {
  wb: Workbook;
  /** Parts the .xlsx writer would drop ("charts", "pivot tables"); see unsupported-parts.ts. */
  lost: string[];
}

export async function readWorkbookFile(file: string): Promise<LoadedWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new CliError(ioMessage(err, file, 'read'));
  }
  if (bytes.length === 0) throw new CliError(`${file} is empty, not an .xlsx workbook.`);
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new CliError(
      `${file} is an old-style .xls or a password-protected workbook; open it in Excel, remove any password and save it as .xlsx.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new CliError(`${file} is not an .xlsx workbook.`);
  // A part that fails to inflate is reported by the loader below, in its own words.
  const tooBig = (await measureWorkbook(bytes).catch(() => undefined))?.problem;
  if (tooBig) throw new CliError(`${file} ${tooBig}`);
  try {
    const wb = await openWorkbook(bytes);
    if (wb.worksheets.length === 0) throw new Error('it has no worksheets');
    return { wb, lost: await unsupportedParts(bytes) };
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new CliError(`${file} is damaged or not an Excel workbook (${detail}).`);
  }
}

export async function writeWorkbookFile(wb: Workbook, file: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await deflateZip(await saveWorkbook(wb, { compress: false }));
  } catch (err) {
    throw new CliError(`Could not build the scored workbook: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Write beside the target then rename, so a failure never leaves a half-written workbook.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(ioMessage(err, file, 'write'));
  }
}

/** "reports/q2.xlsx" -> "reports/q2.scored.xlsx" (same folder, input never overwritten by default). */
export function defaultOutputPath(book: string): string {
  const ext = path.extname(book);
  const base = ext ? book.slice(0, -ext.length) : book;
  return `${base}.scored${ext.toLowerCase() === '.xlsx' ? ext : '.xlsx'}`;
}
