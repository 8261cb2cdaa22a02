/**
 * Workbooks written by other tools open, are scored, and come back with their own parts intact:
 * "damaged" is kept for files that really are.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { readWorkbookFile } from '../../src/cli/workbook-file';
import { sheetNames, valueAt } from '../helpers/book';
import { buildToolWorkbook, TOOLS } from '../fixtures/build/other-tools';
import { convertToCsv, SOFFICE } from '../xlsx/support/libreoffice';
import { runCli, scratch } from './run-cli';

describe.each(TOOLS)('a workbook written by %s', (tool) => {
  it('is scored, keeps its parts, and the copy reopens', async () => {
    const dir = await scratch();
    const input = path.join(dir, `${tool}.xlsx`);
    const { bytes, keep, sheet } = await buildToolWorkbook(tool);
    await fs.writeFile(input, bytes);
    const run = await runCli([input, '--json', '--summary']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      sheets: { name: string; counts: Record<string, number> }[];
      workbookWarnings: string[];
    };
    expect(report.sheets.map((s) => s.name)).toEqual([sheet]);
    expect(report.sheets[0].counts).toEqual({ RED: 2, GREEN: 1 });
    // Drawings are never parsed, so none of these (openpyxl's drawing included) warns.
    expect(report.workbookWarnings).toEqual([]);

    const output = path.join(dir, `${tool}.scored.xlsx`);
    const before = await JSZip.loadAsync(bytes);
    const after = await JSZip.loadAsync(await fs.readFile(output));
    for (const name of keep)
      expect({ name, bytes: await after.file(name)?.async('nodebuffer') }).toEqual({
        name,
        bytes: await before.file(name)?.async('nodebuffer'),
      });
    // Reopened the way the CLI opens any workbook (other tools' conventions read around).
    const { wb, warnings } = await readWorkbookFile(output);
    expect(warnings).toEqual([]);
    expect(String(valueAt(wb, sheet, 'D3'))).toMatch(/Red/);
    // The summary sits right after its sheet; the hidden state sheet goes last.
    expect(sheetNames(wb)).toEqual([sheet, `${sheet} summary`, 'Scorelight_state']);
    if (SOFFICE) expect(await convertToCsv(output)).toMatch(/Red/);
  }, 150_000);
});
