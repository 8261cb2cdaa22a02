/**
 * Excel tables (`xl/tables/tableN.xml`) in a package we edit: what the workbook's tables are
 * called, a grafted table given a workbook-unique id and name, relationship ids in a sheet
 * renumbered, and content-type overrides dropped for parts we remove. Excel refuses a workbook
 * whose tables share an id, or a name (tables and defined names share one namespace, compared
 * case-insensitively).
 */
import { localName, scanXml, Splicer } from './xml-scan';
import { startTag } from './xml-text';

export const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

export interface TableInfo {
  id: number;
  name: string;
  displayName: string;
}

/** The id, name and display name on a table part's root element. */
export function tableInfo(xml: string): TableInfo {
  let info: TableInfo | undefined;
  scanXml(xml, {
    open(tag) {
      if (info || localName(tag.name) !== 'table') return;
      info = {
        id: Number(tag.attrs.id ?? 0),
        name: tag.attrs.name ?? '',
        displayName: tag.attrs.displayName ?? tag.attrs.name ?? '',
      };
    },
  });
  if (!info) throw new Error('a table part has no table element');
  return info;
}

/** The table part with its root's id, name and displayName set; everything else kept as it was. */
export function retagTable(xml: string, info: TableInfo): string {
  const out = new Splicer(xml);
  let done = false;
  scanXml(xml, {
    open(tag) {
      if (done || localName(tag.name) !== 'table') return;
      done = true;
      const values: Record<string, string> = {
        id: String(info.id),
        name: info.name,
        displayName: info.displayName,
      };
      const attrs = Object.entries(tag.attrs).map(([n, v]): [string, string] => [n, values[n] ?? v]);
      for (const n of Object.keys(values)) if (tag.attrs[n] === undefined) attrs.push([n, values[n]]);
      out.replace(tag.start, tag.end, startTag(tag.name, attrs, tag.selfClosing));
    },
  });
  return out.toString();
}

/** The names of the workbook's defined names (they share a namespace with table names). */
export function definedNameNames(workbookXml: string): string[] {
  const out: string[] = [];
  scanXml(workbookXml, {
    open(tag) {
      if (localName(tag.name) === 'definedName' && tag.attrs.name) out.push(tag.attrs.name);
    },
  });
  return out;
}

/** A sheet part with its relationship ids (`r:id` and the like) renamed through `ids`. */
export function renameRelIds(xml: string, ids: Map<string, string>): string {
  const out = new Splicer(xml);
  scanXml(xml, {
    open(tag) {
      let changed = false;
      const attrs = Object.entries(tag.attrs).map(([n, v]): [string, string] => {
        const to = n.includes(':') && localName(n) === 'id' ? ids.get(v) : undefined;
        if (to === undefined || to === v) return [n, v];
        changed = true;
        return [n, to];
      });
      if (changed) out.replace(tag.start, tag.end, startTag(tag.name, attrs, tag.selfClosing));
    },
  });
  return out.toString();
}

/**
 * [Content_Types].xml without the Override elements of `partNames` (entry names, no leading "/";
 * compared ignoring case, as part names are).
 */
export function removeOverrides(typesXml: string, names: Set<string>): string {
  if (names.size === 0) return typesXml;
  const partNames = new Set([...names].map((n) => n.toLowerCase()));
  const out = new Splicer(typesXml);
  let open: number | undefined;
  let depth = 0;
  scanXml(typesXml, {
    open(tag) {
      depth++;
      if (depth !== 2 || localName(tag.name) !== 'Override') return;
      const name = tag.attrs.PartName ?? '';
      const part = name.startsWith('/') ? name.slice(1) : name;
      if (partNames.has(part.toLowerCase())) open = tag.start;
    },
    close(_name, end) {
      if (depth === 2 && open !== undefined) {
        out.replace(open, end, '');
        open = undefined;
      }
      depth--;
    },
  });
  return out.toString();
}
