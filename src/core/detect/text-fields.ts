/**
 * Fields written as text in titles and label lines: an indicator code in front of its name
 * ("2042SC: LAC per 10,000 ...", "NI060 Percentage ...", "PAF C23 (BV163): Adoptions of LAC") and
 * "Owner: X Polarity: Smaller is Better Unit: Number per 10,000" lines.
 */

export interface CodeAndName {
  code?: string;
  name: string;
}

// "CODE: name": a short prefix with a digit in it, before the first colon. "Owner: X" has no digit.
const COLON_CODE_RE = /^([A-Z0-9][A-Za-z0-9 ()./-]{0,24}?)\s*:\s*(\S.*)$/;
// "NI060 name", "NI059P name", "CS012 name", "PAF C63 name": capitals then digits as the first token.
// Councils also write "PAM/001 name" (Welsh accountability measures), "HS.12 name", and a dash or bar
// between the code and the name ("CP01 - Percentage ...", "CP01 | ..."): the dash is not the name's.
// No hyphen inside the code: "COVID-19 vaccinations" is a name.
const TOKEN_CODE_RE = /^((?:[A-Z]{2,5} )?[A-Z]{1,5}[/.]?\d{2,5}[A-Z]{0,2})(?:\s*[-\u2013\u2014|]\s+|\s+)(\S.*)$/;

/** Split a leading indicator code off a title. No code: the whole text is the name. */
export function splitCode(text: string): CodeAndName {
  const t = text.trim();
  const colon = COLON_CODE_RE.exec(t);
  // A code has letters and digits: "4.2: Care for ..." is a numbered objective, not a code.
  if (colon && /\d/.test(colon[1]) && /[A-Z]/.test(colon[1]) && colon[1].split(' ').length <= 4) {
    return { code: colon[1].trim(), name: colon[2].trim() };
  }
  const token = TOKEN_CODE_RE.exec(t);
  if (token) return { code: token[1], name: token[2].trim() };
  return { name: t };
}

/** True when a line starts with something that reads as an indicator code. */
export function hasCode(text: string): boolean {
  return splitCode(text).code !== undefined;
}

export interface MetaFields {
  owner?: string;
  polarity?: string;
  unit?: string;
}

type MetaKey = keyof MetaFields;
/**
 * The field labels. Systems label which way is good in their own words: "Polarity", "Good is",
 * "Good performance is", "Better is", "Desired direction", "Direction of improvement".
 */
const POLARITY_LABEL = 'polarity|good is|good performance is|better is|desired direction|direction of improvement';
const META_RE = new RegExp(`\\b(owner|unit|${POLARITY_LABEL})\\s*:`, 'gi');
const META_LINE_RE = new RegExp(`\\b(?:owner|unit|${POLARITY_LABEL})\\s*:`);

function metaKey(label: string): MetaKey {
  const lower = label.toLowerCase();
  return lower === 'owner' || lower === 'unit' ? lower : 'polarity';
}

/**
 * "Owner: Roz Cordy Polarity: Smaller is Better Unit: Number per 10,000" (one cell, several cells or
 * several lines) to its fields. An empty field ("Unit:") is left out.
 */
export function parseMeta(line: string): MetaFields {
  const out: MetaFields = {};
  const hits: { key: MetaKey; start: number; end: number }[] = [];
  META_RE.lastIndex = 0;
  for (let m = META_RE.exec(line); m; m = META_RE.exec(line)) {
    hits.push({ key: metaKey(m[1]), start: m.index, end: m.index + m[0].length });
  }
  for (let i = 0; i < hits.length; i++) {
    const value = line.slice(hits[i].end, i + 1 < hits.length ? hits[i + 1].start : line.length).trim();
    if (value !== '' && out[hits[i].key] === undefined) out[hits[i].key] = value;
  }
  return out;
}

/** True when the line carries an Owner/Polarity/Unit field. */
export function isMetaLine(lower: string): boolean {
  return META_LINE_RE.test(lower);
}

/** "Polarity: Bigger is Better" in a label cell, or the text after the label. */
export function polarityFromLabel(text: string): string | undefined {
  const m = /polarity\s*:?\s*(.*)$/i.exec(text.trim());
  const v = m ? m[1].trim() : '';
  return v === '' ? undefined : v;
}

/** Unit from a row label of a metric block: "%" rows and "Rate per 10K" rows say what they measure. */
export function unitFromLabel(label: string): string | undefined {
  const t = label.trim();
  // "Food premises rated 4 or 5 stars (%)", "Rent collected as a % of rent due": the unit in brackets
  // or the share named in the middle is a percentage too.
  if (
    t.startsWith('%') ||
    t.endsWith('%') ||
    /\bpercent(age)?\b/i.test(t) ||
    /\(\s*%\s*\)|\bas an? % of\b|\bas % of\b/i.test(t)
  )
    return '%';
  if (/\bper\s+(10k|10,000|1,000|1000|100,000|100k)\b/i.test(t) || /^rate\b/i.test(t)) return t;
  return undefined;
}
