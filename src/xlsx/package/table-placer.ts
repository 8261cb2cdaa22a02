/**
 * Putting a grafted summary's tables into the user's package. Each table part is stored under a
 * name free in the package, with an id and a name no other table in the workbook has (nor a
 * defined name: they share Excel's namespace), and the sheet's relationships point at it. A summary
 * we replace loses its old tables first (parts, and their relationships), so re-scoring leaves no
 * orphan tables behind and the new ones can take the old names. The user's own tables are read,
 * never written.
 */
import { uniqueTableName } from '../../core/summary/tables';
import type { GraftedSheet } from './graft-sheet';
import {
  nextFreeName,
  type PartNames,
  parseRelationships,
  REL_TYPE,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  type SheetEntry,
} from './package-parts';
import { definedNameNames, renameRelIds, retagTable, tableInfo } from './table-parts';
import { attr, childElements, isElement, localName, parseTree, serializeTree, type XmlElement } from './xml-scan';

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface TablePlacerInput {
  read(name: string): Promise<string | undefined>;
  /** Folder of the workbook part, with its "/" ("xl/"). */
  workbookDir: string;
  workbookXml: string;
  sheets: SheetEntry[];
  /** Sheet parts whose content is being replaced by a grafted sheet. */
  replaced: Set<string>;
  /** The package's entry names: parts removed are taken out, parts added are put in. */
  entryNames: PartNames;
}

export interface PlacedSheet {
  /** The sheet part, its relationship ids renumbered for its new relationships part. */
  xml: string;
  /** The sheet's relationships part, or undefined when it has none. */
  rels: string | undefined;
  /** New table parts: entry name -> text. */
  parts: Map<string, string>;
}

export class TablePlacer {
  /** Parts deleted: the tables of replaced summaries (and their relationships parts). */
  readonly removed: string[] = [];
  /** Table parts added. */
  readonly added: string[] = [];
  private readonly ids = new Set<number>();
  private readonly names: string[] = [];
  /** Relationships part text of each replaced sheet that had one. */
  private readonly oldRels = new Map<string, string>();

  private constructor(private readonly input: TablePlacerInput) {}

  static async create(input: TablePlacerInput): Promise<TablePlacer> {
    const placer = new TablePlacer(input);
    placer.names.push(...definedNameNames(input.workbookXml));
    for (const sheet of input.sheets) {
      if (!sheet.part) continue;
      const relsPath = relsPathOf(sheet.part);
      const relsXml = await input.read(relsPath);
      if (relsXml === undefined) continue;
      const replaced = input.replaced.has(sheet.part);
      if (replaced) placer.oldRels.set(sheet.part, relsXml);
      for (const rel of parseRelationships(relsXml)) {
        if (rel.external || !rel.type.endsWith('/table')) continue;
        const part = resolveTarget(sheet.part, rel.target);
        if (replaced) {
          for (const name of [part, relsPathOf(part)]) if (input.entryNames.delete(name)) placer.removed.push(name);
          continue;
        }
        const xml = await input.read(part);
        if (xml === undefined) continue;
        const info = tableInfo(xml);
        placer.ids.add(info.id);
        placer.names.push(info.name, info.displayName);
      }
    }
    return placer;
  }

  private uniqueName(name: string): string {
    const unique = uniqueTableName(name, this.names);
    this.names.push(unique);
    return unique;
  }

  private nextId(): number {
    let id = 1;
    while (this.ids.has(id)) id++;
    this.ids.add(id);
    return id;
  }

  /** The grafted sheet `g` stored at `sheetPart`: its tables placed, its relationships written. */
  async place(sheetPart: string, g: GraftedSheet): Promise<PlacedSheet> {
    const old = this.oldRels.get(sheetPart);
    const tree = old === undefined ? undefined : parseTree(old);
    // Relationships of a replaced sheet other than its tables are kept, as before tables existed.
    const before = tree?.root.children.length;
    if (tree)
      tree.root.children = tree.root.children.filter(
        (c) => !isElement(c) || localName(c.name) !== 'Relationship' || !(attr(c, 'Type') ?? '').endsWith('/table'),
      );
    const dropped = tree !== undefined && tree.root.children.length !== before;
    const prefix = tree && tree.root.name.includes(':') ? tree.root.name.slice(0, tree.root.name.indexOf(':') + 1) : '';
    const relIds = new Set(tree ? childElements(tree.root, 'Relationship').map((r) => attr(r, 'Id') ?? '') : []);
    const ids = new Map<string, string>();
    const added: XmlElement[] = [];
    const parts = new Map<string, string>();
    for (const rel of g.relationships) {
      const id = nextFreeName(relIds, (n) => `rId${n}`);
      ids.set(rel.id, id);
      if (rel.kind === 'external') {
        added.push({
          name: `${prefix}Relationship`,
          attrs: [
            ['Id', id],
            ['Type', rel.type],
            ['Target', rel.target],
            ['TargetMode', 'External'],
          ],
          children: [],
        });
        continue;
      }
      const info = tableInfo(rel.xml);
      const name = this.uniqueName(info.name);
      const displayName = info.displayName === info.name ? name : this.uniqueName(info.displayName);
      const part = nextFreeName(this.input.entryNames, (n) => `${this.input.workbookDir}tables/table${n}.xml`);
      parts.set(part, retagTable(rel.xml, { id: this.nextId(), name, displayName }));
      this.added.push(part);
      added.push({
        name: `${prefix}Relationship`,
        attrs: [
          ['Id', id],
          ['Type', REL_TYPE.table],
          ['Target', relativeTarget(sheetPart, part)],
        ],
        children: [],
      });
    }
    const xml = ids.size > 0 ? renameRelIds(g.xml, ids) : g.xml;
    let rels: string | undefined;
    if (tree && !dropped && added.length === 0) rels = old;
    else if (tree) {
      tree.root.children.push(...added);
      rels = childElements(tree.root, 'Relationship').length > 0 ? serializeTree(tree) : undefined;
    } else if (added.length > 0) {
      rels = serializeTree({
        prolog: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        root: { name: 'Relationships', attrs: [['xmlns', RELS_NS]], children: added },
      });
    }
    return { xml, rels, parts };
  }
}
