/**
 * Numbers in a rules file as their author wrote them. JSON.parse turns 1e309 into Infinity (which
 * JSON.stringify then shows as null) and -0 into negative zero; a threshold must never be either.
 * A number too large for a double is kept as its text in an OutOfRange marker, so the check can
 * name the field and the value as written; negative zero is read as 0. And a number typed in quotes
 * ("1,5", "5 to 10") is described in words by numberTextProblem.
 */

/** Put where JSON held a number no double can hold: `{ "$number": "1e309" }`. */
export interface OutOfRange {
  $number: string;
}

export function isOutOfRange(v: unknown): v is OutOfRange {
  return (
    typeof v === 'object' &&
    v !== null &&
    Object.keys(v).length === 1 &&
    typeof (v as { $number?: unknown }).$number === 'string'
  );
}

/** A JSON number literal (RFC 8259 section 6). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * JSON.parse, but a number literal that overflows to ±Infinity becomes an OutOfRange marker and
 * one that reads as negative zero becomes 0. Throws as JSON.parse does on text that is not JSON.
 */
export function parseJsonNumbers(text: string): unknown {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      // Skip the string, escapes included.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (ch !== '-' && (ch < '0' || ch > '9')) continue;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) continue;
    const value = Number(m[0]);
    let replacement: string | undefined;
    if (!Number.isFinite(value)) replacement = JSON.stringify({ $number: m[0] });
    else if (Object.is(value, -0)) replacement = '0';
    if (replacement !== undefined) {
      out += text.slice(last, i) + replacement;
      last = i + m[0].length;
    }
    i += m[0].length - 1;
  }
  return JSON.parse(last === 0 ? text : out + text.slice(last));
}

/** How the value would be shown in a message: as its author wrote it. */
export function shownNumber(v: unknown): string | undefined {
  if (isOutOfRange(v)) return v.$number;
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * Why `v` is not a number a rule can use, in words ending a sentence that starts with the field's
 * name; undefined when it is a finite number.
 */
export function numberProblem(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `is ${String(v)}, not a number it can use`;
  if (isOutOfRange(v)) return `is ${v.$number}, too large for any number Scorelight can use`;
  if (typeof v !== 'string') return undefined;
  return numberTextProblem(v);
}

/** A number typed as text in quotes, described: what it holds and how to write it. */
function numberTextProblem(s: string): string {
  const t = s.trim();
  const quoted = JSON.stringify(s);
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) {
    const n = Number(t);
    if (!Number.isFinite(n)) return `must be a number, and ${quoted} is too large for any number Scorelight can use`;
    return `must be a number written without quotes (${Object.is(n, -0) ? 0 : n}), not the text ${quoted}`;
  }
  if (/^[+-]?(?:infinity|nan)$/i.test(t)) return `must be a number, and ${quoted} is not one Scorelight can use`;
  const figures = t.match(/\d+(?:[.,]\d+)*/g) ?? [];
  if (figures.length === 0) return `must be a number, and ${quoted} holds no figures`;
  if (figures.length > 1) return `must be one number, and ${quoted} holds ${figures.length} figures`;
  if (/^[+-]?\d+,\d+$/.test(t) && !/^[+-]?\d{1,3},\d{3}$/.test(t))
    return `must be a number written with a decimal point and without quotes (${t.replace(',', '.')}), not the text ${quoted}`;
  return `must be a number written without quotes, not the text ${quoted}`;
}
