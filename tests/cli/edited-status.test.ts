/**
 * A status cell the user rewrote in the table's own RAG column ("Amber - exception agreed by
 * board") is theirs: re-scoring reports it left as it is, and the file holds what they typed, on
 * that scoring and every later one. examples/cards.xlsx (status cells in its own RAG fields).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { JsonReport } from '../../src/cli/json-report';
import { openBook } from '../../src/xlsx/book/read-book';
import { runCli, scratch } from './run-cli';

jest.setTimeout(120_000);

const EDIT = 'Amber - exception agreed by board';

/** The package with one cell of the first sheet replaced by an inline string, as Excel saves a typed cell. */
async function typeInto(file: string, a1: string, text: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const name = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(name)?.async('string')) ?? '';
  const cell = new RegExp(`<c r="${a1}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
  const m = cell.exec(xml);
  if (!m) throw new Error(`no cell ${a1}`);
  const attrs = m[1].replace(/\s+t="[^"]*"/, '');
  zip.file(name, xml.replace(cell, `<c r="${a1}"${attrs} t="inlineStr"><is><t>${text}</t></is></c>`));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function valueAt(file: string, a1: string): Promise<unknown> {
  const book = await openBook(await fs.readFile(file));
  return book.view(book.sheets[0].name, a1)?.value;
}

test('an edited status cell in the table’s own status column is kept on re-score, and on the next', async () => {
  const dir = await scratch('cards.xlsx');
  const book = path.join(dir, 'cards.xlsx');
  const first = await runCli([book, '--json']);
  expect(first.code).toBe(0);
  const report = JSON.parse(first.stdout) as JsonReport;
  const scored = report.output as string;
  const cell = report.sheets[0].indicators[0].statusCell as string;
  await typeInto(scored, cell, EDIT);

  for (let round = 0; round < 2; round++) {
    const again = await runCli([scored, '--json']);
    expect(again.code).toBe(0);
    const r = JSON.parse(again.stdout) as JsonReport;
    expect(await valueAt(scored, cell)).toBe(EDIT);
    // The report says so, and does not claim to have written it.
    const warnings = JSON.stringify(r.sheets[0]);
    expect(warnings).toContain(`${cell} held Scorelight's output but now holds something else`);
  }
});
