/**
 * A cap on how much a workbook may unpack to, counted over all its zip entries as they are
 * actually inflated (sizes declared in the zip can lie). A few kilobytes that inflate to gigabytes
 * would otherwise take the process down before any message could be given.
 */
import JSZip from 'jszip';

/**
 * Far above any council workbook (a 50,000-indicator register unpacks to about 60 MB), and low
 * enough that the parts the reader inflates whole stay well within memory in a browser tab too.
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** JSZip's chunked reader; in its runtime but not in its type declarations. */
interface ChunkStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', f: (err: Error) => void): ChunkStream;
  on(event: 'end', f: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

export class ZipTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`it unpacks to more than ${Math.round(limit / (1024 * 1024))} MB`);
    this.name = 'ZipTooLargeError';
  }
}

/** The uncompressed size the zip's directory gives for an entry (JSZip keeps it, untyped). */
export function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 0;
}

/**
 * Resolves with the total unpacked size, counted as JSZip inflates each entry in chunks; rejects
 * with ZipTooLargeError past `limit`, or when not a zip. The preview's check (the CLI inflates
 * through cappedZipCodec instead, only the parts it reads).
 */
export async function checkUnpackedSize(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  // First the sizes the zip declares (free to read): an honest bomb is refused before any inflating.
  checkDeclaredSize(zip, limit);
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = (entry as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream(
        'uint8array',
      );
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            reject(new ZipTooLargeError(limit));
          }
        })
        .on('error', (err: Error) => reject(err))
        .on('end', () => resolve())
        .resume();
    });
  }
  return total;
}

/** Refuses, for free, a package whose directory already declares more than `limit` unpacked. */
export function checkDeclaredSize(zip: JSZip, limit = MAX_UNPACKED_BYTES): void {
  let declared = 0;
  for (const entry of Object.values(zip.files)) declared += declaredSize(entry);
  if (declared > limit) throw new ZipTooLargeError(limit);
}
