/**
 * The board summary sheet written from its plan without ExcelJS (summarySheetXml), against the
 * ExcelJS writer it replaced (kept as a test oracle in support/exceljs-summary-oracle.ts): both
 * read back through ExcelJS, every cell's value and look, merges, widths, heights, page setup,
 * print titles, footer, page breaks, tables, tab colour and grid lines must agree. Then the edges: text that looks like a formula, an apostrophe in the sheet name,
 * characters XML forbids, and LibreOffice opening the package where it is installed.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook, type Cell, type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { defaultRules } from '../../src/core/rules/presets';
import { buildSummary } from '../../src/core/summary/build';
import type { SummaryPlan } from '../../src/core/summary/types';
import type { GraftedSheet } from '../../src/xlsx/package/graft-sheet';
import { StylesPart } from '../../src/xlsx/package/styles-part';
import { summarySheetXml } from '../../src/xlsx/package/summary-sheet-xml';
import { localName, scanXml } from '../../src/xlsx/package/xml-scan';
import { escapeAttr, escapeText } from '../../src/xlsx/package/xml-text';
import { writeSummaryPlan } from './support/exceljs-summary-oracle';
import { boardResult, boardRules } from '../summary/board-fixture';
import { comparedRegister } from '../summary/compared-register';
import { SCORED_AT } from '../summary/fixtures';
import { convertToCsv, SOFFICE } from './support/libreoffice';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const boardPlan = (): SummaryPlan => buildSummary(boardResult(), boardRules(), SCORED_AT);
const comparedPlan = (): SummaryPlan => buildSummary(comparedRegister(), defaultRules(), SCORED_AT);

/** A package holding only the grafted sheet: content types, relationships, workbook, styles, tables. */
async function assemble(g: GraftedSheet, styles: StylesPart): Promise<Buffer> {
  const zip = new JSZip();
  const tables = g.relationships.filter((r) => r.kind === 'table');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      tables
        .map(
          (_, i) =>
            `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
        )
        .join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      `<sheet name="${escapeAttr(g.name)}" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
      g.definedNames
        .map((n) => `<definedName name="${escapeAttr(n.name)}" localSheetId="0">${escapeText(n.text)}</definedName>`)
        .join('') +
      '</definedNames></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('xl/styles.xml', styles.toXml());
  zip.file('xl/worksheets/sheet1.xml', g.xml);
  if (tables.length > 0)
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        tables
          .map((r, i) => `<Relationship Id="${r.id}" Type="${REL}/table" Target="../tables/table${i + 1}.xml"/>`)
          .join('') +
        '</Relationships>',
    );
  tables.forEach((r, i) => r.kind === 'table' && zip.file(`xl/tables/table${i + 1}.xml`, r.xml));
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function load(bytes: Buffer | ArrayBuffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** The sheet as summarySheetXml writes it, read back by ExcelJS, with the parts it came from. */
async function ours(plan: SummaryPlan, name = plan.sheetName, taken: string[] = []) {
  const styles = new StylesPart();
  const g = summarySheetXml(plan, name, styles, taken);
  const bytes = await assemble(g, styles);
  const wb = await load(bytes);
  return { g, bytes, ws: wb.worksheets[0] };
}

const argbOf = (c: unknown): string | undefined => (c as { argb?: string } | undefined)?.argb;

/** What a reader sees of one cell; defaults spelled the same whichever writer wrote them. */
function look(cell: Cell) {
  const f = cell.font ?? {};
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: unknown } | undefined;
  const solid = fill?.type === 'pattern' && fill.pattern === 'solid';
  const a = (cell.alignment ?? {}) as Record<string, unknown>;
  const alignment = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== false));
  const b = (cell.border ?? {}) as Record<string, { style?: string; color?: unknown } | undefined>;
  const border: Record<string, string> = {};
  for (const side of ['top', 'left', 'bottom', 'right'])
    if (b[side]?.style) border[side] = `${b[side]?.style} ${argbOf(b[side]?.color)}`;
  return {
    value: cell.value,
    type: cell.type,
    numFmt: cell.numFmt ?? 'General',
    font: { bold: !!f.bold, italic: !!f.italic, size: f.size ?? 11, color: argbOf(f.color) },
    fill: solid ? argbOf(fill.fgColor) : undefined,
    alignment,
    border,
  };
}

function cells(ws: Worksheet): Map<string, ReturnType<typeof look>> {
  const out = new Map<string, ReturnType<typeof look>>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const l = look(cell);
      const plain =
        (l.value === null || l.value === undefined) &&
        !l.fill &&
        Object.keys(l.border).length === 0 &&
        !l.font.bold &&
        !l.font.italic &&
        l.font.color === undefined;
      // A cell with nothing in it and no look of its own is the same as no cell at all.
      if (!plain) out.set(cell.address, l);
    }),
  );
  return out;
}

function tables(ws: Worksheet) {
  return ws.getTables().map((t) => {
    const m = ((t as unknown as { table?: unknown }).table ?? t) as {
      name: string;
      tableRef?: string;
      ref?: string;
      headerRow?: boolean;
      columns: { name: string; filterButton?: boolean }[];
      style?: { theme?: string; showRowStripes?: boolean; showColumnStripes?: boolean };
    };
    return {
      name: m.name,
      ref: m.tableRef ?? m.ref,
      headerRow: m.headerRow !== false,
      columns: m.columns.map((c) => [c.name, !!c.filterButton]),
      style: m.style,
    };
  });
}

function pageOf(ws: Worksheet) {
  const p = ws.pageSetup;
  return {
    paperSize: p.paperSize,
    orientation: p.orientation,
    fitToPage: p.fitToPage,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    scale: p.scale,
    horizontalCentered: p.horizontalCentered,
    printTitlesRow: p.printTitlesRow,
    margins: p.margins,
  };
}

const breaksOf = (ws: Worksheet): number[] =>
  ((ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? []).map((b) => Number(b.id));

/** Row breaks as written in the sheet part (ExcelJS 4 does not read them back). */
function breaksInXml(xml: string): { id: number; max: string }[] {
  const out: { id: number; max: string }[] = [];
  scanXml(xml, {
    open(tag) {
      if (localName(tag.name) === 'brk') out.push({ id: Number(tag.attrs.id), max: tag.attrs.max ?? '' });
    },
  });
  return out;
}

async function breaksInPackage(bytes: Buffer | ArrayBuffer): Promise<number[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = Object.keys(zip.files).find((n) => n.startsWith('xl/worksheets/sheet') && n.endsWith('.xml'));
  return breaksInXml((await zip.file(part ?? '')?.async('string')) ?? '').map((b) => b.id);
}

describe.each([
  ['the board fixture', boardPlan],
  ['a register with comparators', comparedPlan],
])('summarySheetXml reads back as the ExcelJS writer wrote it: %s', (_, makePlan) => {
  const plan = makePlan();
  let mine: Awaited<ReturnType<typeof ours>>;
  let theirs: Worksheet;
  let theirBytes: ArrayBuffer;
  beforeAll(async () => {
    mine = await ours(plan);
    const wb = new Workbook();
    writeSummaryPlan(wb, plan);
    theirBytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    theirs = (await load(theirBytes)).worksheets[0];
  });

  test('every cell: value, number format, font, fill, alignment, border; no formulas', () => {
    const a = cells(mine.ws);
    const b = cells(theirs);
    expect(a.size).toBeGreaterThan(100);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [address, want] of b) expect({ address, ...a.get(address) }).toEqual({ address, ...want });
    for (const l of a.values()) expect(l.type).not.toBe(6 /* ValueType.Formula */);
  });

  test('merges, column widths, row heights', () => {
    const merges = (ws: Worksheet) => [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort();
    expect(merges(mine.ws)).toEqual(merges(theirs));
    expect(merges(mine.ws)).toHaveLength(plan.merges.length);
    for (let c = 1; c <= Math.max(plan.columnWidths.length, 1) + 1; c++)
      expect([c, mine.ws.getColumn(c).width]).toEqual([c, theirs.getColumn(c).width]);
    const last = Math.max(mine.ws.rowCount, theirs.rowCount);
    for (let r = 1; r <= last; r++) expect([r, mine.ws.getRow(r).height]).toEqual([r, theirs.getRow(r).height]);
  });

  test('page setup, print titles, footer, page breaks, tab colour, grid lines', async () => {
    expect(pageOf(mine.ws)).toEqual(pageOf(theirs));
    expect(pageOf(mine.ws)).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${plan.print.titleRows.first + 1}:${plan.print.titleRows.last + 1}`,
      margins: plan.print.margins,
    });
    expect(mine.ws.headerFooter.oddFooter).toBe(theirs.headerFooter.oddFooter);
    expect(mine.ws.headerFooter.oddFooter).toContain('Scorelight board summary: ');
    expect(breaksOf(mine.ws)).toEqual(breaksOf(theirs));
    expect(await breaksInPackage(mine.bytes)).toEqual(await breaksInPackage(theirBytes));
    expect(breaksInXml(mine.g.xml)).toEqual(plan.print.breaks.map((id) => ({ id, max: '16383' })));
    expect(mine.ws.properties.tabColor).toEqual(theirs.properties.tabColor);
    expect(argbOf(mine.ws.properties.tabColor)).toBe('FF1F3864');
    expect(mine.ws.views[0]?.showGridLines).toBe(false);
    expect(theirs.views[0]?.showGridLines).toBe(false);
    expect(mine.g.definedNames).toEqual([
      {
        name: '_xlnm.Print_Titles',
        text: `'${plan.sheetName}'!$${plan.print.titleRows.first + 1}:$${plan.print.titleRows.last + 1}`,
      },
    ]);
  });

  test('tables: names, refs, columns, header cells, no filter buttons, no stripes', () => {
    const t = tables(mine.ws);
    expect(t).toEqual(tables(theirs));
    expect(t.map((x) => x.name)).toEqual(plan.tables.map((x) => x.name));
    for (const x of t) {
      expect(x.columns.every(([, button]) => button === false)).toBe(true);
      expect(x.style).toMatchObject({ theme: 'TableStyleLight1', showRowStripes: false, showColumnStripes: false });
    }
    for (const pt of plan.tables)
      pt.columns.forEach((name, k) => expect(mine.ws.getCell(pt.range.row + 1, pt.range.col + k + 1).value).toBe(name));
    expect(mine.g.relationships.map((r) => r.id)).toEqual(plan.tables.map((_, i) => `rId${i + 1}`));
  });

  test('every part is well-formed XML', () => {
    expect(() => scanXml(mine.g.xml, {})).not.toThrow();
    for (const r of mine.g.relationships) if (r.kind === 'table') expect(() => scanXml(r.xml, {})).not.toThrow();
  });
});

describe('summarySheetXml edges', () => {
  test('the plan has a comparison section, so the second comparison covers it', () => {
    expect(comparedPlan().cells.some((c) => c.value === 'How we compare')).toBe(true);
  });

  test('a text cell "=1+1" stays that text, never a formula', async () => {
    const plan = boardPlan();
    const cell = plan.cells.find((c) => c.kind === 'text' && c.value !== '' && c.row > 2);
    if (!cell) throw new Error('no text cell');
    cell.value = '=1+1';
    const { g, ws } = await ours(plan);
    const read = ws.getCell(cell.row + 1, cell.col + 1);
    expect(read.value).toBe('=1+1');
    expect(read.type).toBe(3); // ValueType.String
    let formulas = 0;
    scanXml(g.xml, { open: (tag) => void (localName(tag.name) === 'f' && formulas++) });
    expect(formulas).toBe(0);
  });

  test('an apostrophe in the sheet name is doubled in the print titles, as Excel writes it', async () => {
    const plan = boardPlan();
    const { g } = await ours(plan, "Bob's KPIs summary");
    expect(g.name).toBe("Bob's KPIs summary");
    expect(g.definedNames).toEqual([{ name: '_xlnm.Print_Titles', text: "'Bob''s KPIs summary'!$1:$2" }]);
  });

  test('table names taken elsewhere in the workbook get a suffix', async () => {
    const plan = boardPlan();
    const first = plan.tables[0].name;
    const { ws } = await ours(plan, plan.sheetName, [first.toUpperCase()]);
    expect(tables(ws)[0].name).toBe(`${first}_2`);
  });

  test('characters XML forbids are dropped from cells, table columns and the sheet name', async () => {
    const plan = boardPlan();
    const cell = plan.cells.find((c) => c.kind === 'text' && c.value !== '' && c.row > 2);
    if (!cell) throw new Error('no text cell');
    cell.value = 'a\u0001b\uFFFEc\uD800d\u000Be <&> "q"';
    const t = plan.tables[1];
    t.columns[0] = `Ind\u0002icator`;
    const header = plan.cells.find((c) => c.row === t.range.row && c.col === t.range.col);
    if (header) header.value = t.columns[0];
    const { g, ws, bytes } = await ours(plan, 'Sum\u0003mary');
    expect(() => scanXml(g.xml, {})).not.toThrow();
    for (const r of g.relationships) if (r.kind === 'table') expect(() => scanXml(r.xml, {})).not.toThrow();
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
      const text = (await zip.file(name)?.async('string')) ?? '';
      expect(() => scanXml(text, {})).not.toThrow();
    }
    expect(ws.getCell(cell.row + 1, cell.col + 1).value).toBe('abcde <&> "q"');
    expect(tables(ws)[1].columns[0][0]).toBe('Indicator');
    expect(ws.getCell(t.range.row + 1, t.range.col + 1).value).toBe('Indicator');
  });

  test('a plan without tables writes no tableParts and no relationships', () => {
    const plan = boardPlan();
    plan.tables = [];
    const g = summarySheetXml(plan, plan.sheetName, new StylesPart(), []);
    expect(g.relationships).toEqual([]);
    let parts = 0;
    scanXml(g.xml, { open: (tag) => void (localName(tag.name) === 'tableParts' && parts++) });
    expect(parts).toBe(0);
  });

  test('identical cell formats are shared, and the user style sheet keeps its own records', () => {
    const styles = new StylesPart();
    const before = styles.toXml();
    const a = styles.summaryXf({ bold: true, fill: '#D9E1F2', borderAll: '#8EA9DB' }, '@');
    const b = styles.summaryXf({ bold: true, fill: '#D9E1F2', borderAll: '#8EA9DB' }, '@');
    expect(a).toBe(b);
    expect(a).toBeGreaterThan(0);
    expect(styles.summaryXf({}, '0.0"%"')).not.toBe(a);
    expect(styles.toXml()).not.toBe(before);
    expect(styles.toXml().startsWith(before.slice(0, before.indexOf('<fonts')))).toBe(true);
    expect(styles.summaryXf(undefined, 'General')).toBeGreaterThanOrEqual(0);
  });

  (SOFFICE ? test : test.skip)(
    'LibreOffice opens the assembled package',
    async () => {
      const plan = boardPlan();
      const cell = plan.cells.find((c) => c.kind === 'text' && c.value !== '' && c.row > 2);
      if (cell) cell.value = '=1+1';
      const { bytes } = await ours(plan);
      const dir = mkdtempSync(path.join(os.tmpdir(), 'scorelight-sumxml-'));
      const file = path.join(dir, 'summary.xlsx');
      writeFileSync(file, bytes);
      const csv = await convertToCsv(file);
      expect(csv).toContain(String(plan.cells[0].value));
      expect(csv).toContain('=1+1');
    },
    180_000,
  );
});
