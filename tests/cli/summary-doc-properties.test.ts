/**
 * Issue 16 meets issue 14: a board summary needs a document title and language, but the scored copy
 * is the user's package edited in place. With --summary, a missing or empty dc:title and dc:language
 * are filled in docProps/core.xml (the rest of the part unchanged), a user's own title is kept, a
 * package without core properties gets the part; without --summary the part is byte for byte.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { CORE_PROPERTIES_REL_TYPE } from '../../src/xlsx/package/core-properties';
import { parseRelationships } from '../../src/xlsx/package/package-parts';
import { coreElements } from '../fixtures/build/board-workbook';
import { EXAMPLES, runCli, scratch } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CORE_OPEN =
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';
const CREATOR = '<dc:creator>Board officer</dc:creator>';
const CREATED = '<dcterms:created xsi:type="dcterms:W3CDTF">2020-10-01T00:00:00Z</dcterms:created>';
const SUMMARY_TITLE = /^Performance indicators: Qtr 2 2020-21, .+$/;

/** The register example with its core properties part replaced (or removed, when `core` is null). */
async function registerWith(dir: string, name: string, core: string | null): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(path.join(EXAMPLES, 'register.xlsx')));
  if (core === null) {
    zip.remove('docProps/core.xml');
    const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
    const kept = parseRelationships(rels).filter((r) => r.type !== CORE_PROPERTIES_REL_TYPE);
    zip.file(
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${kept
        .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
        .join('')}</Relationships>`,
    );
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    const override =
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';
    if (!types.includes(override)) throw new Error('fixture: core properties override not found');
    zip.file('[Content_Types].xml', types.replace(override, ''));
  } else zip.file('docProps/core.xml', core);
  const file = path.join(dir, name);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

async function score(file: string, summary: boolean): Promise<string> {
  const run = await runCli([file, ...(summary ? ['--summary'] : []), '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { output: string }).output;
}

async function coreXml(file: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(await fs.readFile(file))).file('docProps/core.xml')?.async('string');
}

async function docInfo(file: string): Promise<{ title?: string; language?: string }> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return { title: wb.title, language: (wb as Workbook & { language?: string }).language };
}

describe('document title and language for a board summary', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await scratch();
  });

  it('fills a missing title and language, keeping every other element', async () => {
    const core = `${HEAD}${CORE_OPEN}${CREATOR}<dc:title></dc:title>${CREATED}</cp:coreProperties>`;
    const output = await score(await registerWith(dir, 'untitled.xlsx', core), true);
    expect(await docInfo(output)).toEqual({ title: expect.stringMatching(SUMMARY_TITLE), language: 'en-GB' });
    const after = coreElements((await coreXml(output)) ?? '');
    expect(after.filter(([n]) => n !== 'dc:title' && n !== 'dc:language')).toEqual(
      coreElements(core).filter(([n]) => n !== 'dc:title'),
    );
    expect(after.filter(([n]) => n === 'dc:title' || n === 'dc:language')).toHaveLength(2);
  });

  it("keeps the user's own title and adds only the language", async () => {
    const input = path.join(EXAMPLES, 'register.xlsx');
    const before = (await coreXml(input)) ?? '';
    const output = await score(await registerWith(dir, 'titled.xlsx', before), true);
    expect(await docInfo(output)).toEqual({ title: 'Performance Reporting - Qtr 2 2020/21', language: 'en-GB' });
    const after = coreElements((await coreXml(output)) ?? '');
    expect(after.filter(([n]) => n !== 'dc:language')).toEqual(coreElements(before));
  });

  it('leaves core.xml byte for byte when the title and language are there already', async () => {
    const core = `${HEAD}${CORE_OPEN}<dc:language>fr-FR</dc:language>${CREATOR}<dc:title>Mine</dc:title>${CREATED}</cp:coreProperties>`;
    const output = await score(await registerWith(dir, 'complete.xlsx', core), true);
    expect(await coreXml(output)).toBe(core);
  });

  it('leaves core.xml byte for byte without --summary', async () => {
    const core = `${HEAD}${CORE_OPEN}${CREATOR}${CREATED}</cp:coreProperties>`;
    const input = await registerWith(dir, 'plain.xlsx', core);
    const before = await (
      await JSZip.loadAsync(await fs.readFile(input))
    )
      .file('docProps/core.xml')
      ?.async('nodebuffer');
    const output = await score(input, false);
    const after = await (
      await JSZip.loadAsync(await fs.readFile(output))
    )
      .file('docProps/core.xml')
      ?.async('nodebuffer');
    expect(after).toEqual(before);
  });

  it('adds the core properties part, its content type and relationship when the package has none', async () => {
    const output = await score(await registerWith(dir, 'bare.xlsx', null), true);
    expect(await docInfo(output)).toEqual({ title: expect.stringMatching(SUMMARY_TITLE), language: 'en-GB' });
    const zip = await JSZip.loadAsync(await fs.readFile(output));
    const rels = parseRelationships((await zip.file('_rels/.rels')?.async('string')) ?? '');
    expect(rels.filter((r) => r.type === CORE_PROPERTIES_REL_TYPE).map((r) => r.target)).toEqual(['docProps/core.xml']);
    expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).toContain(
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    );
  });
});
