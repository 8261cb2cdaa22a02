/**
 * Parts of an .xlsx that ExcelJS does not carry through a read and write: a scored copy saved by
 * the CLI or the preview would silently lose them. We list the zip's entry names (JSZip, which
 * ExcelJS itself uses, reads them without inflating anything) and say what would be lost, so the user
 * can score that workbook in Excel with the add-in instead.
 */
import JSZip from 'jszip';

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

/** Names of the entries in a zip archive; [] if it is not one. JSZip reads the central directory and inflates nothing. */
export async function zipEntryNames(bytes: Uint8Array): Promise<string[]> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return Object.keys(zip.files);
  } catch {
    return [];
  }
}

/** What a save through ExcelJS would lose from this workbook ("charts", "pivot tables"), each once. */
export async function unsupportedParts(bytes: Uint8Array): Promise<string[]> {
  const found = new Set<string>();
  for (const name of await zipEntryNames(bytes)) {
    for (const [prefix, what] of DROPPED) if (name.startsWith(prefix)) found.add(what);
  }
  return [...found];
}

/** The zip entries a save through ExcelJS would drop (charts, pivots, macros...), by name. */
export async function lostEntries(bytes: Uint8Array): Promise<string[]> {
  return (await zipEntryNames(bytes)).filter((name) => DROPPED.some(([prefix]) => name.startsWith(prefix)));
}
