/** Header text clean-up shared by the parser and the classifier. */
import type { HeaderCell } from './types';

/** What the header shows: the displayed text, else the raw value ("" for booleans and empties). */
export function headerText(cell: HeaderCell): string {
  const shown = typeof cell.text === 'string' ? cell.text.trim() : '';
  if (shown) return shown;
  const v = cell.value;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/**
 * One spacing and punctuation for matching: any whitespace run (non-breaking spaces, line breaks in
 * wrapped headers) becomes one space, typographic dashes and quotes become ASCII.
 */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u2032`]/g, "'")
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}
