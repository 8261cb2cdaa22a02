/**
 * Packages that name their parts in the less usual ways the format allows still score and save:
 * no relationship naming the workbook part (the reader and the writer both fall back to
 * xl/workbook.xml), and strict OOXML's relationship namespace. And the document's list of sheets
 * (docProps/app.xml) gains the sheets Scorelight adds, in tab order.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { JsonReport } from '../../src/cli/json-report';
import { openBook } from '../../src/xlsx/book/read-book';
import { localName, scanXml } from '../../src/xlsx/package/xml-scan';
import { runCli, scratch } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

async function rewrite(file: string, edit: (name: string, text: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    const text = await entry.async('string');
    const edited = edit(entry.name, text);
    if (edited !== text) zip.file(entry.name, edited);
  }
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function scoreAndReopen(file: string): Promise<{ report: JsonReport; out: string }> {
  const run = await runCli([file, '--json', '--summary']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.output).not.toBeNull();
  return { report, out: report.output as string };
}

function titles(appXml: string): string[] {
  const out: string[] = [];
  let inTitles = false;
  let inText = false;
  scanXml(appXml, {
    open(tag) {
      if (localName(tag.name) === 'TitlesOfParts') inTitles = true;
      else if (inTitles && localName(tag.name) === 'lpstr') {
        inText = true;
        out.push('');
      }
    },
    text(t) {
      if (inText) out[out.length - 1] += t;
    },
    close(name) {
      if (localName(name) === 'TitlesOfParts') inTitles = false;
      else if (localName(name) === 'lpstr') inText = false;
    },
  });
  return out;
}

describe('package variants', () => {
  it('a package whose relationships do not name the workbook part is read and saved from xl/workbook.xml', async () => {
    const dir = await scratch('register.xlsx');
    const input = path.join(dir, 'register.xlsx');
    await rewrite(input, (name, text) =>
      name === '_rels/.rels'
        ? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'
        : text,
    );
    const { report, out } = await scoreAndReopen(input);
    expect(report.sheets[0].indicators.length).toBeGreaterThan(0);
    const book = await openBook(await fs.readFile(out));
    expect(book.sheets.map((s) => s.name)).toEqual(['Qtr 2 2020-21', 'Qtr 2 2020-21 summary', 'Scorelight_state']);
  });

  it('strict OOXML relationship types are recognised: styles, sheets and the workbook part', async () => {
    const dir = await scratch('register.xlsx');
    const input = path.join(dir, 'register.xlsx');
    await rewrite(input, (name, text) => (name.endsWith('.rels') ? text.split(TRANSITIONAL).join(STRICT) : text));
    const { report, out } = await scoreAndReopen(input);
    const statusCell = report.sheets[0].indicators.find(
      (i) => i.statusCell && ['RED', 'AMBER', 'GREEN'].includes(i.status),
    )?.statusCell;
    expect(statusCell).toBeDefined();
    const book = await openBook(await fs.readFile(out));
    const view = book.view('Qtr 2 2020-21', statusCell as string);
    // Written, and coloured through the workbook's own style sheet (found by its strict type).
    expect(String(view?.value)).toMatch(/Red|Amber|Green/);
    expect(view?.look.fill).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("adds the new sheets to docProps/app.xml's list of sheet titles, in tab order", async () => {
    const dir = await scratch('register.xlsx');
    const input = path.join(dir, 'register.xlsx');
    const { out } = await scoreAndReopen(input);
    const before = await JSZip.loadAsync(await fs.readFile(input));
    const after = await JSZip.loadAsync(await fs.readFile(out));
    expect(titles((await before.file('docProps/app.xml')?.async('string')) ?? '')).toEqual(['Qtr 2 2020-21']);
    expect(titles((await after.file('docProps/app.xml')?.async('string')) ?? '')).toEqual([
      'Qtr 2 2020-21',
      'Qtr 2 2020-21 summary',
      'Scorelight_state',
    ]);
    // Scored again: the summary is replaced in place and nothing is listed twice.
    const again = await runCli([out, '--summary', '--out', path.join(dir, 'again.xlsx')]);
    expect(again.code).toBe(0);
    const third = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'again.xlsx')));
    expect(titles((await third.file('docProps/app.xml')?.async('string')) ?? '')).toEqual([
      'Qtr 2 2020-21',
      'Qtr 2 2020-21 summary',
      'Scorelight_state',
    ]);
  });

  it('a style sheet that cannot be parsed: cells scored and written in words, the style sheet kept byte for byte', async () => {
    const dir = await scratch('register.xlsx');
    const input = path.join(dir, 'register.xlsx');
    await rewrite(input, (name, text) => (name === 'xl/styles.xml' ? text.slice(0, text.length - 20) : text));
    const run = await runCli([input, '--json', '--summary']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport & { summaries: string[] };
    expect(report.workbookWarnings.join(' ')).toMatch(/could not read the workbook's cell formats/);
    expect(report.workbookWarnings.join(' ')).toMatch(/board summary "Qtr 2 2020-21 summary" was not added/);
    expect(report.summaries).toEqual([]);
    const out = report.output as string;
    const before = await JSZip.loadAsync(await fs.readFile(input));
    const after = await JSZip.loadAsync(await fs.readFile(out));
    expect(await after.file('xl/styles.xml')?.async('string')).toBe(
      await before.file('xl/styles.xml')?.async('string'),
    );
    const book = await openBook(await fs.readFile(out));
    expect(book.sheets.map((s) => s.name)).toEqual(['Qtr 2 2020-21', 'Scorelight_state']);
    const written = report.sheets[0].indicators.filter((i) => i.statusCell && i.status === 'RED');
    expect(written.length).toBeGreaterThan(0);
    for (const i of written) expect(String(book.view('Qtr 2 2020-21', i.statusCell as string)?.value)).toMatch(/Red/);
  });
});
