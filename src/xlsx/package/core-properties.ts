/**
 * The document title and language a board summary needs (Excel's Accessibility Checker, WCAG),
 * filled into docProps/core.xml only where the user's file has none. Every other byte of the part is
 * kept: the missing elements are spliced in (see Splicer), and a title or language the user gave is
 * never changed.
 */
import { localName, scanXml, Splicer } from './xml-scan';
import { attrsXml, escapeText } from './xml-text';

export const CORE_PROPERTIES_REL_TYPE =
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
export const CORE_PROPERTIES_CONTENT_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';
const CP_NS = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

export interface DocumentInfo {
  title: string;
  language: string;
}

/** A new core properties part holding just the title and language. */
export function newCorePropertiesXml(info: DocumentInfo): string {
  const ns: [string, string][] = [
    ['xmlns:cp', CP_NS],
    ['xmlns:dc', DC_NS],
    ['xmlns:dcterms', 'http://purl.org/dc/terms/'],
    ['xmlns:dcmitype', 'http://purl.org/dc/dcmitype/'],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<cp:coreProperties${attrsXml(ns)}>` +
    `<dc:title>${escapeText(info.title)}</dc:title><dc:language>${escapeText(info.language)}</dc:language>` +
    '</cp:coreProperties>'
  );
}

interface Found {
  /** The element's qualified name as written. */
  name: string;
  start: number;
  end: number;
  text: string;
  hasChildren: boolean;
}

/**
 * `xml` with an empty or missing dc:title and dc:language filled from `info`; the same string when
 * both are there. Only Dublin Core elements directly under the root count (the part's schema).
 */
export function fillCoreProperties(xml: string, info: DocumentInfo): string {
  // Namespace prefixes in scope, innermost last (a prefix may be declared on the element itself).
  const scopes: Map<string, string>[] = [];
  const nsOf = (prefix: string): string | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i].get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  };
  let root: { name: string; start: number; end: number; selfClosing: boolean; closeStart: number } | undefined;
  let dcPrefix: string | undefined;
  const found = new Map<string, Found[]>();
  let current: (Found & { local: string }) | undefined;
  let depth = 0;
  scanXml(xml, {
    open(tag) {
      depth++;
      const scope = new Map<string, string>();
      for (const [name, value] of Object.entries(tag.attrs)) {
        if (name === 'xmlns') scope.set('', value);
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      }
      scopes.push(scope);
      if (depth === 1) {
        root = { name: tag.name, start: tag.start, end: tag.end, selfClosing: tag.selfClosing, closeStart: -1 };
        for (const [prefix, uri] of scope) if (uri === DC_NS && prefix !== '') dcPrefix ??= prefix;
      } else if (depth === 2) {
        const colon = tag.name.indexOf(':');
        const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
        if (nsOf(prefix) === DC_NS)
          current = {
            name: tag.name,
            local: localName(tag.name),
            start: tag.start,
            end: tag.end,
            text: '',
            hasChildren: false,
          };
      } else if (current) current.hasChildren = true;
    },
    text(text) {
      if (current && depth === 2) current.text += text;
    },
    close(name, end) {
      if (depth === 1 && root && !root.selfClosing) root.closeStart = end - name.length - 3;
      if (depth === 2 && current) {
        current.end = end;
        const list = found.get(current.local) ?? [];
        list.push(current);
        found.set(current.local, list);
        current = undefined;
      }
      scopes.pop();
      depth--;
    },
  });
  if (!root) throw new Error('empty part');

  const out = new Splicer(xml);
  const append: string[] = [];
  const fill = (local: string, value: string): void => {
    const list = found.get(local) ?? [];
    // A user's value is kept; only an empty element (or none) is filled.
    if (list.some((f) => f.hasChildren || f.text.trim() !== '')) return;
    const first = list[0];
    if (first) {
      out.replace(first.start, first.end, `<${first.name}>${escapeText(value)}</${first.name}>`);
      return;
    }
    const name = `${dcPrefix ?? 'dc'}:${local}`;
    const decl = dcPrefix === undefined ? attrsXml([['xmlns:dc', DC_NS]]) : '';
    append.push(`<${name}${decl}>${escapeText(value)}</${name}>`);
  };
  fill('title', info.title);
  fill('language', info.language);
  if (append.length > 0) {
    if (root.selfClosing) out.replace(root.end - 2, root.end, `>${append.join('')}</${root.name}>`);
    else out.insert(root.closeStart, append.join(''));
  }
  return out.changed ? out.toString() : xml;
}
