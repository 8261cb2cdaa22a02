/**
 * The namespace check Excel's parser makes and our own reader does not: every part of a package
 * parsed with namespaces on (an undeclared prefix is an error), and the elements of the package's
 * own parts and of a sheet's cell data in the namespace their parent is in (an unprefixed
 * <Override> under <ct:Types> is in no namespace, so its part has no content type).
 */
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

const OPC_CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const OPC_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Elements whose children must all be in their own namespace (by local name of the parent). */
const SAME_NAMESPACE_AS_PARENT = new Set(['Types', 'Relationships', 'sheetData', 'row', 'c', 'is', 'sheets']);

/** One sentence per problem ("xl/workbook.xml: 1:591: unbound namespace prefix: "r"."); empty when none. */
export function partNamespaceErrors(name: string, xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: { local: string; uri: string }[] = [];
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    if (parent && SAME_NAMESPACE_AS_PARENT.has(parent.local) && tag.uri !== parent.uri)
      errors.push(`${name}: <${tag.name}> is in namespace "${tag.uri}", not its parent's "${parent.uri}"`);
    if (!parent && name === '[Content_Types].xml' && tag.uri !== OPC_CT)
      errors.push(`${name}: root not in the content-types namespace`);
    if (!parent && name.endsWith('.rels') && tag.uri !== OPC_RELS)
      errors.push(`${name}: root not in the relationships namespace`);
    stack.push({ local: tag.local, uri: tag.uri });
  });
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(xml).close();
  } catch (err) {
    errors.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return errors;
}

/**
 * An entry's text, inflated by zlib when JSZip refuses it (a package whose local headers misstate
 * sizes, as the hostile tests build: the reader inflates with zlib too).
 */
async function textOf(entry: JSZip.JSZipObject): Promise<string> {
  try {
    return await entry.async('string');
  } catch {
    const data = (entry as unknown as { _data: { compressedContent: Uint8Array; compression?: { magic?: string } } })
      ._data;
    const stored = data.compression?.magic === '\x00\x00';
    return (stored ? Buffer.from(data.compressedContent) : zlib.inflateRawSync(data.compressedContent)).toString(
      'utf8',
    );
  }
}

/**
 * Every XML part of the package checked; also part names equal but for case. With `base` (the
 * input), a part kept exactly as it was there is not ours to answer for (a damaged part the
 * writer left alone).
 */
export async function packageNamespaceErrors(bytes: Uint8Array, base?: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const before = base ? await JSZip.loadAsync(base).catch(() => undefined) : undefined;
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const lower = entry.name.toLowerCase();
    const other = seen.get(lower);
    if (other !== undefined) errors.push(`${entry.name}: the same part name as ${other} (part names ignore case)`);
    seen.set(lower, entry.name);
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue;
    const text = await textOf(entry);
    const old = before?.file(entry.name);
    if (old && (await textOf(old)) === text) continue;
    errors.push(...partNamespaceErrors(entry.name, text));
  }
  return errors;
}
