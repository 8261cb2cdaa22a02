/**
 * Reads one worksheet part into a BookSheet with saxes, streaming: cells (value, formula text,
 * format index), merged areas, protection, column widths and the printed footers. Nothing else of
 * the part is kept: the writer copies it from the package as it is. Element names are matched by
 * their local part, so prefixed parts (x:c, as the Open XML SDK writes them) read the same.
 */
import { SaxesParser } from 'saxes';
import { localName } from '../package/xml-scan';
import { parseA1, parseRangeA1 } from '../../core/a1';
import type { CellValue } from '../../core/snapshot';
import { SheetLayoutBuilder, type SheetLayout } from '../package/sheet-layout';
import type { BookSheet } from './book';
import { decodeXstring } from '../package/xstring';
import { isoDateToSerial } from './dates';
import { shiftFormula } from './shift-formula';

/** Cells left to read in the whole workbook; reading stops with TooManyCellsError past it. */
export interface CellBudget {
  remaining: number;
  /**
   * Characters of shared-formula text left to write out for the cells of a group. A shared
   * formula is stored once and stands for a whole column; past this budget its other cells keep
   * only "a formula is here", so a hostile group of a million long formulas cannot fill memory.
   */
  formulaChars?: number;
}

/** Shared-formula text written out per workbook: some 20,000,000 characters, 40 MB of strings. */
export const FORMULA_CHARS = 20_000_000;

/** A shared formula's master cell: where it is and its text. */
interface SharedMaster {
  row: number;
  col: number;
  text: string;
}

export class TooManyCellsError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" has too many cells`);
    this.name = 'TooManyCellsError';
  }
}

const FOOTERS = new Set(['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter']);

/** An xsd:double as SpreadsheetML writes it: decimal digits, an optional fraction and exponent. */
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function truthy(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

function cellValue(
  type: string,
  raw: string,
  inline: string,
  strings: readonly string[],
  date1904: boolean,
): CellValue {
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'inlineStr':
      return decodeXstring(inline);
    case 'str':
      return decodeXstring(raw);
    case 'b':
      return raw === '' ? '' : truthy(raw);
    case 'e':
      return raw;
    case 'd':
      return raw === '' ? '' : (isoDateToSerial(raw, date1904) ?? raw);
    default: {
      // Blank text is a blank cell (Excel shows nothing), not the 0 Number("  ") makes of it.
      if (raw.trim() === '') return '';
      // A number Excel wrote is decimal and finite; anything else ("0x50", which Number() reads as
      // 80, or "1e309") is kept as the text it is.
      const n = DECIMAL.test(raw) ? Number(raw) : NaN;
      return Number.isFinite(n) ? n : raw;
    }
  }
}

/**
 * Reads the part's cells into `sheet` and returns where its rows and cells are in the text, so
 * the writer can patch it without parsing it again.
 */
export function readSheetXml(
  xml: string,
  sheet: BookSheet,
  strings: readonly string[],
  date1904: boolean,
  budget: CellBudget,
): SheetLayout {
  const parser = new SaxesParser();
  const layout = new SheetLayoutBuilder();
  let row = -1;
  let rowNamed = false;
  let firstInRow = false;
  let nextCol = 0;
  // The cell being read.
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let type = '';
  let xf = 0;
  let formula = false;
  let raw = '';
  let inline = '';
  // The cell's <f>: its text, and the shared group it belongs to ('' when none).
  let ftext = '';
  let fshared = '';
  // Shared formulas by group (si), and cells met before their group's master.
  const masters = new Map<string, SharedMaster>();
  const waiting: { row: number; col: number; si: string }[] = [];
  budget.formulaChars ??= FORMULA_CHARS;
  // Where text goes: 'v' (value), 'is' (inline string runs), 'f' (formula), 'footer', or nowhere.
  let into: 'v' | 'is' | 'f' | 'footer' | '' = '';
  let inIs = false;
  let inPhonetic = false;
  let footer = '';

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    // The tag's "<" is the last one before its end: XML allows no "<" inside attribute values.
    const end = parser.position;
    layout.open(tag.name, a, xml.lastIndexOf('<', end - 1), end, tag.isSelfClosing);
    switch (name) {
      case 'row': {
        const r = Number(a.r);
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        rowNamed = a.r !== undefined;
        firstInRow = true;
        nextCol = 0;
        break;
      }
      case 'c': {
        const ref = a.r ? parseA1(a.r) : null;
        // A row without r is the row its first addressed cell names; later rows without r follow it.
        if (ref && firstInRow && !rowNamed) row = ref.row;
        firstInRow = false;
        cellRow = ref ? ref.row : Math.max(row, 0);
        cellCol = ref ? ref.col : nextCol;
        nextCol = cellCol + 1;
        type = a.t ?? '';
        xf = Number(a.s ?? 0) || 0;
        formula = false;
        raw = '';
        inline = '';
        ftext = '';
        fshared = '';
        inCell = true;
        if (--budget.remaining < 0) throw new TooManyCellsError(sheet.name);
        break;
      }
      case 'v':
        if (inCell) into = 'v';
        break;
      case 'f':
        if (inCell) {
          formula = true;
          into = 'f';
          if (a.t === 'shared' && a.si !== undefined) fshared = a.si;
        }
        break;
      case 'is':
        if (inCell) inIs = true;
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 't':
        if (inIs && !inPhonetic) into = 'is';
        break;
      case 'mergeCell': {
        const range = a.ref ? parseRangeA1(a.ref) : null;
        if (range) sheet.merges.push(range);
        break;
      }
      case 'sheetProtection':
        sheet.protected = truthy(a.sheet);
        break;
      case 'col': {
        const min = Number(a.min);
        const max = Number(a.max);
        const width = Number(a.width);
        if (a.width !== undefined && Number.isFinite(width) && min >= 1 && max >= min && max - min < 16_384)
          for (let c = min; c <= max; c++) sheet.columnWidths.set(c - 1, width);
        break;
      }
      default:
        if (FOOTERS.has(name)) {
          into = 'footer';
          footer = '';
        }
    }
  });

  parser.on('text', (text) => {
    if (into === 'v') raw += text;
    else if (into === 'is') inline += text;
    else if (into === 'f') ftext += text;
    else if (into === 'footer') footer += text;
  });
  parser.on('cdata', (text) => {
    if (into === 'v') raw += text;
    else if (into === 'is') inline += text;
    else if (into === 'f') ftext += text;
  });

  /** A shared group's text for a cell of it, within the workbook's budget; undefined past it. */
  const translated = (m: SharedMaster, row: number, col: number): string | undefined => {
    if (budget.formulaChars! < m.text.length) return undefined;
    budget.formulaChars! -= m.text.length;
    return `=${shiftFormula(m.text, row - m.row, col - m.col)}`;
  };

  parser.on('closetag', (tag) => {
    layout.close(tag.name, parser.position);
    const name = localName(tag.name);
    switch (name) {
      case 'v':
      case 't':
      case 'f':
        into = '';
        break;
      case 'is':
        inIs = false;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'c': {
        inCell = false;
        const cell = sheet.cellFor(cellRow, cellCol);
        cell.value = cellValue(type, raw, inline, strings, date1904);
        cell.formula = formula;
        cell.error = type === 'e' && raw !== '';
        cell.xf = xf;
        const text = ftext.trim();
        if (!formula) break;
        if (fshared !== '' && text === '') {
          // One of a shared group: the master's formula, moved to this cell.
          const m = masters.get(fshared);
          if (m) {
            const t = translated(m, cellRow, cellCol);
            if (t !== undefined) cell.formulaText = t;
          } else waiting.push({ row: cellRow, col: cellCol, si: fshared });
        } else if (text !== '') {
          // A formula of its own, a shared group's master, or an array formula's (kept as written).
          if (fshared !== '') masters.set(fshared, { row: cellRow, col: cellCol, text });
          cell.formulaText = `=${text}`;
        }
        break;
      }
      default:
        if (FOOTERS.has(name) && into === 'footer') {
          sheet.footers.push(footer);
          into = '';
        }
    }
  });

  parser.write(xml).close();
  // Excel writes a group's master first; a cell that came before its master is translated now.
  for (const w of waiting) {
    const m = masters.get(w.si);
    const t = m && translated(m, w.row, w.col);
    if (t !== undefined) sheet.cellFor(w.row, w.col).formulaText = t;
  }
  return layout.layout;
}
