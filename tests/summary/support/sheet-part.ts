/**
 * A worksheet's part read straight from a saved package, for what ExcelJS 4 does not read back
 * (row breaks). Parsed here with plain regular expressions, independent of the package code under
 * test.
 */
import JSZip from 'jszip';

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The XML of the worksheet named `sheetName` in the package `bytes`. */
export async function sheetPartXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string): Promise<string> => {
    const f = zip.file(name);
    if (!f) throw new Error(`no part ${name}`);
    return f.async('string');
  };
  const workbook = await text('xl/workbook.xml');
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)]
    .map((m) => attrs(m[0]))
    .find((a) => unescape(a.name ?? '') === sheetName);
  if (!sheet) throw new Error(`no sheet "${sheetName}" in xl/workbook.xml`);
  const id = sheet['r:id'] ?? Object.entries(sheet).find(([k]) => k.endsWith(':id'))?.[1];
  const rels = await text('xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map((m) => attrs(m[0])).find((a) => a.Id === id);
  if (!rel) throw new Error(`no relationship ${id} for sheet "${sheetName}"`);
  const target = rel.Target.startsWith('/') ? rel.Target.slice(1) : `xl/${rel.Target}`;
  return text(target.replace(/[^/]+\/\.\.\//g, ''));
}

/** Row break ids (the row a break falls below, 1-based) as written in a worksheet part. */
export function rowBreakIds(sheetXml: string): number[] {
  const rowBreaks = /<(?:\w+:)?rowBreaks\b[^>]*>([\s\S]*?)<\/(?:\w+:)?rowBreaks>/.exec(sheetXml);
  if (!rowBreaks) return [];
  return [...rowBreaks[1].matchAll(/<(?:\w+:)?brk\s[^>]*>/g)].map((m) => Number(attrs(m[0]).id));
}
