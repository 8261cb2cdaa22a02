/**
 * What a number format code says about how a number is shown: decimals, thousands separators,
 * percent, date. Our own small reader, so the engine does not depend on a formatter for this.
 */

export interface FormatFacts {
  general: boolean;
  percent: boolean;
  /** Decimal places shown; null for General (depends on the value). */
  decimals: number | null;
  grouping: boolean;
  date: boolean;
  text: boolean;
}

/** The positive section of a code with quoted text, escapes and [brackets] removed. */
function positiveSection(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    if (ch === ';') break;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end + 1;
      continue;
    }
    if (ch === '\\' || ch === '_' || ch === '*') {
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      i = end < 0 ? code.length : end + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A sheet uses a handful of format codes over thousands of cells: read each code once. */
const FACTS = new Map<string, Readonly<FormatFacts>>();
const FACTS_LIMIT = 10_000;

/** The last code asked about: a row or column of cells usually shares one, so most asks stop here. */
let lastCode: string | undefined;
let lastFacts: Readonly<FormatFacts> | undefined;

export function formatFacts(code: string): FormatFacts {
  if (typeof code !== 'string') return parseFacts(code);
  if (code === lastCode && lastFacts) return lastFacts;
  let facts = FACTS.get(code);
  if (!facts) {
    if (FACTS.size >= FACTS_LIMIT) FACTS.clear();
    facts = Object.freeze(parseFacts(code));
    FACTS.set(code, facts);
  }
  lastCode = code;
  lastFacts = facts;
  return facts;
}

function parseFacts(code: string): FormatFacts {
  const raw = typeof code === 'string' ? code.trim() : '';
  if (raw === '' || raw.toLowerCase() === 'general') {
    return { general: true, percent: false, decimals: null, grouping: false, date: false, text: false };
  }
  const s = positiveSection(raw);
  const lower = s.toLowerCase();
  const text = s.trim() === '@';
  // Date letters outside quotes mean a date or time; "General" inside a section is still General.
  const date = !lower.includes('general') && /[dmyhs]/.test(lower);
  const percent = s.includes('%');
  const point = s.indexOf('.');
  let decimals = 0;
  if (point >= 0) {
    for (let i = point + 1; i < s.length && /[0#?]/.test(s[i]); i++) decimals++;
  }
  // A comma between digit placeholders groups thousands; trailing commas scale and do not.
  const grouping = /[0#?],[0#?]/.test(s);
  const general = lower.includes('general');
  return { general, percent, decimals: general ? null : decimals, grouping, date, text };
}
