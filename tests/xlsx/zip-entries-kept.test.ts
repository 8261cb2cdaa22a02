/**
 * Issue 23 item 11: the zip entries Scorelight does not change come out byte for byte (local
 * header, data, data descriptor; central record but for where its local header now sits), a stored
 * entry stays stored, folder entries are kept and none are added, and the order is the user's. A
 * package with an entry named to land outside it ("../../evil.txt") is refused with one sentence,
 * in the CLI and in the preview, and nothing is written. The inputs are packed with yazl (its data
 * descriptors, zip64 records, extra fields, modes and comments are none of JSZip's) or byte by byte.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { PassThrough } from 'stream';
import JSZip from 'jszip';
import * as yazl from 'yazl';
import { openBook } from '../../src/xlsx/book/read-book';
import { writePackage } from '../../src/xlsx/package/write-package';
import { UnsafePackageError } from '../../src/xlsx/package/zip-directory';
import { createPreviewHost } from '../../src/xlsx/preview-host';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { expectOneLine, runCli, scratch } from '../cli/run-cli';
import { SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from '../hostile/zip-writer';

// Real workbooks packed, scored and unpacked: seconds each on a loaded 1-core machine.
jest.setTimeout(60_000);

const REGISTER = path.join(__dirname, '..', '..', 'examples', 'register.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';

/** One entry as the archive holds it, read here without the code under test. */
interface RawEntry {
  name: string;
  method: number;
  /** Local header, data and data descriptor. */
  local: Buffer;
  /** The central record with its local-header offset zeroed (it moves when an entry before it changes). */
  central: Buffer;
}

/** The entries of an archive, in central directory order (zip64 fields read where yazl writes them). */
function rawEntries(zip: Buffer): { entries: RawEntry[]; comment: string } {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  let count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  if (zip.readUInt32LE(end - 20) === 0x07064b50) {
    const z64 = Number(zip.readBigUInt64LE(end - 12));
    count = Number(zip.readBigUInt64LE(z64 + 32));
    p = Number(zip.readBigUInt64LE(z64 + 48));
  }
  const comment = zip.subarray(end + 22, end + 22 + zip.readUInt16LE(end + 20)).toString('utf8');
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const flags = zip.readUInt16LE(p + 8);
    let size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const total = 46 + nameLen + extraLen + zip.readUInt16LE(p + 32);
    const central = Buffer.from(zip.subarray(p, p + total));
    let offset = zip.readUInt32LE(p + 42);
    central.writeUInt32LE(0, 42);
    let zip64 = false;
    for (let q = p + 46 + nameLen; q < p + 46 + nameLen + extraLen; q += 4 + zip.readUInt16LE(q + 2)) {
      if (zip.readUInt16LE(q) !== 1) continue;
      zip64 = true;
      // yazl's zip64 field holds all three: uncompressed size, compressed size, offset.
      size = Number(zip.readBigUInt64LE(q + 12));
      offset = Number(zip.readBigUInt64LE(q + 20));
      central.fill(0, q - p + 20, q - p + 28);
    }
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    let stop = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28) + size;
    if (flags & 8) stop += (zip.readUInt32LE(stop) === 0x08074b50 ? 4 : 0) + (zip64 ? 20 : 12);
    entries.push({ name, method: zip.readUInt16LE(p + 10), local: zip.subarray(offset, stop), central });
    p += total;
  }
  return { entries, comment };
}

async function yazlZip(add: (z: yazl.ZipFile) => void, comment: string): Promise<Buffer> {
  const z = new yazl.ZipFile();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', resolve);
    z.outputStream.on('error', reject);
  });
  add(z);
  z.end({ forceZip64Format: false, comment });
  await done;
  return Buffer.concat(chunks);
}

/** examples/register.xlsx repacked by yazl, each entry packed its own way, with folder entries. */
async function repacked(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await fs.readFile(REGISTER));
  const parts: [string, Buffer][] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) parts.push([f.name, await f.async('nodebuffer')]);
  const mtime = new Date(2021, 4, 6, 10, 30, 0);
  return yazlZip((z) => {
    z.addEmptyDirectory('xl/', { mtime });
    z.addEmptyDirectory('xl/worksheets/', { mtime });
    for (const [name, data] of parts) {
      if (name === SHEET) z.addBuffer(data, name, { compress: false, mtime });
      else if (name === 'docProps/core.xml') z.addBuffer(data, name, { compress: false, mtime, mode: 0o100600 });
      else if (name.startsWith('xl/theme/')) {
        // A stream of unknown length: yazl writes a data descriptor after the data.
        const s = new PassThrough();
        s.end(data);
        z.addReadStream(s, name, { mtime, fileComment: 'the theme' });
      } else z.addBuffer(data, name, { mtime });
    }
    z.addEmptyDirectory('customXml/', { mtime });
    z.addBuffer(Buffer.from('<a xmlns="urn:example">kept</a>'), 'customXml/item1.xml', {
      mtime,
      forceZip64Format: true,
    });
  }, 'packed by yazl');
}

async function contents(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) out.set(f.name, f.dir ? '' : await f.async('string'));
  return out;
}

describe('entries Scorelight does not change are copied byte for byte', () => {
  it('stored, described, zip64, folder and commented entries keep their bytes, names and order', async () => {
    const dir = await scratch();
    const input = path.join(dir, 'register.xlsx');
    const out = path.join(dir, 'register.scored.xlsx');
    const inBytes = await repacked();
    await fs.writeFile(input, inBytes);
    const run = await runCli([input, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const outBytes = await fs.readFile(out);

    const before = rawEntries(inBytes);
    const after = rawEntries(outBytes);
    expect(after.comment).toBe('packed by yazl');
    const inNames = before.entries.map((e) => e.name);
    const outNames = after.entries.map((e) => e.name);
    // Every entry kept, in the user's order; new parts after them, and no folder entry added.
    expect(outNames.slice(0, inNames.length)).toEqual(inNames);
    expect(outNames.slice(inNames.length).filter((n) => n.endsWith('/'))).toEqual([]);
    expect(outNames.slice(inNames.length).length).toBeGreaterThan(0);

    const inText = await contents(inBytes);
    const outText = await contents(outBytes);
    const byName = new Map(after.entries.map((e) => [e.name, e]));
    const untouched: string[] = [];
    for (const e of before.entries) {
      if (!e.name.endsWith('/') && inText.get(e.name) !== outText.get(e.name)) continue;
      const kept = byName.get(e.name);
      expect([e.name, kept?.local.equals(e.local)]).toEqual([e.name, true]);
      expect([e.name, kept?.central.equals(e.central)]).toEqual([e.name, true]);
      untouched.push(e.name);
    }
    for (const name of [
      'xl/',
      'xl/worksheets/',
      'customXml/',
      'docProps/core.xml',
      'xl/theme/theme1.xml',
      'customXml/item1.xml',
    ])
      expect(untouched).toContain(name);

    // The scored sheet was rewritten, and stays stored as the user packed it.
    expect(outText.get(SHEET)).not.toBe(inText.get(SHEET));
    expect(byName.get(SHEET)?.method).toBe(0);
    expect(outText.get(SHEET)).toMatch(/Green|Amber|Red/);

    // The bytes given to the writer are never changed (a Node Buffer's slice() shares its memory).
    const given = Buffer.from(inBytes);
    const book = await openBook(given);
    scoreWorkbook(book);
    await writePackage(book);
    expect(given.equals(inBytes)).toBe(true);
  });
});

/** A small KPI workbook, plus one entry of this name. */
async function withEntry(file: string, entry: string): Promise<void> {
  const rows = [
    ['Measure', 'Target', 'Actual'],
    ['% calls answered in time', '80', '85'],
    ['% reviews on time', '90', '70'],
  ];
  const xml =
    SHEET_OPEN +
    rows
      .map(
        (r, i) =>
          `<row r="${i + 1}">${r
            .map((v, j) =>
              i === 0 || j === 0
                ? `<c r="${'ABC'[j]}${i + 1}" t="inlineStr"><is><t>${v}</t></is></c>`
                : `<c r="${'ABC'[j]}${i + 1}"><v>${v}</v></c>`,
            )
            .join('')}</row>`,
      )
      .join('') +
    SHEET_CLOSE;
  await writeZip(file, [
    ...workbookParts(() => [Buffer.from(xml)]),
    { name: entry, chunks: () => [Buffer.from('should never be unpacked')] },
  ]);
}

async function filesNamed(dir: string, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.name === name) found.push(path.join(e.parentPath, e.name));
  return found;
}

describe('an entry named to land outside the package is refused', () => {
  const EVIL = ['../../evil.txt', '/tmp/evil.txt', '..\\..\\evil.txt', 'C:\\evil.txt', 'xl/../../evil.txt'];

  test.each(EVIL)('%s: the CLI refuses in one sentence and writes nothing', async (name) => {
    const dir = await scratch();
    const inner = path.join(dir, 'a', 'b');
    await fs.mkdir(inner, { recursive: true });
    const input = path.join(inner, 'book.xlsx');
    await withEntry(input, name);
    const run = await runCli([input]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(`is refused: it holds a file named ${JSON.stringify(name)}, which`);
    expect(run.stderr).toMatch(/(points outside the workbook|is an absolute path); nothing was written\.\n$/);
    expect(await fs.readdir(inner)).toEqual(['book.xlsx']);
    expect(await filesNamed(dir, 'evil.txt')).toEqual([]);
  });

  it('the preview says so when the file is opened, and the writer refuses it too', async () => {
    const dir = await scratch();
    const input = path.join(dir, 'evil.xlsx');
    await withEntry(input, '../../evil.txt');
    const bytes = await fs.readFile(input);
    const host = createPreviewHost();
    await expect(
      host.openWorkbook('evil.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    ).rejects.toThrow(
      'evil.xlsx is not an .xlsx workbook Scorelight can read (it holds a file named "../../evil.txt", which points outside the workbook).',
    );
    await expect(writePackage(await openBook(bytes))).rejects.toBeInstanceOf(UnsafePackageError);
  });

  it('a name with backslashes that stays inside is kept as it is', async () => {
    const dir = await scratch();
    const input = path.join(dir, 'inside.xlsx');
    const out = path.join(dir, 'inside.scored.xlsx');
    await withEntry(input, 'xl\\media\\note.txt');
    const run = await runCli([input, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const before = rawEntries(await fs.readFile(input)).entries.find((e) => e.name === 'xl\\media\\note.txt');
    const after = rawEntries(await fs.readFile(out)).entries.find((e) => e.name === 'xl\\media\\note.txt');
    expect(after?.local.equals(before?.local ?? Buffer.alloc(0))).toBe(true);
  });
});
