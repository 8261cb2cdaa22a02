/**
 * Saves a scored workbook by editing the user's original package instead of regenerating it: only
 * the parts scoring changes are rewritten (the scored sheets' cells, styles, the state sheet, our
 * summaries, and the workbook's list of sheets when one is added). Every other zip entry (charts,
 * drawings, pivots, slicers, controls, macros, custom XML, properties, untouched sheets) keeps its
 * original compressed bytes: JSZip reuses an entry's compressed data when it is not changed.
 * A summary's Excel tables come with it (see TablePlacer); a summary replaced loses its old ones.
 * Document properties (docProps/core.xml) are kept as they are, except when a board summary is
 * written: then a missing or empty title and language are filled from the summary's plan (issue 16),
 * spliced in so every other byte stays; a package without core properties gets the part, its
 * content type and its package relationship. A title or language the user gave is never changed.
 */
import JSZip from 'jszip';
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { STATE_SHEET_NAME } from '../../core/state/types';
import { readCellStyle } from '../cell-styles';
import { dateToSerial, isFormulaValue } from '../cell-values';
import { isSummarySheet } from '../our-sheets';
import {
  CORE_PROPERTIES_CONTENT_TYPE,
  CORE_PROPERTIES_REL_TYPE,
  fillCoreProperties,
  newCorePropertiesXml,
} from './core-properties';
import { graftSheets, type GraftedSheet } from './graft-sheet';
import {
  parseRelationships,
  parseSheets,
  REL_TYPE,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  WORKSHEET_CONTENT_TYPE,
} from './package-parts';
import { patchSheetXml, type CellEdit, type EditValue } from './sheet-patch';
import { MINIMAL_STYLES_XML, StylesPart } from './styles-part';
import { removeOverrides, TABLE_CONTENT_TYPE } from './table-parts';
import { TablePlacer } from './table-placer';
import { touchedOf } from './touched';
import { appendToRoot, editWorkbookXml, sheetOrder, type NewDefinedName, type NewSheet } from './workbook-part';
import { startTag, escapeText } from './xml-text';

const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** Faster inflate/deflate for some hosts (the CLI has Node's zlib); JSZip's own when absent. */
export interface ZipCodec {
  /** The entry's text, or undefined to let JSZip inflate it. */
  readText?(entry: JSZip.JSZipObject): string | undefined;
  /** Store `text` under `name`, compressed. */
  put?(zip: JSZip, name: string, text: string): void;
}

export interface WritePackageOptions {
  codec?: ZipCodec;
  /** A fresh ExcelJS workbook, for laying out summaries (the caller has ExcelJS loaded already). */
  newWorkbook: () => Workbook;
}

/** The value to write for a cell, or undefined when the model holds something we must not rewrite. */
function editValue(cell: Cell | undefined, date1904: boolean): EditValue | undefined {
  const v = cell?.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object' && 'error' in v && typeof v.error === 'string') return { error: v.error };
  return undefined;
}

function editsFor(ws: Worksheet, refs: Iterable<{ row: number; col: number }>, date1904: boolean): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const ref of refs) {
    const cell = ws.findRow(ref.row + 1)?.findCell(ref.col + 1);
    // A formula or a covered merged cell was left alone by scoring: keep the original bytes.
    if (cell && (isFormulaValue(cell.value) || (cell.isMerged && cell.master !== cell))) continue;
    const value = editValue(cell, date1904);
    if (value === undefined) continue;
    edits.push({ row: ref.row, col: ref.col, value, look: readCellStyle(cell) });
  }
  return edits;
}

/** The state sheet as a worksheet part: inline strings only, no formats. */
function stateSheetXml(ws: Worksheet): string {
  const rows: string[] = [];
  ws.eachRow((row, r) => {
    const cells: string[] = [];
    row.eachCell((cell, c) => {
      const v = cell.value;
      const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
      if (text === '') return;
      const ref = `${columnName(c)}${r}`;
      cells.push(`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`);
    });
    if (cells.length > 0) rows.push(`<row r="${r}">${cells.join('')}</row>`);
  });
  return `${SHEET_HEAD}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

function columnName(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function nextFree(taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

export async function writePackage(
  original: Uint8Array,
  wb: Workbook,
  options: WritePackageOptions,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const codec = options.codec ?? {};
  const read = async (name: string): Promise<string | undefined> => {
    const entry = zip.file(name);
    if (!entry) return undefined;
    return codec.readText?.(entry) ?? entry.async('string');
  };
  const put = (name: string, text: string): void => {
    if (codec.put) codec.put(zip, name, text);
    else zip.file(name, text);
  };
  const touched = touchedOf(wb);
  const date1904 = Boolean(wb.properties?.date1904);

  const rootRels = parseRelationships((await read('_rels/.rels')) ?? '');
  const docRel = rootRels.find((r) => r.type === REL_TYPE.officeDocument);
  if (!docRel) throw new Error('the package names no workbook part');
  const workbookPart = resolveTarget('', docRel.target);
  const workbookRelsPath = relsPathOf(workbookPart);
  let workbookXml = await read(workbookPart);
  let workbookRels = (await read(workbookRelsPath)) ?? '';
  if (workbookXml === undefined) throw new Error('the workbook part is missing');
  const rels = parseRelationships(workbookRels);
  const sheets = parseSheets(workbookXml, workbookPart, rels);
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));

  const newRels: string[] = [];
  const newTypes: string[] = [];
  const relIds = new Set(rels.map((r) => r.id));
  const entryNames = new Set(Object.keys(zip.files));
  const addRel = (type: string, part: string): string => {
    const id = nextFree(relIds, (n) => `rId${n}`);
    newRels.push(
      startTag(
        'Relationship',
        [
          ['Id', id],
          ['Type', type],
          ['Target', relativeTarget(workbookPart, part)],
        ],
        true,
      ),
    );
    return id;
  };

  const stylesRel = rels.find((r) => r.type === REL_TYPE.styles);
  let stylesPath = stylesRel ? resolveTarget(workbookPart, stylesRel.target) : undefined;
  const styles = new StylesPart((stylesPath ? await read(stylesPath) : undefined) ?? MINIMAL_STYLES_XML);

  // The scored sheets: their cells, in place.
  for (const [name, cells] of touched.cells) {
    if (cells.size === 0) continue;
    const entry = byName.get(name.toLowerCase());
    const ws = wb.getWorksheet(name);
    if (!entry?.part || !ws) continue;
    const xml = await read(entry.part);
    if (xml === undefined) continue;
    const patched = patchSheetXml(
      xml,
      { edits: editsFor(ws, cells.values(), date1904), columnWidths: touched.columnWidths.get(name) },
      (base, look) => styles.withLook(base, look),
    );
    if (patched !== xml) put(entry.part, patched);
  }

  // New sheets: the state sheet (if new) and summaries not in the package yet.
  const added: NewSheet[] = [];
  const addedParts: string[] = [];
  let sheetId = Math.max(0, ...sheets.map((s) => s.sheetId));
  const workbookDir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const newSheetPart = (): string => nextFree(entryNames, (n) => `${workbookDir}worksheets/sheet${n}.xml`);
  const addSheet = (name: string, after: number, xml: string, state?: 'veryHidden', part = newSheetPart()): void => {
    put(part, xml);
    newTypes.push(
      startTag(
        'Override',
        [
          ['PartName', `/${part}`],
          ['ContentType', WORKSHEET_CONTENT_TYPE],
        ],
        true,
      ),
    );
    added.push({ after, name, sheetId: ++sheetId, relId: addRel(REL_TYPE.worksheet, part), state });
    addedParts.push(part);
  };

  const summaries = [...touched.summaries]
    .map((n) => wb.getWorksheet(n))
    .filter((ws): ws is Worksheet => ws !== undefined && isSummarySheet(ws));
  const grafted = await graftSheets(options.newWorkbook, summaries, styles);
  const names: NewDefinedName[] = [];
  const replaceNames = new Map<number, Set<string>>();
  const pendingNames: { sheet: number | { added: number }; name: string; text: string }[] = [];
  const order = wb.worksheets.map((ws) => ws.name);
  const tables =
    grafted.length > 0
      ? await TablePlacer.create({
          read,
          workbookDir,
          workbookXml,
          sheets,
          replaced: new Set(grafted.flatMap((g) => byName.get(g.name.toLowerCase())?.part ?? [])),
          entryNames,
        })
      : undefined;
  for (const part of tables?.removed ?? []) zip.remove(part);
  const attach = async (part: string, g: GraftedSheet): Promise<string> => {
    if (!tables) return g.xml;
    const placed = await tables.place(part, g);
    for (const [name, text] of placed.parts) put(name, text);
    for (const name of placed.parts.keys())
      newTypes.push(
        startTag(
          'Override',
          [
            ['PartName', `/${name}`],
            ['ContentType', TABLE_CONTENT_TYPE],
          ],
          true,
        ),
      );
    if (placed.rels === undefined) zip.remove(relsPathOf(part));
    else put(relsPathOf(part), placed.rels);
    return placed.xml;
  };
  for (const g of grafted) {
    const entry = byName.get(g.name.toLowerCase());
    if (entry?.part) {
      put(entry.part, await attach(entry.part, g));
      for (const n of g.definedNames) pendingNames.push({ sheet: entry.index, name: n.name, text: n.text });
    } else {
      // After the sheet before it in the workbook's tab order that the package already has.
      const at = order.indexOf(g.name);
      let after = -1;
      for (let i = at - 1; i >= 0; i--) {
        const prev = byName.get(order[i].toLowerCase());
        if (prev) {
          after = prev.index;
          break;
        }
      }
      const part = newSheetPart();
      addSheet(g.name, after, await attach(part, g), undefined, part);
      for (const n of g.definedNames)
        pendingNames.push({ sheet: { added: added.length - 1 }, name: n.name, text: n.text });
    }
  }

  // Last, so a new state sheet goes after any summary added beside the last sheet.
  const stateWs = wb.getWorksheet(STATE_SHEET_NAME);
  if (touched.state && stateWs) {
    const xml = stateSheetXml(stateWs);
    const entry = byName.get(STATE_SHEET_NAME.toLowerCase());
    if (entry?.part) put(entry.part, xml);
    else addSheet(STATE_SHEET_NAME, sheets.length - 1, xml, 'veryHidden');
  }

  // A summary needs a document title and language (issue 16): filled only where the user has none.
  if (grafted.length > 0 && touched.document) {
    const coreRel = rootRels.find((r) => r.type === CORE_PROPERTIES_REL_TYPE && !r.external);
    if (coreRel) {
      const corePath = resolveTarget('', coreRel.target);
      const xml = await read(corePath);
      // A relationship to a missing part is left as it is: its content type may be declared already.
      if (xml !== undefined) {
        const filled = fillCoreProperties(xml, touched.document);
        if (filled !== xml) put(corePath, filled);
      }
    } else {
      const corePath = nextFree(entryNames, (n) => `docProps/core${n === 1 ? '' : n}.xml`);
      put(corePath, newCorePropertiesXml(touched.document));
      newTypes.push(
        startTag(
          'Override',
          [
            ['PartName', `/${corePath}`],
            ['ContentType', CORE_PROPERTIES_CONTENT_TYPE],
          ],
          true,
        ),
      );
      const rootIds = new Set(rootRels.map((r) => r.id));
      const rel = startTag(
        'Relationship',
        [
          ['Id', nextFree(rootIds, (n) => `rId${n}`)],
          ['Type', CORE_PROPERTIES_REL_TYPE],
          ['Target', corePath],
        ],
        true,
      );
      put('_rels/.rels', appendToRoot((await read('_rels/.rels')) ?? '', [rel]));
    }
  }

  const finalOrder = sheetOrder(sheets.length, added);
  for (const p of pendingNames) {
    const sheet = typeof p.sheet === 'number' ? finalOrder.original[p.sheet] : finalOrder.added[p.sheet.added];
    names.push({ name: p.name, text: p.text, sheet });
    if (typeof p.sheet === 'number') {
      const set = replaceNames.get(sheet) ?? new Set<string>();
      set.add(p.name);
      replaceNames.set(sheet, set);
    }
  }

  if (styles.changed) {
    if (!stylesPath) {
      stylesPath = nextFree(
        entryNames,
        (n) => `${workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1)}styles${n === 1 ? '' : n}.xml`,
      );
      addRel(REL_TYPE.styles, stylesPath);
      newTypes.push(
        startTag(
          'Override',
          [
            ['PartName', `/${stylesPath}`],
            ['ContentType', STYLES_CONTENT_TYPE],
          ],
          true,
        ),
      );
    }
    put(stylesPath, styles.toXml());
  }
  if (added.length > 0 || names.length > 0) {
    workbookXml = editWorkbookXml(workbookXml, sheets.length, added, names, replaceNames);
    put(workbookPart, workbookXml);
  }
  if (newRels.length > 0) {
    workbookRels = appendToRoot(
      workbookRels ||
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
      newRels,
    );
    put(workbookRelsPath, workbookRels);
  }
  const dropTypes = new Set(tables?.removed ?? []);
  if (newTypes.length > 0 || dropTypes.size > 0) {
    const types = await read('[Content_Types].xml');
    if (types === undefined) throw new Error('the package has no content types');
    // A part name freed by a replaced summary's table may be used again: one Override for it.
    for (const name of tables?.added ?? []) dropTypes.add(name);
    put('[Content_Types].xml', appendToRoot(removeOverrides(types, dropTypes), newTypes));
  }

  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
