/**
 * What every hostile case must satisfy, whatever it is: the input file unchanged; either a scored
 * copy that parses with namespaces on and keeps every cell of the user's that Scorelight does not
 * own, or a refusal of one plain sentence (no stack trace, no library's words); and a bounded time.
 */
import JSZip from 'jszip';
import { openBook } from '../../src/xlsx/book/read-book';
import { readZipDirectory } from '../../src/xlsx/package/zip-directory';
import { isStateSheet, readState } from '../../src/xlsx/state-sheet';
import type { Book } from '../../src/xlsx/book/book';
import { packageNamespaceErrors } from '../xlsx/support/namespaces';

export interface FuzzRun {
  code: number;
  stderr: string;
  ms: number;
  inputBefore: Uint8Array;
  inputAfter: Uint8Array;
  /** The scored copy, when one was written. */
  output?: Uint8Array;
  /** The case must end in a refusal (an entry named to land outside the package, say). */
  mustRefuse?: boolean;
}

/** Words from inside libraries that must never reach a user. */
const LIBRARY_WORDS =
  /Corrupted zip|End of data reached|compression .* unknown|Maximum call stack|Cannot read propert|undefined|ENOENT|EISDIR|\bat .*\(.*:\d+:\d+\)/;

/** Headers of the columns Scorelight adds. */
const OUR_HEADERS = new Set(['Status', 'Trend', 'Variance', 'RAG status', 'Direction of travel']);

function cells(book: Book): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const ws of book.sheets) {
    const m = new Map<string, unknown>();
    for (const [r, line] of ws.rows)
      for (const [c, cell] of line) if (cell.value !== '') m.set(`${r}:${c}`, cell.value);
    out.set(ws.name, m);
  }
  return out;
}

/** A1 of 0-based row and column. */
function a1(r: number, c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
}

/**
 * Entries whose content the scoring did not change must be the input's records byte for byte
 * (local header, data, descriptor), and no folder entry may be added or dropped.
 */
async function recordsKept(input: Uint8Array, output: Uint8Array): Promise<string[]> {
  const before = readZipDirectory(input).records;
  const after = new Map(readZipDirectory(output).records.map((r) => [r.rawName, r]));
  const problems: string[] = [];
  const inZip = await JSZip.loadAsync(input);
  const outZip = await JSZip.loadAsync(output);
  for (const r of before) {
    const kept = after.get(r.rawName);
    if (!kept) {
      if (r.dir) problems.push(`the folder entry ${r.rawName} was dropped`);
      continue;
    }
    const a = input.subarray(r.localStart, r.localEnd);
    const b = output.subarray(kept.localStart, kept.localEnd);
    if (Buffer.from(a).equals(Buffer.from(b))) continue;
    if (r.dir) {
      problems.push(`the folder entry ${r.rawName} changed`);
      continue;
    }
    const was = await inZip.file(r.key)?.async('string');
    const now = await outZip.file(r.key)?.async('string');
    if (was === now) problems.push(`${r.rawName} holds the same content but not the same bytes`);
  }
  const folders = new Set(before.filter((r) => r.dir).map((r) => r.rawName));
  for (const name of after.keys())
    if (name.endsWith('/') && !folders.has(name)) problems.push(`folder entry ${name} added`);
  return problems;
}

/** One sentence per broken invariant; empty when the case passed. */
export async function checkRun(run: FuzzRun, maxMs: number): Promise<string[]> {
  const problems: string[] = [];
  if (Buffer.compare(Buffer.from(run.inputBefore), Buffer.from(run.inputAfter)) !== 0)
    problems.push('the input file changed');
  if (run.ms > maxMs) problems.push(`took ${Math.round(run.ms)} ms (more than ${maxMs})`);
  if (run.mustRefuse && run.code === 0) problems.push('was scored, where it must be refused');
  if (run.mustRefuse && run.output) problems.push('a refused case wrote a scored copy');
  if (run.code !== 0) {
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    if (lines.length !== 1) problems.push(`refusal of ${lines.length} lines: ${run.stderr.slice(0, 200)}`);
    if (LIBRARY_WORDS.test(run.stderr)) problems.push(`a library's words in the refusal: ${run.stderr.trim()}`);
    return problems;
  }
  if (!run.output) return problems; // no KPI table found: nothing written, nothing to check
  problems.push(...(await packageNamespaceErrors(run.output, run.inputBefore)));
  problems.push(...(await recordsKept(run.inputBefore, run.output)));
  const before = await openBook(run.inputBefore);
  const after = await openBook(run.output);
  // Only what the scored copy's state claims may differ: a claim in the input's state (forged, it
  // may be) never excuses a user's cell that changed.
  const owned = new Map<string, Set<string>>();
  for (const [name, s] of Object.entries(readState(after).sheets)) owned.set(name, new Set(s.owned));
  const afterCells = cells(after);
  for (const [sheet, m] of cells(before)) {
    if (/^scorelight_state$/i.test(sheet) && !after.sheets.some((s) => s.name === sheet)) continue;
    // Our own state sheet (named ours, holding our marker) is ours to rewrite.
    const was = before.sheets.find((s) => s.name === sheet);
    if (was && isStateSheet(was)) continue;
    const now = afterCells.get(sheet);
    if (!now) {
      problems.push(`the sheet "${sheet}" is gone`);
      continue;
    }
    for (const [key, value] of m) {
      const [r, c] = key.split(':').map(Number);
      if (now.get(key) === value) continue;
      const ref = a1(r, c);
      if (owned.get(sheet)?.has(ref)) continue;
      if (typeof value === 'string' && OUR_HEADERS.has(value)) continue;
      problems.push(`${sheet}!${ref} changed from ${JSON.stringify(value)} to ${JSON.stringify(now.get(key) ?? '')}`);
      if (problems.length > 5) return problems;
    }
  }
  return problems;
}
