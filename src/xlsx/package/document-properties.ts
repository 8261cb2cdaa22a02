/**
 * The document's own properties when Scorelight adds sheets: docProps/core.xml gets a title and a
 * language where the user's file has none (a board summary needs both, issue 16), and
 * docProps/app.xml lists the new sheets' titles (file browsers and SharePoint read it). Both are
 * spliced so every other byte stays; a title or language the user gave is never changed.
 */
import { addSheetTitles } from './app-properties';
import {
  CORE_PROPERTIES_CONTENT_TYPE,
  CORE_PROPERTIES_REL_TYPE,
  fillCoreProperties,
  newCorePropertiesXml,
} from './core-properties';
import { contentTypeOverride, nextFreeName, resolveTarget, type PartNames, type Relationship } from './package-parts';
import { appendToRoot } from './workbook-part';
import { startTag } from './xml-text';

/** Reading and writing parts of the package being saved. */
export interface PartAccess {
  read(name: string): Promise<string | undefined>;
  put(name: string, text: string): void;
}

/**
 * Fill a missing or empty title and language; a package without core properties gets the part, its
 * content type (pushed onto `newTypes`) and its package relationship. Nothing when the package has
 * no relationships part of its own (there is nothing to point at new properties from).
 */
export async function fillDocumentInfo(
  parts: PartAccess,
  document: { title: string; language: string },
  root: { xml: string | undefined; rels: Relationship[] },
  entryNames: PartNames,
  newTypes: string[],
): Promise<void> {
  if (root.xml === undefined) return;
  const coreRel = root.rels.find((r) => r.type === CORE_PROPERTIES_REL_TYPE && !r.external);
  if (coreRel) {
    const corePath = resolveTarget('', coreRel.target);
    const xml = await parts.read(corePath);
    // A relationship to a missing part is left as it is: its content type may be declared already.
    if (xml !== undefined) {
      const filled = fillCoreProperties(xml, document);
      if (filled !== xml) parts.put(corePath, filled);
    }
    return;
  }
  const corePath = nextFreeName(entryNames, (n) => `docProps/core${n === 1 ? '' : n}.xml`);
  parts.put(corePath, newCorePropertiesXml(document));
  newTypes.push(contentTypeOverride(corePath, CORE_PROPERTIES_CONTENT_TYPE));
  const rootIds = new Set(root.rels.map((r) => r.id));
  const rel = startTag(
    'Relationship',
    [
      ['Id', nextFreeName(rootIds, (n) => `rId${n}`)],
      ['Type', CORE_PROPERTIES_REL_TYPE],
      ['Target', corePath],
    ],
    true,
  );
  parts.put('_rels/.rels', appendToRoot(root.xml, [rel]));
}

/**
 * Add the new sheets to app.xml's list of titles, each after the sheet before it in the final tab
 * order (`finalNames`: every sheet's name by its final position).
 */
export async function listSheetTitles(
  parts: PartAccess,
  rootRels: Relationship[],
  added: { name: string; at: number }[],
  finalNames: string[],
): Promise<void> {
  if (added.length === 0) return;
  const appRel = rootRels.find((r) => r.type.endsWith('/extended-properties') && !r.external);
  const appPath = appRel ? resolveTarget('', appRel.target) : undefined;
  const appXml = appPath ? await parts.read(appPath) : undefined;
  if (!appPath || appXml === undefined) return;
  const inOrder = [...added]
    .sort((x, y) => x.at - y.at)
    .map(({ name, at }) => ({ name, afterTitle: at > 0 ? finalNames[at - 1] : undefined }));
  const titled = addSheetTitles(appXml, inOrder);
  if (titled !== appXml) parts.put(appPath, titled);
}
