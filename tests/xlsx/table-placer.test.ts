/** Placing a grafted summary's tables: free part names, workbook-unique ids and names, old tables removed. */
import type { GraftedSheet } from '../../src/xlsx/package/graft-sheet';
import { parseRelationships, PartNames, REL_TYPE } from '../../src/xlsx/package/package-parts';
import { removeOverrides, tableInfo, TABLE_CONTENT_TYPE } from '../../src/xlsx/package/table-parts';
import { TablePlacer } from '../../src/xlsx/package/table-placer';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const table = (id: number, name: string) =>
  `<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="A1:B2"><tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/></tableColumns></table>`;
const rels = (list: [string, string, string][]) =>
  `<Relationships xmlns="${RELS}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

const FILES: Record<string, string> = {
  'xl/worksheets/_rels/sheet1.xml.rels': rels([['rId1', REL_TYPE.table, '../tables/table1.xml']]),
  'xl/tables/table1.xml': table(1, 'Status'),
  // Our earlier summary: a table of its own and printer settings Excel added.
  'xl/worksheets/_rels/sheet2.xml.rels': rels([
    ['rId1', REL_TYPE.table, '../tables/table2.xml'],
    ['rId2', `${R}/printerSettings`, '../printerSettings/printerSettings1.bin'],
  ]),
  'xl/tables/table2.xml': table(7, 'Status_2'),
};

async function placer(): Promise<TablePlacer> {
  return TablePlacer.create({
    read: (name) => Promise.resolve(FILES[name]),
    workbookDir: 'xl/',
    workbookXml: `<workbook xmlns="${MAIN}"><sheets/><definedNames><definedName name="Targets">Data!$A$1</definedName></definedNames></workbook>`,
    sheets: [
      { name: 'Data', index: 0, sheetId: 1, relId: 'rId1', part: 'xl/worksheets/sheet1.xml' },
      { name: 'Data summary', index: 1, sheetId: 2, relId: 'rId2', part: 'xl/worksheets/sheet2.xml' },
    ],
    replaced: new Set(['xl/worksheets/sheet2.xml']),
    entryNames: new PartNames([...Object.keys(FILES), 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']),
  });
}

const grafted: GraftedSheet = {
  name: 'Data summary',
  xml: `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData/><tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/></tableParts></worksheet>`,
  definedNames: [],
  relationships: [
    { id: 'rId1', kind: 'table', xml: table(1, 'Status') },
    { id: 'rId2', kind: 'table', xml: table(2, 'targets') },
  ],
};

describe('TablePlacer', () => {
  it('removes the replaced summary’s tables and gives the new ones free parts, ids and names', async () => {
    const p = await placer();
    expect(p.removed).toEqual(['xl/tables/table2.xml']);
    const placed = await p.place('xl/worksheets/sheet2.xml', grafted);
    expect([...placed.parts.keys()]).toEqual(['xl/tables/table2.xml', 'xl/tables/table3.xml']);
    expect(p.added).toEqual(['xl/tables/table2.xml', 'xl/tables/table3.xml']);
    const infos = [...placed.parts.values()].map(tableInfo);
    // Id 1 and "Status" are the user's; "Targets" is a defined name (case-insensitive).
    expect(infos).toEqual([
      { id: 2, name: 'Status_2', displayName: 'Status_2' },
      { id: 3, name: 'targets_2', displayName: 'targets_2' },
    ]);
    const list = parseRelationships(placed.rels ?? '');
    expect(list.map((r) => [r.id, r.type, r.target])).toEqual([
      ['rId2', `${R}/printerSettings`, '../printerSettings/printerSettings1.bin'],
      ['rId1', REL_TYPE.table, '../tables/table2.xml'],
      ['rId3', REL_TYPE.table, '../tables/table3.xml'],
    ]);
    expect(placed.xml).toContain('<tablePart r:id="rId1"/><tablePart r:id="rId3"/>');
  });

  it('drops content-type overrides by part name', () => {
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/tables/table2.xml" ContentType="${TABLE_CONTENT_TYPE}"/><Override PartName="/xl/tables/table1.xml" ContentType="${TABLE_CONTENT_TYPE}"></Override></Types>`;
    expect(removeOverrides(types, new Set(['xl/tables/table1.xml']))).toBe(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/tables/table2.xml" ContentType="${TABLE_CONTENT_TYPE}"/></Types>`,
    );
  });
});
