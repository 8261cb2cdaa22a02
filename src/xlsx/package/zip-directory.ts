/**
 * The zip archive's own records, read as they are (APPNOTE.TXT sections 4.3.7, 4.3.12, 4.3.16):
 * where each entry's local header, data and data descriptor sit, and its central directory record
 * as bytes. JSZip gives us each entry's content, but not these, and a copy made through it loses
 * what it does not model (stored entries, extra fields, attributes, flags, folder entries, names).
 * The writer (zip-splice.ts) copies these byte ranges unchanged for every entry it does not edit.
 */

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const ZIP64_END_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const DESCRIPTOR_SIG = 0x08074b50;
/** Fields that say "the real value is in the zip64 extra field". */
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;

/** The archive is not a zip we can take apart record by record. */
export class ZipStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipStructureError';
  }
}

export interface ZipRecord {
  /** The name as stored (UTF-8 decoded), before any cleaning. */
  rawName: string;
  /** The name JSZip files the entry under ("." and ".." segments resolved), to match edits to entries. */
  key: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The entry's local header, data and data descriptor: [start, end) in the archive. */
  localStart: number;
  localEnd: number;
  /** The central directory record, bytes as stored. */
  central: Uint8Array;
  /** Where in `central` the local header's offset is written (4 bytes, or 8 in a zip64 extra field). */
  offsetAt: { at: number; wide: boolean };
  /** A folder entry ("xl/"). */
  dir: boolean;
}

export interface ZipDirectory {
  records: ZipRecord[];
  /** The archive comment, kept as it was. */
  comment: Uint8Array;
}

const utf8 = new TextDecoder('utf-8');

function damaged(what: string): ZipStructureError {
  return new ZipStructureError(`the zip archive is damaged: its ${what} is not where the archive says`);
}

/** The same cleaning JSZip applies to entry names when it loads an archive (utils.resolve). */
function jszipKey(name: string): string {
  const parts = name.split('/');
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (p === '.' || (p === '' && i !== 0 && i !== parts.length - 1)) return;
    if (p === '..') out.pop();
    else out.push(p);
  });
  return out.join('/');
}

/** The extra fields of a record as [id, start of data, length]. */
function* extraFields(view: DataView, start: number, length: number): Iterable<[number, number, number]> {
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (p + 4 + size > start + length) return;
    yield [id, p + 4, size];
    p += 4 + size;
  }
}

function u64(view: DataView, at: number): number {
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  return high * 2 ** 32 + low;
}

/** Finds the end of central directory record: the last one, before any archive comment. */
function findEnd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - U16_MAX);
  for (let p = view.byteLength - 22; p >= min; p--)
    if (view.getUint32(p, true) === END_SIG && p + 22 + view.getUint16(p + 20, true) <= view.byteLength) return p;
  throw damaged('directory');
}

/** Reads the central directory and each entry's place. Throws ZipStructureError when they do not add up. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let dirSize = view.getUint32(end + 12, true);
  let dirStart = view.getUint32(end + 16, true);
  let dirEnd = end;
  // Copies (a Node Buffer's slice would be a view, and the writer edits its copy of each record).
  const comment = new Uint8Array(bytes.subarray(end + 22, end + 22 + view.getUint16(end + 20, true)));
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIG) {
    const at = u64(view, locator + 8);
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_END_SIG) throw damaged('zip64 directory');
    count = u64(view, at + 32);
    dirSize = u64(view, at + 40);
    dirStart = u64(view, at + 48);
    dirEnd = at;
  }
  // Bytes before the archive (a self-extractor's stub, say) shift every offset; JSZip allows for them too.
  const shift = dirEnd - (dirStart + dirSize);
  if (shift < 0) throw damaged('directory');
  dirStart += shift;
  const records: ZipRecord[] = [];
  let p = dirStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_SIG) throw damaged('directory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let offset = view.getUint32(p + 42, true);
    const size = 46 + nameLen + extraLen + commentLen;
    if (p + size > view.byteLength) throw damaged('directory');
    let rawName = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    let offsetAt = { at: 42, wide: false };
    let zip64 = false;
    for (const [id, at, len] of extraFields(view, p + 46 + nameLen, extraLen)) {
      if (id === ZIP64_EXTRA) {
        // Only the fields whose 32-bit value is 0xFFFFFFFF are here, in this order.
        zip64 = true;
        let q = at;
        if (uncompressed === U32_MAX) q += 8;
        if (compressed === U32_MAX && q + 8 <= at + len) {
          compressed = u64(view, q);
          q += 8;
        }
        if (offset === U32_MAX && q + 8 <= at + len) {
          offset = u64(view, q);
          offsetAt = { at: q - p, wide: true };
        }
      } else if (id === UNICODE_PATH_EXTRA && len > 5 && view.getUint8(at) === 1) {
        rawName = utf8.decode(bytes.subarray(at + 5, at + len));
      }
    }
    offset += shift;
    if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_SIG) throw damaged('entry header');
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    let localEnd = dataStart + compressed;
    if (flags & 0x0008) {
      // A data descriptor follows the data: crc and two sizes (8 bytes each in zip64), signature optional.
      const signed = localEnd + 4 <= view.byteLength && view.getUint32(localEnd, true) === DESCRIPTOR_SIG;
      localEnd += (signed ? 4 : 0) + (zip64 ? 20 : 12);
    }
    if (localEnd > view.byteLength) throw damaged('entry data');
    records.push({
      rawName,
      key: jszipKey(rawName),
      method,
      localStart: offset,
      localEnd,
      central: new Uint8Array(bytes.subarray(p, p + size)),
      offsetAt,
      dir: rawName.endsWith('/'),
    });
    p += size;
  }
  return { records, comment };
}

/**
 * Why an entry name may not be unpacked anywhere: one that climbs out of the folder it would be
 * unpacked into ("../../evil.txt", "xl/../../x"), or an absolute path ("/etc/x", "C:\x"), with "/"
 * or "\" as separators. Undefined for an ordinary name.
 */
export function unsafeEntryName(name: string): string | undefined {
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is an absolute path';
  let depth = 0;
  for (const part of path.split('/')) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return 'points outside the workbook';
  }
  return undefined;
}

/** The first entry whose name is unsafe or given twice, as a plain reason; undefined when all are sound. */
export function entryNameProblem(records: ZipRecord[]): string | undefined {
  const seen = new Set<string>();
  for (const r of records) {
    const why = unsafeEntryName(r.rawName);
    if (why) return `it holds a file named ${JSON.stringify(r.rawName)}, which ${why}`;
    if (seen.has(r.key)) return `it holds two files named ${JSON.stringify(r.key)}`;
    seen.add(r.key);
  }
  return undefined;
}

/** A package we refuse to read or write: an entry's name points outside it, or two entries share a name. */
export class UnsafePackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafePackageError';
  }
}

/** The package's zip records; UnsafePackageError when an entry's name is unsafe, ZipStructureError when they do not add up. */
export function packageDirectory(bytes: Uint8Array): ZipDirectory {
  const dir = readZipDirectory(bytes);
  const problem = entryNameProblem(dir.records);
  if (problem) throw new UnsafePackageError(problem);
  return dir;
}

/** What is wrong with the package's zip records, as a plain reason; undefined when they can be copied as they are. */
export function checkPackageEntries(bytes: Uint8Array): string | undefined {
  try {
    packageDirectory(bytes);
    return undefined;
  } catch (err) {
    if (err instanceof UnsafePackageError || err instanceof ZipStructureError) return err.message;
    throw err;
  }
}
