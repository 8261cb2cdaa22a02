/**
 * Issue 12, item 7: a total cap on what a workbook may unpack to, over all its entries as they are
 * actually inflated, with a clear message; internal messages turned into plain words; a header
 * filled out to column XFD skips that sheet with a warning instead of ending the run.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { ZipFile } from 'yazl';
import { plainReason } from '../../src/cli/plain-errors';
import { openBook } from '../../src/xlsx/book/read-book';
import { MAX_UNPACKED_BYTES } from '../../src/xlsx/package/zip-limits';
import { EXAMPLES, expectOneLine, runCli, scratch } from '../cli/run-cli';

jest.setTimeout(120_000);

/** `count` megabytes of zeros, as a stream (never held in memory at once). */
function zeros(count: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let sent = 0;
  return new Readable({
    read() {
      this.push(sent++ < count ? chunk : null);
    },
  });
}

/** register.xlsx plus entries of zeros: `sizes` in megabytes, deflated by zlib at its fastest level (a few MB in all). */
async function bomb(sizes: number[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
  const zip = new ZipFile();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    zip.addBuffer(await entry.async('nodebuffer'), entry.name);
  }
  sizes.forEach((mb, i) => zip.addReadStream(zeros(mb), `xl/media/padding${i}.bin`, { compressionLevel: 1 }));
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('zip bombs', () => {
  const limitMb = MAX_UNPACKED_BYTES / (1024 * 1024);

  it.each([
    ['one entry past the cap', [limitMb + 8]],
    ['entries each under the cap, together past it', [limitMb / 4 + 8, limitMb / 4, limitMb / 4, limitMb / 4]],
  ])('%s: refused in one line, nothing written', async (_what, sizes) => {
    const dir = await scratch();
    const input = path.join(dir, 'bomb.xlsx');
    const bytes = await bomb(sizes);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    await fs.writeFile(input, bytes);
    const run = await runCli([input]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(new RegExp(`unpacks to more than ${limitMb} MB`));
    expect(await fs.readdir(dir)).toEqual(['bomb.xlsx']);
    expect(await fs.readFile(input)).toEqual(bytes);
  });
});

describe('messages in plain words', () => {
  it('a workbook listing a sheet whose part is missing', async () => {
    const dir = await scratch();
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
    zip.remove('xl/worksheets/sheet1.xml');
    const input = path.join(dir, 'gap.xlsx');
    await fs.writeFile(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const run = await runCli([input]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).not.toMatch(/sheetNo|undefined|reading '|setting '/);
    // Its only sheet is left out, so nothing is left to score: said in words, naming the sheet.
    expect(run.stderr).toMatch(
      /gap\.xlsx has no worksheet Scorelight can read\. The sheet "Qtr 2 2020-21" is missing from the package/,
    );
    expect(await fs.readdir(dir)).toEqual(['gap.xlsx']);
  });

  it('a workbook listing a sheet whose part is missing, beside sheets that are there', async () => {
    const dir = await scratch('mixed.xlsx');
    const source = path.join(dir, 'mixed.xlsx');
    const zip = await JSZip.loadAsync(await fs.readFile(source));
    const part = (await openBook(await fs.readFile(source))).sheet('Workforce')?.part;
    expect(part).toBeDefined();
    zip.remove(part!);
    const input = path.join(dir, 'gap.xlsx');
    await fs.writeFile(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const run = await runCli([input, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { sheets: { name: string }[]; workbookWarnings: string[] };
    expect(report.sheets.map((s) => s.name)).not.toContain('Workforce');
    expect(report.sheets.map((s) => s.name)).toContain('Q2 pack');
    expect(report.workbookWarnings.join(' ')).toMatch(/The sheet "Workforce" is missing from the package/);
  });

  it.each([
    ["Cannot set properties of undefined (setting 'sheetNo')", 'the workbook lists a sheet whose part is missing'],
    ["Cannot read properties of undefined (reading 'richText')", 'a cell holds text in a form that could not be read'],
    ['Invalid string length', 'it is too large to read'],
    ["Cannot read properties of null (reading 'foo')", 'part of it could not be read'],
  ])('%s', (internal, words) => {
    expect(plainReason(new TypeError(internal))).toBe(words);
  });
});

describe('a header filled out to column XFD', () => {
  it('skips that sheet with a warning and scores the others', async () => {
    const wb = new Workbook();
    const wide = wb.addWorksheet('Wide');
    wide.addRows([
      ['Performance Measure (Indicator)', 'Target 2020/21', 'Actual'],
      ['Increase of foster carers', 3, 2],
    ]);
    for (let c = 4; c <= 16384; c++) wide.getRow(1).getCell(c).value = `Note ${c}`;
    const ok = wb.addWorksheet('KPIs');
    ok.addRows([
      ['Performance Measure (Indicator)', 'Target 2020/21', 'Actual', 'Rag Status'],
      ['Increase of foster carers', 3, 2, null],
    ]);
    const dir = await scratch();
    const input = path.join(dir, 'wide.xlsx');
    await wb.xlsx.writeFile(input);
    const run = await runCli([input, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      sheets: { name: string; written: boolean; warnings: { message: string }[]; counts: object }[];
    };
    const [w, k] = report.sheets;
    expect(w.written).toBe(false);
    expect(w.warnings[0].message).toMatch(/reaches the last column Excel has \(XFD\)/);
    expect(k.counts).toEqual({ RED: 1 });
  });
});
