/**
 * Issue 23 item 9: the state sheet is a sheet anyone (or any tool) can edit. One edited to claim the
 * user's Notes column, fingerprints matching the notes as they stand, must not make re-scoring clear
 * or overwrite them: a claim where this scoring writes no status, trend or variance is ignored, said
 * in a warning, and forgotten. Scored, forged and re-scored as real .xlsx files through the CLI.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import JSZip from 'jszip';
import { encodeState } from '../../src/core/state/codec';
import { fingerprint } from '../../src/core/state/fingerprint';
import { openBook } from '../../src/xlsx/book/read-book';
import { readState } from '../../src/xlsx/state-sheet';
import { runCli, scratch } from '../cli/run-cli';
import { valueAt, xlsxBytes } from '../helpers/book';
import { parseRelationships, parseSheets, resolveTarget } from '../../src/xlsx/package/package-parts';

// Real workbooks scored twice through the CLI: seconds on a loaded 1-core machine.
jest.setTimeout(60_000);

/** Notes that read like a status ("On track", "Green") and one that does not. */
const NOTES = ['Notes', 'On track', 'Behind target', 'Green', 'Awaiting data'];
const NOTE_CELLS = ['E1', 'E2', 'E3', 'E4', 'E5'];

async function register(file: string): Promise<void> {
  const wb = new ExcelWorkbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Target', 'Actual', 'RAG', 'Notes']);
  ws.addRow(['% visits within timescale', 90, 95, '', NOTES[1]]);
  ws.addRow(['Reviews on time', 80, 60, '', NOTES[2]]);
  ws.addRow(['Complaints answered', 70, 69, '', NOTES[3]]);
  ws.addRow(['Calls answered', 70, 75, '', NOTES[4]]);
  await fs.writeFile(file, await xlsxBytes(wb));
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The scored file with its state sheet's XML rewritten to claim the Notes column, checksum and all. */
async function forgeClaim(scored: string, forged: string): Promise<void> {
  const bytes = await fs.readFile(scored);
  const state = readState(await openBook(bytes));
  const kpis = state.sheets.KPIs;
  const prints = new Map(kpis.prints);
  NOTE_CELLS.forEach((a1, i) => prints.set(a1, fingerprint(NOTES[i])));
  state.sheets.KPIs = { ...kpis, owned: [...kpis.owned, ...NOTE_CELLS], prints };
  const rows = encodeState(state)
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((text, c) => `<c r="${'ABCDE'[c]}${r + 1}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = parseRelationships(await zip.file('xl/_rels/workbook.xml.rels')!.async('string'));
  const part = parseSheets(workbookXml, 'xl/workbook.xml', rels).find((s) => s.name === 'Scorelight_state')?.part;
  expect(part).toBeDefined();
  const xml = await zip.file(resolveTarget('', part!))!.async('string');
  const edited = xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`);
  expect(edited).not.toBe(xml);
  zip.file(part!, edited);
  await fs.writeFile(forged, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  // The forgery reads back as a sound state claiming the notes.
  const claimed = readState(await openBook(await fs.readFile(forged))).sheets.KPIs;
  for (const a1 of NOTE_CELLS) expect(claimed.owned).toContain(a1);
}

interface Report {
  sheets: { indicators: unknown[]; warnings: { cell: string; message: string }[] }[];
}

async function score(input: string, out: string): Promise<Report> {
  const run = await runCli([input, '--out', out, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

test('a state edited to claim the Notes column: re-scoring leaves every note, warns, and forgets the claim', async () => {
  const dir = await scratch();
  const input = path.join(dir, 'book.xlsx');
  await register(input);
  const scored = path.join(dir, 'scored.xlsx');
  await score(input, scored);
  const forged = path.join(dir, 'forged.xlsx');
  await forgeClaim(scored, forged);

  const again = path.join(dir, 'again.xlsx');
  const report = await score(forged, again);
  const book = await openBook(await fs.readFile(again));
  NOTE_CELLS.forEach((a1, i) => expect([a1, valueAt(book, 'KPIs', a1)]).toEqual([a1, NOTES[i]]));
  // The scoring itself still happened: the table's own RAG column holds its statuses.
  expect(String(valueAt(book, 'KPIs', 'D2'))).toMatch(/green/i);
  expect(String(valueAt(book, 'KPIs', 'D3'))).toMatch(/red/i);

  // The claims on the notes that read like a status are named in a warning.
  const warned = report.sheets[0].warnings.filter((w) => /recorded as Scorelight's/.test(w.message));
  expect(warned.map((w) => w.cell)).toEqual(['E1:E5']);
  expect(warned[0].message).toMatch(/left it as it is and forgot it/);
  // And forgotten: the next state claims none of the notes.
  const owned = readState(book).sheets.KPIs.owned;
  for (const a1 of NOTE_CELLS) expect(owned).not.toContain(a1);

  // A third scoring of the result says nothing more about them.
  const third = path.join(dir, 'third.xlsx');
  const report3 = await score(again, third);
  expect(report3.sheets[0].warnings.filter((w) => /recorded as Scorelight's/.test(w.message))).toEqual([]);
});

test('an honest re-score still clears its own outputs when an indicator leaves the table', async () => {
  const dir = await scratch();
  const input = path.join(dir, 'book.xlsx');
  await register(input);
  const scored = path.join(dir, 'scored.xlsx');
  await score(input, scored);
  // The user empties the last indicator's row (its note stays): its status and variance are stale.
  const wb = new ExcelWorkbook();
  await wb.xlsx.load((await fs.readFile(scored)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.getWorksheet('KPIs')!;
  expect(String(ws.getCell('D5').value)).toMatch(/green/i);
  const stale = ['D5', 'F5', 'G5'].filter((a1) => ws.getCell(a1).value !== null);
  expect(stale.length).toBeGreaterThan(1);
  for (const a1 of ['A5', 'B5', 'C5']) ws.getCell(a1).value = null;
  const edited = path.join(dir, 'edited.xlsx');
  await fs.writeFile(edited, await xlsxBytes(wb));
  const again = path.join(dir, 'again.xlsx');
  const report = await score(edited, again);
  expect(report.sheets[0].warnings.filter((w) => /recorded as Scorelight's/.test(w.message))).toEqual([]);
  const book = await openBook(await fs.readFile(again));
  for (const a1 of stale) expect([a1, valueAt(book, 'KPIs', a1)]).toEqual([a1, '']);
  expect(valueAt(book, 'KPIs', 'E5')).toBe('Awaiting data');
  expect(valueAt(book, 'KPIs', 'D2')).toMatch(/green/i);
});
