/**
 * Rows where we write wrapped variance text grow to show it (Excel keeps a row at its saved height,
 * so a second line would be cut off); a row whose height the user fixed stays as it is.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openBook } from '../../src/xlsx/book/read-book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { savePackage } from '../../src/xlsx/workbook-io';
import { wrappedLines } from '../../src/core/summary/grid';
import { patchSheetXml } from '../../src/xlsx/package/sheet-patch';

jest.setTimeout(120_000);

/** A register whose own Variance column is narrow (18 characters): our sentences wrap there. */
async function register(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Corporate performance indicators 2020/21']);
  ws.addRow([]);
  ws.addRow(['Performance Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'Rag Status', 'Variance']);
  ws.addRow(['% of visits within timescale', 90, 95, 80, null, null]);
  ws.addRow(['% of plans reviewed on time', 50, 40, 55, null, null]);
  ws.addRow(['% of reviews completed', 70, 75, 76, null, null]);
  ws.getColumn(6).width = 18;
  // The user fixed row 5's height: it is theirs.
  ws.getRow(5).height = 15;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function rowTags(sheetXml: string): Map<number, string> {
  return new Map([...sheetXml.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*>/g)].map((m) => [Number(m[1]), m[0]]));
}

async function scoredSheet(input: Uint8Array): Promise<{ bytes: Uint8Array; sheet: string }> {
  const book = await openBook(input);
  expect(scoreWorkbook(book, {}).written).toEqual(['KPIs']);
  const bytes = await savePackage(book);
  return { bytes, sheet: await sheetXml(bytes) };
}

async function sheetXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
}

/** The wrapped text written in each row, by row number: the inline strings of cells styled to wrap. */
function varianceTexts(sheet: string, col: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of sheet.matchAll(new RegExp(`<c r="${col}(\\d+)"[^>]*t="inlineStr"><is><t[^>]*>([^<]*)</t>`, 'g')))
    out.set(Number(m[1]), m[2]);
  return out;
}

test('variance rows of default height grow to their wrapped lines; a fixed row keeps its height', async () => {
  const input = await register();
  const before = rowTags(await sheetXml(input));
  const { bytes, sheet } = await scoredSheet(input);
  const rows = rowTags(sheet);
  const texts = varianceTexts(sheet, 'F');
  expect([...texts.keys()]).toEqual([4, 5, 6]);
  // Rows 4 and 6: as tall as their sentence's lines in an 18-character column, 15 points a line.
  for (const r of [4, 6]) {
    const lines = wrappedLines(texts.get(r)!, 18);
    expect(lines).toBeGreaterThan(1);
    expect(rows.get(r)).toContain(` ht="${lines * 15}"`);
    expect(rows.get(r)).not.toContain('customHeight');
  }
  // Row 5's height is the user's.
  const height = (tag: string | undefined) => / ht="[^"]*" customHeight="1"/.exec(tag ?? '')?.[0];
  expect(height(before.get(5))).toBe(' ht="15" customHeight="1"');
  expect(height(rows.get(5))).toBe(height(before.get(5)));

  // Scoring the scored copy again changes no row's height.
  const again = await scoredSheet(bytes);
  expect(rowTags(again.sheet)).toEqual(rows);
});

test('rows whose variance fits on one line keep their height', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Performance Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'Rag Status']);
  ws.addRow(['% of visits within timescale', 90, 95, 80, null]);
  ws.addRow(['% of plans reviewed on time', 50, 40, 55, null]);
  const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const before = rowTags(await sheetXml(input));
  const { sheet } = await scoredSheet(input);
  // The added variance column is sized to its sentences: one line each, no height written.
  expect([...rowTags(sheet).values()].filter((t) => /\bht=/.test(t))).toEqual(
    [...before.values()].filter((t) => /\bht=/.test(t)),
  );
});

describe('the height given to a row, from the sheet part as written', () => {
  const sentence = '10 percentage points below the target of 90% (bigger is better)';
  const part = (rows: string, format = '<sheetFormatPr defaultRowHeight="15"/>') =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${format}<cols><col min="2" max="2" width="18" customWidth="1"/></cols><sheetData>${rows}</sheetData></worksheet>`;
  const patch = (xml: string) =>
    patchSheetXml(xml, { edits: [{ row: 0, col: 1, value: sentence, look: { wrap: true } }] }, () => 0);
  const lines = wrappedLines(sentence, 18);

  test('a row taller than the text needs keeps its height', () => {
    expect(patch(part(`<row r="1" ht="${lines * 15 + 30}"><c r="A1"><v>1</v></c></row>`))).toContain(
      `<row r="1" ht="${lines * 15 + 30}">`,
    );
  });

  test("lines are the sheet's default row height each (a 10 pt font's 12.75 pt rows)", () => {
    const xml = patch(part('<row r="1"><c r="A1"><v>1</v></c></row>', '<sheetFormatPr defaultRowHeight="12.75"/>'));
    expect(xml).toContain(`<row r="1" ht="${Math.round(lines * 12.75 * 100) / 100}">`);
  });

  test('customHeight="true" is a height the user fixed too', () => {
    expect(patch(part('<row r="1" ht="15" customHeight="true"><c r="A1"><v>1</v></c></row>'))).toContain(
      '<row r="1" ht="15" customHeight="true">',
    );
  });

  test('a row we add for the text gets its height', () => {
    expect(patch(part(''))).toContain(`<row r="1" ht="${lines * 15}">`);
  });

  test('text that is not wrapped leaves the row alone', () => {
    const xml = patchSheetXml(
      part('<row r="1"><c r="A1"><v>1</v></c></row>'),
      { edits: [{ row: 0, col: 1, value: sentence, look: {} }] },
      () => 0,
    );
    expect(xml).toContain('<row r="1">');
  });
});
