/**
 * The summary's Excel tables grafted into a workbook that has a table of its own, scored with
 * --summary twice: the copy reopens, every table part is declared and referenced exactly once, all
 * table ids and names are unique (Excel refuses duplicates), the user's table part is untouched,
 * and re-scoring replaces the summary's tables rather than piling up orphans.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { openBook } from '../../src/xlsx/book/read-book';
import { isSummarySheet } from '../../src/xlsx/our-sheets';
import { parseRelationships, relsPathOf, resolveTarget } from '../../src/xlsx/package/package-parts';
import { tableInfo, TABLE_CONTENT_TYPE } from '../../src/xlsx/package/table-parts';
import { localName, scanXml } from '../../src/xlsx/package/xml-scan';
import { convertToCsv, SOFFICE } from '../xlsx/support/libreoffice';
import { EXAMPLES, runCli, scratch } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TABLE_REL = `${R}/table`;
/** The name the summary gives its first table: the user's table takes it first. */
const CLASHING = 'Indicators_by_status_Qtr_2_2020_21';

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const LOOKUP_SHEET = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B3"/><sheetData><row r="1">${cell('A1', 'Area')}${cell('B1', 'Lead')}</row><row r="2">${cell('A2', 'Children')}${cell('B2', 'Director of Children')}</row><row r="3">${cell('A3', 'Adults')}${cell('B3', 'Director of Adults')}</row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
const USER_TABLE = `${HEAD}<table xmlns="${MAIN}" id="1" name="${CLASHING}" displayName="${CLASHING}" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Area"/><tableColumn id="2" name="Lead"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
const LOOKUP_RELS = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TABLE_REL}" Target="../tables/table1.xml"/></Relationships>`;
const USER_PARTS = ['xl/tables/table1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet2.xml.rels'];

/** Insert `text` before the first `marker` in a part of this fixture (test data, not parsing). */
function before(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`fixture: ${marker} not found`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The register example plus a "Lookup" sheet holding an Excel table (id 1, in xl/tables/table1.xml). */
async function registerWithTable(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
  const text = async (name: string) => {
    const t = await zip.file(name)?.async('string');
    if (t === undefined) throw new Error(`fixture: ${name} missing`);
    return t;
  };
  zip.file(
    'xl/workbook.xml',
    before(await text('xl/workbook.xml'), '</sheets>', '<sheet sheetId="2" name="Lookup" r:id="rId5"/>'),
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    before(
      await text('xl/_rels/workbook.xml.rels'),
      '</Relationships>',
      `<Relationship Id="rId5" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>`,
    ),
  );
  zip.file(
    '[Content_Types].xml',
    before(
      await text('[Content_Types].xml'),
      '</Types>',
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="${TABLE_CONTENT_TYPE}"/>`,
    ),
  );
  zip.file('xl/worksheets/sheet2.xml', LOOKUP_SHEET);
  zip.file('xl/worksheets/_rels/sheet2.xml.rels', LOOKUP_RELS);
  zip.file('xl/tables/table1.xml', USER_TABLE);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every table part three ways: declared in the content types, referenced by a sheet, present in the zip. */
async function tableParts(zip: JSZip): Promise<{ declared: string[]; referenced: string[]; present: string[] }> {
  const declared: string[] = [];
  scanXml((await zip.file('[Content_Types].xml')?.async('string')) ?? '', {
    open(tag) {
      if (localName(tag.name) === 'Override' && tag.attrs.ContentType === TABLE_CONTENT_TYPE)
        declared.push((tag.attrs.PartName ?? '').slice(1));
    },
  });
  const referenced: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!name.startsWith('xl/worksheets/sheet') || zip.files[name].dir) continue;
    const rels = await zip.file(relsPathOf(name))?.async('string');
    if (rels === undefined) continue;
    for (const rel of parseRelationships(rels))
      if (rel.type === TABLE_REL) referenced.push(resolveTarget(name, rel.target));
  }
  const present = Object.keys(zip.files).filter((n) => n.startsWith('xl/tables/') && !zip.files[n].dir);
  return { declared: declared.sort(), referenced: referenced.sort(), present: present.sort() };
}

describe('a workbook with an Excel table of its own, scored with --summary twice', () => {
  let dir: string;
  let input: string;
  let output: string;
  let original: Buffer;

  beforeAll(async () => {
    dir = await scratch();
    input = path.join(dir, 'register.xlsx');
    original = await registerWithTable();
    await fs.writeFile(input, original);
  });

  const check = async (run: number) => {
    const bytes = await fs.readFile(output);
    const zip = await JSZip.loadAsync(bytes);
    const before = await JSZip.loadAsync(original);
    for (const name of USER_PARTS)
      expect({ run, name, bytes: await zip.file(name)?.async('nodebuffer') }).toEqual({
        run,
        name,
        bytes: await before.file(name)?.async('nodebuffer'),
      });

    const parts = await tableParts(zip);
    expect(parts.referenced).toEqual(parts.present);
    expect(parts.declared).toEqual(parts.present);
    expect(new Set(parts.present).size).toBe(parts.present.length);
    const infos = await Promise.all(
      parts.present.map(async (p) => tableInfo((await zip.file(p)?.async('string')) ?? '')),
    );
    const ids = infos.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = infos.flatMap((t) => [...new Set([t.name, t.displayName])].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);

    // Our summaries as the host recognises them; their tables as another program (ExcelJS) reads them.
    const book = await openBook(bytes);
    expect(book.sheets.filter(isSummarySheet).map((s) => s.name)).toEqual(['Qtr 2 2020-21 summary']);
    const wb = new Workbook();
    await wb.xlsx.readFile(output);
    const summaries = wb.worksheets.filter((ws) => ws.name === 'Qtr 2 2020-21 summary');
    expect(summaries).toHaveLength(1);
    const tables = summaries[0].getTables().map(
      (t) =>
        (
          t as unknown as {
            table: { name: string; headerRow: boolean; tableRef: string; columns: { name: string }[] };
          }
        ).table,
    );
    // One user table plus the summary's; re-scoring replaced them rather than adding more.
    expect(tables.length).toBeGreaterThan(0);
    expect(infos).toHaveLength(tables.length + 1);
    for (const t of tables) {
      expect(t.headerRow).toBe(true);
      const topLeft = t.tableRef.split(':')[0];
      expect(summaries[0].getCell(topLeft).value).toBe(t.columns[0].name);
    }
    expect(tables.map((t) => t.name)).not.toContain(CLASHING);
    const lookup = wb.getWorksheet('Lookup');
    expect(lookup?.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name)).toEqual([
      CLASHING,
    ]);
    return tables.map((t) => t.name);
  };

  it('scores it with its summary tables beside the user table, then replaces them on a second run', async () => {
    const first = await runCli([input, '--summary', '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    output = path.join(dir, 'register.scored.xlsx');
    const names = await check(1);

    const second = await runCli([output, '--summary', '--json']);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(['register.scored.xlsx', 'register.xlsx']);
    // The same names again: the old summary's tables went, so nothing had to dodge them.
    expect(await check(2)).toEqual(names);
  });

  const lo = SOFFICE ? it : it.skip;
  if (!SOFFICE) console.warn('LibreOffice is not installed: the conversion check of the tables workbook is skipped.');
  lo(
    'converts in LibreOffice',
    async () => {
      const csv = await convertToCsv(output);
      expect(csv).toMatch(/Red/);
    },
    150_000,
  );
});
