/**
 * Test helper: edit one part of an .xlsx package, to write what ExcelJS never writes but other
 * tools do (inline strings, text-valued formulas, ISO date cells, values in covered merged cells).
 */
import JSZip from 'jszip';

/** The package with `part` replaced by `edit(part text)`. */
export async function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  const before = await file.async('string');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${part}`);
  zip.file(part, after);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The text of one part of a package. */
export async function partText(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async('string');
}
