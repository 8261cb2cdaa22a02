/**
 * Parts of an .xlsx that ExcelJS does not carry through a read and write: a scored copy saved by
 * the CLI or the preview would silently lose them. We list the zip's entry names (no unzipping,
 * no dependency: the central directory holds every name) and say what would be lost, so the user
 * can score that workbook in Excel with the add-in instead.
 */

/** Entry-name prefixes ExcelJS 4 drops, with the words a user knows them by. */
const DROPPED: [prefix: string, what: string][] = [
  ['xl/charts/', 'charts'],
  ['xl/chartsheets/', 'chart sheets'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/pivotCache/', 'pivot tables'],
  ['xl/slicers/', 'slicers'],
  ['xl/slicerCaches/', 'slicers'],
  ['xl/timelines/', 'timelines'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/threadedComments/', 'threaded comments'],
  ['xl/externalLinks/', 'links to other workbooks'],
  ['xl/ctrlProps/', 'form controls'],
  ['xl/activeX/', 'ActiveX controls'],
  ['xl/embeddings/', 'embedded objects'],
];

const CENTRAL_HEADER = 0x02014b50;

/** Names of the entries in a zip archive, read from its central directory; [] if it is not one. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + up to 65,535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** What a save through ExcelJS would lose from this workbook ("charts", "pivot tables"), each once. */
export function unsupportedParts(bytes: Uint8Array): string[] {
  const found = new Set<string>();
  for (const name of zipEntryNames(bytes)) {
    for (const [prefix, what] of DROPPED) if (name.startsWith(prefix)) found.add(what);
  }
  return [...found];
}
