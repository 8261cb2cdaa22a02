/**
 * Reading and writing workbook files for the CLI, turning every way a file can be wrong into one
 * sentence a council analyst can act on (missing, a folder, not a workbook, an old .xls, damaged,
 * a zip bomb), and writing the scored copy safely: a temp file of our own beside the target,
 * created exclusively, flushed to disk, then renamed over it with the old file's permissions.
 */
import { scoredName } from '../core/scored-name';
import { randomBytes } from 'crypto';
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Book } from '../xlsx/book/book';
import { NotAWorkbookError, openBook, TooLargeWorkbookError } from '../xlsx/book/read-book';
import { checkPackageEntries } from '../xlsx/package/zip-directory';
import { ZipTooLargeError } from '../xlsx/package/zip-limits';
import { CliError } from './cli-error';
import { plainReason } from './plain-errors';
import { cappedZipCodec } from './zip-codec';

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
  if (code === 'ENOSPC') return `Cannot ${doing} ${file}: the disk is full.`;
  const detail = err instanceof Error ? err.message : String(err);
  return `Could not ${doing} ${file}: ${detail}`;
}

export interface LoadedWorkbook {
  /** The workbook; the scored copy is its package (the file as read) with Scorelight's parts edited. */
  wb: Book;
  /** A macro-enabled workbook (.xlsm, or a VBA project inside). */
  macro: boolean;
  /** Parts Scorelight could not read (kept unchanged in the copy), in words. */
  warnings: string[];
}

export async function readWorkbookFile(file: string): Promise<LoadedWorkbook> {
  let bytes: Uint8Array;
  // Only a regular file: reading a FIFO waits for ever, and /dev/zero never ends.
  const st = await fs.stat(file).catch((err: unknown) => {
    throw new CliError(ioMessage(err, file, 'read'));
  });
  if (st.isDirectory()) throw new CliError(`${file} is a folder, not a workbook.`);
  if (!st.isFile()) throw new CliError(`${file} is not a regular file (a pipe or a device), so it is not a workbook.`);
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
  let wb: Book;
  try {
    // Every part the reader inflates counts against the unpacked-size cap (cappedZipCodec).
    wb = await openBook(bytes, { codec: cappedZipCodec() });
  } catch (err) {
    if (err instanceof ZipTooLargeError)
      throw new CliError(
        `${file} ${err.message} (a zip bomb, or far larger than any KPI workbook); nothing was written.`,
      );
    if (err instanceof TooLargeWorkbookError) throw new CliError(`${file} ${err.message}`);
    const why = err instanceof NotAWorkbookError ? err.message : plainReason(err);
    throw new CliError(`${file} is damaged or not an Excel workbook (${why}).`);
  }
  // Refused now, before any scoring: the scored copy keeps every entry as it is, and these cannot be.
  const problem = checkPackageEntries(bytes);
  if (problem) throw new CliError(`${file} is refused: ${problem}; nothing was written.`);
  if (wb.sheets.length === 0)
    throw new CliError(
      `${file} has no worksheet Scorelight can read.${wb.warnings.length ? ` ${wb.warnings[0]}` : ''}`,
    );
  const macro = path.extname(file).toLowerCase() === '.xlsm' || (await hasVbaProject(bytes));
  return { wb, macro, warnings: [...wb.warnings] };
}

/**
 * A macro-enabled package: its content types declare a macro-enabled workbook part, the one thing
 * that makes Excel refuse the file under an .xlsx name. A vbaProject.bin in a workbook declared as
 * plain .xlsx is inert (Excel ignores it), so such a file stays an .xlsx by default and with --out.
 */
async function hasVbaProject(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const types = Object.values(zip.files).find((f) => f.name.toLowerCase() === '[content_types].xml');
  if (!types) return false;
  // Inflated by zlib, as the reader did: JSZip's own inflate rejects sizes a package misstates.
  const text = cappedZipCodec().readText?.(types) ?? (await types.async('string'));
  return /macroEnabled\.main\+xml/i.test(text);
}

/** The real path of a file that may not exist yet (its folder's real path and its name). */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  return (await realTarget(a)) === (await realTarget(b));
}

const TEMP_MARK = '.scorelight-';

function tempName(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}${TEMP_MARK}${process.pid}-${randomBytes(8).toString('hex')}.tmp`,
  );
}

/** Our temp files beside `file` left by runs that were killed (their process is gone): removed. */
async function removeStaleTemps(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}${TEMP_MARK}`;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
      continue; // still running: another scoring of the same file
    } catch (err) {
      if ((err as { code?: string }).code !== 'ESRCH') continue;
    }
    const stale = path.join(dir, name);
    const st = await fs.lstat(stale).catch(() => undefined);
    if (st?.isFile()) await fs.rm(stale, { force: true }).catch(() => undefined);
  }
}

/**
 * Write `bytes` to `file` atomically. Refuses a target that exists and is not a regular file (a
 * symlink, FIFO, device or folder): replacing it would follow or destroy something that is not a
 * workbook. An existing file keeps its permission bits.
 */
export async function writeWorkbookFile(bytes: Uint8Array, file: string): Promise<void> {
  const existing = await fs.lstat(file).catch((err: { code?: string }) => {
    if (err.code === 'ENOENT') return undefined;
    throw new CliError(ioMessage(err, file, 'write'));
  });
  if (existing && existing.isDirectory()) throw new CliError(`${file} is a folder, not a workbook.`);
  // A read-only file is not replaced (the shell itself would refuse to write it), even by a user
  // whose rights would let a rename go through.
  if (existing && existing.isFile() && (existing.mode & 0o222) === 0)
    throw new CliError(
      `${file} is read-only, so Scorelight did not replace it (choose another --out, or make it writable).`,
    );
  if (existing && !existing.isFile())
    throw new CliError(
      `${file} is ${existing.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; Scorelight writes only to a plain file (choose another --out).`,
    );
  await removeStaleTemps(file);
  const mode = existing ? existing.mode & 0o7777 : 0o666;
  const temp = tempName(file);
  let handle: fs.FileHandle | undefined;
  try {
    // Exclusive create: never follows or reuses something planted under the temp name.
    handle = await fs.open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    await handle.writeFile(bytes);
    await handle.chmod(existing ? mode : 0o666 & ~currentUmask());
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(ioMessage(err, file, 'write'));
  }
}

function currentUmask(): number {
  // process.umask() without an argument is deprecated for its race; reading it this way is the documented alternative.
  const mask = process.umask(0o022);
  process.umask(mask);
  return mask;
}

/** "reports/q2.xlsx" -> "reports/q2.scored.xlsx"; a scored copy is rescored in place (no .scored.scored). */
export function defaultOutputPath(book: string, macro = false): string {
  return scoredName(book, macro);
}

/** The extension --out must have: Excel will not open a macro-enabled package named .xlsx. */
export function checkOutputName(out: string, macro: boolean): void {
  const ext = path.extname(out).toLowerCase();
  if (macro && ext !== '.xlsm')
    throw new CliError(
      `--out must end in .xlsm: the workbook has macros, and Excel refuses to open a macro workbook named otherwise.`,
      2,
    );
  if (!macro && ext !== '.xlsx') throw new CliError(`--out must end in .xlsx (got ${out}).`, 2);
}
