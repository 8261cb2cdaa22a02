/**
 * The CLI inflates only the parts it reads, through one budget (cappedZipCodec): a bomb in a part
 * it reads is refused as soon as the budget is passed, even when the zip's directory lies about
 * sizes; a bomb in a part it never reads is copied compressed and costs nothing.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { cappedZipCodec } from '../../src/cli/zip-codec';
import { openBook } from '../../src/xlsx/book/read-book';
import { ZipTooLargeError } from '../../src/xlsx/package/zip-limits';
import { EXAMPLES, runCli, scratch } from '../cli/run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

async function deflated(files: Record<string, string | Buffer>): Promise<JSZip> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** Overwrite every "uncompressed size" field (local headers and central directory) with `size`. */
function lieAboutSizes(bytes: Buffer, size: number): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 26 <= out.length) out.writeUInt32LE(size, i + 22);
    else if (sig === 0x02014b50 && i + 28 <= out.length) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

describe('cappedZipCodec', () => {
  it('stops inflating as soon as one budget over all entries is passed', async () => {
    const zip = await deflated({ 'a.xml': 'x'.repeat(600_000), 'b.xml': 'y'.repeat(600_000) });
    const codec = cappedZipCodec(1_000_000);
    expect(codec.readText?.(zip.file('a.xml')!)).toHaveLength(600_000);
    expect(() => codec.readText?.(zip.file('b.xml')!)).toThrow(ZipTooLargeError);
    const big = await deflated({ 'c.xml': 'z'.repeat(2_000_000) });
    expect(() => cappedZipCodec(1_000_000).readText?.(big.file('c.xml')!)).toThrow(ZipTooLargeError);
  });

  it('refuses a sheet that unpacks past the cap although the directory declares it tiny', async () => {
    const source = await JSZip.loadAsync(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
    const sheet = await source.file('xl/worksheets/sheet1.xml')!.async('string');
    // 40 MB of spaces before the sheet data: well-formed XML, deflated to a few tens of KB.
    source.file('xl/worksheets/sheet1.xml', sheet.replace('<sheetData>', `${' '.repeat(40_000_000)}<sheetData>`));
    const honest = await source.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const lying = lieAboutSizes(honest, 1000);
    expect(lying.length).toBeLessThan(1_000_000);
    await expect(openBook(lying, { codec: cappedZipCodec(10_000_000) })).rejects.toBeInstanceOf(ZipTooLargeError);
    // With room for it, the same package reads.
    await expect(openBook(honest, { codec: cappedZipCodec(100_000_000) })).resolves.toBeDefined();
  });

  it('a bomb in a part never read is copied compressed: the workbook scores and the part is kept', async () => {
    const dir = await scratch('register.xlsx');
    const input = path.join(dir, 'register.xlsx');
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    const bomb = zlib.deflateRawSync(Buffer.alloc(50_000_000), { level: 9 });
    zip.file('xl/media/bomb.bin', Buffer.alloc(50_000_000), { compression: 'DEFLATE' });
    const bytes = lieAboutSizes(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), 10);
    expect(bytes.length).toBeLessThan(bomb.length + 200_000);
    await fs.writeFile(input, bytes);
    const run = await runCli([input, '--out', path.join(dir, 'out.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const before = await JSZip.loadAsync(bytes);
    const after = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'out.xlsx')));
    const raw = (z: JSZip) =>
      (z.file('xl/media/bomb.bin') as unknown as { _data: { compressedContent: Uint8Array } })._data.compressedContent;
    expect(Buffer.from(raw(after))).toEqual(Buffer.from(raw(before)));
  });
});
