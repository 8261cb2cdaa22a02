/** The pre-load size check counts the cells that are there, whatever the sheet claims. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { measureWorkbook } from '../../src/xlsx/sheet-dimensions';
import { SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from './zip-writer';

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

describe('measureWorkbook', () => {
  it('a sheet formatted to the whole grid but holding four cells is four cells, named by its sheet', async () => {
    const xml =
      SHEET_OPEN.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>') +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Measure</t></is></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"/><c r="B2" s="1"/></row>' +
      SHEET_CLOSE;
    const size = await measureWorkbook(await zipOf('dims.xlsx', xml));
    expect(size?.cells).toBe(4);
    expect(size?.largest).toEqual({ sheet: 'KPIs', cells: 4 });
    expect(size?.problem).toBeUndefined();
  });

  it('counts prefixed elements (<x:c>) and tags cut across chunks, and names the limit passed', async () => {
    const row = '<x:row>' + '<x:c><x:v>1</x:v></x:c>'.repeat(10) + '</x:row>';
    const xml = SHEET_OPEN + row.repeat(20_000) + SHEET_CLOSE;
    const bytes = await zipOf('prefixed.xlsx', xml);
    expect((await measureWorkbook(bytes))?.cells).toBe(200_000);
    const limited = await measureWorkbook(bytes, { cells: 150_000, inflatedBytes: 1e9 });
    expect(limited?.problem).toMatch(/more than 150,000 cells \(sheet "KPIs" alone has more than 150,000\)/);
  });

  it('stops inflating at the byte limit', async () => {
    const bytes = await zipOf('bytes.xlsx', SHEET_OPEN + ' '.repeat(5_000_000) + SHEET_CLOSE);
    const size = await measureWorkbook(bytes, { cells: 1e9, inflatedBytes: 1_000_000 });
    expect(size?.problem).toMatch(/unpacks to more than 1 MB/);
    expect(size!.inflatedBytes).toBeLessThan(3_000_000);
  });

  it('is undefined for bytes that are not a zip (the loader says what is wrong)', async () => {
    expect(await measureWorkbook(Buffer.from('PK not really a zip'))).toBeUndefined();
  });
});
