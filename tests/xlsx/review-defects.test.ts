/**
 * Defects a review of the package reader and writer found, each reproduced on a real package:
 * a chart sheet named like the summary; cells without addresses after a cleared one; a package
 * without its own relationships part; a bomb in a part only the writer reads; Node before 20.15
 * (no zlib.crc32).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { cappedZipCodec } from '../../src/cli/zip-codec';
import { openBook } from '../../src/xlsx/book/read-book';
import { writePackage } from '../../src/xlsx/package/write-package';
import { ZipTooLargeError } from '../../src/xlsx/package/zip-limits';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { addSummarySheet } from '../../src/xlsx/summary-writer';
import { undoLastScoring } from '../../src/xlsx/undo-scoring';
import { savePackage } from '../../src/xlsx/workbook-io';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET = 'xl/worksheets/sheet1.xml';
const NAME = 'Qtr 2 2020-21';

async function edited(file: string, edits: Record<string, (text: string) => string | undefined>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await fs.readFile(path.join(EXAMPLES, file)));
  for (const [name, edit] of Object.entries(edits)) {
    const text = edit((await zip.file(name)?.async('string')) ?? '');
    if (text === undefined) zip.remove(name);
    else zip.file(name, text);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('a chart sheet named like the summary is kept; the summary takes another name', async () => {
  const bytes = await edited('register.xlsx', {
    'xl/chartsheets/sheet1.xml': () =>
      `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
    '[Content_Types].xml': (x) =>
      x.replace(
        '</Types>',
        '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
      ),
    'xl/_rels/workbook.xml.rels': (x) =>
      x.replace(
        '</Relationships>',
        `<Relationship Id="rId99" Type="${R}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      ),
    'xl/workbook.xml': (x) =>
      x.replace('</sheets>', `<sheet name="${NAME} summary" sheetId="9" r:id="rId99"/></sheets>`),
  });
  const book = await openBook(bytes);
  expect(book.otherSheetNames).toEqual([`${NAME} summary`]);
  const run = scoreWorkbook(book);
  expect(addSummarySheet(book, run.results[0], run.rules, run.scoredAt).sheetName).toBe(`${NAME} summary (2)`);
  const out = await savePackage(book);
  const before = await JSZip.loadAsync(bytes);
  const after = await JSZip.loadAsync(out);
  expect(await after.file('xl/chartsheets/sheet1.xml')?.async('string')).toBe(
    await before.file('xl/chartsheets/sheet1.xml')?.async('string'),
  );
  const again = await openBook(out);
  expect(again.sheets.map((s) => s.name)).toEqual([NAME, `${NAME} summary (2)`, 'Scorelight_state']);
  expect(again.otherSheetNames).toEqual([`${NAME} summary`]);
});

test('cells without addresses keep their columns when a cell before them is cleared (score, undo, save)', async () => {
  const bytes = await edited('register.xlsx', {
    [SHEET]: (x) => {
      // Default-format empty status cells, a note right after each, then no cell gives its address.
      let out = x.replace(/<c r="H(\d+)" s="\d+"\/>/g, '<c r="H$1"/>');
      out = out.replace(
        /(<row r="(\d+)"[^>]*>)(.*?)(<\/row>)/g,
        (_m, open: string, r: string, cells: string, close: string) =>
          `${open}${cells}<c t="inlineStr"><is><t>note ${r}</t></is></c>${close}`,
      );
      return out.replace(/(<c) r="[A-Z]+\d+"/g, '$1');
    },
  });
  const book = await openBook(bytes);
  const noteBefore = book.view(NAME, 'I4')?.value;
  expect(noteBefore).toBe('note 4');
  scoreWorkbook(book);
  expect(undoLastScoring(book, NAME).restored).toBeGreaterThan(0);
  const again = await openBook(await savePackage(book));
  expect(again.view(NAME, 'I4')?.value).toBe('note 4');
  expect(again.view(NAME, 'H4')?.value).toBe('');
});

test('a package without its own relationships part scores and saves (no document properties added)', async () => {
  const bytes = await edited('register.xlsx', { '_rels/.rels': () => undefined });
  const book = await openBook(bytes);
  const run = scoreWorkbook(book);
  addSummarySheet(book, run.results[0], run.rules, run.scoredAt);
  const again = await openBook(await savePackage(book));
  expect(again.sheets.map((s) => s.name)).toEqual([NAME, `${NAME} summary`, 'Scorelight_state']);
});

test('a bomb in a part only the writer reads stops at the cap', async () => {
  // docProps/app.xml is read only when a sheet is added (here the state sheet), to list its title.
  const bytes = await edited('register.xlsx', { 'docProps/app.xml': (x) => x + ' '.repeat(3_000_000) });
  const book = await openBook(bytes, { codec: cappedZipCodec(2_000_000) });
  scoreWorkbook(book);
  await expect(writePackage(book, { codec: cappedZipCodec(2_000_000) })).rejects.toBeInstanceOf(ZipTooLargeError);
  // With room for it, the same save goes through.
  await expect(writePackage(book, { codec: cappedZipCodec(20_000_000) })).resolves.toBeDefined();
});

test('the CLI deflates new parts without zlib.crc32 (Node before 20.15)', async () => {
  // The module object itself (an import's namespace is read-only): the codec reads it at call time.
  const real = require('zlib') as { crc32?: unknown };
  const saved = real.crc32;
  const book = await openBook(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
  scoreWorkbook(book);
  real.crc32 = undefined;
  try {
    const out = await writePackage(book, { codec: cappedZipCodec() });
    // JSZip checks every entry's CRC-32 as it inflates it.
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    for (const entry of Object.values(zip.files)) if (!entry.dir) await entry.async('uint8array');
    expect((await openBook(out)).sheets.map((s) => s.name)).toEqual([NAME, 'Scorelight_state']);
  } finally {
    real.crc32 = saved;
  }
});
