/**
 * The CLI's own compression of the saved workbook: same entries, same content, deflated, readable
 * by ExcelJS and by our own reader. The stored (uncompressed) input is written by ExcelJS.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { deflateZip } from '../../src/cli/zip-deflate';
import type { Book } from '../../src/xlsx/book/book';
import { openBook } from '../../src/xlsx/book/read-book';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

/** The package ExcelJS writes for `wb`: stored (no compression) unless `compress`. */
async function exceljsPackage(wb: ExcelJS.Workbook, compress: boolean): Promise<Uint8Array> {
  const options = compress ? {} : { zip: { compression: 'STORE' } };
  return new Uint8Array((await wb.xlsx.writeBuffer(options as Partial<ExcelJS.XlsxWriteOptions>)) as ArrayBuffer);
}

async function readExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** Entry name, whether it is a folder, and its bytes, in archive order. */
async function entries(zip: Uint8Array): Promise<[string, boolean, string][]> {
  const z = await JSZip.loadAsync(zip);
  return Promise.all(
    Object.values(z.files).map(async (f): Promise<[string, boolean, string]> => [
      f.name,
      f.dir,
      f.dir ? '' : Buffer.from(await f.async('uint8array')).toString('base64'),
    ]),
  );
}

/** Compression method of each file entry, from the central directory (8 = deflate, 0 = stored). */
function methods(zip: Uint8Array): Map<string, number> {
  const buf = Buffer.from(zip);
  const out = new Map<string, number>();
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    let p = buf.readUInt32LE(i + 16);
    const count = buf.readUInt16LE(i + 10);
    for (let n = 0; n < count; n++) {
      const nameLength = buf.readUInt16LE(p + 28);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
      out.set(name, buf.readUInt16LE(p + 10));
      p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    break;
  }
  return out;
}

describe('deflateZip', () => {
  it('keeps every entry, in order, with the same content, and deflates the files', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(EXAMPLES, 'mixed.xlsx'));
    const stored = await exceljsPackage(wb, false);
    expect([...methods(stored).values()].every((m) => m === 0)).toBe(true);

    const deflated = await deflateZip(stored);
    expect(await entries(deflated)).toEqual(await entries(stored));
    const files = [...methods(deflated)].filter(([name]) => !name.endsWith('/'));
    expect(files.length).toBeGreaterThan(5);
    for (const [, method] of files) expect(method).toBe(8);
    // Smaller than stored, and no bigger than ExcelJS's own compression gives.
    const usual = await exceljsPackage(wb, true);
    expect(deflated.length).toBeLessThan(stored.length / 2);
    expect(deflated.length).toBeLessThan(usual.length * 1.1);
  });

  it('gives a workbook ExcelJS and our reader read back unchanged', async () => {
    const wb = await readExcelJs(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
    const stored = await exceljsPackage(wb, false);
    const deflated = await deflateZip(stored);

    const again = await readExcelJs(deflated);
    expect(again.worksheets.map((ws) => ws.name)).toEqual(wb.worksheets.map((ws) => ws.name));
    const values = (book: ExcelJS.Workbook): unknown[] =>
      book.worksheets.flatMap((ws) => ws.getSheetValues().map((row) => JSON.stringify(row ?? null)));
    expect(values(again)).toEqual(values(wb));

    const cells = (book: Book): unknown[] =>
      book.sheets.map((ws) => [
        ws.name,
        [...ws.rows].map(([r, row]) => [r, [...row].map(([c, cell]) => [c, cell.value, cell.formula, cell.xf])]),
      ]);
    const ours = await openBook(deflated);
    expect(ours.sheets.map((ws) => ws.name)).toEqual(wb.worksheets.map((ws) => ws.name));
    expect(cells(ours)).toEqual(cells(await openBook(stored)));
    expect(ours.sheets.some((ws) => ws.rows.size > 10)).toBe(true);
    expect(ours.warnings).toEqual([]);
  });

  it('rejects bytes that are not a zip', async () => {
    await expect(deflateZip(new Uint8Array([1, 2, 3, 4]))).rejects.toThrow();
  });
});
