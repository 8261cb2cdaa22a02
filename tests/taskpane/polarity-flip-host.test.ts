/**
 * @jest-environment node
 */
// The flip through the preview's real .xlsx host: the override is saved in the workbook's rules, the
// next scoring uses it (polarity from the rule), and it survives the download and reopening.
import ExcelJS from 'exceljs';
import { withPolarityFlip } from '../../src/core/rules/flip';
import { openBook } from '../../src/xlsx/book/read-book';
import { createPreviewHost } from '../../src/xlsx/preview-host';
import { readState } from '../../src/xlsx/state-sheet';

async function book(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Target', 'Actual', 'RAG']);
  ws.addRow(['Number of children with a child protection plan', 300, 320, '']);
  const buf = await wb.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}

test('flip, score again, reopen: the override holds', async () => {
  const host = createPreviewHost();
  await host.openWorkbook('kpis.xlsx', await book());
  const first = await host.scoreActiveSheet();
  const cpp = first.result.indicators[0];
  expect(cpp).toMatchObject({ polarity: 'higher', polaritySource: 'assumed', status: 'GREEN' });

  await host.saveRules(withPolarityFlip(await host.loadRules(), cpp));
  const second = await host.scoreActiveSheet();
  expect(second.result.indicators[0]).toMatchObject({ polarity: 'lower', polaritySource: 'rule', status: 'RED' });

  const dl = await host.downloadScored();
  // Another program (ExcelJS) opens the download; the rules are read back as the host reads them.
  await new ExcelJS.Workbook().xlsx.load(dl.data);
  expect(readState(await openBook(dl.data)).rules?.overrides).toEqual([
    { match: { name: 'Number of children with a child protection plan' }, polarity: 'lower' },
  ]);
});
