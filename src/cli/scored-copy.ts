/**
 * The bytes of the scored copy: the user's package edited in place, everything Scorelight did not
 * change kept byte for byte. A sheet whose part cannot be edited is left as it was and named in
 * warnings, so the report (JSON and text) says which results the copy lacks.
 */
import type { Book } from '../xlsx/book/book';
import { writePackage } from '../xlsx/package/write-package';
import { CliError } from './cli-error';
import { plainReason } from './plain-errors';
import { cappedZipCodec } from './zip-codec';

export interface ScoredCopy {
  bytes: Uint8Array;
  /** What the copy could not take, in sentences (empty when everything was written). */
  warnings: string[];
  /** Sheets whose results are not in the copy (their parts could not be edited). */
  unwritten: string[];
  /** What the copy changed beyond cells, in sentences (a print area widened to take our columns). */
  notes: string[];
}

export async function buildScoredCopy(book: Book): Promise<ScoredCopy> {
  const warnings: string[] = [];
  const unwritten: string[] = [];
  const notes: string[] = [];
  try {
    // The parts only the writer reads (relationships, content types, properties, tables) count
    // against the unpacked-size cap too.
    const codec = cappedZipCodec();
    const bytes = await writePackage(book, { codec, warnings, unwritten, notes });
    return { bytes, warnings, unwritten, notes };
  } catch (err) {
    throw new CliError(`Could not build the scored workbook (${plainReason(err)}); nothing was written.`);
  }
}
