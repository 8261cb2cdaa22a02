/**
 * Saves a scored workbook by editing the user's original package instead of regenerating it: only
 * the parts scoring changes are rewritten (the scored sheets' cells, styles, the state sheet, our
 * summaries, the workbook's list of sheets when one is added, and the document's properties: see
 * document-properties.ts). Every other zip entry (charts, drawings, pivots, slicers, controls,
 * macros, custom XML, untouched sheets, folder entries) is copied record for record, local header
 * and data byte for byte (zip-splice.ts); JSZip reads the parts and packs only the ones we write.
 * A summary's Excel tables come with it (see TablePlacer); a summary replaced loses its old ones.
 * A package with an entry whose name points outside it ("../../evil.txt") is refused.
 */
import JSZip from 'jszip';
import { STATE_SHEET_NAME } from '../../core/state/types';
import type { CellStyle } from '../../core/cell-style';
import type { Book } from '../book/book';
import { stateSheet } from '../state-sheet';
import { cellEditsOf } from './cell-edits';
import { fillDocumentInfo, listSheetTitles } from './document-properties';
import type { GraftedSheet } from './graft-sheet';
import {
  contentTypeOverride,
  isWorksheet,
  nextFreeName,
  ofKind,
  parseRelationships,
  parseSheets,
  PartNames,
  type SheetEntry,
  workbookPartOf,
  REL_TYPE,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  WORKSHEET_CONTENT_TYPE,
} from './package-parts';
import { printAreasOf, PRINT_AREA, widenedPrintArea } from './print-area';
import { patchSheetXml } from './sheet-patch';
import { stateSheetXml } from './state-sheet-xml';
import { MINIMAL_STYLES_XML, StylesPart } from './styles-part';
import { summarySheetXml } from './summary-sheet-xml';
import { removeOverrides, TABLE_CONTENT_TYPE } from './table-parts';
import { TablePlacer } from './table-placer';
import {
  appendToRoot,
  editWorkbookXml,
  sheetOrder,
  withFullCalcOnLoad,
  type NewDefinedName,
  type NewSheet,
} from './workbook-part';
import { startTag } from './xml-text';
import { packageDirectory } from './zip-directory';
import { packChanges, type ZipCodec } from './pack-changes';

export type { ZipCodec } from './pack-changes';
import { SheetIds } from './sheet-ids';
import { lockedStructure } from './structure-lock';

const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export interface WritePackageOptions {
  codec?: ZipCodec;
  /** Filled with a sentence per sheet whose results could not be written (that sheet is kept as it was). */
  warnings?: string[];
  /** Filled with the names of those sheets, and of summaries that could not be added. */
  unwritten?: string[];
  /** Filled with a sentence per change to a sheet beyond its cells (a print area widened: print-area.ts). */
  notes?: string[];
}

export async function writePackage(book: Book, options: WritePackageOptions = {}): Promise<Uint8Array> {
  const directory = packageDirectory(book.original);
  const zip = await JSZip.loadAsync(book.original);
  const codec = options.codec ?? {};
  // The parts we write or drop, by entry name; everything else is copied as it is at the end.
  const changes = new Map<string, string>();
  const removed = new Set<string>();
  const read = async (name: string): Promise<string | undefined> => {
    if (changes.has(name)) return changes.get(name);
    if (removed.has(name)) return undefined;
    const entry = zip.file(name);
    if (!entry) return undefined;
    return codec.readText?.(entry) ?? entry.async('string');
  };
  const put = (name: string, text: string): void => {
    changes.set(name, text);
    removed.delete(name);
  };
  const remove = (name: string): void => {
    changes.delete(name);
    removed.add(name);
  };

  // A package without relationships of its own (the reader accepts it) names its workbook part by
  // the usual name, and gets no new document properties (there is nothing to point at them from).
  const rootRelsXml = await read('_rels/.rels');
  const rootRels = rootRelsXml === undefined ? [] : parseRelationships(rootRelsXml);
  const workbookPart = workbookPartOf(rootRels);
  const workbookRelsPath = relsPathOf(workbookPart);
  let workbookXml = await read(workbookPart);
  let workbookRels = (await read(workbookRelsPath)) ?? '';
  if (workbookXml === undefined) throw new Error('the workbook part is missing');
  const rels = parseRelationships(workbookRels);
  const sheets = parseSheets(workbookXml, workbookPart, rels);
  // By exact name first: a package may hold "KPIs" and "kpis" (Excel would not), and each is its own sheet.
  const byExact = new Map(sheets.map((s) => [s.name, s]));
  const byLower = new Map<string, SheetEntry>();
  for (const s of sheets) if (!byLower.has(s.name.toLowerCase())) byLower.set(s.name.toLowerCase(), s);
  const entryOf = (name: string): SheetEntry | undefined => byExact.get(name) ?? byLower.get(name.toLowerCase());

  const newRels: string[] = [];
  const newTypes: string[] = [];
  const relIds = new Set(rels.map((r) => r.id));
  const entryNames = new PartNames(Object.keys(zip.files));
  const addRel = (type: string, part: string): string => {
    const id = nextFreeName(relIds, (n) => `rId${n}`);
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

  const stylesRel = ofKind(rels, 'styles');
  let stylesPath = stylesRel ? resolveTarget(workbookPart, stylesRel.target) : undefined;
  // A style sheet we cannot parse is never rewritten: cells keep their format indices, and no
  // summary is laid out (its formats would point into a style sheet we cannot add to).
  let styles: StylesPart;
  let stylesFrozen = false;
  try {
    styles = new StylesPart((stylesPath ? await read(stylesPath) : undefined) ?? MINIMAL_STYLES_XML);
  } catch {
    styles = new StylesPart(MINIMAL_STYLES_XML);
    stylesFrozen = true;
  }
  const styleFor = (base: number, look: CellStyle): number => (stylesFrozen ? base : styles.withLook(base, look));

  // The scored sheets: their cells, in place; a print area the user defined grows to take our columns.
  const printAreas = printAreasOf(workbookXml);
  const widenedAreas: { sheet: number; text: string }[] = [];
  let cellsChanged = false;
  for (const ws of book.sheets) {
    if (ws.touched.size === 0 || ws.rewritten) continue;
    const entry = entryOf(ws.name);
    if (!entry?.part) continue;
    const kept = book.parts.get(entry.part);
    const xml = kept?.text ?? (await read(entry.part));
    if (xml === undefined) continue;
    let patched: string;
    const edits = cellEditsOf(ws);
    try {
      patched = patchSheetXml(xml, { edits, columnWidths: ws.addedColumnWidths }, styleFor, kept?.layout);
    } catch (err) {
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      if (!options.warnings) throw err;
      options.warnings.push(
        `Scorelight could not write its results into the sheet "${ws.name}" (${why}); that sheet is unchanged in the scored copy.`,
      );
      options.unwritten?.push(ws.name);
      continue;
    }
    if (patched !== xml) {
      put(entry.part, patched);
      cellsChanged = true;
    }
    const area = printAreas.get(entry.index);
    const wider = area
      ? widenedPrintArea(
          area,
          edits.filter((e) => e.value !== null && e.value !== ''),
        )
      : null;
    if (wider) {
      widenedAreas.push({ sheet: entry.index, text: wider });
      options.notes?.push(
        `The print area of "${ws.name}" now runs to column ${wider.replace(/^.*:\$?([A-Z]+).*$/, '$1')}, so the columns Scorelight added print with the table.`,
      );
    }
  }

  // New sheets: the state sheet (if new) and summaries not in the package yet.
  const added: NewSheet[] = [];
  const addedParts: string[] = [];
  const sheetIds = new SheetIds(sheets.map((s) => s.sheetId));
  const workbookDir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const newSheetPart = (): string => nextFreeName(entryNames, (n) => `${workbookDir}worksheets/sheet${n}.xml`);
  // A workbook whose structure is protected gets no new sheets: Excel would refuse or undo them.
  const structureLocked = lockedStructure(workbookXml);
  const addSheet = (name: string, after: number, xml: string, state?: 'veryHidden', part = newSheetPart()): void => {
    put(part, xml);
    newTypes.push(contentTypeOverride(part, WORKSHEET_CONTENT_TYPE));
    added.push({ after, name, sheetId: sheetIds.next(), relId: addRel(REL_TYPE.worksheet, part), state });
    addedParts.push(part);
  };

  // Laid out from their plans; the placer below gives their tables names no other table has.
  const grafted: GraftedSheet[] = [];
  for (const ws of book.sheets) {
    if (!ws.summary || !ws.rewritten) continue;
    if (stylesFrozen) {
      options.warnings?.push(
        `The board summary "${ws.name}" was not added: the workbook's cell formats could not be read, so it could not be formatted.`,
      );
      options.unwritten?.push(ws.name);
      continue;
    }
    grafted.push(summarySheetXml(ws.summary, ws.name, styles, []));
  }
  const names: NewDefinedName[] = [];
  const replaceNames = new Map<number, Set<string>>();
  const pendingNames: { sheet: number | { added: number }; name: string; text: string }[] = widenedAreas.map((w) => ({
    sheet: w.sheet,
    name: PRINT_AREA,
    text: w.text,
  }));
  const order = book.sheets.map((ws) => ws.name);
  const tables =
    grafted.length > 0
      ? await TablePlacer.create({
          read,
          workbookDir,
          workbookXml,
          sheets,
          replaced: new Set(grafted.flatMap((g) => entryOf(g.name)?.part ?? [])),
          entryNames,
        })
      : undefined;
  for (const part of tables?.removed ?? []) remove(part);
  const attach = async (part: string, g: GraftedSheet): Promise<string> => {
    if (!tables) return g.xml;
    const placed = await tables.place(part, g);
    for (const [name, text] of placed.parts) put(name, text);
    for (const name of placed.parts.keys()) newTypes.push(contentTypeOverride(name, TABLE_CONTENT_TYPE));
    if (placed.rels === undefined) remove(relsPathOf(part));
    else put(relsPathOf(part), placed.rels);
    return placed.xml;
  };
  for (const g of grafted) {
    const entry = entryOf(g.name);
    if (entry && !isWorksheet(entry))
      throw new Error(`the workbook already has a sheet called "${g.name}" that is not a worksheet`);
    if (!entry?.part && structureLocked) {
      options.warnings?.push(
        `The board summary "${g.name}" was not added: the workbook's structure is protected (Review > Protect Workbook), so no sheet can be added.`,
      );
      options.unwritten?.push(g.name);
      continue;
    }
    if (entry?.part) {
      put(entry.part, await attach(entry.part, g));
      for (const n of g.definedNames) pendingNames.push({ sheet: entry.index, name: n.name, text: n.text });
    } else {
      // After the sheet before it in the workbook's tab order that the package already has.
      const at = order.indexOf(g.name);
      let after = -1;
      for (let i = at - 1; i >= 0; i--) {
        const prev = entryOf(order[i]);
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
  const stateWs = stateSheet(book);
  if (book.stateChanged && stateWs) {
    const xml = stateSheetXml(stateWs);
    const entry = entryOf(stateWs.name);
    if (entry && !isWorksheet(entry))
      throw new Error(`the workbook already has a sheet called "${STATE_SHEET_NAME}" that is not a worksheet`);
    if (entry?.part) put(entry.part, xml);
    else if (structureLocked)
      options.warnings?.push(
        `Scorelight's settings were not saved in the workbook: its structure is protected (Review > Protect Workbook), so no sheet can be added; the next scoring will not know which cells it wrote.`,
      );
    else addSheet(STATE_SHEET_NAME, sheets.length - 1, xml, 'veryHidden');
  }

  // A summary needs a document title and language (issue 16): filled only where the user has none.
  if (grafted.length > 0 && book.document)
    await fillDocumentInfo({ read, put }, book.document, { xml: rootRelsXml, rels: rootRels }, entryNames, newTypes);

  const finalOrder = sheetOrder(sheets.length, added);
  // The document's list of sheets (docProps/app.xml): each new sheet after the one before it.
  const finalNames: string[] = [];
  sheets.forEach((s, i) => (finalNames[finalOrder.original[i]] = s.name));
  added.forEach((a, i) => (finalNames[finalOrder.added[i]] = a.name));
  const addedAt = added.map((a, i) => ({ name: a.name, at: finalOrder.added[i] }));
  await listSheetTitles({ read, put }, rootRels, addedAt, finalNames);
  for (const p of pendingNames) {
    const sheet = typeof p.sheet === 'number' ? finalOrder.original[p.sheet] : finalOrder.added[p.sheet.added];
    names.push({ name: p.name, text: p.text, sheet });
    if (typeof p.sheet === 'number') {
      const set = replaceNames.get(sheet) ?? new Set<string>();
      set.add(p.name);
      replaceNames.set(sheet, set);
    }
  }

  if (styles.changed && !stylesFrozen) {
    if (!stylesPath) {
      stylesPath = nextFreeName(
        entryNames,
        (n) => `${workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1)}styles${n === 1 ? '' : n}.xml`,
      );
      addRel(REL_TYPE.styles, stylesPath);
      newTypes.push(contentTypeOverride(stylesPath, STYLES_CONTENT_TYPE));
    }
    put(stylesPath, styles.toXml());
  }
  // Formulas reading the cells we wrote (a COUNTIF of "G") show stale results until recalculated.
  const recalc = cellsChanged ? withFullCalcOnLoad(workbookXml) : workbookXml;
  if (added.length > 0 || names.length > 0) {
    workbookXml = editWorkbookXml(recalc, sheets.length, added, names, replaceNames);
    put(workbookPart, workbookXml);
  } else if (recalc !== workbookXml) {
    workbookXml = recalc;
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

  return packChanges(book.original, directory, changes, removed, codec);
}
