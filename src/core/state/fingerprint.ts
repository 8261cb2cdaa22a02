/**
 * A short fingerprint of the text Scorelight wrote into a cell, kept in the state beside the cell's
 * address. Re-scoring clears or overwrites a cell of ours only while it still holds exactly that
 * text: a cell the user edited, or that holds something else because rows or columns were inserted,
 * no longer matches and is left alone.
 *
 * 24 bits of FNV-1a in four URL-safe base64 characters: small enough that a 50,000-indicator sheet
 * keeps its state in a few hundred KB, and a user's text matches one of ours by chance about once in
 * 16 million cells (a chance match only lets us clear text that equals a hash collision, never a
 * formula or a number).
 */
import type { CellValue } from '../snapshot';

export const PRINT_CHARS = 4;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_CODES = Uint16Array.from(ALPHABET, (c) => c.charCodeAt(0));

/** The fingerprint of a text we write. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Fold the top byte in so all 32 bits count, then keep 24.
  const v = (h ^ (h >>> 24)) & 0xffffff;
  // One string made, not three joined: a plan fingerprints every cell it writes.
  return String.fromCharCode(
    ALPHABET_CODES[(v >>> 18) & 63],
    ALPHABET_CODES[(v >>> 12) & 63],
    ALPHABET_CODES[(v >>> 6) & 63],
    ALPHABET_CODES[v & 63],
  );
}

/** True when a fingerprint is well formed (what a damaged or hand-edited state may not give). */
export function isFingerprint(s: string): boolean {
  if (s.length !== PRINT_CHARS) return false;
  for (let i = 0; i < s.length; i++) if (!ALPHABET.includes(s[i])) return false;
  return true;
}

/** Does this cell value still hold the text with this fingerprint? Only text can: we write nothing else. */
export function holdsPrint(value: CellValue | null | undefined, print: string): boolean {
  return typeof value === 'string' && value !== '' && fingerprint(value) === print;
}
