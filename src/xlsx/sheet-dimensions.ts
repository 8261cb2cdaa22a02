/**
 * Sizes a workbook before it is loaded: ExcelJS builds the whole workbook in memory (about 2 KB per
 * cell at its peak in the CLI), so a sheet of a million rows, or a zip whose parts inflate to
 * gigabytes, would abort Node with a native out-of-memory stack. Here every part is inflated as a
 * stream (never held whole) and the cells of each worksheet are counted as they pass; reading
 * stops at the first limit passed, and the caller refuses the file with one sentence.
 *
 * Cells are counted from the `<c>` elements themselves: a sheet's `<dimension ref>` may be missing
 * or wrong, and a sheet formatted down to row 1,048,576 claims the whole grid while holding little.
 */
import JSZip from 'jszip';

export interface SizeLimits {
  /** Cells in all worksheets together. */
  cells: number;
  /** Bytes all parts inflate to together. */
  inflatedBytes: number;
}

/**
 * About 3.3 GB at ExcelJS's peak, under Node's default heap of about 4 GB on a 64-bit machine; a
 * 50,000-indicator register of 15 columns is 750,000 cells, 31 MB of XML unpacked.
 */
export const DEFAULT_LIMITS: SizeLimits = { cells: 1_500_000, inflatedBytes: 256 * 1024 * 1024 };

export interface WorkbookSize {
  cells: number;
  inflatedBytes: number;
  /** The sheet with the most cells (its name where workbook.xml gives it, else its part). */
  largest?: { sheet: string; cells: number };
  /** Set when a limit was passed: what to tell the user, without the file name. */
  problem?: string;
}

const CELL_RE = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;
/** Chars kept from one chunk to the next so a tag cut in two is still seen. */
const CARRY = 32;

function fmt(n: number): string {
  return n.toLocaleString('en-GB');
}

/** Worksheet part -> sheet name, from workbook.xml and its relationships (both small; read whole). */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const book = zip.file('xl/workbook.xml');
  const rels = zip.file('xl/_rels/workbook.xml.rels');
  if (!book || !rels) return names;
  const [bookXml, relsXml] = await Promise.all([book.async('string'), rels.async('string')]);
  if (bookXml.length > 4_000_000 || relsXml.length > 4_000_000) return names;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of bookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\bid="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, name.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  }
  return names;
}

/** Inflate one part as a stream, counting bytes (and cells for a worksheet); stops when `stop()` says so. */
function scanPart(
  file: JSZip.JSZipObject,
  countCells: boolean,
  onChunk: (bytes: number, cells: number) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    let carry = '';
    let done = false;
    const finish = (err?: unknown): void => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve();
    };
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      let cells = 0;
      if (countCells) {
        // latin1 keeps one char per byte: tags are ASCII, and no UTF-8 byte of a character is "<".
        const text = carry + chunk.toString('latin1');
        for (const m of text.matchAll(CELL_RE)) if (m.index + m[0].length > carry.length) cells++;
        carry = text.slice(-CARRY);
      }
      if (!onChunk(chunk.length, cells)) {
        (stream as unknown as { destroy?: () => void }).destroy?.();
        finish();
      }
    });
    stream.on('end', () => finish());
    stream.on('error', (err) => finish(err));
  });
}

/**
 * The workbook's size, read part by part without loading it. Undefined when the bytes are not a zip
 * JSZip can read (the loader then says what is wrong).
 */
export async function measureWorkbook(
  bytes: Uint8Array,
  limits: SizeLimits = DEFAULT_LIMITS,
): Promise<WorkbookSize | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
  const names = await sheetNames(zip).catch(() => new Map<string, string>());
  const size: WorkbookSize = { cells: 0, inflatedBytes: 0 };
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const worksheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(file.name);
    let partCells = 0;
    await scanPart(file, worksheet, (bytesIn, cells) => {
      size.inflatedBytes += bytesIn;
      size.cells += cells;
      partCells += cells;
      if (size.inflatedBytes > limits.inflatedBytes) {
        size.problem = `unpacks to more than ${fmt(Math.round(limits.inflatedBytes / 1024 / 1024))} MB (it may be a zip bomb, or far larger than a KPI workbook); Scorelight did not open it.`;
        return false;
      }
      if (size.cells > limits.cells) return false;
      return true;
    });
    if (worksheet && (!size.largest || partCells > size.largest.cells))
      size.largest = { sheet: names.get(file.name) ?? file.name, cells: partCells };
    if (size.problem) return size;
    if (size.cells > limits.cells) {
      // Counting stopped at the limit: the sheet holds at least that many, maybe far more.
      const largest = size.largest;
      const alone =
        largest && largest.cells > limits.cells ? `more than ${fmt(limits.cells)}` : fmt(largest?.cells ?? 0);
      const where = largest ? ` (sheet "${largest.sheet}" alone has ${alone})` : '';
      size.problem = `has more than ${fmt(limits.cells)} cells${where}, more than Scorelight can load at once; split it, or delete unused rows and columns, and score again.`;
      return size;
    }
  }
  return size;
}
