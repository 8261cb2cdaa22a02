/**
 * The reader's cap on cells (openBook's maxCells, MAX_CELLS by default) counts the cells that are
 * in the package as it streams them, whatever the sheet's dimension claims, over all the sheets
 * together, and names the sheet where the cap was passed. The CLI's refusal of a 1.6-million-cell
 * sheet ("more than 1,500,000 cells", sheet named, nothing written) is the huge-sheet case of
 * tests/hostile/cli.test.ts.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { MAX_CELLS, NotAWorkbookError, openBook, TooLargeWorkbookError } from '../../src/xlsx/book/read-book';
import { sheetNames, valueAt, xlsxBytes } from '../helpers/book';
import { SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from './zip-writer';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-dimensions-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function zipOf(name: string, sheetXml: string): Promise<Uint8Array> {
  const file = path.join(dir, name);
  await writeZip(
    file,
    workbookParts(() => [Buffer.from(sheetXml)]),
  );
  return fs.readFile(file);
}

/** The reader's refusal for `bytes` with `maxCells`, or undefined when it opens. */
async function refusal(bytes: Uint8Array, maxCells: number): Promise<TooLargeWorkbookError | undefined> {
  try {
    await openBook(bytes, { maxCells });
    return undefined;
  } catch (err) {
    if (err instanceof TooLargeWorkbookError) return err;
    throw err;
  }
}

describe('the reader counts the cells that are there', () => {
  it('a sheet formatted to the whole grid but holding four cells is four cells, named by its sheet', async () => {
    const xml =
      SHEET_OPEN.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>') +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Measure</t></is></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"/><c r="B2" s="1"/></row>' +
      SHEET_CLOSE;
    const bytes = await zipOf('dims.xlsx', xml);
    // Opens with the default cap, and with a cap of exactly the four cells present.
    const book = await openBook(bytes);
    expect(sheetNames(book)).toEqual(['KPIs']);
    expect(valueAt(book, 'KPIs', 'A1')).toBe('Measure');
    expect(valueAt(book, 'KPIs', 'B1')).toBe(1);
    expect(book.warnings).toEqual([]);
    expect(await refusal(bytes, 4)).toBeUndefined();
    // One fewer: refused, naming the limit and the sheet.
    const err = await refusal(bytes, 3);
    expect(err).toBeInstanceOf(TooLargeWorkbookError);
    expect(err?.sheet).toBe('KPIs');
    expect(err?.limit).toBe(3);
    expect(err?.message).toMatch(/^has more than 3 cells \(sheet "KPIs" alone/);
  });

  it('counts prefixed elements (<x:c>) and names the limit passed', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const row = '<x:row>' + '<x:c><x:v>1</x:v></x:c>'.repeat(10) + '</x:row>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${main}"><x:sheetData>${row.repeat(20_000)}</x:sheetData></x:worksheet>`;
    const bytes = await zipOf('prefixed.xlsx', xml);
    const book = await openBook(bytes);
    expect(valueAt(book, 'KPIs', 'J20000')).toBe(1);
    expect(valueAt(book, 'KPIs', 'K20000')).toBe('');
    expect(await refusal(bytes, 200_000)).toBeUndefined();
    const err = await refusal(bytes, 150_000);
    expect(err?.message).toMatch(/more than 150,000 cells \(sheet "KPIs" alone has more than Scorelight can read/);
    expect(err?.sheet).toBe('KPIs');
  });

  it('counts over all the sheets together, naming the sheet where the cap is passed', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('First').addRow(['a', 'b', 'c']);
    wb.addWorksheet('Second').addRow(['d', 'e', 'f']);
    const bytes = await xlsxBytes(wb);
    expect(await refusal(bytes, 6)).toBeUndefined();
    const err = await refusal(bytes, 5);
    expect(err?.sheet).toBe('Second');
    expect(err?.message).toMatch(/more than 5 cells \(sheet "Second"/);
  });

  it('the default cap is 1,500,000 cells', () => {
    expect(MAX_CELLS).toBe(1_500_000);
  });

  it('bytes that are not a zip are not a workbook (said in words)', async () => {
    await expect(openBook(Buffer.from('PK not really a zip'))).rejects.toThrow(NotAWorkbookError);
    await expect(openBook(Buffer.from('PK not really a zip'))).rejects.toThrow(/cut short or damaged/);
  });
});
