/**
 * Reading package XML with saxes, the streaming parser ExcelJS itself uses: well-formedness is
 * checked, no entity is expanded beyond XML's five, and every event carries its offset in the
 * source text. The offsets let an editor copy everything it does not change verbatim and splice
 * in only what it writes (see Splicer), so a part we edit keeps its other bytes exactly.
 */
import { SaxesParser } from 'saxes';
import { attrsXml, escapeText } from './xml-text';

export interface OpenTag {
  /** Qualified name as written ("c", "x:c", "xdr:wsDr"). */
  name: string;
  attrs: Record<string, string>;
  /** Offset of "<". */
  start: number;
  /** Offset just past the start tag's ">". */
  end: number;
  selfClosing: boolean;
}

export interface ScanHandlers {
  open?(tag: OpenTag): void;
  /** `end` is the offset just past the element (its end tag, or the "/>" of an empty element). */
  close?(name: string, end: number): void;
  text?(text: string): void;
}

/** The local part of a qualified name: "x:row" -> "row". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Parse `xml` from start to end, calling the handlers. Throws on XML that is not well formed. */
export function scanXml(xml: string, handlers: ScanHandlers): void {
  const parser = new SaxesParser({ position: true });
  // No 'opentagstart' listener: with one, saxes reads a sheet at half the speed. The start tag's
  // "<" is found from its end instead: XML allows no "<" inside attribute values.
  parser.on('opentag', (tag) => {
    const end = parser.position;
    handlers.open?.({
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      start: xml.lastIndexOf('<', end - 1),
      end,
      selfClosing: tag.isSelfClosing,
    });
  });
  if (handlers.close) parser.on('closetag', (tag) => handlers.close?.(tag.name, parser.position));
  if (handlers.text) {
    parser.on('text', (t) => handlers.text?.(t));
    parser.on('cdata', (t) => handlers.text?.(t));
  }
  parser.write(xml).close();
}

/** Replacements at offsets of one source text, applied in one pass. */
export class Splicer {
  private readonly edits: { start: number; end: number; text: string; order: number }[] = [];

  constructor(private readonly source: string) {}

  /** Replace source[start, end) with text (start === end inserts). Inserts at one offset keep their order. */
  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  toString(): string {
    const edits = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    const parts: string[] = [];
    let at = 0;
    for (const e of edits) {
      if (e.start < at) throw new Error('overlapping XML edits');
      parts.push(this.source.slice(at, e.start), e.text);
      at = e.end;
    }
    parts.push(this.source.slice(at));
    return parts.join('');
  }
}

/** A small element tree, for parts small enough to hold whole (styles, relationships). */
export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

export function isElement(node: XmlNode): node is XmlElement {
  return (node as XmlElement).name !== undefined;
}

export interface XmlTree {
  /** Everything before the root element (XML declaration), kept as it was. */
  prolog: string;
  root: XmlElement;
}

export function parseTree(xml: string): XmlTree {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let prologEnd = 0;
  scanXml(xml, {
    open(tag) {
      const el: XmlElement = { name: tag.name, attrs: Object.entries(tag.attrs), children: [] };
      if (stack.length === 0) {
        root = el;
        prologEnd = tag.start;
      } else stack[stack.length - 1].children.push(el);
      stack.push(el);
    },
    close() {
      stack.pop();
    },
    text(text) {
      if (stack.length > 0) stack[stack.length - 1].children.push({ text });
    },
  });
  if (!root) throw new Error('no root element');
  return { prolog: xml.slice(0, prologEnd), root };
}

export function serializeElement(el: XmlElement): string {
  if (el.children.length === 0) return `<${el.name}${attrsXml(el.attrs)}/>`;
  const inner = el.children.map((c) => (isElement(c) ? serializeElement(c) : escapeText(c.text))).join('');
  return `<${el.name}${attrsXml(el.attrs)}>${inner}</${el.name}>`;
}

export function serializeTree(tree: XmlTree): string {
  return tree.prolog + serializeElement(tree.root);
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find(([n]) => n === name)?.[1];
}

export function setAttr(el: XmlElement, name: string, value: string | undefined): void {
  const i = el.attrs.findIndex(([n]) => n === name);
  if (value === undefined) {
    if (i >= 0) el.attrs.splice(i, 1);
  } else if (i >= 0) el.attrs[i] = [name, value];
  else el.attrs.push([name, value]);
}

export function childElements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => isElement(c) && (local === undefined || localName(c.name) === local),
  );
}

export function cloneElement(el: XmlElement): XmlElement {
  return {
    name: el.name,
    attrs: el.attrs.map(([n, v]) => [n, v]),
    children: el.children.map((c) => (isElement(c) ? cloneElement(c) : { text: c.text })),
  };
}
