/**
 * Escaping for the XML we write into a workbook package. Everything we emit goes through these
 * functions, so user text can never close a tag or start an entity, and characters XML 1.0 forbids
 * (control characters, U+FFFE, U+FFFF, lone surrogates) are dropped rather than making the file
 * unreadable. Tested against saxes, the parser that reads it back (tests/xlsx/package-xml.test.ts).
 */

/** True for a UTF-16 code unit sequence XML 1.0 allows at index i; returns the unit count, 0 when forbidden. */
function allowedAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x9 || c === 0xa || c === 0xd) return 1;
  if (c < 0x20) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  if (c === 0xfffe || c === 0xffff) return 0;
  return 1;
}

/** The text with every character XML 1.0 forbids removed. */
export function stripInvalidXmlChars(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length;) {
    const n = allowedAt(text, i);
    if (n === 0) {
      out += text.slice(from, i);
      i += 1;
      from = i;
    } else i += n;
  }
  return from === 0 ? text : out + text.slice(from);
}

function escape(text: string, attribute: boolean): string {
  const clean = stripInvalidXmlChars(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    let rep: string | undefined;
    if (ch === '&') rep = '&amp;';
    else if (ch === '<') rep = '&lt;';
    else if (ch === '>') rep = '&gt;';
    else if (attribute && ch === '"') rep = '&quot;';
    // Attribute values are normalised by parsers (newlines and tabs become spaces) unless escaped.
    else if (attribute && ch === '\n') rep = '&#10;';
    else if (attribute && ch === '\r') rep = '&#13;';
    else if (attribute && ch === '\t') rep = '&#9;';
    else if (!attribute && ch === '\r') rep = '&#13;';
    if (rep === undefined) continue;
    out += clean.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? clean : out + clean.slice(from);
}

export function escapeText(text: string): string {
  return escape(text, false);
}

export function escapeAttr(text: string): string {
  return escape(text, true);
}

/** ` name="value"` pairs in the given order. */
export function attrsXml(attrs: Iterable<[string, string]>): string {
  let out = '';
  for (const [name, value] of attrs) out += ` ${name}="${escapeAttr(value)}"`;
  return out;
}

/** A start tag (or an empty element when `empty`). */
export function startTag(name: string, attrs: Iterable<[string, string]>, empty = false): string {
  return `<${name}${attrsXml(attrs)}${empty ? '/>' : '>'}`;
}
