/**
 * Adding sheets to the workbook part, its relationships and the content types, by splicing new
 * elements into the existing XML. Sheet positions are renumbered where they are stored
 * (definedName localSheetId, workbookView activeTab and firstSheet), since a sheet inserted in
 * the middle shifts every later index.
 */
import { localName, scanXml, Splicer } from './xml-scan';
import { escapeText, startTag } from './xml-text';
import { REL_NS } from './package-parts';

export interface NewSheet {
  /** Original index of the sheet it goes after (-1: first). */
  after: number;
  name: string;
  sheetId: number;
  relId: string;
  state?: 'hidden' | 'veryHidden';
}

export interface NewDefinedName {
  name: string;
  text: string;
  /** Final index (after insertion) of the sheet it belongs to. */
  sheet: number;
}

/** Final index of every original sheet and of every new one, given where the new ones go. */
export function sheetOrder(originalCount: number, added: NewSheet[]): { original: number[]; added: number[] } {
  const slots: ({ kind: 'old'; i: number } | { kind: 'new'; i: number })[] = [];
  const byAfter = (k: number) =>
    added.map((s, i) => ({ s, i })).filter(({ s }) => Math.min(s.after, originalCount - 1) === k);
  for (const { i } of byAfter(-1)) slots.push({ kind: 'new', i });
  for (let k = 0; k < originalCount; k++) {
    slots.push({ kind: 'old', i: k });
    for (const { i } of byAfter(k)) slots.push({ kind: 'new', i });
  }
  const original: number[] = new Array<number>(originalCount);
  const out: number[] = new Array<number>(added.length);
  slots.forEach((slot, final) => {
    if (slot.kind === 'old') original[slot.i] = final;
    else out[slot.i] = final;
  });
  return { original, added: out };
}

/**
 * The workbook part with `added` sheets inserted, later indices renumbered, defined names added;
 * names in `replaceNamesFor` (final sheet index -> names) are dropped first (the old print titles of
 * a summary we replace).
 */
export function editWorkbookXml(
  xml: string,
  originalCount: number,
  added: NewSheet[],
  names: NewDefinedName[],
  replaceNamesFor: Map<number, Set<string>>,
): string {
  const order = sheetOrder(originalCount, added);
  const remap = (old: number) => order.original[old] ?? old;
  const out = new Splicer(xml);
  // The prefix bound to the relationships namespace on the root (openpyxl declares it on each
  // <sheet> instead: then each new <sheet> declares its own).
  let relPrefix: string | undefined;
  let rootName = '';
  let sheetIndex = -1;
  const sheetEnds: number[] = [];
  let sheetsClose = -1;
  let sheetsTag: { start: number; end: number; name: string; selfClosing: boolean } | undefined;
  let definedNamesClose = -1;
  let definedNamesTag: { start: number; end: number; name: string; selfClosing: boolean } | undefined;
  let afterForDefinedNames = -1;
  let inDefinedName:
    { start: number; attrs: Record<string, string>; name: string; local: number; drop: boolean } | undefined;
  let depth = 0;
  scanXml(xml, {
    open(tag) {
      depth++;
      const l = localName(tag.name);
      if (depth === 1) {
        rootName = tag.name;
        relPrefix = relPrefixOf(tag.attrs);
      } else if (depth === 2 && l === 'sheets') {
        sheetsTag = { start: tag.start, end: tag.end, name: tag.name, selfClosing: tag.selfClosing };
        // A prefix declared on <sheets> is in scope for the sheets we put inside it.
        relPrefix ??= relPrefixOf(tag.attrs);
      } else if (depth === 2 && l === 'definedNames') {
        definedNamesTag = { start: tag.start, end: tag.end, name: tag.name, selfClosing: tag.selfClosing };
      } else if (depth === 3 && l === 'sheet') sheetIndex++;
      else if (depth === 3 && l === 'workbookView') {
        const attrs = Object.entries(tag.attrs).map(([n, v]): [string, string] =>
          (n === 'activeTab' || n === 'firstSheet') && /^\d+$/.test(v) ? [n, String(remap(Number(v)))] : [n, v],
        );
        if (attrs.some(([n, v]) => tag.attrs[n] !== v))
          out.replace(tag.start, tag.end, startTag(tag.name, attrs, tag.selfClosing));
      } else if (depth === 3 && l === 'definedName') {
        const local = tag.attrs.localSheetId;
        if (local !== undefined) {
          const final = remap(Number(local));
          const drop = replaceNamesFor.get(final)?.has(tag.attrs.name ?? '') ?? false;
          inDefinedName = { start: tag.start, attrs: tag.attrs, name: tag.name, local: final, drop };
          if (!drop && final !== Number(local)) {
            const attrs = Object.entries(tag.attrs).map(([n, v]): [string, string] => [
              n,
              n === 'localSheetId' ? String(final) : v,
            ]);
            out.replace(tag.start, tag.end, startTag(tag.name, attrs, tag.selfClosing));
          }
          if (tag.selfClosing && drop) out.replace(tag.start, tag.end, '');
        }
      }
    },
    close(name, end) {
      const l = localName(name);
      if (depth === 3 && l === 'sheet') sheetEnds[sheetIndex] = end;
      else if (depth === 2 && l === 'sheets') {
        sheetsClose = end - name.length - 3;
        afterForDefinedNames = Math.max(afterForDefinedNames, end);
      } else if (depth === 2 && (l === 'functionGroups' || l === 'externalReferences')) afterForDefinedNames = end;
      else if (depth === 2 && l === 'definedNames' && !definedNamesTag?.selfClosing)
        definedNamesClose = end - name.length - 3;
      else if (depth === 3 && l === 'definedName' && inDefinedName) {
        if (inDefinedName.drop) out.replace(inDefinedName.start, end, '');
        inDefinedName = undefined;
      }
      depth--;
    },
  });
  if (!sheetsTag) throw new Error('the workbook lists no sheets');
  const prefix = prefixOf(rootName);
  const sheetPrefix = prefixOf(sheetsTag.name);

  const sheetXml = (s: NewSheet) => {
    const attrs: [string, string][] = [
      ['name', s.name],
      ['sheetId', String(s.sheetId)],
    ];
    if (s.state) attrs.push(['state', s.state]);
    if (relPrefix === undefined) attrs.push(['xmlns:r', REL_NS], ['r:id', s.relId]);
    else attrs.push([`${relPrefix}:id`, s.relId]);
    return startTag(`${sheetPrefix}sheet`, attrs, true);
  };
  if (sheetsTag.selfClosing) {
    out.replace(
      sheetsTag.start,
      sheetsTag.end,
      `${openTagOf(xml, sheetsTag)}${added.map(sheetXml).join('')}</${sheetsTag.name}>`,
    );
  } else {
    for (const s of added) {
      const after = Math.min(s.after, sheetEnds.length - 1);
      out.insert(after < 0 ? sheetsTag.end : (sheetEnds[after] ?? sheetsClose), sheetXml(s));
    }
  }

  if (names.length > 0) {
    const namePrefix = definedNamesTag ? prefixOf(definedNamesTag.name) : prefix;
    const namesXml = names
      .map(
        (n) =>
          `${startTag(`${namePrefix}definedName`, [
            ['name', n.name],
            ['localSheetId', String(n.sheet)],
          ])}${escapeText(n.text)}</${namePrefix}definedName>`,
      )
      .join('');
    if (definedNamesTag?.selfClosing) {
      // An empty <definedNames/> (openpyxl writes one) is filled where it stands, in schema order.
      const t = definedNamesTag;
      out.replace(t.start, t.end, `${openTagOf(xml, t)}${namesXml}</${t.name}>`);
    } else if (definedNamesClose >= 0) out.insert(definedNamesClose, namesXml);
    else out.insert(afterForDefinedNames, `<${prefix}definedNames>${namesXml}</${prefix}definedNames>`);
  }
  return out.toString();
}

/** An empty element's tag as a start tag, its attributes (and namespace declarations) kept. */
function openTagOf(xml: string, tag: { start: number; end: number }): string {
  return `${xml.slice(tag.start, tag.end).replace(/\s*\/>$/, '')}>`;
}

/** "x:sheets" -> "x:"; "sheets" -> "". */
function prefixOf(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? '' : qualified.slice(0, colon + 1);
}

/** The prefix an element's own attributes bind to the relationships namespace, if any. */
function relPrefixOf(attrs: Record<string, string>): string | undefined {
  for (const [n, v] of Object.entries(attrs)) if (v === REL_NS && n.startsWith('xmlns:')) return n.slice(6);
  return undefined;
}

/**
 * Appends elements just before the root element's end tag (relationships, content types). The
 * elements are given unprefixed; under a prefixed root (`<ct:Types>`) they take its prefix, so
 * they are in the root's namespace.
 */
export function appendToRoot(xml: string, elements: string[]): string {
  if (elements.length === 0) return xml;
  let depth = 0;
  let rootClose = -1;
  let root: { start: number; end: number; name: string; selfClosing: boolean } | undefined;
  scanXml(xml, {
    open(tag) {
      depth++;
      if (depth === 1) root = { start: tag.start, end: tag.end, name: tag.name, selfClosing: tag.selfClosing };
    },
    close(name, end) {
      if (depth === 1) rootClose = end - name.length - 3;
      depth--;
    },
  });
  if (!root) throw new Error('empty part');
  const prefix = prefixOf(root.name);
  const text = elements.map((e) => (prefix ? e.replace(/^<(?!\/)/, `<${prefix}`) : e)).join('');
  const out = new Splicer(xml);
  if (root.selfClosing) out.replace(root.end - 2, root.end, `>${text}</${root.name}>`);
  else out.insert(rootClose, text);
  return out.toString();
}

/** Children of <workbook> that come after <calcPr> in the schema's order (CT_Workbook). */
const AFTER_CALC_PR = new Set([
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
]);

/**
 * The workbook part asking Excel to recalculate every formula when the file is opened
 * (calcPr fullCalcOnLoad="1"): the cached results of the author's formulas that read cells we
 * wrote (a COUNTIF of "G" over the status column) are stale until then. An existing <calcPr>
 * keeps its other attributes; a new one goes where the schema puts it, before oleSize,
 * customWorkbookViews, pivotCaches and the rest, whatever came before.
 */
export function withFullCalcOnLoad(xml: string): string {
  const out = new Splicer(xml);
  let depth = 0;
  let rootName = '';
  let rootClose = -1;
  let rootSelfClosing = false;
  let calcPr:
    { start: number; end: number; name: string; attrs: Record<string, string>; selfClosing: boolean } | undefined;
  let before = -1;
  scanXml(xml, {
    open(tag) {
      depth++;
      if (depth === 1) {
        rootName = tag.name;
        rootSelfClosing = tag.selfClosing;
      } else if (depth === 2) {
        const l = localName(tag.name);
        if (l === 'calcPr' && !calcPr) calcPr = { ...tag };
        else if (before < 0 && AFTER_CALC_PR.has(l)) before = tag.start;
      }
    },
    close(name, end) {
      if (depth === 1) rootClose = end - name.length - 3;
      depth--;
    },
  });
  if (!rootName || rootSelfClosing) return xml;
  if (calcPr) {
    if (calcPr.attrs.fullCalcOnLoad === '1' || calcPr.attrs.fullCalcOnLoad === 'true') return xml;
    const attrs = Object.entries(calcPr.attrs).filter(([n]) => n !== 'fullCalcOnLoad');
    attrs.push(['fullCalcOnLoad', '1']);
    out.replace(calcPr.start, calcPr.end, startTag(calcPr.name, attrs, calcPr.selfClosing));
  } else {
    out.insert(before >= 0 ? before : rootClose, `<${prefixOf(rootName)}calcPr fullCalcOnLoad="1"/>`);
  }
  return out.toString();
}
