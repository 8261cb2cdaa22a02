/**
 * Node's zlib for the zip entries the CLI inflates and deflates itself. JSZip, which the package
 * writer uses so the same code runs in the browser, inflates and deflates with pako in plain
 * JavaScript: for a 5,000-indicator sheet that is over half a second that zlib does in a tenth.
 * JSZip has no public hook for this, so this file uses two of its CommonJS modules directly
 * (CompressedObject, the DEFLATE descriptor), the same way its own loader hands entries over;
 * jszip is pinned to 3.x in package.json. Nothing here runs in the browser.
 */
import type JSZip from 'jszip';
import * as zlib from 'zlib';
import type { ZipCodec } from '../xlsx/package/write-package';
import { ZipTooLargeError } from '../xlsx/package/zip-limits';

interface Compression {
  magic: string;
}
interface CompressedObjectLike {
  compressedContent: Uint8Array;
  compression: Compression;
  uncompressedSize: number;
}
type CompressedObjectClass = new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: Compression,
  data: Uint8Array,
) => CompressedObjectLike;

const CompressedObject = require('jszip/lib/compressedObject') as CompressedObjectClass;
const DEFLATE = (require('jszip/lib/compressions') as { DEFLATE: Compression }).DEFLATE;

/** The entry's deflated bytes as they sit in the archive, when it is deflated. */
function deflatedBytes(entry: JSZip.JSZipObject): Uint8Array | undefined {
  const data = (entry as unknown as { _data?: unknown })._data;
  if (!(data instanceof CompressedObject)) return undefined;
  return data.compression.magic === DEFLATE.magic ? data.compressedContent : undefined;
}

export const nodeZipCodec: ZipCodec = {
  readText(entry) {
    const raw = deflatedBytes(entry);
    return raw ? zlib.inflateRawSync(raw).toString('utf8') : undefined;
  },
  put(zip, name, text) {
    const raw = Buffer.from(text, 'utf8');
    const deflated = zlib.deflateRawSync(raw);
    zip.file(name, new CompressedObject(deflated.length, raw.length, zlib.crc32(raw), DEFLATE, deflated) as never, {
      binary: true,
    });
  },
};

/** Inflated size of an entry, counted as zlib streams it, stopping past `remaining` (memory stays small). */
export function countInflated(entry: JSZip.JSZipObject, remaining: number): Promise<number> | undefined {
  const raw = deflatedBytes(entry);
  if (!raw) return undefined;
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let n = 0;
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > remaining) {
        inflate.destroy();
        reject(new ZipTooLargeError(0));
      }
    });
    inflate.on('error', reject);
    inflate.on('end', () => resolve(n));
    inflate.end(raw);
  });
}
