/**
 * The sheet list in docProps/app.xml (extended properties), kept in step with the sheets we add to or
 * remove from a workbook. Excel ignores a stale list, but file explorers, SharePoint and document
 * indexers show it. The part names its parts in two vectors:
 *
 *   <HeadingPairs><vt:vector baseType="variant">  (group name, count) pairs: "Worksheets" 2, "Named Ranges" 1
 *   <TitlesOfParts><vt:vector baseType="lpstr">   the titles, group after group in that order
 *
 * Only the worksheet group's titles, its count and the titles vector's size are edited; every other
 * byte is copied through (see Splicer). A part we cannot read with confidence (not well formed, no
 * HeadingPairs or TitlesOfParts, counts that do not add up to the titles, no worksheet group) is
 * returned as it was: the list is informational and never worth failing a save for.
 */
import { localName, scanXml, Splicer, type OpenTag } from './xml-scan';
import { escapeText, stripInvalidXmlChars } from './xml-text';

/** The worksheet group's name in Excel's languages (compared case-insensitively). */
const WORKSHEET_GROUP_NAMES = [
  'Worksheets',
  'Arbeitsblätter',
  'Feuilles de calcul',
  'Hojas de cálculo',
  'Fogli di lavoro',
  'Werkbladen',
  'Planilhas',
  'Folhas de cálculo',
  'Arkusze',
  'Arkusze kalkulacyjne',
  'Listy',
  'Munkalapok',
  'Kalkylblad',
  'Regneark',
  'Laskentataulukot',
  'Листы',
  'Листы книги',
  'ワークシート',
  '工作表',
  '워크시트',
];
/** Groups that are known not to be worksheets, so the first-group fallback skips them. */
const OTHER_GROUP_NAMES = [
  'Named Ranges',
  'Charts',
  'Benannte Bereiche',
  'Diagramme',
  'Plages nommées',
  'Graphiques',
  'Rangos con nombre',
  'Gráficos',
  'Intervalli denominati',
  'Grafici',
  'Benoemde bereiken',
  'Grafieken',
];
const groupKey = (name: string): string => name.trim().toUpperCase();
const WORKSHEET_KEYS = new Set(WORKSHEET_GROUP_NAMES.map(groupKey));
const OTHER_KEYS = new Set(OTHER_GROUP_NAMES.map(groupKey));
/** Sheet names as Excel compares them: ignoring case. */
const key = (name: string): string => name.toUpperCase();

const STRING_TYPES = new Set(['lpstr', 'lpwstr', 'bstr']);
const INTEGER_TYPES = new Set(['i1', 'i2', 'i4', 'i8', 'int', 'ui1', 'ui2', 'ui4', 'ui8', 'uint']);

interface Span {
  /** Qualified name as written. */
  name: string;
  start: number;
  /** Offset just past the start tag. */
  contentStart: number;
  /** Offset of the end tag's "<" (equal to `end` for an empty element). */
  contentEnd: number;
  end: number;
  selfClosing: boolean;
  text: string;
}

interface Vector extends Span {
  children: Span[];
  /** For HeadingPairs: the one value element inside each variant (undefined when not exactly one). */
  values: (Span | undefined)[];
}

interface AppParts {
  pairs: Vector;
  titles: Vector;
}

/** The HeadingPairs and TitlesOfParts vectors, or undefined when the part is malformed or lacks them. */
function readParts(xml: string): AppParts | undefined {
  const vectors = new Map<string, Vector[]>();
  const stack: { tag: OpenTag; local: string; span?: Span }[] = [];
  let bad = false;
  let roots = 0;
  const spanOf = (tag: OpenTag): Span => ({
    name: tag.name,
    start: tag.start,
    contentStart: tag.end,
    contentEnd: tag.end,
    end: tag.end,
    selfClosing: tag.selfClosing,
    text: '',
  });
  try {
    scanXml(xml, {
      open(tag) {
        const local = localName(tag.name);
        const parent = stack[stack.length - 1];
        const entry: { tag: OpenTag; local: string; span?: Span } = { tag, local };
        const depth = stack.length + 1;
        if (depth === 1) roots++;
        const container = stack[1]?.local;
        if (depth === 3 && (container === 'HeadingPairs' || container === 'TitlesOfParts')) {
          if (local !== 'vector') bad = true;
          else {
            const vector: Vector = { ...spanOf(tag), children: [], values: [] };
            entry.span = vector;
            const list = vectors.get(container) ?? [];
            list.push(vector);
            vectors.set(container, list);
          }
        } else if (depth === 4 && parent.span) {
          entry.span = spanOf(tag);
          const vector = parent.span as Vector;
          vector.children.push(entry.span);
          vector.values.push(undefined);
        } else if (depth === 5 && container === 'HeadingPairs' && stack[2].span) {
          const vector = stack[2].span as Vector;
          const i = vector.values.length - 1;
          entry.span = spanOf(tag);
          // A variant holds exactly one value; a second one makes the pair unreadable.
          if (vector.values[i] === undefined) vector.values[i] = entry.span;
          else bad = true;
        } else if (depth >= 5 && stack[2]?.span) bad = true;
        stack.push(entry);
      },
      text(text) {
        const top = stack[stack.length - 1];
        if (top?.span) top.span.text += text;
      },
      close(name, end) {
        const top = stack.pop();
        if (top?.span) {
          top.span.end = end;
          top.span.contentEnd = top.span.selfClosing ? end : xml.lastIndexOf('<', end - 1);
        }
      },
    });
  } catch {
    return undefined;
  }
  const pairs = vectors.get('HeadingPairs');
  const titles = vectors.get('TitlesOfParts');
  if (bad || roots !== 1 || pairs?.length !== 1 || titles?.length !== 1) return undefined;
  return { pairs: pairs[0], titles: titles[0] };
}

/** Offsets of an attribute's value inside the start tag at [start, end); undefined when absent. */
function attrValueRange(xml: string, start: number, end: number, name: string): [number, number] | undefined {
  const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let i = start + 1;
  while (i < end && !isSpace(xml[i]) && xml[i] !== '/' && xml[i] !== '>') i++;
  for (;;) {
    while (i < end && isSpace(xml[i])) i++;
    if (i >= end || xml[i] === '/' || xml[i] === '>') return undefined;
    const nameStart = i;
    while (i < end && !isSpace(xml[i]) && xml[i] !== '=') i++;
    const attrName = xml.slice(nameStart, i);
    while (i < end && isSpace(xml[i])) i++;
    i++; // "="
    while (i < end && isSpace(xml[i])) i++;
    const quote = xml[i];
    const valueEnd = xml.indexOf(quote, i + 1);
    if (valueEnd < 0 || valueEnd >= end) return undefined;
    if (attrName === name) return [i + 1, valueEnd];
    i = valueEnd + 1;
  }
}

/** A non-negative integer written as decimal digits (surrounding whitespace allowed), else undefined. */
function parseCount(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || t.length > 9) return undefined;
  for (const ch of t) if (ch < '0' || ch > '9') return undefined;
  return Number(t);
}

interface Layout {
  parts: AppParts;
  /** The worksheet group's count element. */
  countSpan: Span;
  count: number;
  /** Index in the titles vector of the first worksheet title. */
  first: number;
}

/** Where the worksheet titles are, or undefined when the part does not describe its titles consistently. */
function layout(xml: string): Layout | undefined {
  const parts = readParts(xml);
  if (!parts) return undefined;
  const { pairs, titles } = parts;
  if (titles.children.some((c) => !STRING_TYPES.has(localName(c.name)))) return undefined;
  if (pairs.values.length % 2 !== 0) return undefined;
  const groups: { name: string; count: number; countSpan: Span; first: number }[] = [];
  let total = 0;
  for (let i = 0; i < pairs.values.length; i += 2) {
    const nameSpan = pairs.values[i];
    const countSpan = pairs.values[i + 1];
    if (!nameSpan || !countSpan || countSpan.selfClosing) return undefined;
    if (!STRING_TYPES.has(localName(nameSpan.name)) || !INTEGER_TYPES.has(localName(countSpan.name))) return undefined;
    const count = parseCount(countSpan.text);
    if (count === undefined) return undefined;
    groups.push({ name: nameSpan.text, count, countSpan, first: total });
    total += count;
  }
  // Counts that do not add up leave no way to tell which titles are worksheets.
  if (total !== titles.children.length) return undefined;
  const group =
    groups.find((g) => WORKSHEET_KEYS.has(groupKey(g.name))) ?? groups.find((g) => !OTHER_KEYS.has(groupKey(g.name)));
  if (!group) return undefined;
  return { parts, countSpan: group.countSpan, count: group.count, first: group.first };
}

/** Replace the count element's content and the titles vector's size attribute. */
function writeCounts(xml: string, out: Splicer, at: Layout, count: number, size: number): void {
  out.replace(at.countSpan.contentStart, at.countSpan.contentEnd, String(count));
  const titles = at.parts.titles;
  const range = attrValueRange(xml, titles.start, titles.contentStart, 'size');
  if (range) out.replace(range[0], range[1], String(size));
  else {
    const nameEnd = titles.start + 1 + titles.name.length;
    out.insert(nameEnd, ` size="${size}"`);
  }
}

/** The whitespace that separates entries of the titles vector (pretty-printed parts), else "". */
function separator(xml: string, titles: Vector): string {
  const kids = titles.children;
  if (kids.length === 0) return '';
  const between =
    kids.length >= 2 ? xml.slice(kids[0].end, kids[1].start) : xml.slice(titles.contentStart, kids[0].start);
  return between.trim() === '' ? between : '';
}

/**
 * `appXml` with `added` sheet names listed as worksheet titles: each right after its `afterTitle`
 * when that is a worksheet title (an earlier added name counts), else after the last worksheet
 * title. Names already listed (compared as Excel compares sheet names, ignoring case) are skipped.
 * The worksheet count and the titles vector's size follow. The same string when nothing changes or
 * the part cannot be read with confidence.
 */
export function addSheetTitles(appXml: string, added: { name: string; afterTitle?: string }[]): string {
  const at = layout(appXml);
  if (!at) return appXml;
  const { titles } = at.parts;
  const existing = titles.children.slice(at.first, at.first + at.count);
  // The worksheet titles in order; an entry without a span is one we add.
  const entries: { name: string; span?: Span }[] = existing.map((span) => ({ name: span.text, span }));
  const indexOf = (name: string): number => entries.findIndex((e) => key(e.name) === key(name));
  let count = 0;
  for (const { name, afterTitle } of added) {
    const clean = stripInvalidXmlChars(name);
    if (clean === '' || indexOf(clean) >= 0) continue;
    const after = afterTitle === undefined ? -1 : indexOf(stripInvalidXmlChars(afterTitle));
    entries.splice(after >= 0 ? after + 1 : entries.length, 0, { name: clean });
    count++;
  }
  if (count === 0) return appXml;

  const out = new Splicer(appXml);
  const sample = titles.children[0];
  const prefixEnd = titles.name.lastIndexOf(':');
  // Written like the titles already there, else with the vector's own prefix and base type.
  const entryName = sample?.name ?? `${titles.name.slice(0, prefixEnd + 1)}${baseTypeOf(appXml, titles)}`;
  const sep = separator(appXml, titles);
  // Where a title goes when no existing worksheet title precedes it: after the title before the group.
  let anchor = at.first > 0 ? titles.children[at.first - 1].end : titles.contentStart;
  let run = '';
  const flush = (): void => {
    if (run !== '') out.insert(anchor, run);
    run = '';
  };
  for (const e of entries) {
    if (e.span) {
      flush();
      anchor = e.span.end;
    } else run += `${sep}<${entryName}>${escapeText(e.name)}</${entryName}>`;
  }
  if (titles.selfClosing) {
    // `<vt:vector size="0" baseType="lpstr"/>`: open it, add the titles, close it.
    const slash = appXml.lastIndexOf('/', titles.end - 1);
    out.replace(slash, titles.end, `>${run}</${titles.name}>`);
    run = '';
  } else flush();
  writeCounts(appXml, out, at, at.count + count, titles.children.length + count);
  return out.toString();
}

function baseTypeOf(xml: string, titles: Vector): string {
  const range = attrValueRange(xml, titles.start, titles.contentStart, 'baseType');
  const type = range ? xml.slice(range[0], range[1]) : '';
  return STRING_TYPES.has(type) ? type : 'lpstr';
}

/**
 * `appXml` without the worksheet titles named in `names` (compared ignoring case); the worksheet
 * count and the titles vector's size follow. Titles of other groups (a named range spelled like a
 * sheet) stay. The same string when nothing changes or the part cannot be read with confidence.
 */
export function removeSheetTitles(appXml: string, names: string[]): string {
  const at = layout(appXml);
  if (!at) return appXml;
  const { titles } = at.parts;
  const gone = new Set(names.map((n) => key(stripInvalidXmlChars(n))));
  const out = new Splicer(appXml);
  let removed = 0;
  for (let i = at.first; i < at.first + at.count; i++) {
    const span = titles.children[i];
    if (!gone.has(key(span.text))) continue;
    // Take the whitespace before the title with it, so a pretty-printed part stays tidy.
    const before = i > 0 ? titles.children[i - 1].end : titles.contentStart;
    const start = appXml.slice(before, span.start).trim() === '' ? before : span.start;
    out.replace(start, span.end, '');
    removed++;
  }
  if (removed === 0) return appXml;
  writeCounts(appXml, out, at, at.count - removed, titles.children.length - removed);
  return out.toString();
}
