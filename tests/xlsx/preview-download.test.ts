/**
 * The preview's download is the opened file edited in place: after scoring, undoing, saving rules
 * and adding a summary, every part Scorelight did not own is still the original's, and what the
 * user sees matches what the download holds.
 */
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { BOARD_CORE_PART, BOARD_PARTS, buildBoardWorkbook, coreElements } from '../fixtures/build/board-workbook';
import { openBook } from '../../src/xlsx/book/read-book';
import { createPreviewHost } from '../../src/xlsx/preview-host';
import { readState } from '../../src/xlsx/state-sheet';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

async function reopen(data: ArrayBuffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(data);
  return wb;
}

function buffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('the preview download', () => {
  it('after score, undo and score again with a summary: the scored cells, the summary, every other part kept', async () => {
    const original = await buildBoardWorkbook();
    const host = createPreviewHost();
    await host.openWorkbook('board.xlsm', buffer(original));
    host.setActiveSheet('Qtr 2 2020-21');
    await host.scoreActiveSheet();
    await host.undoLastScoring();

    // Undone: the download holds the sheet's cells as they were, and no status.
    const undone = await host.downloadScored();
    expect(undone.name).toBe('board.scored.xlsm');
    const wbUndone = await reopen(undone.data);
    expect(wbUndone.getWorksheet('Qtr 2 2020-21')?.getCell('H8').value ?? null).toBeNull();

    await host.scoreActiveSheet();
    await host.createSummary();
    const done = await host.downloadScored();
    const wb = await reopen(done.data);
    expect(String(wb.getWorksheet('Qtr 2 2020-21')?.getCell('H8').value)).toMatch(/Red/);
    expect(wb.getWorksheet('Qtr 2 2020-21 summary')).toBeDefined();
    expect(readState(await openBook(done.data)).sheets['Qtr 2 2020-21']?.owned.length).toBeGreaterThan(0);

    const before = await JSZip.loadAsync(original);
    const after = await JSZip.loadAsync(done.data);
    for (const name of BOARD_PARTS)
      expect({ name, bytes: await after.file(name)?.async('nodebuffer') }).toEqual({
        name,
        bytes: await before.file(name)?.async('nodebuffer'),
      });
    // The summary's language is added to the core properties; the user's title and the rest kept.
    const core = async (zip: JSZip) => coreElements((await zip.file(BOARD_CORE_PART)?.async('string')) ?? '');
    expect(await core(after)).toEqual([...(await core(before)), ['dc:language', 'en-GB']]);
  });
});
