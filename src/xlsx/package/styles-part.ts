/**
 * The package's style sheet (xl/styles.xml), held as a small tree so Scorelight can add the few
 * styles it needs without renumbering any the workbook already has: new fonts, fills, borders,
 * number formats and cell formats are appended, so every existing `s="n"` in every sheet keeps
 * meaning what it meant. Identical new records are shared.
 */
import type { CellStyle } from '../../core/plan/types';
import { builtInId } from './number-formats';
import type { SummaryStyle } from '../../core/summary/types';
import {
  attr,
  childElements,
  cloneElement,
  localName,
  parseTree,
  serializeElement,
  serializeTree,
  setAttr,
  type XmlElement,
  type XmlTree,
} from './xml-scan';

/** Collections of the style sheet in schema order (CT_Stylesheet is a sequence). */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
/** The first id Excel uses for a workbook's own number formats; lower ids are built in. */
const FIRST_CUSTOM_NUMFMT = 164;

export const MINIMAL_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** The thin white rules above and below a bar of the cell chart, so adjacent bars stay apart. */
const BAR_RULE = '#FFFFFF';

function rgbHex(el: XmlElement | undefined): string | undefined {
  const rgb = el ? attr(el, 'rgb') : undefined;
  // "AARRGGBB" or "RRGGBB"; theme and indexed colours are not a plain RGB, as ExcelJS reads them.
  if (!rgb || !(rgb.length === 8 || rgb.length === 6) || !/^[0-9A-Fa-f]+$/.test(rgb)) return undefined;
  return `#${rgb.slice(-6).toUpperCase()}`;
}

function lookKey(look: CellStyle): string {
  return `${look.fill ?? ''}|${look.fontColor ?? ''}|${look.bold ? 1 : 0}${look.wrap ? '|w' : ''}`;
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

export class StylesPart {
  private readonly tree: XmlTree;
  private readonly prefix: string;
  private readonly known = new Map<string, Map<string, number>>();
  private readonly derived = new Map<string, number>();
  /** lookOf per cell format: a scored column asks about the same few formats thousands of times. */
  private readonly looks = new Map<number, string>();
  changed = false;

  constructor(xml: string = MINIMAL_STYLES_XML) {
    this.tree = parseTree(xml);
    const colon = this.tree.root.name.indexOf(':');
    this.prefix = colon < 0 ? '' : this.tree.root.name.slice(0, colon + 1);
  }

  /** The collection element, created in schema order when the workbook has none. */
  private collection(local: string): XmlElement {
    const root = this.tree.root;
    const found = childElements(root, local)[0];
    if (found) return found;
    const el: XmlElement = { name: this.prefix + local, attrs: [['count', '0']], children: [] };
    const rank = ORDER.indexOf(local);
    const at = root.children.findIndex((c) => {
      const r = 'name' in c ? ORDER.indexOf(localName(c.name)) : -1;
      return r > rank;
    });
    if (at < 0) root.children.push(el);
    else root.children.splice(at, 0, el);
    return el;
  }

  private items(local: string): XmlElement[] {
    return childElements(this.collection(local));
  }

  /** Append `el` to the collection (or find an identical record) and return its index. */
  private add(local: string, el: XmlElement): number {
    const coll = this.collection(local);
    let index = this.known.get(local);
    if (!index) {
      index = new Map();
      childElements(coll).forEach((e, i) => {
        const key = serializeElement(e);
        if (!index?.has(key)) index?.set(key, i);
      });
      this.known.set(local, index);
    }
    const key = serializeElement(el);
    const hit = index.get(key);
    if (hit !== undefined) return hit;
    coll.children.push(el);
    const n = childElements(coll).length;
    setAttr(coll, 'count', String(n));
    index.set(key, n - 1);
    this.changed = true;
    return n - 1;
  }

  private element(local: string, attrs: [string, string][], children: XmlElement[] = []): XmlElement {
    return { name: this.prefix + local, attrs, children };
  }

  private xf(index: number): XmlElement {
    const xfs = this.items('cellXfs');
    if (xfs.length === 0)
      this.add(
        'cellXfs',
        this.element('xf', [
          ['numFmtId', '0'],
          ['fontId', '0'],
          ['fillId', '0'],
          ['borderId', '0'],
          ['xfId', '0'],
        ]),
      );
    const all = this.items('cellXfs');
    return all[index] ?? all[0];
  }

  private font(xf: XmlElement): XmlElement | undefined {
    return this.items('fonts')[Number(attr(xf, 'fontId') ?? 0)];
  }

  /** The fill/font colour/bold of a cell format, as the plan describes looks (see cell-styles.ts). */
  lookOf(xfIndex: number): CellStyle {
    const xf = this.xf(xfIndex);
    const look: CellStyle = {};
    const fill = this.items('fills')[Number(attr(xf, 'fillId') ?? 0)];
    const pattern = fill ? childElements(fill, 'patternFill')[0] : undefined;
    if (pattern && attr(pattern, 'patternType') === 'solid') {
      const hex = rgbHex(childElements(pattern, 'fgColor')[0]);
      if (hex) look.fill = hex;
    }
    const font = this.font(xf);
    if (font) {
      const hex = rgbHex(childElements(font, 'color')[0]);
      if (hex) look.fontColor = hex;
      const b = childElements(font, 'b')[0];
      if (b && attr(b, 'val') !== '0' && attr(b, 'val') !== 'false') look.bold = true;
    }
    return look;
  }

  /**
   * The cell format index for a cell that had `baseXf` and must now show `look`: the base itself
   * when it already does, else a copy with our fill, font colour and bold (number format, borders,
   * alignment and protection kept), as the ExcelJS host derives styles.
   */
  withLook(baseXf: number, look: CellStyle): number {
    const want = lookKey(look);
    let has = this.looks.get(baseXf);
    if (has === undefined) {
      has = lookKey(this.lookOf(baseXf));
      this.looks.set(baseXf, has);
    }
    if (has === want) return baseXf;
    const memo = `${baseXf}|${want}`;
    const hit = this.derived.get(memo);
    if (hit !== undefined) return hit;
    const xf = cloneElement(this.xf(baseXf));
    this.ensureReservedFills();
    const fillId = look.fill ? this.solidFill(look.fill) : 0;
    setAttr(xf, 'fillId', String(fillId));
    setAttr(xf, 'applyFill', '1');
    const base = this.font(xf);
    const font = base
      ? cloneElement(base)
      : this.element(
          'font',
          [],
          [
            this.element('sz', [['val', '11']]),
            this.element('name', [['val', 'Calibri']]),
            this.element('family', [['val', '2']]),
          ],
        );
    font.children = font.children.filter((c) => !('name' in c) || !['b', 'color'].includes(localName(c.name)));
    if (look.fontColor) {
      const sz = font.children.findIndex((c) => 'name' in c && localName(c.name) === 'sz');
      font.children.splice(sz + 1, 0, this.element('color', [['rgb', argb(look.fontColor)]]));
    }
    if (look.bold) font.children.unshift(this.element('b', []));
    setAttr(xf, 'fontId', String(this.add('fonts', font)));
    setAttr(xf, 'applyFont', '1');
    if (look.wrap) this.wrapXf(xf);
    const index = this.add('cellXfs', xf);
    this.derived.set(memo, index);
    return index;
  }

  /** Turn wrap on in a cell format, keeping its other alignment (a plan's wrapped variance cell). */
  private wrapXf(xf: XmlElement): void {
    let alignment = childElements(xf, 'alignment')[0];
    if (!alignment) {
      alignment = this.element('alignment', []);
      // <alignment> comes first among an xf's children (before <protection>).
      xf.children.unshift(alignment);
    }
    setAttr(alignment, 'wrapText', '1');
    setAttr(xf, 'applyAlignment', '1');
  }

  /** Copy cell format `xfIndex` of another style sheet (a scratch workbook's) into this one. */
  importXf(from: StylesPart, xfIndex: number): number {
    const src = from.xf(xfIndex);
    const xf = cloneElement(src);
    const copy = (local: string, idAttr: string) => {
      const id = Number(attr(src, idAttr) ?? 0);
      const el = from.items(local)[id];
      // Fills 0 and 1 are reserved (none, gray125) in every style sheet.
      if (!el || (local === 'fills' && id < 2)) return;
      setAttr(xf, idAttr, String(this.add(local, cloneElement(el))));
    };
    copy('fonts', 'fontId');
    copy('fills', 'fillId');
    copy('borders', 'borderId');
    const numFmtId = Number(attr(src, 'numFmtId') ?? 0);
    if (numFmtId >= FIRST_CUSTOM_NUMFMT) {
      const fmt = from.items('numFmts').find((n) => Number(attr(n, 'numFmtId')) === numFmtId);
      setAttr(xf, 'numFmtId', fmt ? String(this.numFmtId(attr(fmt, 'formatCode') ?? 'General')) : '0');
    }
    setAttr(xf, 'xfId', '0');
    return this.add('cellXfs', xf);
  }

  /**
   * The cell format for a cell of a sheet Scorelight builds whole (the board summary): `style` as
   * the summary writer has always applied it (Calibri at the style's size, default 11, bold, italic,
   * colour; a solid fill; wrap, alignment, indent; thin rules all round or below) with the number
   * format `numberFormat`. `style` undefined keeps the workbook's default font and no alignment (a
   * cell only the chart paints). `bar`, a #RRGGBB colour, paints the cell as a bar of the cell chart:
   * that solid fill and thin white rules above and below, in place of the style's fill and rules.
   * Appended to the style sheet; an identical format (ours or the workbook's) is shared.
   */
  summaryXf(style: SummaryStyle | undefined, numberFormat = 'General', bar?: string): number {
    const s = style ?? {};
    // Cell format 0 must exist before ours, or ours would become the default of every cell.
    this.xf(0);
    this.ensureReservedFills();
    let fontId = 0;
    if (style) {
      const font: XmlElement[] = [];
      if (s.bold) font.push(this.element('b', []));
      if (s.italic) font.push(this.element('i', []));
      font.push(this.element('sz', [['val', String(s.size ?? 11)]]));
      if (s.fontColor) font.push(this.element('color', [['rgb', argb(s.fontColor)]]));
      font.push(this.element('name', [['val', 'Calibri']]), this.element('family', [['val', '2']]));
      fontId = this.add('fonts', this.element('font', [], font));
    }
    const fillColour = bar ?? s.fill;
    const fillId = fillColour ? this.solidFill(fillColour) : 0;
    const side = (local: string, hex: string | undefined): XmlElement =>
      hex
        ? this.element(local, [['style', 'thin']], [this.element('color', [['rgb', argb(hex)]])])
        : this.element(local, []);
    let sides: Record<'left' | 'right' | 'top' | 'bottom', string | undefined>;
    if (bar) sides = { left: undefined, right: undefined, top: BAR_RULE, bottom: BAR_RULE };
    else if (s.borderAll) sides = { left: s.borderAll, right: s.borderAll, top: s.borderAll, bottom: s.borderAll };
    else sides = { left: undefined, right: undefined, top: undefined, bottom: s.borderBottom };
    const borderId = this.add(
      'borders',
      this.element(
        'border',
        [],
        [
          side('left', sides.left),
          side('right', sides.right),
          side('top', sides.top),
          side('bottom', sides.bottom),
          side('diagonal', undefined),
        ],
      ),
    );
    const alignment: [string, string][] = [];
    if (style) {
      if (s.hAlign) alignment.push(['horizontal', s.hAlign]);
      if (s.vAlign) alignment.push(['vertical', s.vAlign === 'middle' ? 'center' : s.vAlign]);
      if (s.wrap) alignment.push(['wrapText', '1']);
      if (s.indent) alignment.push(['indent', String(s.indent)]);
    }
    const numFmtId = builtInId(numberFormat) ?? this.numFmtId(numberFormat);
    const attrs: [string, string][] = [
      ['numFmtId', String(numFmtId)],
      ['fontId', String(fontId)],
      ['fillId', String(fillId)],
      ['borderId', String(borderId)],
      ['xfId', '0'],
    ];
    if (numFmtId !== 0) attrs.push(['applyNumberFormat', '1']);
    if (style) attrs.push(['applyFont', '1']);
    if (fillId !== 0) attrs.push(['applyFill', '1']);
    attrs.push(['applyBorder', '1']);
    if (alignment.length > 0) attrs.push(['applyAlignment', '1']);
    return this.add(
      'cellXfs',
      this.element('xf', attrs, alignment.length > 0 ? [this.element('alignment', alignment)] : []),
    );
  }

  /** Fills 0 and 1 are reserved (none, gray125): a style sheet without them gets them first. */
  private ensureReservedFills(): void {
    if (this.items('fills').length > 0) return;
    this.add('fills', this.element('fill', [], [this.element('patternFill', [['patternType', 'none']])]));
    this.add('fills', this.element('fill', [], [this.element('patternFill', [['patternType', 'gray125']])]));
  }

  /** A solid fill of `hex` (#RRGGBB), as withLook writes it, so the two share records. */
  private solidFill(hex: string): number {
    return this.add(
      'fills',
      this.element(
        'fill',
        [],
        [
          this.element(
            'patternFill',
            [['patternType', 'solid']],
            [this.element('fgColor', [['rgb', argb(hex)]]), this.element('bgColor', [['indexed', '64']])],
          ),
        ],
      ),
    );
  }

  /** The id of a number format code, added when the workbook does not have it. */
  private numFmtId(code: string): number {
    const fmts = this.items('numFmts');
    const found = fmts.find((n) => attr(n, 'formatCode') === code);
    if (found) return Number(attr(found, 'numFmtId'));
    const next = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...fmts.map((n) => Number(attr(n, 'numFmtId')) || 0)) + 1;
    this.add(
      'numFmts',
      this.element('numFmt', [
        ['numFmtId', String(next)],
        ['formatCode', code],
      ]),
    );
    return next;
  }

  toXml(): string {
    return serializeTree(this.tree);
  }
}
