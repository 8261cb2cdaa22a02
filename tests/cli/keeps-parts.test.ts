/**
 * The proof of issue 14: a board's macro workbook with a chart, a form control, a pivot table, a
 * slicer, custom XML, custom document properties and a VBA project is scored with a summary, and
 * every one of those zip entries comes back byte for byte (core properties gain only the language
 * the summary needs); the copy reopens in ExcelJS with the
 * statuses written, and LibreOffice converts it where installed.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { BOARD_CORE_PART, BOARD_PARTS, buildBoardWorkbook, coreElements } from '../fixtures/build/board-workbook';
import { convertToCsv, SOFFICE } from '../xlsx/support/libreoffice';
import { runCli, scratch } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

async function entries(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await fs.readFile(file));
}

describe('a board workbook with charts, pivots, slicers, controls, custom XML and macros', () => {
  let dir: string;
  let input: string;
  let output: string;
  let stdout: string;

  beforeAll(async () => {
    dir = await scratch();
    input = path.join(dir, 'board.xlsm');
    await fs.writeFile(input, await buildBoardWorkbook());
    const run = await runCli([input, '--summary', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    stdout = run.stdout;
    output = path.join(dir, 'board.scored.xlsm');
  });

  it('keeps every part it did not need to change, byte for byte', async () => {
    const before = await entries(input);
    const after = await entries(output);
    for (const name of BOARD_PARTS) {
      const original = await before.file(name)?.async('nodebuffer');
      expect(original).toBeDefined();
      expect({ name, bytes: await after.file(name)?.async('nodebuffer') }).toEqual({ name, bytes: original });
    }
    // Core properties: the summary adds the missing language (issue 16); everything else as it was.
    const core = async (zip: JSZip) => coreElements((await zip.file(BOARD_CORE_PART)?.async('string')) ?? '');
    const was = await core(before);
    expect(was.map(([n]) => n)).not.toContain('dc:language');
    expect(await core(after)).toEqual([...was, ['dc:language', 'en-GB']]);
    // Nothing the user had is gone.
    expect(Object.keys(after.files)).toEqual(expect.arrayContaining(Object.keys(before.files)));
  });

  it('reports no loss, names the copy, and keeps the macro extension', () => {
    const report = JSON.parse(stdout) as { workbookWarnings: string[]; output: string; summaries: string[] };
    expect(report.workbookWarnings).toEqual([]);
    expect(report.output).toBe(output);
    expect(report.summaries).toEqual(['Qtr 2 2020-21 summary']);
  });

  it('reopens in ExcelJS with the statuses, the summary and the untouched pivot sheet', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Qtr 2 2020-21', 'Qtr 2 2020-21 summary', 'Pivot', 'Scorelight_state']),
    );
    const ws = wb.getWorksheet('Qtr 2 2020-21');
    expect(String(ws?.getCell('H8').value)).toMatch(/Red/);
    expect(wb.getWorksheet('Pivot')?.getCell('A2').value).toBe('Children');
    expect(wb.getWorksheet('Scorelight_state')?.state).toBe('veryHidden');
  });

  const lo = SOFFICE ? it : it.skip;
  if (!SOFFICE)
    console.warn('LibreOffice is not installed: the conversion check of the scored board workbook is skipped.');
  lo(
    'converts in LibreOffice',
    async () => {
      const csv = await convertToCsv(output);
      expect(csv).toMatch(/Red/);
      expect(csv).toMatch(/Increase in residential accommodation capacity/);
    },
    150_000,
  );
});
