/**
 * Status words and symbols survive greyscale: the board summary is rendered by LibreOffice to PDF,
 * the PDF converted to greyscale (Ghostscript), and its text must still give every status, trend
 * and direction word with its symbol. A rendered page is checked to be truly grey (R = G = B).
 * Skipped, saying why, where LibreOffice or Ghostscript is not installed.
 */
import { execFileSync } from 'child_process';
import { convertAll } from '../xlsx/support/libreoffice';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { addSummarySheet } from '../../src/xlsx/summary-writer';
import { savePackage } from '../../src/xlsx/workbook-io';
import { bookFrom } from '../helpers/book';
import { boardResult, boardRules } from './board-fixture';
import { SCORED_AT } from './fixtures';
import { unligature } from './support/render';

const TOOLS = ['/usr/bin/soffice', '/usr/bin/gs', '/usr/bin/pdftotext', '/usr/bin/pdftoppm'];
const missing = TOOLS.filter((t) => !existsSync(t));
if (missing.length > 0)
  console.warn(
    `Greyscale test skipped: ${missing.join(', ')} missing (apt-get install libreoffice-calc ghostscript poppler-utils).`,
  );
const run = missing.length === 0 ? test : test.skip;

jest.setTimeout(180_000);

let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Binary PPM (P6) pixels: true when every pixel has R = G = B. */
function allGrey(ppm: Buffer): boolean {
  // Header: "P6\n<w> <h>\n<max>\n", then RGB bytes.
  let fields = 0;
  let i = 0;
  while (fields < 4) {
    while (/\s/.test(String.fromCharCode(ppm[i]))) i++;
    while (!/\s/.test(String.fromCharCode(ppm[i]))) i++;
    fields++;
  }
  for (let p = i + 1; p + 2 < ppm.length; p += 3) if (ppm[p] !== ppm[p + 1] || ppm[p + 1] !== ppm[p + 2]) return false;
  return true;
}

run('the summary printed in greyscale still says every status in words and symbols', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'scorelight-grey-'));
  // A workbook needs a sheet: the summary's source, hidden and empty so only the summary prints.
  const source = new ExcelJS.Workbook();
  source.addWorksheet('Children KPIs', { state: 'hidden' });
  const book = await bookFrom(source);
  const { sheetName } = addSummarySheet(book, boardResult(), boardRules(), SCORED_AT);
  const xlsx = path.join(dir, 'summary.xlsx');
  writeFileSync(xlsx, Buffer.from(await savePackage(book)));
  convertAll([xlsx], dir, 'pdf', 150_000);
  const colour = path.join(dir, 'summary.pdf');
  expect(existsSync(colour)).toBe(true);
  const grey = path.join(dir, 'grey.pdf');
  execFileSync('gs', [
    '-q',
    '-dSAFER',
    '-dBATCH',
    '-dNOPAUSE',
    '-sDEVICE=pdfwrite',
    '-sColorConversionStrategy=Gray',
    '-dProcessColorModel=/DeviceGray',
    `-sOutputFile=${grey}`,
    colour,
  ]);
  // The converted page really is grey.
  execFileSync('pdftoppm', ['-r', '30', '-f', '1', '-l', '1', grey, path.join(dir, 'page')]);
  const page = ['page-1.ppm', 'page-01.ppm', 'page-001.ppm'].map((f) => path.join(dir, f)).find(existsSync);
  expect(page).toBeDefined();
  expect(allGrey(readFileSync(page!))).toBe(true);

  // Reading order, not layout: a word that wraps inside its cell stays next to its symbol.
  const text = unligature(execFileSync('pdftotext', [grey, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  expect(text).toContain('Performance indicators: Children KPIs');
  expect(sheetName).toBe('Children KPIs summary');
  for (const word of [
    '● Green',
    '▲ Amber',
    '■ Red',
    '○ No data',
    '◇ No target',
    '▲ Much better',
    '▼ Not better',
    '▲ Better',
    '▼ Worse',
  ])
    expect({ word, present: text.includes(word) }).toEqual({ word, present: true });
});
