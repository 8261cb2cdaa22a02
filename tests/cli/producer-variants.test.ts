/**
 * Workbooks as other producers write them: openpyxl (and so pandas) declares xmlns:r on each
 * <sheet> and writes an empty <definedNames/>; some write prefixed [Content_Types].xml and .rels
 * roots, part names in another case, a sheet's cell data under two prefixes, or sheetIds up to the
 * schema's maximum. Each scored copy must parse with namespaces on (run-cli.ts checks every copy a
 * test writes), keep the schema's element order, and read back with the results in it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { JsonReport } from '../../src/cli/json-report';
import { openBook } from '../../src/xlsx/book/read-book';
import { localName, scanXml } from '../../src/xlsx/package/xml-scan';
import { packageNamespaceErrors } from '../xlsx/support/namespaces';
import { EXAMPLES, runCli, scratch } from './run-cli';

jest.setTimeout(60_000);

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET = 'xl/worksheets/sheet1.xml';

/** examples/register.xlsx with its parts edited (and renamed) as another producer would write them. */
async function variant(
  edits: Record<string, (text: string) => string>,
  rename: Record<string, string> = {},
): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    let text = await entry.async('string');
    text = edits[entry.name]?.(text) ?? text;
    out.file(rename[entry.name] ?? entry.name, text);
  }
  const dir = await scratch();
  const file = path.join(dir, 'variant.xlsx');
  await fs.writeFile(file, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function score(file: string, ...more: string[]): Promise<{ report: JsonReport; bytes: Uint8Array }> {
  const out = file.replace(/\.xlsx$/, '.scored.xlsx');
  const run = await runCli([file, '--json', '--summary', '--out', out, ...more]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const bytes = await fs.readFile(out);
  expect(await packageNamespaceErrors(bytes)).toEqual([]);
  return { report: JSON.parse(run.stdout) as JsonReport, bytes };
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const text = await (await JSZip.loadAsync(bytes)).file(name)?.async('string');
  if (text === undefined) throw new Error(`no part ${name}`);
  return text;
}

/** Local names of the root's children, in order. */
function childOrder(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  scanXml(xml, {
    open(tag) {
      if (++depth === 2) names.push(localName(tag.name));
    },
    close() {
      depth--;
    },
  });
  return names;
}

/** The register's status column (H) read back from a scored copy: every indicator has one. */
async function statuses(bytes: Uint8Array): Promise<string[]> {
  const book = await openBook(bytes);
  const sheet = book.sheets[0];
  const out: string[] = [];
  for (let r = 3; r < 18; r++) out.push(String(sheet.cellAt(r, 7)?.value ?? ''));
  return out;
}

test('openpyxl: xmlns:r on each <sheet> and an empty <definedNames/> give a workbook part Excel opens', async () => {
  const file = await variant({
    'xl/workbook.xml': (s) =>
      s
        .replace(` xmlns:r="${R}"`, '')
        .replace('<sheet sheetId', `<sheet xmlns:r="${R}" sheetId`)
        .replace('</sheets>', '</sheets><definedNames/>'),
  });
  const { report, bytes } = await score(file);
  expect(report.summaries?.length).toBeGreaterThan(0);
  const wb = await part(bytes, 'xl/workbook.xml');
  // The print titles go into the empty element where it stands, before calcPr, as the schema orders.
  expect(childOrder(wb).filter((n) => n === 'definedNames' || n === 'calcPr')).toEqual(['definedNames', 'calcPr']);
  expect(wb).toMatch(/<definedNames><definedName name="_xlnm.Print_Titles"/);
  expect((await statuses(bytes)).filter((s) => s !== '').length).toBe(15);
  // And again: the scored copy re-scores, as openpyxl's file did.
  await fs.writeFile(file, bytes);
  await score(file);
});

test('prefixed [Content_Types].xml and .rels roots: the new Overrides and Relationships take the prefix', async () => {
  const prefixed = (root: string, ns: string, p: string) => (s: string) =>
    s
      .replace(`<${root} xmlns="${ns}">`, `<${p}:${root} xmlns:${p}="${ns}">`)
      .replace(new RegExp(`<(/?)(Default|Override|Relationship|${root})(?=[\\s/>])`, 'g'), `<$1${p}:$2`)
      .replace(`<${p}:${p}:`, `<${p}:`);
  const file = await variant({
    '[Content_Types].xml': prefixed('Types', 'http://schemas.openxmlformats.org/package/2006/content-types', 'ct'),
    'xl/_rels/workbook.xml.rels': prefixed(
      'Relationships',
      'http://schemas.openxmlformats.org/package/2006/relationships',
      'pr',
    ),
  });
  const { bytes } = await score(file);
  const types = await part(bytes, '[Content_Types].xml');
  expect(types).not.toMatch(/<Override/);
  expect(types).toMatch(/<ct:Override PartName="\/xl\/worksheets\/sheet2.xml"/);
  expect(await part(bytes, 'xl/_rels/workbook.xml.rels')).not.toMatch(/<Relationship /);
});

test('part names differ only in case: no second sheet2.xml beside Sheet2.xml, each Override once', async () => {
  const file = await variant(
    {
      'xl/_rels/workbook.xml.rels': (s) => s.replace('worksheets/sheet1.xml', 'worksheets/Sheet2.xml'),
      '[Content_Types].xml': (s) => s.replace('/xl/worksheets/sheet1.xml', '/xl/worksheets/Sheet2.xml'),
    },
    { [SHEET]: 'xl/worksheets/Sheet2.xml' },
  );
  const { bytes } = await score(file);
  const types = await part(bytes, '[Content_Types].xml');
  const names = [...types.matchAll(/PartName="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  expect(new Set(names).size).toBe(names.length);
});

describe('cell data under mixed prefixes: the cells written take the prefix of the row they go into', () => {
  const cases: [string, (s: string) => string][] = [
    [
      '<x:sheetData> holding unprefixed rows',
      (s) =>
        s.replace(/<(\/?)sheetData/g, '<$1x:sheetData').replace('<x:sheetData>', `<x:sheetData xmlns:x="${MAIN}">`),
    ],
    [
      'unprefixed <sheetData> holding <x:row>',
      (s) => s.replace(/<(\/?)row(?=[\s>])/g, '<$1x:row').replace('<sheetData>', `<sheetData xmlns:x="${MAIN}">`),
    ],
    [
      '<x:row> holding <y:c>',
      (s) =>
        s
          .replace(/<(\/?)row(?=[\s>])/g, '<$1x:row')
          .replace(/<(\/?)(c|v)(?=[\s>])/g, '<$1y:$2')
          .replace('<sheetData>', `<sheetData xmlns:x="${MAIN}" xmlns:y="${MAIN}">`),
    ],
  ];
  test.each(cases)('%s', async (_what, edit) => {
    const file = await variant({ [SHEET]: edit });
    const { bytes } = await score(file);
    expect((await statuses(bytes)).filter((s) => s !== '').length).toBe(15);
  });
});

test('rows without r whose cells carry addresses: written cells land in the rows the cells name', async () => {
  const file = await variant({ [SHEET]: (s) => s.replace(/<row r="\d+"/g, '<row') });
  const { bytes } = await score(file);
  const sheet = await part(bytes, 'xl/worksheets/sheet1.xml');
  // Every cell's address names the row it sits in.
  for (const m of sheet.matchAll(/<row[^>]*>(.*?)<\/row>/g)) {
    const rowsNamed = new Set([...m[1].matchAll(/<c r="[A-Z]+(\d+)"/g)].map((c) => c[1]));
    expect(rowsNamed.size).toBeLessThanOrEqual(1);
  }
  expect((await statuses(bytes)).filter((s) => s !== '').length).toBe(15);
});

test('after a sheetId of 4294967295, new sheets get free ids within the schema range', async () => {
  const file = await variant({ 'xl/workbook.xml': (s) => s.replace('sheetId="1"', 'sheetId="4294967295"') });
  const { bytes } = await score(file);
  const ids = [...(await part(bytes, 'xl/workbook.xml')).matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  expect(ids.length).toBeGreaterThan(1);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toBeLessThanOrEqual(4_294_967_295);
});
