/**
 * The hidden state sheet as a worksheet part, written whole each time the state changes: inline
 * strings only (never shared strings, never formulas), no formats.
 */
import { toA1 } from '../../core/a1';
import type { BookSheet } from '../book/book';
import { escapeText } from './xml-text';
import { encodeXstring } from './xstring';

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

export function stateSheetXml(ws: BookSheet): string {
  const rows: string[] = [];
  for (const r of [...ws.rows.keys()].sort((a, b) => a - b)) {
    const line = ws.rows.get(r);
    if (!line) continue;
    const cells: string[] = [];
    for (const c of [...line.keys()].sort((a, b) => a - b)) {
      const v = line.get(c)?.value;
      const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
      if (text === '') continue;
      cells.push(
        `<c r="${toA1({ row: r, col: c })}" t="inlineStr"><is><t xml:space="preserve">${escapeText(encodeXstring(text))}</t></is></c>`,
      );
    }
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  return `${SHEET_HEAD}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}
