/**
 * The scored archive put together from the user's own records: every entry we did not edit is
 * copied as it was, local header, data and descriptor byte for byte, and its central directory
 * record with only the offset of its local header changed (it moves when an entry before it
 * changes size). Stored entries stay stored, extra fields, attributes, flags, names and order are
 * kept, folder entries stay and none are added. Edited entries take their place in the order; new
 * ones come after, in the order they were made.
 */
import type { ZipDirectory, ZipRecord } from './zip-directory';

const END_SIG = 0x06054b50;
const ZIP64_END_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

export interface Archive {
  bytes: Uint8Array;
  dir: ZipDirectory;
}

interface Piece {
  local: Uint8Array;
  record: ZipRecord;
}

function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}

/** The record's central directory bytes with its local header now at `offset`. */
function movedCentral(record: ZipRecord, offset: number): Uint8Array {
  // A copy: the record is the archive's, and a Node Buffer's slice() would share its memory.
  const central = new Uint8Array(record.central);
  const view = new DataView(central.buffer, central.byteOffset, central.byteLength);
  if (record.offsetAt.wide) setU64(view, record.offsetAt.at, offset);
  else if (offset < U32_MAX) view.setUint32(record.offsetAt.at, offset, true);
  else throw new Error('the scored workbook would be larger than a zip archive without zip64 can hold');
  return central;
}

/**
 * `original`'s entries in order, each kept, replaced by the entry of the same name in `fresh`, or
 * left out when its name is in `removed`; then `fresh`'s entries that are not in `original`.
 */
export function spliceZip(original: Archive, fresh: Archive, removed: Set<string>): Uint8Array {
  const freshByKey = new Map<string, ZipRecord>();
  for (const r of fresh.dir.records) if (!r.dir) freshByKey.set(r.key, r);
  const pieces: Piece[] = [];
  const used = new Set<string>();
  const take = (source: Archive, record: ZipRecord): void => {
    pieces.push({ local: source.bytes.subarray(record.localStart, record.localEnd), record });
  };
  for (const r of original.dir.records) {
    if (removed.has(r.key)) continue;
    const replacement = r.dir ? undefined : freshByKey.get(r.key);
    if (replacement) {
      take(fresh, replacement);
      used.add(r.key);
    } else take(original, r);
  }
  for (const r of fresh.dir.records) if (!r.dir && !used.has(r.key)) take(fresh, r);

  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const p of pieces) {
    centrals.push(movedCentral(p.record, offset));
    offset += p.local.length;
  }
  const dirStart = offset;
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  const count = pieces.length;
  const wide = count >= U16_MAX || dirStart >= U32_MAX || dirSize >= U32_MAX;
  const comment = original.dir.comment;
  const tail = (wide ? 56 + 20 : 0) + 22 + comment.length;
  const out = new Uint8Array(dirStart + dirSize + tail);
  let at = 0;
  for (const p of pieces) {
    out.set(p.local, at);
    at += p.local.length;
  }
  for (const c of centrals) {
    out.set(c, at);
    at += c.length;
  }
  const view = new DataView(out.buffer);
  if (wide) {
    // Zip64 end of central directory record and its locator (APPNOTE 4.3.14, 4.3.15).
    const end64 = at;
    view.setUint32(at, ZIP64_END_SIG, true);
    setU64(view, at + 4, 44);
    view.setUint16(at + 12, 45, true);
    view.setUint16(at + 14, 45, true);
    setU64(view, at + 24, count);
    setU64(view, at + 32, count);
    setU64(view, at + 40, dirSize);
    setU64(view, at + 48, dirStart);
    at += 56;
    view.setUint32(at, ZIP64_LOCATOR_SIG, true);
    setU64(view, at + 8, end64);
    view.setUint32(at + 16, 1, true);
    at += 20;
  }
  view.setUint32(at, END_SIG, true);
  view.setUint16(at + 8, Math.min(count, U16_MAX), true);
  view.setUint16(at + 10, Math.min(count, U16_MAX), true);
  view.setUint32(at + 12, Math.min(dirSize, U32_MAX), true);
  view.setUint32(at + 16, Math.min(dirStart, U32_MAX), true);
  view.setUint16(at + 20, comment.length, true);
  out.set(comment, at + 22);
  return out;
}
