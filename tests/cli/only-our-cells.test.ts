/**
 * Issue 14's "done when", checked on every workbook we have (the examples, the real-world corpus,
 * other tools' conventions): scored with a board summary, then scored again, the copy is the same
 * workbook with only Scorelight's cells changed. Every zip entry is byte for byte the original's
 * (compressed bytes compared), except the parts scoring has to edit; in an edited sheet, every cell
 * the plan did not write or clear keeps its XML exactly, and no other cell appears.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { cellNumber } from '../../src/core/a1';
import { openBook } from '../../src/xlsx/book/read-book';
import { scanSheetLayout } from '../../src/xlsx/package/sheet-layout';
import { parseRelationships, parseSheets, relsPathOf, workbookPartOf } from '../../src/xlsx/package/package-parts';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { addSummarySheet } from '../../src/xlsx/summary-writer';
import { savePackage } from '../../src/xlsx/workbook-io';
import { fromProjectDir } from '../corpus/shared-dir';
import { buildToolWorkbook, TOOLS } from '../fixtures/build/other-tools';

const ROOT = path.join(__dirname, '..', '..');
const SCORED_AT = new Date('2026-11-30T12:00:00Z');

/** Each cell's XML text in a worksheet part, by cell number. */
function cellTexts(xml: string): Map<number, string> {
  const layout = scanSheetLayout(xml);
  const out = new Map<number, string>();
  for (const row of layout.rows)
    for (let k = row.first; k < row.first + row.count; k++)
      out.set(
        cellNumber({ row: row.r - 1, col: layout.cells.col[k] }),
        xml.slice(layout.cells.start[k], layout.cells.end[k]),
      );
  return out;
}

/** The entry's bytes as stored in the zip (compressed), so "kept" means the very same bytes. */
function stored(zip: JSZip, name: string): Buffer | undefined {
  const data = (zip.file(name) as unknown as { _data?: { compressedContent?: Uint8Array } } | null)?._data;
  return data?.compressedContent ? Buffer.from(data.compressedContent) : undefined;
}

/** What the checks covered, so a check that compares nothing cannot pass. */
const covered = { entriesKept: 0, sheetsEdited: 0, cellsKept: 0, cellsWritten: 0 };

/** Score (with summaries) and save; check the copy against `input`; return the copy. */
async function scoreAndCheck(input: Uint8Array, label: string): Promise<Uint8Array> {
  const book = await openBook(input);
  const run = scoreWorkbook(book, { scoredAt: SCORED_AT });
  for (const r of run.results) if (r.indicators.length > 0) addSummarySheet(book, r, run.rules, SCORED_AT);
  const output = await savePackage(book);

  const before = await JSZip.loadAsync(input);
  const after = await JSZip.loadAsync(output);
  const workbookPart = workbookPartOf(parseRelationships((await before.file('_rels/.rels')?.async('string')) ?? ''));
  const rels = parseRelationships((await before.file(relsPathOf(workbookPart))?.async('string')) ?? '');
  const sheets = parseSheets((await before.file(workbookPart)?.async('string')) ?? '', workbookPart, rels);

  // The parts scoring may edit: scored sheets, styles, the workbook's sheet list and its
  // relationships, content types, document properties, and our own sheets (state, summaries).
  const edited = new Map<string, Set<number>>();
  for (const r of run.results) {
    const part = sheets.find((s) => s.name === r.sheet)?.part;
    if (!part || !run.written.includes(r.sheet)) continue;
    edited.set(part, new Set([...r.plan.writes.map((w) => cellNumber(w.cell)), ...r.plan.clears.map(cellNumber)]));
  }
  const ours = new Set(
    sheets.filter((s) => s.name === 'Scorelight_state' || / summary( \(\d+\))?$/.test(s.name)).map((s) => s.part),
  );
  const mayChange = (name: string) =>
    edited.has(name) ||
    ours.has(name) ||
    /(^|\/)styles\.xml$|^\[Content_Types\]\.xml$|^docProps\/(app|core)\.xml$|^_rels\/\.rels$/.test(name) ||
    name === workbookPart ||
    name === relsPathOf(workbookPart) ||
    [...ours].some((p) => p !== undefined && name === relsPathOf(p)) ||
    /\/tables\/table\d+\.xml$/.test(name);

  for (const name of Object.keys(before.files)) {
    if (before.files[name].dir || mayChange(name)) continue;
    expect({ label, name, kept: stored(after, name)?.equals(stored(before, name)!) ?? false }).toEqual({
      label,
      name,
      kept: true,
    });
    covered.entriesKept++;
  }
  for (const [part, allowed] of edited) {
    const was = cellTexts((await before.file(part)?.async('string')) ?? '');
    const now = cellTexts((await after.file(part)?.async('string')) ?? '');
    const changed: string[] = [];
    covered.sheetsEdited++;
    covered.cellsWritten += allowed.size;
    for (const [n, text] of was) {
      if (allowed.has(n)) continue;
      covered.cellsKept++;
      if (now.get(n) !== text) changed.push(`${n}: ${text}`);
    }
    for (const n of now.keys()) if (!was.has(n) && !allowed.has(n)) changed.push(`${n}: new`);
    expect({ label, part, changed }).toEqual({ label, part, changed: [] });
  }
  return output;
}

async function corpus(): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [];
  // The published workbooks the project first used live in the shared corpus, when it is beside the repository.
  const shared = fromProjectDir();
  const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'tests', 'fixtures', 'real-world')];
  if (shared !== undefined) dirs.push(path.join(shared, 'workbooks'));
  for (const dir of dirs)
    for (const f of (await fs.readdir(dir)).filter((n) => /\.xls[xm]$/.test(n) && !n.includes('.scored.')))
      out.push([f, await fs.readFile(path.join(dir, f))]);
  for (const tool of TOOLS) out.push([`${tool} conventions`, (await buildToolWorkbook(tool)).bytes]);
  return out;
}

it('every workbook: scored twice, only our cells and our parts change', async () => {
  const books = await corpus();
  expect(books.length).toBeGreaterThanOrEqual(15);
  for (const [label, bytes] of books) {
    const once = await scoreAndCheck(bytes, label);
    await scoreAndCheck(once, `${label} (again)`);
  }
  expect(covered.entriesKept).toBeGreaterThan(100);
  expect(covered.sheetsEdited).toBeGreaterThan(20);
  expect(covered.cellsKept).toBeGreaterThan(5000);
  expect(covered.cellsWritten).toBeGreaterThan(1000);
}, 120_000);
