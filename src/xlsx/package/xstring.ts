/**
 * Excel's own escape inside cell text (ECMA-376 part 1, 22.9.2.19 ST_Xstring): `_xHHHH_` stands for
 * the UTF-16 unit HHHH. Excel writes characters XML cannot hold this way (a carriage return pasted
 * into a cell is stored as `_x000D_`), and writes a literal `_x0041_` typed by a user as
 * `_x005F_x0041_`. The reader decodes, and the writer encodes, so text survives both ways.
 */
import { stripInvalidXmlChars } from './xml-text';

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
/** The underscore of an escape's shape, found by lookahead so overlapping shapes are all found. */
const ESCAPE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/** Cell text as stored in the package to the text Excel shows. */
export function decodeXstring(stored: string): string {
  if (!stored.includes('_x')) return stored;
  return stored.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Text to store in a cell: a literal `_xHHHH_` keeps its meaning (its underscore escaped), control
 * characters XML cannot hold are escaped as Excel does, and what cannot be stored at all (a lone
 * surrogate) is dropped. The result still needs escapeText for the XML around it.
 */
export function encodeXstring(text: string): string {
  // Every underscore that starts an escape's shape, overlapping ones too: in "_x0000_x0041_" the
  // second escape begins at the first one's closing underscore, and both must read back literally.
  let out = text.includes('_x') ? text.replace(ESCAPE_START, '_x005F_') : text;
  // C0 controls other than tab, newline and carriage return, and U+FFFE/U+FFFF: Excel's own form.
  if (CONTROL.test(out))
    out = out.replace(CONTROLS, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return stripInvalidXmlChars(out);
}
