/**
 * The same adapter code against Microsoft's office-addin-mock (a property bag: every method the
 * code calls is written into the mock data by hand). It checks that our calls use Office.js's own
 * names and load-then-sync discipline: an unloaded property reads as an error string there.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { XlContext } from '../../src/excel/excel-api';
import type { ExcelEnv } from '../../src/excel/excel-env';
import { createExcelPaneHost } from '../../src/excel/pane-host';

function envWith(context: OfficeMockObject): ExcelEnv {
  return {
    // The mock has no static type; it stands in for Excel.RequestContext at run time only.
    run: (batch) => batch(context as unknown as XlContext),
    isSetSupported: () => true,
    addSummary: () => Promise.reject(new Error('not used')),
    addSummaryPlan: () => Promise.reject(new Error('not used')),
  };
}

test('getSelectedRange loads the address, syncs, and splits sheet from cells', async () => {
  const context = new OfficeMockObject({
    workbook: {
      range: { address: "'Q2 KPIs'!B3:D9" },
      getSelectedRange: function () {
        return this.range;
      },
    },
  });
  const host = createExcelPaneHost(envWith(context));
  expect(await host.getSelectedRange()).toEqual({ sheet: 'Q2 KPIs', address: 'B3:D9' });
});

test('selectCell activates the sheet and selects the range it names', async () => {
  const calls: string[] = [];
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          activate: () => calls.push(`activate ${name}`),
          getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
        }),
      },
    },
  });
  await createExcelPaneHost(envWith(context)).selectCell('KPIs', 'C12');
  expect(calls).toEqual(['activate KPIs', 'select C12']);
});

test('reading a property without load() shows up as the mock error string', async () => {
  const context = new OfficeMockObject({ workbook: { range: { address: 'Sheet1!A1' } } });
  const range = (context as unknown as { workbook: { range: { address: string } } }).workbook.range;
  expect(range.address).toMatch(/not loaded/i);
});
