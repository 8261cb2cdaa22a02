/**
 * Workbooks from other tools that ExcelJS cannot read whole. openpyxl, for one, writes drawing XML
 * without the `xdr:` prefix (valid, but ExcelJS fails with "reading 'anchors'"). Scorelight only
 * needs the cells, and the package writer copies drawings byte for byte, so ExcelJS is given a
 * copy for reading in which the drawings are empty. The user's file is not changed.
 */
import JSZip from 'jszip';
import { localName, scanXml } from './xml-scan';

const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>';

/** True when the part is a drawing part (its root element is a spreadsheet drawing). */
function isDrawing(xml: string): boolean {
  let root = '';
  try {
    scanXml(xml, {
      open(tag) {
        if (!root) root = localName(tag.name);
      },
    });
  } catch {
    return true;
  }
  return root === 'wsDr';
}

/** A copy of the package whose drawing parts are empty, and the drawing parts emptied. */
export async function withoutDrawings(bytes: Uint8Array): Promise<{ bytes: Uint8Array; emptied: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const emptied: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!name.startsWith('xl/drawings/') || !name.endsWith('.xml') || name.includes('/_rels/')) continue;
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined || !isDrawing(xml)) continue;
    zip.file(name, EMPTY_DRAWING);
    emptied.push(name);
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }), emptied };
}
