/**
 * Excel date serials and date number formats, by hand: the arithmetic is a fixed day offset, and a
 * format code only needs to be scanned for d/m/y tokens (numfmt 4.0.1 could do it, but its CommonJS
 * entry is missing from the package, so jest cannot load it).
 */
import { MONTH_NAMES, monthAbbrev } from './months';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
/** 1900 system: serial 61 is 1 March 1900, counted from 30 Dec 1899 (serials 1-59 are one day off, see below). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904 system (old Mac workbooks): serial 0 is 1 January 1904. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 31 December 9999, the last date Excel shows. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/**
 * Serial (days; any time of day ignored) to a calendar date, or null when Excel would not show a
 * date. Keeps Lotus's 1900 leap-year bug: serial 60 is the fictitious 29 February 1900 and serials
 * below it count from 31 December 1899, exactly as Excel displays them.
 */
export function serialToDate(serial: number, date1904 = false): DateParts | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_EXCEL_SERIAL - 1462) return null;
    return fromUtc(EPOCH_1904 + whole * MS_PER_DAY);
  }
  if (whole < 1 || whole > MAX_EXCEL_SERIAL) return null;
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  return fromUtc(EPOCH_1900 + days * MS_PER_DAY);
}

/** Calendar date to serial (inverse of serialToDate), or null outside Excel's range or for an invalid date. */
export function dateToSerial(year: number, month: number, day: number, date1904 = false): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (!date1904 && year === 1900 && month === 2 && day === 29) return 60;
  const ms = Date.UTC(year, month - 1, day);
  const back = fromUtc(ms);
  if (back.year !== year || back.month !== month || back.day !== day) return null;
  let serial: number;
  if (date1904) serial = Math.round((ms - EPOCH_1904) / MS_PER_DAY);
  else {
    serial = Math.round((ms - EPOCH_1900) / MS_PER_DAY);
    if (serial <= 60) serial -= 1;
  }
  return serialToDate(serial, date1904) ? serial : null;
}

function fromUtc(ms: number): DateParts {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** What a date format displays. */
export interface DateFormatParts {
  day: boolean;
  month: boolean;
  year: boolean;
}

type Token = { kind: 'd' | 'm' | 'y' | 'time'; width: number } | { kind: 'lit'; text: string };

/**
 * Splits the first section of a format code into date tokens and literals. Quoted text, escapes,
 * [colour]/[$-locale] blocks and padding are literals or dropped; "m" next to h/s is minutes.
 */
function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  const section = firstSection(format);
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'lit', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'lit', text: section[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const inner = section.slice(i + 1, end < 0 ? section.length : end).toLowerCase();
      // [h], [mm], [ss] are elapsed time: a duration, not a date.
      if (/^(h+|m+|s+)$/.test(inner)) tokens.push({ kind: 'time', width: inner.length });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '_' || ch === '*') {
      i += 2;
    } else if (lower === 'e' && /[+-]/.test(section[i + 1] ?? '')) {
      // Scientific notation ("0.00E+00"), not the era year.
      tokens.push({ kind: 'lit', text: section.slice(i, i + 2) });
      i += 2;
    } else if (lower === 'd' || lower === 'm' || lower === 'y' || lower === 'e') {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === lower) j++;
      const kind = lower === 'e' ? 'y' : lower;
      tokens.push({ kind, width: lower === 'e' ? 4 : j - i });
      i = j;
    } else if (lower === 'h' || lower === 's') {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === lower) j++;
      tokens.push({ kind: 'time', width: j - i });
      i = j;
    } else if (/^(am\/pm|a\/p)/i.test(section.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(section.slice(i));
      tokens.push({ kind: 'time', width: 0 });
      i += m ? m[0].length : 1;
    } else {
      tokens.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  // "m" right after an hour or right before seconds is minutes.
  const dateIdx = tokens.map((t, k) => ({ t, k })).filter(({ t }) => t.kind !== 'lit');
  dateIdx.forEach(({ t, k }, n) => {
    if (t.kind !== 'm' || t.width > 2) return;
    const prev = dateIdx[n - 1]?.t;
    const next = dateIdx[n + 1]?.t;
    const isMinutes = (prev?.kind === 'time' && prev.width > 0) || next?.kind === 'time';
    if (isMinutes) tokens[k] = { kind: 'time', width: t.width };
  });
  return tokens;
}

function firstSection(format: string): string {
  // Sections split on ';' outside quotes; a date format keeps its date code in the first one.
  let inQuote = false;
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '"') inQuote = !inQuote;
    else if (format[i] === '\\') i++;
    else if (format[i] === ';' && !inQuote) return format.slice(0, i);
  }
  return format;
}

/** Which date parts a number format shows, or null when it is not a date format ("General", "0.0%", "hh:mm"). */
export function dateFormatParts(format: string): DateFormatParts | null {
  if (!format || /^\s*(general|@)\s*$/i.test(format)) return null;
  const tokens = tokenize(format);
  const has = (k: 'd' | 'm' | 'y'): boolean => tokens.some((t) => t.kind === k);
  const parts = { day: has('d'), month: has('m'), year: has('y') };
  return parts.day || parts.month || parts.year ? parts : null;
}

export function isDateFormat(format: string): boolean {
  return dateFormatParts(format) !== null;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Renders a date the way its format shows it ("mmm-yy" -> "Apr-16"), for hosts that cannot supply
 * the displayed text. English names; time parts are left out.
 */
export function formatDate(parts: DateParts, format: string): string {
  const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  let out = '';
  for (const t of tokenize(format)) {
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'd') {
      if (t.width === 1) out += String(parts.day);
      else if (t.width === 2) out += pad2(parts.day);
      else if (t.width === 3) out += WEEKDAYS[weekday].slice(0, 3);
      else out += WEEKDAYS[weekday];
    } else if (t.kind === 'm') {
      if (t.width === 1) out += String(parts.month);
      else if (t.width === 2) out += pad2(parts.month);
      else if (t.width === 3) out += monthAbbrev(parts.month);
      else if (t.width === 5) out += MONTH_NAMES[parts.month - 1][0];
      else out += MONTH_NAMES[parts.month - 1];
    } else if (t.kind === 'y') {
      out += t.width <= 2 ? pad2(parts.year % 100) : String(parts.year);
    }
  }
  return out.replace(/[\s:]+$/, '').trim();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
