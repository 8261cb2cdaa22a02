/**
 * The workbook state as a grid of text cells for the very hidden sheet STATE_SHEET_NAME.
 *
 *   row 0:   "Scorelight state" | "v1" | "chunks N" | "chars L" | "fnv1a XXXXXXXX"
 *   row 1..N: "c" + chunk       | ""   | ...
 *
 * The JSON is escaped to ASCII (so no chunk boundary can split a character, and no host or XML
 * writer can mangle one) and cut into chunks that, with their prefix, fit in 30,000 characters
 * (Excel holds 32,767 per cell). The "c" prefix means no cell ever starts with "=", "+", "-" or
 * "@", so Excel never reads one as a formula, and no cell looks like a number, date or boolean.
 * Length and checksum in the header catch a truncated or edited sheet.
 *
 * This file is the envelope; the JSON inside is state-json.ts (and read-sheet-state.ts for each
 * sheet's record), and the per-sheet lookups are sheet-states.ts. All are exported from here.
 */
import { parseJsonNumbers } from '../rules/json-numbers';
import { compactState, stateFromJson, type DecodeOptions, type DecodeResult } from './state-json';
import { emptyState } from './sheet-states';
import type { WorkbookState } from './types';

export { emptyState, sheetState, withSheetState, withoutSheetState } from './sheet-states';
export { stateFromJson, type DecodeOptions, type DecodeResult } from './state-json';

export const STATE_MARKER = 'Scorelight state';
export const STATE_FORMAT_VERSION = 1;
/** Most characters we put in one cell, prefix included. */
export const MAX_CELL_CHARS = 30_000;
export const CHUNK_PREFIX = 'c';

/** JSON with every non-ASCII code unit escaped: JSON.parse reads it back unchanged. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** FNV-1a 32-bit over UTF-16 code units: cheap, and enough to notice damage (not a security check). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The state as rows of text cells, rectangular so hosts can write it as one range. */
export function encodeState(state: WorkbookState): string[][] {
  const json = asciiJson(compactState(state));
  const size = MAX_CELL_CHARS - CHUNK_PREFIX.length;
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += size) chunks.push(CHUNK_PREFIX + json.slice(i, i + size));
  const header = [
    STATE_MARKER,
    `v${STATE_FORMAT_VERSION}`,
    `chunks ${chunks.length}`,
    `chars ${json.length}`,
    `fnv1a ${fnv1a(json)}`,
  ];
  const pad = header.length - 1;
  return [header, ...chunks.map((c) => [c, ...new Array<string>(pad).fill('')])];
}

function cellString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** Reads "chunks 3" style header fields; undefined when absent. */
function headerField(header: string[], name: string): string | undefined {
  const re = new RegExp(`^${name}\\s*[:=]?\\s*(\\S+)$`, 'i');
  for (const h of header) {
    const m = re.exec(h.trim());
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The grid back to a state. An empty grid is an empty state. Damage to the envelope (not ours, a
 * newer version, missing or altered chunks, bad JSON) is an error; a damaged field inside is dropped
 * with a warning, so one bad entry does not cost the rest. Never throws.
 */
export function decodeState(grid: unknown[][], options: DecodeOptions = {}): DecodeResult {
  try {
    return decodeGrid(grid, options);
  } catch (e) {
    // Defensive only: decodeGrid checks what it reads; a throw here is a bug, reported not raised.
    return {
      ok: false,
      error: `The saved Scorelight state could not be read: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

function decodeGrid(grid: unknown[][], options: DecodeOptions): DecodeResult {
  if (!Array.isArray(grid)) return { ok: false, error: 'The saved Scorelight state is not a grid of cells.' };
  const rows = grid.map((r) => (Array.isArray(r) ? r.map(cellString) : []));
  const top = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (top < 0) return { ok: true, state: emptyState(), warnings: [] };
  const col = rows[top].findIndex((c) => c.trim() !== '');
  const header = rows[top].slice(col).map((c) => c.trim());
  if (header[0].toLowerCase() !== STATE_MARKER.toLowerCase()) {
    return {
      ok: false,
      error: `The ${JSON.stringify(header[0].slice(0, 40))} sheet content is not a Scorelight state (its first cell should read "${STATE_MARKER}").`,
    };
  }
  const version = /^v(\d+)$/i.exec(header[1] ?? '');
  if (!version) return { ok: false, error: 'The saved Scorelight state has no format version.' };
  if (Number(version[1]) !== STATE_FORMAT_VERSION) {
    return {
      ok: false,
      error: `The saved Scorelight state is format v${version[1]}; this version of Scorelight reads v${STATE_FORMAT_VERSION}. Update Scorelight.`,
    };
  }

  const declared = headerField(header, 'chunks');
  const expected = declared === undefined ? undefined : Number(declared);
  const chunks: string[] = [];
  for (let r = top + 1; r < rows.length; r++) {
    const c = rows[r][col] ?? '';
    if (c === '') {
      if (expected === undefined) break;
      continue;
    }
    if (!c.startsWith(CHUNK_PREFIX))
      return { ok: false, error: `The saved Scorelight state is damaged: row ${r + 1} is not one of its chunks.` };
    chunks.push(c.slice(CHUNK_PREFIX.length));
  }
  if (expected !== undefined && chunks.length !== expected) {
    return {
      ok: false,
      error: `The saved Scorelight state is incomplete: ${chunks.length} of ${declared} chunks found.`,
    };
  }
  const json = chunks.join('');
  const chars = headerField(header, 'chars');
  if (chars !== undefined && Number(chars) !== json.length) {
    return {
      ok: false,
      error: `The saved Scorelight state is damaged: ${json.length} characters where ${chars} were written.`,
    };
  }
  const sum = headerField(header, 'fnv1a');
  if (sum !== undefined && sum.toLowerCase() !== fnv1a(json)) {
    return {
      ok: false,
      error: 'The saved Scorelight state is damaged: its checksum does not match (was the hidden sheet edited?).',
    };
  }
  if (json === '') return { ok: true, state: emptyState(), warnings: [] };
  let parsed: unknown;
  try {
    // Numbers as written: 1e309 in saved rules is named as such, never read as Infinity.
    parsed = parseJsonNumbers(json);
  } catch (e) {
    return {
      ok: false,
      error: `The saved Scorelight state is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return stateFromJson(parsed, options);
}
