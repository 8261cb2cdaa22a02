/**
 * A shared formula's text for another cell of its group. SpreadsheetML writes a shared formula
 * once, on its master cell (`<f t="shared" si="0" ref="D2:D40">B2-C2</f>`), and the other cells
 * only name the group (`<f t="shared" si="0"/>`): each stands for the master's formula moved as if
 * copied, so relative references shift by the distance from the master and `$`-absolute parts stay.
 *
 * One pass over the text, in order: "..." strings, 'quoted sheet names', [structured or external
 * references] are copied as they are; a name followed by "(" is a function (LOG10, ATAN2), one
 * followed by "!" a sheet; what is left and reads as A1, A$1, $A1:$B$2, A:C or 3:5 is a reference
 * and moves. A reference moved off the sheet becomes #REF!, as Excel shows it.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Characters of a name or reference token (function names hold dots: _xlfn.STDEV.S). */
const NAME_CHAR = /[A-Za-z0-9_.$\\?]/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The column part moved, or null when it leaves the sheet. */
function moveColumn(abs: string, letters: string, by: number): string | null {
  const n = columnNumber(letters) + (abs ? 0 : by);
  return n < 1 || n > MAX_COL ? null : abs + columnLetters(n);
}

function moveRow(abs: string, digits: string, by: number): string | null {
  const n = Number(digits) + (abs ? 0 : by);
  return n < 1 || n > MAX_ROW ? null : abs + String(n);
}

/** A token moved as a cell reference, or undefined when it is not one (a name like "TAX2020A"). */
function moveCell(token: string, dRow: number, dCol: number): string | null | undefined {
  const m = CELL.exec(token);
  if (!m || columnNumber(m[2]) > MAX_COL || Number(m[4]) > MAX_ROW || Number(m[4]) < 1) return undefined;
  const col = moveColumn(m[1], m[2], dCol);
  const row = moveRow(m[3], m[4], dRow);
  return col === null || row === null ? null : col + row;
}

/** Where the quoted run starting at `i` (a "string" or 'sheet name', the quote doubled inside) ends. */
function quotedEnd(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === q) {
      if (text[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return text.length;
}

/** Where the bracketed run starting at `i` ends: nested brackets, ' escapes the next character. */
function bracketEnd(text: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const ch = text[j];
    if (ch === "'") j += 2;
    else {
      if (ch === '[') depth++;
      else if (ch === ']' && --depth === 0) return j + 1;
      j++;
    }
  }
  return text.length;
}

function tokenEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && NAME_CHAR.test(text[j])) j++;
  return j;
}

/**
 * `formula` (with or without its leading "=") as it reads `dRow` rows down and `dCol` columns right
 * of the cell it was written for.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      const end = bracketEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (!NAME_CHAR.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    const end = tokenEnd(formula, i);
    const token = formula.slice(i, end);
    const next = formula[end];
    // A function name, a sheet name or a structured reference's table. (A number such as 1E10 is
    // one token and never reads as a reference: references start with a letter or "$".)
    if (next === '(' || next === '!' || next === '[') {
      out += token;
      i = end;
      continue;
    }
    // Whole columns (A:C) and whole rows (3:5) come as two tokens around ":".
    if (next === ':') {
      const end2 = tokenEnd(formula, end + 1);
      const other = formula.slice(end + 1, end2);
      const after = formula[end2];
      const c1 = COLUMN.exec(token);
      const c2 = COLUMN.exec(other);
      const r1 = ROW.exec(token);
      const r2 = ROW.exec(other);
      if (after !== '(' && after !== '!' && ((c1 && c2) || (r1 && r2))) {
        const a = c1 && c2 ? moveColumn(c1[1], c1[2], dCol) : moveRow(r1![1], r1![2], dRow);
        const b = c1 && c2 ? moveColumn(c2[1], c2[2], dCol) : moveRow(r2![1], r2![2], dRow);
        out += a === null || b === null ? '#REF!' : `${a}:${b}`;
        i = end2;
        continue;
      }
    }
    const moved = moveCell(token, dRow, dCol);
    out += moved === undefined ? token : (moved ?? '#REF!');
    i = end;
  }
  return out;
}
