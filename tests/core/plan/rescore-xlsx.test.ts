/**
 * Issue 12 item 1, end to end through the command line and real .xlsx files: re-scoring never
 * clears or overwrites a cell that no longer holds what Scorelight wrote there.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook as ExcelWorkbook, type Workbook, type Worksheet } from 'exceljs';
import { STATE_MARKER } from '../../../src/core/state/codec';
import { fingerprint } from '../../../src/core/state/fingerprint';
import { STATE_SHEET_NAME } from '../../../src/core/state/types';
import type { Book } from '../../../src/xlsx/book/book';
import { openBook } from '../../../src/xlsx/book/read-book';
import { readState } from '../../../src/xlsx/state-sheet';
import { runCli, scratch } from '../../cli/run-cli';
import { valueAt, xlsxBytes } from '../../helpers/book';

/** Measure | Target | Actual | Commentary | RAG: the commentary sits just left of the status column. */
function register(): Workbook {
  const wb = new ExcelWorkbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Target', 'Actual', 'Commentary', 'RAG']);
  ws.addRow(['% visits within timescale', 90, 95, 'Ahead after the new rota', '']);
  ws.addRow(['Reviews on time', 80, 60, 'Two staff off sick in May', '']);
  ws.addRow(['Complaints answered', 70, 69, 'Close to target', '']);
  return wb;
}

/** The user's edits between scorings are made in another program (ExcelJS), saved to a file. */
async function save(wb: Workbook, file: string): Promise<void> {
  await fs.writeFile(file, await xlsxBytes(wb));
}

/** A file opened in another program (ExcelJS), to edit it as a user would. */
async function edit(file: string): Promise<Workbook> {
  const wb = new ExcelWorkbook();
  await wb.xlsx.load((await fs.readFile(file)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** A file as Scorelight reads it. */
async function open(file: string): Promise<Book> {
  return openBook(await fs.readFile(file));
}

function sheet(wb: Workbook, name = 'KPIs'): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A cell's value as Scorelight reads it ("" when empty). */
function text(book: Book, a1: string, name = 'KPIs'): unknown {
  return valueAt(book, name, a1);
}

async function scoreJson(file: string, out: string): Promise<{ warnings: { cell: string; message: string }[] }> {
  const run = await runCli([file, '--out', out, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { sheets: { warnings: { cell: string; message: string }[] }[] }).sheets[0];
}

/** A workbook whose state sheet holds this hand-made JSON, as someone editing the hidden sheet would leave it. */
function withState(wb: Workbook, json: unknown): void {
  const ws = wb.addWorksheet(STATE_SHEET_NAME);
  ws.state = 'veryHidden';
  ws.getCell('A1').value = STATE_MARKER;
  ws.getCell('B1').value = 'v1';
  ws.getCell('C1').value = 'chunks 1';
  ws.getCell('A2').value = `c${JSON.stringify(json)}`;
}

describe('re-scoring after the user changed the sheet (issue 12, item 1)', () => {
  it('a column inserted left of a scored table: commentary moved into the old status column survives, with a warning', async () => {
    const dir = await scratch();
    const first = path.join(dir, 'book.xlsx');
    await save(register(), first);
    const scored = path.join(dir, 'scored.xlsx');
    await scoreJson(first, scored);
    expect(String(text(await open(scored), 'E2'))).toMatch(/green/i);
    const once = await edit(scored);
    expect(String(sheet(once).getCell('E2').value)).toMatch(/green/i);

    // The user inserts a column at A: the table moves one column right.
    sheet(once).spliceColumns(1, 0, []);
    const moved = path.join(dir, 'moved.xlsx');
    await save(once, moved);
    const again = path.join(dir, 'again.xlsx');
    const report = await scoreJson(moved, again);

    const ws = await open(again);
    // E now holds the commentary (it was D): untouched.
    expect(text(ws, 'E1')).toBe('Commentary');
    expect(text(ws, 'E2')).toBe('Ahead after the new rota');
    expect(text(ws, 'E3')).toBe('Two staff off sick in May');
    expect(text(ws, 'E4')).toBe('Close to target');
    // The status moved with its column and is rescored there.
    expect(String(text(ws, 'F2'))).toMatch(/green/i);
    expect(String(text(ws, 'F3'))).toMatch(/red/i);
    // The names and figures, and the trend/variance cells that moved, are all still in place.
    expect(text(ws, 'B2')).toBe('% visits within timescale');
    expect(text(ws, 'D3')).toBe(60);
    const warned = report.warnings.filter((w) => /left it as it is/.test(w.message) && /E2/.test(w.cell));
    expect(warned).toHaveLength(1);
    expect(warned[0].message).toMatch(/inserted rows or columns/);
  });

  it('a status cell the user overwrote is left alone when the indicator stops being scored', async () => {
    const dir = await scratch();
    const first = path.join(dir, 'book.xlsx');
    await save(register(), first);
    const scored = path.join(dir, 'scored.xlsx');
    await scoreJson(first, scored);
    const wb = await edit(scored);
    const ws = sheet(wb);
    // Their own words in our variance cell; and the indicator in row 4 removed from the table.
    const variance = ws.getRow(2).cellCount >= 7 ? 'G2' : 'F2';
    ws.getCell(variance).value = 'Checked with the service manager';
    ws.spliceRows(4, 1);
    const edited = path.join(dir, 'edited.xlsx');
    await save(wb, edited);
    const again = path.join(dir, 'again.xlsx');
    const report = await scoreJson(edited, again);
    const out = await open(again);
    expect(text(out, variance)).toBe('Checked with the service manager');
    expect(report.warnings.some((w) => w.cell.includes(variance))).toBe(true);
  });

  it('a row deleted from a scored table: our outputs that moved up are rewritten, nothing is reported', async () => {
    const dir = await scratch();
    const first = path.join(dir, 'book.xlsx');
    await save(register(), first);
    const scored = path.join(dir, 'scored.xlsx');
    await scoreJson(first, scored);
    const wb = await edit(scored);
    sheet(wb).spliceRows(2, 1);
    const edited = path.join(dir, 'edited.xlsx');
    await save(wb, edited);
    const again = path.join(dir, 'again.xlsx');
    const report = await scoreJson(edited, again);
    expect(report.warnings.filter((w) => /left it as it is|did not write/.test(w.message))).toEqual([]);
    const ws = await open(again);
    // Row 2 is now "Reviews on time" (60 against 80): its status and variance, not the deleted row's.
    expect(text(ws, 'A2')).toBe('Reviews on time');
    expect(String(text(ws, 'E2'))).toMatch(/red/i);
    expect(String(text(ws, 'G2'))).toMatch(/20 below the target of 80/);
    expect(text(ws, 'G4')).toBe('');
  });

  it('a row inserted in a scored table: every output lands beside its indicator, nothing is reported', async () => {
    const dir = await scratch();
    const first = path.join(dir, 'book.xlsx');
    await save(register(), first);
    const scored = path.join(dir, 'scored.xlsx');
    await scoreJson(first, scored);
    const wb = await edit(scored);
    sheet(wb).spliceRows(3, 0, ['% assessments within timescale', 90, 99, 'New this quarter', '']);
    const edited = path.join(dir, 'edited.xlsx');
    await save(wb, edited);
    const again = path.join(dir, 'again.xlsx');
    const report = await scoreJson(edited, again);
    expect(report.warnings.filter((w) => /left it as it is|did not write/.test(w.message))).toEqual([]);
    const ws = await open(again);
    expect(String(text(ws, 'E3'))).toMatch(/green/i);
    expect(String(text(ws, 'G3'))).toMatch(/^9 percentage points above the target of 90%/);
    // The last indicator moved down a row; its variance was rewritten there.
    expect(text(ws, 'A5')).toBe('Complaints answered');
    expect(String(text(ws, 'G5'))).toMatch(/1 below the target of 70/);
  });

  it('a tampered state claiming the header row and names, with or without fingerprints, changes none of them', async () => {
    const dir = await scratch();
    for (const forged of [false, true]) {
      const wb = register();
      const ws = sheet(wb);
      const claimed: string[] = [];
      const prints: string[] = [];
      for (const a1 of ['A1', 'B1', 'C1', 'D1', 'E1', 'A2', 'A3', 'D2']) {
        claimed.push(a1);
        prints.push(fingerprint(String(ws.getCell(a1).value)));
      }
      withState(wb, {
        version: 1,
        sheets: { KPIs: { owned: claimed, mappings: [], ...(forged ? { ownedPrints: prints } : {}) } },
      });
      const file = path.join(dir, `tampered-${forged}.xlsx`);
      await save(wb, file);
      const out = path.join(dir, `out-${forged}.xlsx`);
      await scoreJson(file, out);
      const after = await open(out);
      for (const a1 of ['A1', 'B1', 'C1', 'D1', 'E1', 'A2', 'A3', 'D2'])
        expect([a1, text(after, a1)]).toEqual([a1, ws.getCell(a1).value]);
    }
  });

  it('an entry naming another sheet (Other!B2) never touches B2 of the sheet being scored', async () => {
    const dir = await scratch();
    const wb = register();
    wb.addWorksheet('Other').getCell('B2').value = 'Other sheet';
    sheet(wb).getCell('G2').value = 'Keep me';
    withState(wb, {
      version: 1,
      sheets: {
        KPIs: {
          owned: ['Other!G2', "'Other'!G2"],
          ownedPrints: [fingerprint('Keep me'), fingerprint('Keep me')],
          mappings: [],
        },
      },
    });
    const file = path.join(dir, 'other.xlsx');
    await save(wb, file);
    const out = path.join(dir, 'out.xlsx');
    await scoreJson(file, out);
    const after = await open(out);
    expect(text(after, 'G2')).toBe('Keep me');
    expect(text(after, 'B2', 'Other')).toBe('Other sheet');
  });

  it('an unchanged re-score rewrites in place and records a fingerprint per owned cell', async () => {
    const dir = await scratch();
    const first = path.join(dir, 'book.xlsx');
    await save(register(), first);
    const scored = path.join(dir, 'scored.xlsx');
    await scoreJson(first, scored);
    const again = path.join(dir, 'again.xlsx');
    const report = await scoreJson(scored, again);
    expect(report.warnings.filter((w) => /left it as it is/.test(w.message))).toEqual([]);
    const wb = await open(again);
    const kpis = readState(wb).sheets.KPIs;
    expect(kpis.owned.length).toBeGreaterThan(3);
    for (const a1 of kpis.owned) expect(kpis.prints?.get(a1)).toBe(fingerprint(String(text(wb, a1))));
  });
});
