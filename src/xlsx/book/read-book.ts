/**
 * Opens an .xlsx package into a Book: the workbook's sheet list, shared strings, style sheet and
 * each worksheet, read with saxes as streams of events (never a DOM of the sheet). Charts,
 * drawings, pivots, controls, macros and every other part are not read at all: they cannot stop a
 * workbook from opening, and the writer copies them unchanged. A worksheet that cannot be parsed is
 * skipped with a warning and the others are scored; only a package without a readable workbook
 * part, sheet list or shared strings is "damaged".
 */
import JSZip from 'jszip';
import {
  ofKind,
  parseRelationships,
  parseSheets,
  relsPathOf,
  resolveTarget,
  workbookPartOf,
} from '../package/package-parts';
import type { SheetLayout } from '../package/sheet-layout';
import type { ZipCodec } from '../package/write-package';
import { checkDeclaredSize, ZipTooLargeError } from '../package/zip-limits';
import { localName, scanXml } from '../package/xml-scan';
import { Book, BookSheet, type SheetVisibility } from './book';
import { BookStyles } from './book-styles';
import { readSharedStrings } from './shared-strings';
import { FORMULA_CHARS, readSheetXml, TooManyCellsError, type CellBudget } from './sheet-reader';

/**
 * Cells in all worksheets together. Our model holds about 150 bytes a cell, so this is far from
 * any memory limit; it stops a sheet formatted down to row 1,048,576 from being scored cell by
 * cell. A 50,000-indicator register of 15 columns is 750,000 cells.
 */
export const MAX_CELLS = 1_500_000;

export interface OpenBookOptions {
  /** Faster inflating for hosts that have it (the CLI's zlib). */
  codec?: ZipCodec;
  maxCells?: number;
  /** Characters of shared-formula text written out for a group's cells (sheet-reader.ts). */
  maxFormulaChars?: number;
}

/** The bytes are not a workbook we can read at all; the message says why, in plain words. */
export class NotAWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAWorkbookError';
  }
}

/** The workbook holds more cells than Scorelight reads at once. */
export class TooLargeWorkbookError extends Error {
  constructor(
    readonly limit: number,
    readonly sheet: string,
  ) {
    super(
      `has more than ${limit.toLocaleString('en-GB')} cells (sheet "${sheet}" alone has more than Scorelight can read at once); split it, or delete unused rows and columns, and score again.`,
    );
    this.name = 'TooLargeWorkbookError';
  }
}

function isDate1904(workbookXml: string): boolean {
  let yes = false;
  scanXml(workbookXml, {
    open(tag) {
      if (localName(tag.name) === 'workbookPr') yes = tag.attrs.date1904 === '1' || tag.attrs.date1904 === 'true';
    },
  });
  return yes;
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0];
}

/** What JSZip's refusal means for the user's file, in words (never its own "Corrupted zip : ..."). */
function zipProblem(message: string): string {
  if (/compression .* unknown/i.test(message))
    return 'an entry of its zip archive is packed in a way Excel never writes';
  if (/end of central directory|End of data|cut short|truncated/i.test(message))
    return 'the zip archive is cut short or damaged';
  if (/size mismatch|crc32|Corrupted/i.test(message)) return 'the zip archive is damaged';
  return 'it is not a zip archive';
}

export async function openBook(data: ArrayBuffer | Uint8Array, options: OpenBookOptions = {}): Promise<Book> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new NotAWorkbookError(zipProblem(reason(err)));
  }
  // A package that declares more than the cap unpacked is refused before anything is inflated.
  checkDeclaredSize(zip);
  const read = async (name: string): Promise<string | undefined> => {
    const entry = zip.file(name);
    if (!entry) return undefined;
    return options.codec?.readText?.(entry) ?? entry.async('string');
  };
  const parsed = <T>(what: string, f: () => T): T => {
    try {
      return f();
    } catch (err) {
      throw new NotAWorkbookError(`its ${what} cannot be read (${reason(err)})`);
    }
  };

  const rootRelsXml = await read('_rels/.rels');
  const rootRels =
    rootRelsXml === undefined ? [] : parsed('package relationships', () => parseRelationships(rootRelsXml));
  const workbookPart = workbookPartOf(rootRels);
  const workbookXml = await read(workbookPart);
  if (workbookXml === undefined) throw new NotAWorkbookError('it has no workbook part (it is not an Excel workbook)');
  const relsXml = await read(relsPathOf(workbookPart));
  const rels = relsXml === undefined ? [] : parsed('workbook relationships', () => parseRelationships(relsXml));
  const entries = parsed('list of sheets', () => parseSheets(workbookXml, workbookPart, rels));
  const date1904 = isDate1904(workbookXml);

  const stringsRel = ofKind(rels, 'sharedStrings');
  const stringsXml = stringsRel ? await read(resolveTarget(workbookPart, stringsRel.target)) : undefined;
  const strings = stringsXml === undefined ? [] : parsed('shared strings', () => readSharedStrings(stringsXml));
  const stylesRel = ofKind(rels, 'styles');
  const stylesXml = stylesRel ? await read(resolveTarget(workbookPart, stylesRel.target)) : undefined;
  // Formats that cannot be read do not stop the scoring: cells read as unformatted, and the writer
  // leaves the style sheet as it is (statuses then go in without colours; see write-package.ts).
  let styles: BookStyles;
  let stylesProblem: string | undefined;
  try {
    styles = new BookStyles(stylesXml);
  } catch (err) {
    styles = new BookStyles(undefined);
    stylesProblem = reason(err);
  }

  const book = new Book(bytes, styles, date1904);
  if (stylesProblem !== undefined)
    book.warnings.push(
      `Scorelight could not read the workbook's cell formats (${stylesProblem}); it read the cells without them, and the scored copy keeps the formats as they are, with statuses written in words but not coloured.`,
    );
  const limit = options.maxCells ?? MAX_CELLS;
  const budget: CellBudget = { remaining: limit, formulaChars: options.maxFormulaChars ?? FORMULA_CHARS };
  for (const entry of entries) {
    // Chart sheets and dialog sheets hold no cells to score; they stay in the package as they are.
    if (!entry.relType?.endsWith('/worksheet') || !entry.part) {
      book.otherSheetNames.push(entry.name);
      continue;
    }
    const sheet = new BookSheet(entry.name, entry.part, styles, visibilityOf(entry.state));
    let xml: string | undefined;
    let layout: SheetLayout;
    try {
      // A part whose compressed data is damaged is skipped like one whose XML is.
      xml = await read(entry.part);
      if (xml === undefined) {
        book.warnings.push(`The sheet "${entry.name}" is missing from the package; Scorelight left it out.`);
        book.otherSheetNames.push(entry.name);
        continue;
      }
      layout = readSheetXml(xml, sheet, strings, date1904, budget);
    } catch (err) {
      if (err instanceof ZipTooLargeError) throw err;
      if (err instanceof TooManyCellsError) throw new TooLargeWorkbookError(limit, entry.name);
      book.warnings.push(
        `Scorelight could not read the sheet "${entry.name}" (${reason(err)}); it scored the other sheets and left that one as it is.`,
      );
      book.otherSheetNames.push(entry.name);
      continue;
    }
    book.sheets.push(sheet);
    book.parts.set(entry.part, { text: xml, layout });
  }
  if (entries.length === 0) throw new NotAWorkbookError('it has no worksheets');
  return book;
}
