/**
 * The bytes of the scored copy: the user's package edited in place (everything Scorelight did not
 * change kept byte for byte). Should that fail on some package we cannot edit, the copy is still
 * made, through ExcelJS's writer, and the parts that writer drops are named in warnings so the
 * report (JSON and text) says what the copy lacks.
 */
import type { Workbook } from 'exceljs';
import { lostEntries } from '../xlsx/unsupported-parts';
import { savePackage, saveWorkbook } from '../xlsx/workbook-io';
import { CliError } from './cli-error';
import { plainReason } from './plain-errors';
import { deflateZip } from './zip-deflate';
import { nodeZipCodec } from './zip-codec';

export interface ScoredCopy {
  bytes: Uint8Array;
  /** What the copy could not keep, in sentences (empty when nothing was lost). */
  warnings: string[];
  /** The zip entries lost. */
  lost: string[];
}

export async function buildScoredCopy(original: Uint8Array, wb: Workbook): Promise<ScoredCopy> {
  let why: string;
  try {
    return { bytes: await savePackage(original, wb, nodeZipCodec), warnings: [], lost: [] };
  } catch (err) {
    why = plainReason(err);
  }
  let bytes: Uint8Array;
  try {
    bytes = await deflateZip(await saveWorkbook(wb, { compress: false }));
  } catch (err) {
    throw new CliError(`Could not build the scored workbook: ${plainReason(err)}`);
  }
  const lost = await lostEntries(original);
  const warnings = [
    `Scorelight could not edit this workbook in place (${why}), so the scored copy was rebuilt${
      lost.length > 0 ? ` without these parts: ${lost.join(', ')}` : ''
    }.`,
  ];
  return { bytes, warnings, lost: lost.length > 0 ? lost : ['its original layout'] };
}
