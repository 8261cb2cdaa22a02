/**
 * @jest-environment node
 */
// The preview's PaneHost over a Book, in Node: opening, scoring, rules and mappings kept in the
// workbook, selection and the sheet view window, download round trip.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { openBook } from '../../src/xlsx/book/read-book';
import { createPreviewHost } from '../../src/xlsx/preview-host';
import { readState } from '../../src/xlsx/state-sheet';

const file = ['mixed.xlsx', 'register.xlsx', 'time-series.xlsx']
  .map((f) => path.join(__dirname, '..', '..', 'examples', f))
  .find((f) => existsSync(f));
const bytes = () => {
  const b = readFileSync(file!);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

test('before a workbook is opened, actions say what to do', async () => {
  const host = createPreviewHost();
  await expect(host.scoreActiveSheet()).rejects.toThrow('Open a workbook first');
  await expect(host.downloadScored()).rejects.toThrow('Open a workbook first');
  expect(await host.getSelectedRange()).toBeNull();
  expect((await host.loadRules()).version).toBe(1);
});

test('a file that is not a workbook is refused with its name', async () => {
  const host = createPreviewHost();
  await expect(
    host.openWorkbook('notes.xlsx', new TextEncoder().encode('hello').buffer as ArrayBuffer),
  ).rejects.toThrow('notes.xlsx is not an .xlsx workbook');
});

test('open, score with progress, select a cell, undo, download', async () => {
  const host = createPreviewHost();
  let changes = 0;
  host.subscribe(() => changes++);
  const { sheets } = await host.openWorkbook(path.basename(file!), bytes());
  expect(sheets.length).toBeGreaterThan(0);
  expect(host.activeSheet()).toBe(sheets[0]);
  expect(host.workbookSerial()).toBe(1);

  const phases: string[] = [];
  const out = await host.scoreActiveSheet((p) => phases.push(p.phase));
  expect(phases).toEqual(['reading', 'scoring', 'writing', 'done']);
  expect(out.result.indicators.length).toBeGreaterThan(0);
  expect(out.written).toBe(true);
  expect(out.message).toMatch(/^Scored \d+ indicators? on "/);

  const scored = out.result.indicators.find((i) => i.source.statusCell)!;
  const a1 = `${String.fromCharCode(65 + scored.source.statusCell!.col)}${scored.source.statusCell!.row + 1}`;
  await host.selectCell(out.result.sheet, a1);
  expect(host.selection()).toEqual({ sheet: out.result.sheet, address: a1 });
  const win = host.cellWindow(out.result.sheet, a1, 5, 3)!;
  const cell = win.cells[scored.source.statusCell!.row - win.top][scored.source.statusCell!.col - win.left];
  expect(cell.text).toContain(scored.statusLabel.replace(/^\S+\s/, '') || scored.statusLabel);
  expect(cell.fill).toMatch(/^#[0-9A-F]{6}$/);
  expect(await host.getSelectedRange()).toEqual({ sheet: out.result.sheet, address: a1 });

  const dl = await host.downloadScored();
  // The same name the command line writes.
  expect(dl.name).toBe('mixed.scored.xlsx');
  // Another program (ExcelJS) opens the download; the state is read back as the host reads it.
  await new ExcelJS.Workbook().xlsx.load(dl.data);
  expect(readState(await openBook(dl.data)).sheets[out.result.sheet].owned.length).toBeGreaterThan(0);

  const undone = await host.undoLastScoring();
  expect(undone.restored).toBeGreaterThan(0);
  expect(changes).toBeGreaterThan(3);
});

test('rules and mappings are saved in the workbook; invalid rules are refused', async () => {
  const host = createPreviewHost();
  await host.openWorkbook('book.xlsx', bytes());
  const rules = await host.loadRules();
  await expect(host.saveRules({ ...rules, tolerance: { kind: 'absolute', value: -1 } })).rejects.toThrow(/tolerance/);
  await host.saveRules({ ...rules, tolerance: { kind: 'absolute', value: 2 } });
  expect((await host.loadRules()).tolerance).toEqual({ kind: 'absolute', value: 2 });

  const sheet = host.activeSheet()!;
  expect(host.selectRange('nonsense')).toBe(false);
  expect(host.selectRange('b3:d9')).toBe(true);
  expect(await host.getSelectedRange()).toEqual({ sheet, address: 'B3:D9' });
  const mapping = { range: 'B3:D9', orientation: 'rows' as const, name: 0, actual: 2, headerCount: 1 };
  await host.saveMapping(sheet, mapping);
  await host.saveMapping(sheet, { ...mapping, target: 1 });
  const dl = await host.downloadScored();
  await new ExcelJS.Workbook().xlsx.load(dl.data);
  // Mapping the same range again replaces the earlier mapping.
  expect(readState(await openBook(dl.data)).sheets[sheet].mappings).toEqual([{ ...mapping, target: 1 }]);
});

test('the board summary needs a scoring of this sheet first', async () => {
  const host = createPreviewHost();
  await host.openWorkbook('book.xlsx', bytes());
  await expect(host.createSummary()).rejects.toThrow('Score this sheet first');
});
