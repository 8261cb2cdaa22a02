/**
 * After Scorelight writes status letters, the author's formulas over them (a COUNTIF of "G") hold
 * stale cached results: the scored copy asks Excel to recalculate on open (calcPr fullCalcOnLoad),
 * in the workbook part's schema order, and only when cells were written.
 */
import ExcelJS from 'exceljs';
import { scanXml } from '../../src/xlsx/package/xml-scan';
import { withFullCalcOnLoad } from '../../src/xlsx/package/workbook-part';
import { openBook } from '../../src/xlsx/book/read-book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { savePackage } from '../../src/xlsx/workbook-io';
import { xlsxBytes } from '../helpers/book';
import { editPart, partText } from './support/package-parts';

jest.setTimeout(60_000);

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** The workbook element's children, by name, in order. */
function children(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  scanXml(xml, {
    open(tag) {
      depth++;
      if (depth === 2) out.push(tag.name);
    },
    close() {
      depth--;
    },
  });
  return out;
}

describe('withFullCalcOnLoad', () => {
  it('adds calcPr after definedNames and before the elements the schema puts after it', () => {
    const xml = `<workbook ${NS}><sheets><sheet name="A" sheetId="1"/></sheets><definedNames><definedName name="x">A!$A$1</definedName></definedNames><oleSize ref="A1:B2"/><pivotCaches/><extLst/></workbook>`;
    const out = withFullCalcOnLoad(xml);
    expect(children(out)).toEqual(['sheets', 'definedNames', 'calcPr', 'oleSize', 'pivotCaches', 'extLst']);
    expect(out).toContain('<calcPr fullCalcOnLoad="1"/>');
  });

  it('goes last where nothing follows, and takes the root prefix', () => {
    const xml = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets/></x:workbook>`;
    expect(withFullCalcOnLoad(xml)).toBe(
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets/><x:calcPr fullCalcOnLoad="1"/></x:workbook>`,
    );
    const extLst = `<workbook ${NS}><sheets/><customWorkbookViews/><extLst/></workbook>`;
    expect(children(withFullCalcOnLoad(extLst))).toEqual(['sheets', 'calcPr', 'customWorkbookViews', 'extLst']);
  });

  it('sets the attribute on an existing calcPr and keeps its others', () => {
    const xml = `<workbook ${NS}><sheets/><calcPr calcId="191029" calcMode="manual" fullCalcOnLoad="0"/><oleSize ref="A1"/></workbook>`;
    const out = withFullCalcOnLoad(xml);
    expect(out).toBe(
      `<workbook ${NS}><sheets/><calcPr calcId="191029" calcMode="manual" fullCalcOnLoad="1"/><oleSize ref="A1"/></workbook>`,
    );
    // Already on: the part is left byte for byte.
    expect(withFullCalcOnLoad(out)).toBe(out);
  });
});

describe('the scored copy', () => {
  async function register(statuses: string[]): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KPIs');
    ws.addRow(['Measure', 'Target', 'Actual', 'RAG']);
    ws.addRow(['Visits completed', 90, 95, statuses[0]]);
    ws.addRow(['Calls answered', 90, 70, statuses[1]]);
    ws.addRow(['Forms processed', 200, 210, statuses[2]]);
    ws.addRow(['Reviews held', 12, 12, statuses[3]]);
    const totals = wb.addWorksheet('Totals');
    totals.getCell('A1').value = 'Greens';
    totals.getCell('B1').value = { formula: 'COUNTIF(KPIs!D2:D5,"G")', result: 2 };
    return wb;
  }

  it('asks Excel to recalculate on open once status letters are written', async () => {
    const book = await openBook(await xlsxBytes(await register(['', 'R', 'G', 'G'])));
    scoreWorkbook(book);
    expect(book.view('KPIs', 'D2')?.value).toBe('G');
    const bytes = await savePackage(book);
    const workbook = await partText(bytes, 'xl/workbook.xml');
    expect(workbook).toMatch(/<calcPr\b[^>]*\bfullCalcOnLoad="1"/);
    // ExcelJS's own calcId is kept.
    expect(workbook).toMatch(/<calcPr\b[^>]*\bcalcId="\d+"/);
  });

  it('leaves the workbook part alone when no cell changed', async () => {
    const first = await openBook(await xlsxBytes(await register(['', 'R', 'G', 'G'])));
    scoreWorkbook(first);
    // The scored copy as if Excel had saved it after recalculating: the request is gone.
    const scored = await editPart(await savePackage(first), 'xl/workbook.xml', (x) =>
      x.replace(' fullCalcOnLoad="1"', ''),
    );
    // Scoring it again writes the same letters: no cell changes, so no request either.
    const again = await openBook(scored);
    scoreWorkbook(again);
    const before = await partText(scored, 'xl/workbook.xml');
    const after = await partText(await savePackage(again), 'xl/workbook.xml');
    expect(before).not.toContain('fullCalcOnLoad');
    expect(after).toBe(before);
  });
});
