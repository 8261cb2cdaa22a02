/**
 * Node's zlib for the zip entries the CLI inflates and deflates itself. JSZip, which the package
 * writer uses so the same code runs in the browser, inflates and deflates with pako in plain
 * JavaScript: for a 5,000-indicator sheet that is over half a second that zlib does in a tenth.
 * JSZip has no public hook for this, so this file uses three of its CommonJS modules directly
 * (CompressedObject, the DEFLATE descriptor, and its CRC-32 for Node before 20.15), the same way
 * its own loader hands entries over;
 * jszip is pinned to 3.x in package.json. Nothing here runs in the browser.
 */
import type JSZip from 'jszip';
import * as zlib from 'zlib';
import type { ZipCodec } from '../xlsx/package/write-package';
import { MAX_UNPACKED_BYTES, ZipTooLargeError } from '../xlsx/package/zip-limits';

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
/** JSZip's CRC-32 (signed), for Node before 20.15, which has no zlib.crc32. */
const jszipCrc32 = require('jszip/lib/crc32') as (input: Uint8Array) => number;
const crc32 = (data: Buffer): number => (typeof zlib.crc32 === 'function' ? zlib.crc32(data) : jszipCrc32(data) >>> 0);
const DEFLATE = (require('jszip/lib/compressions') as { DEFLATE: Compression }).DEFLATE;

/** The entry's deflated bytes as they sit in the archive, when it is deflated. */
function deflatedBytes(entry: JSZip.JSZipObject): Uint8Array | undefined {
  const data = (entry as unknown as { _data?: unknown })._data;
  if (!(data instanceof CompressedObject)) return undefined;
  return data.compression.magic === DEFLATE.magic ? data.compressedContent : undefined;
}

/** Store `text` under `name`, deflated by zlib (JSZip keeps the compressed bytes as they are). */
function putDeflated(zip: JSZip, name: string, text: string): void {
  const raw = Buffer.from(text, 'utf8');
  const deflated = zlib.deflateRawSync(raw);
  zip.file(name, new CompressedObject(deflated.length, raw.length, crc32(raw), DEFLATE, deflated) as never, {
    binary: true,
  });
}

/**
 * The CLI's codec for a user's package: every entry it inflates counts against one budget, and
 * inflating stops (ZipTooLargeError) as soon as the total passes it, so a zip bomb in a part we read
 * is refused without its output ever being held. Parts we do not read are copied compressed and
 * never inflated, so a bomb there costs nothing.
 */
export function cappedZipCodec(limit = MAX_UNPACKED_BYTES): ZipCodec {
  let remaining = limit;
  return {
    readText(entry) {
      const raw = deflatedBytes(entry);
      if (!raw) return undefined;
      let out: Buffer;
      try {
        out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, remaining) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooLargeError(limit);
        throw err;
      }
      remaining -= out.length;
      if (remaining < 0) throw new ZipTooLargeError(limit);
      return out.toString('utf8');
    },
    put: putDeflated,
  };
}
