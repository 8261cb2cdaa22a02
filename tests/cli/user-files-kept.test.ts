/**
 * What belongs to the user is never replaced: a read-only --out file, a sheet of theirs with the
 * state sheet's name (in any case), the structure of a workbook they locked, a "0x50" in a cell.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { openBook } from '../../src/xlsx/book/read-book';
import { expectOneLine, runCli, scratch } from './run-cli';

jest.setTimeout(60_000);

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function edit(file: string, edits: Record<string, (t: string) => string>, add: Record<string, string> = {}) {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const [name, fn] of Object.entries(edits)) zip.file(name, fn((await zip.file(name)?.async('string')) ?? ''));
  for (const [name, text] of Object.entries(add)) zip.file(name, text);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

test('a read-only --out file is refused, left as it was', async () => {
  const dir = await scratch('register.xlsx');
  const out = path.join(dir, 'out.xlsx');
  await fs.writeFile(out, 'mine');
  await fs.chmod(out, 0o444);
  const run = await runCli([path.join(dir, 'register.xlsx'), '--out', out]);
  expect(run.code).toBe(1);
  expectOneLine(run.stderr);
  expect(run.stderr).toContain('is read-only');
  expect(await fs.readFile(out, 'utf8')).toBe('mine');
});

test.each(['Scorelight_state', 'scorelight_STATE'])(
  'a user sheet called %s is kept, and the report says the settings were not saved',
  async (name) => {
    const dir = await scratch('register.xlsx');
    const file = path.join(dir, 'register.xlsx');
    await edit(
      file,
      {
        'xl/workbook.xml': (s) => s.replace('</sheets>', `<sheet name="${name}" sheetId="9" r:id="rU1"/></sheets>`),
        'xl/_rels/workbook.xml.rels': (s) =>
          s.replace(
            '</Relationships>',
            `<Relationship Id="rU1" Type="${R}/worksheet" Target="worksheets/user.xml"/></Relationships>`,
          ),
        '[Content_Types].xml': (s) =>
          s.replace(
            '</Types>',
            '<Override PartName="/xl/worksheets/user.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
          ),
      },
      {
        'xl/worksheets/user.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>My notes</t></is></c></row></sheetData></worksheet>`,
      },
    );
    const out = path.join(dir, 'out.xlsx');
    const run = await runCli([file, '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the name Scorelight keeps its settings under');
    const book = await openBook(await fs.readFile(out));
    const sheets = book.sheets.filter((s) => s.name.toLowerCase() === 'scorelight_state');
    expect(sheets).toHaveLength(1);
    expect(sheets[0].cellAt(0, 0)?.value).toBe('My notes');
  },
);

test('a workbook with its structure locked gets no new sheet, and a warning says why', async () => {
  const dir = await scratch('register.xlsx');
  const file = path.join(dir, 'register.xlsx');
  await edit(file, {
    'xl/workbook.xml': (s) => s.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
  });
  const out = path.join(dir, 'out.xlsx');
  const run = await runCli([file, '--out', out, '--summary']);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/structure is protected/);
  const book = await openBook(await fs.readFile(out));
  expect(book.sheets.map((s) => s.name)).toEqual(['Qtr 2 2020-21']);
});

test('"0x50" and blank text in a value are not numbers', async () => {
  const dir = await scratch('register.xlsx');
  const file = path.join(dir, 'register.xlsx');
  await edit(file, {
    'xl/worksheets/sheet1.xml': (s) =>
      s.replace('</sheetData>', '<row r="40"><c r="A40"><v>0x50</v></c><c r="B40"><v>  </v></c></row></sheetData>'),
  });
  const book = await openBook(await fs.readFile(file));
  expect(book.view('Qtr 2 2020-21', 'A40')?.value).toBe('0x50');
  expect(book.view('Qtr 2 2020-21', 'B40')?.value).toBe('');
});
