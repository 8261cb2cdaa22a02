/**
 * Sheets Scorelight builds whole (board summaries) are laid out by ExcelJS in a scratch workbook
 * holding only them, then grafted into the user's package: each cell's format is copied into the
 * user's style sheet (appended, see StylesPart.importXf) and its shared string becomes an inline
 * one, so the user's sharedStrings.xml is never touched. The sheet's relationships come along:
 * its tables (addTable) as part texts for the caller to store under names free in the user's
 * package, external links as they are.
 */
import JSZip from 'jszip';
import type { Workbook, Worksheet } from 'exceljs';
import { localName, scanXml, Splicer } from './xml-scan';
import { escapeText, startTag } from './xml-text';
import { StylesPart } from './styles-part';
import { parseRelationships, REL_TYPE, relsPathOf, resolveTarget } from './package-parts';

export interface GraftedSheet {
  name: string;
  /** The worksheet part, formats already mapped into the target style sheet. */
  xml: string;
  /** Defined names the sheet needs (print titles), with their formula text. */
  definedNames: { name: string; text: string }[];
  /** The relationships `xml` refers to by id (`r:id`), as the scratch package numbered them. */
  relationships: GraftedRelationship[];
}

export type GraftedRelationship =
  | { id: string; kind: 'table'; /** The table part's text. */ xml: string }
  | { id: string; kind: 'external'; type: string; target: string };

/** The relationships of the scratch sheet at `part`: tables with their parts' text, external links. */
async function relationshipsOf(
  part: string,
  text: (name: string) => Promise<string> | undefined,
): Promise<GraftedRelationship[]> {
  const rels = parseRelationships((await text(relsPathOf(part))) ?? '');
  const out: GraftedRelationship[] = [];
  for (const rel of rels) {
    if (rel.external) out.push({ id: rel.id, kind: 'external', type: rel.type, target: rel.target });
    else if (rel.type === REL_TYPE.table) {
      const xml = await text(resolveTarget(part, rel.target));
      if (xml === undefined) throw new Error(`the layout's table part ${rel.target} was not produced`);
      out.push({ id: rel.id, kind: 'table', xml });
    } else
      // A part we do not know how to carry over would leave the sheet pointing at nothing.
      throw new Error(`the layout of a summary refers to a part Scorelight cannot carry over (${rel.type})`);
  }
  return out;
}

/** Shared strings of a scratch package, as plain text (rich runs joined). */
function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let inSi = false;
  let inT = false;
  let current = '';
  scanXml(xml, {
    open(tag) {
      const l = localName(tag.name);
      if (l === 'si') {
        inSi = true;
        current = '';
      } else if (l === 't' && inSi) inT = true;
      // Phonetic runs (rPh) are not part of the text.
      else if (l === 'rPh') inSi = false;
    },
    close(name) {
      const l = localName(name);
      if (l === 't') inT = false;
      else if (l === 'rPh') inSi = true;
      else if (l === 'si') {
        out.push(current);
        inSi = false;
      }
    },
    text(t) {
      if (inSi && inT) current += t;
    },
  });
  return out;
}

/** Rewrites a scratch sheet: every s="" through `mapXf`, shared strings as inline strings. */
function remapSheet(xml: string, strings: string[], mapXf: (xf: number) => number): string {
  const out = new Splicer(xml);
  let cell: { start: number; attrs: Record<string, string>; name: string } | undefined;
  let inV = false;
  let v = '';
  scanXml(xml, {
    open(tag) {
      const l = localName(tag.name);
      if ((l === 'row' || l === 'c') && tag.attrs.s !== undefined) {
        if (l === 'c' && tag.attrs.t === 's' && !tag.selfClosing) {
          cell = { start: tag.start, attrs: tag.attrs, name: tag.name };
          v = '';
          return;
        }
        const attrs = Object.entries(tag.attrs).map(([n, val]): [string, string] => [
          n,
          n === 's' ? String(mapXf(Number(val))) : val,
        ]);
        out.replace(tag.start, tag.end, startTag(tag.name, attrs, tag.selfClosing));
      } else if (l === 'c' && tag.attrs.t === 's' && !tag.selfClosing) {
        cell = { start: tag.start, attrs: tag.attrs, name: tag.name };
        v = '';
      } else if (l === 'col' && tag.attrs.style !== undefined) {
        const attrs = Object.entries(tag.attrs).map(([n, val]): [string, string] => [
          n,
          n === 'style' ? String(mapXf(Number(val))) : val,
        ]);
        out.replace(tag.start, tag.end, startTag(tag.name, attrs, tag.selfClosing));
      } else if (l === 'v' && cell) inV = true;
    },
    text(t) {
      if (inV) v += t;
    },
    close(name, end) {
      const l = localName(name);
      if (l === 'v') inV = false;
      else if (l === 'c' && cell) {
        const prefix = cell.name.slice(0, cell.name.length - 1);
        const attrs = Object.entries(cell.attrs)
          .filter(([n]) => n !== 't')
          .map(([n, val]): [string, string] => [n, n === 's' ? String(mapXf(Number(val))) : val]);
        attrs.push(['t', 'inlineStr']);
        const text = strings[Number(v)] ?? '';
        out.replace(
          cell.start,
          end,
          `${startTag(cell.name, attrs)}<${prefix}is><${prefix}t xml:space="preserve">${escapeText(text)}</${prefix}t></${prefix}is></${cell.name}>`,
        );
        cell = undefined;
      }
    },
  });
  return out.toString();
}

/** The print titles and areas ExcelJS wrote for the scratch sheet at `index`. */
function definedNamesOf(workbookXml: string, index: number): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  let current: { name: string; text: string } | undefined;
  scanXml(workbookXml, {
    open(tag) {
      if (localName(tag.name) === 'definedName' && Number(tag.attrs.localSheetId) === index)
        current = { name: tag.attrs.name ?? '', text: '' };
    },
    text(t) {
      if (current) current.text += t;
    },
    close(name) {
      if (localName(name) === 'definedName' && current) {
        out.push(current);
        current = undefined;
      }
    },
  });
  return out;
}

/** ExcelJS's worksheet model setter reads merges as `mergeCells`, its getter writes `merges`. */
function copySheet(into: Workbook, ws: Worksheet): void {
  const copy = into.addWorksheet(ws.name);
  const model = ws.model as unknown as Record<string, unknown>;
  copy.model = { ...model, mergeCells: model.merges } as unknown as typeof copy.model;
  // Page breaks are not part of the model ExcelJS copies; its typings leave the field out.
  const breaks = ws as unknown as { rowBreaks: unknown[] };
  (copy as unknown as { rowBreaks: unknown[] }).rowBreaks = [...breaks.rowBreaks];
}

/** Lay out `sheets` with ExcelJS and graft them against `styles` (the user's style sheet, appended to). */
export async function graftSheets(
  newWorkbook: () => Workbook,
  sheets: Worksheet[],
  styles: StylesPart,
): Promise<GraftedSheet[]> {
  if (sheets.length === 0) return [];
  const scratch = newWorkbook();
  for (const ws of sheets) copySheet(scratch, ws);
  const bytes = await scratch.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<
    typeof scratch.xlsx.writeBuffer
  >[0]);
  const zip = await JSZip.loadAsync(bytes as ArrayBuffer);
  const text = (name: string) => zip.file(name)?.async('string');
  const scratchStyles = new StylesPart((await text('xl/styles.xml')) ?? undefined);
  const strings = sharedStrings(await text('xl/sharedStrings.xml'));
  const workbookXml = (await text('xl/workbook.xml')) ?? '';
  const memo = new Map<number, number>();
  const mapXf = (xf: number): number => {
    let hit = memo.get(xf);
    if (hit === undefined) {
      hit = styles.importXf(scratchStyles, xf);
      memo.set(xf, hit);
    }
    return hit;
  };
  const out: GraftedSheet[] = [];
  for (let i = 0; i < sheets.length; i++) {
    // ExcelJS names its parts sheet1.xml, sheet2.xml... in the order the sheets were added.
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await text(part);
    if (xml === undefined) throw new Error(`the layout of "${sheets[i].name}" was not produced`);
    out.push({
      name: sheets[i].name,
      xml: remapSheet(xml, strings, mapXf),
      definedNames: definedNamesOf(workbookXml, i),
      relationships: await relationshipsOf(part, text),
    });
  }
  return out;
}
