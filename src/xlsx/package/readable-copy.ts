/**
 * Workbooks from other tools that ExcelJS cannot read whole. openpyxl, for one, writes drawing XML
 * without the `xdr:` prefix (valid, but ExcelJS fails with "reading 'anchors'"). Scorelight only
 * needs the cells, and the package writer copies drawings byte for byte, so ExcelJS is given a
 * copy for reading in which the drawings are empty. The user's file is not changed.
 */
import JSZip from 'jszip';
import { localName, scanXml, Splicer } from './xml-scan';

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

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * A part whose SpreadsheetML elements carry a prefix (`<x:worksheet xmlns:x=...>`, as the Open XML
 * SDK writes for Power BI exports) rewritten with the default namespace: ExcelJS matches element
 * names as written and would find no cells. Undefined when the part has no such prefix.
 */
function unprefixed(xml: string): string | undefined {
  let prefix: string | undefined;
  let rootNameEnd = -1;
  const out = new Splicer(xml);
  try {
    scanXml(xml, {
      open(tag) {
        if (rootNameEnd < 0) {
          rootNameEnd = tag.start + 1 + tag.name.length;
          const colon = tag.name.indexOf(':');
          const p = colon < 0 ? '' : tag.name.slice(0, colon);
          if (!p || tag.attrs[`xmlns:${p}`] !== MAIN_NS || tag.attrs.xmlns !== undefined) throw new Error('skip');
          prefix = p;
          out.insert(rootNameEnd, ` xmlns="${MAIN_NS}"`);
        }
        if (prefix && tag.name.startsWith(`${prefix}:`)) out.replace(tag.start + 1, tag.start + 2 + prefix.length, '');
      },
      close(name, end) {
        if (!prefix || !name.startsWith(`${prefix}:`)) return;
        const at = end - name.length - 1;
        // Not for an empty element: its "/>" has no name to rename.
        if (xml.startsWith(`</${name}`, at - 2)) out.replace(at, at + prefix.length + 1, '');
      },
    });
  } catch {
    return undefined;
  }
  return prefix ? out.toString() : undefined;
}

/** A copy of the package with prefixed SpreadsheetML parts made plain; also the parts changed. */
export async function withPlainNames(bytes: Uint8Array): Promise<{ bytes: Uint8Array; changed: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const changed: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!name.startsWith('xl/') || !name.endsWith('.xml')) continue;
    const xml = await zip.file(name)?.async('string');
    const plain = xml === undefined ? undefined : unprefixed(xml);
    if (plain === undefined) continue;
    zip.file(name, plain);
    changed.push(name);
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }), changed };
}
