/**
 * Finding our way round an .xlsx package the way the Open Packaging Conventions say: the workbook
 * part from the root relationships, sheets and styles from the workbook's relationships (targets
 * are relative to the part that names them, or absolute), never by guessing file names.
 */
import { localName, scanXml } from './xml-scan';
import { startTag } from './xml-text';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  table: `${REL_NS}/table`,
} as const;
export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it, as a zip entry name (no leading "/"). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The path of `part` relative to the folder of `fromPart` (both entry names, same tree). */
export function relativeTarget(fromPart: string, part: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, {
    open(tag) {
      if (localName(tag.name) !== 'Relationship') return;
      rels.push({
        id: tag.attrs.Id ?? '',
        type: tag.attrs.Type ?? '',
        target: tag.attrs.Target ?? '',
        external: tag.attrs.TargetMode === 'External',
      });
    },
  });
  return rels;
}

/**
 * The package's relationship of this kind ("officeDocument", "worksheet", "styles"): types end in
 * their kind, and transitional and strict OOXML differ only in the namespace before it.
 */
export function ofKind(rels: Relationship[], kind: string): Relationship | undefined {
  return rels.find((r) => !r.external && r.type.endsWith(`/${kind}`));
}

/** The workbook part the package's relationships name, else the name Excel gives it. */
export function workbookPartOf(rootRels: Relationship[]): string {
  const rel = ofKind(rootRels, 'officeDocument');
  return rel ? resolveTarget('', rel.target) : 'xl/workbook.xml';
}

export interface SheetEntry {
  name: string;
  /** Position among the workbook's sheets (localSheetId in defined names). */
  index: number;
  sheetId: number;
  relId: string;
  /** Zip entry name of the part ("xl/worksheets/sheet1.xml"); undefined when the relationship is missing. */
  part?: string;
  /** Worksheet, chart sheet, dialog sheet... by relationship type. */
  relType?: string;
  state?: string;
}

/** The sheets listed in workbook.xml, in tab order, with their parts. */
export function parseSheets(workbookXml: string, workbookPart: string, rels: Relationship[]): SheetEntry[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  scanXml(workbookXml, {
    open(tag) {
      if (localName(tag.name) !== 'sheet') return;
      const relKey = Object.keys(tag.attrs).find((k) => localName(k) === 'id' && k.includes(':'));
      const relId = relKey ? tag.attrs[relKey] : '';
      const rel = byId.get(relId);
      sheets.push({
        name: tag.attrs.name ?? '',
        index: sheets.length,
        sheetId: Number(tag.attrs.sheetId ?? 0),
        relId,
        part: rel && !rel.external ? resolveTarget(workbookPart, rel.target) : undefined,
        relType: rel?.type,
        state: tag.attrs.state,
      });
    },
  });
  return sheets;
}

/** A sheet whose part is a worksheet (not a chart or dialog sheet): the only kind we may rewrite. */
export function isWorksheet(entry: SheetEntry): boolean {
  return entry.part !== undefined && (entry.relType ?? '').endsWith('/worksheet');
}

/**
 * The package's part names, compared as the Open Packaging Conventions compare them: ignoring case
 * ("xl/worksheets/Sheet2.xml" and "xl/worksheets/sheet2.xml" are one part name).
 */
export class PartNames {
  private readonly names = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }

  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }

  add(name: string): this {
    this.names.add(name.toLowerCase());
    return this;
  }

  delete(name: string): boolean {
    return this.names.delete(name.toLowerCase());
  }
}

/** A set of names `nextFreeName` picks from (a Set, or PartNames for part names). */
export interface NameSet {
  has(name: string): boolean;
  add(name: string): unknown;
}

/** The first name `make(1)`, `make(2)`... not in `taken`; it is added to `taken`. */
export function nextFreeName(taken: NameSet, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** The [Content_Types].xml entry declaring a new part's content type. */
export function contentTypeOverride(part: string, contentType: string): string {
  return startTag(
    'Override',
    [
      ['PartName', `/${part}`],
      ['ContentType', contentType],
    ],
    true,
  );
}
