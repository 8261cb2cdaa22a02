/**
 * What the engine and the preview read from the package's style sheet: each cell format's number
 * format code and look (fill, font colour, bold). Parsed once per workbook, answered per format
 * index from a memo: a sheet of 80,000 cells uses a few dozen formats.
 */
import type { CellStyle } from '../../core/cell-style';
import { StylesPart } from '../package/styles-part';
import { localName, scanXml } from '../package/xml-scan';

/**
 * Number formats built into Excel by id (ECMA-376 part 1, 18.8.30), as a workbook's own formats
 * start at 164. The codes are those Excel shows for an English locale; the currency ones (5 to 8,
 * 42, 44), which follow the reader's locale, in pounds as a UK council's Excel shows them. The
 * engine reads only their decimals and grouping; the symbol is for display.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"£"#,##0;\\-"£"#,##0',
  6: '"£"#,##0;[Red]\\-"£"#,##0',
  7: '"£"#,##0.00;\\-"£"#,##0.00',
  8: '"£"#,##0.00;[Red]\\-"£"#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-',
  42: '_-"£"* #,##0_-;\\-"£"* #,##0_-;_-"£"* "-"_-;_-@_-',
  43: '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-',
  44: '_-"£"* #,##0.00_-;\\-"£"* #,##0.00_-;_-"£"* "-"??_-;_-@_-',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export class BookStyles {
  /** Number format code per cell format index. */
  private readonly formats: string[] = [];
  private readonly looks = new Map<number, CellStyle>();
  private readonly part: StylesPart;

  constructor(xml: string | undefined) {
    this.part = new StylesPart(xml);
    if (xml === undefined) return;
    const custom = new Map<number, string>();
    let inCellXfs = false;
    scanXml(xml, {
      open: (tag) => {
        const name = localName(tag.name);
        if (name === 'numFmt') custom.set(Number(tag.attrs.numFmtId), tag.attrs.formatCode ?? 'General');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(tag.attrs.numFmtId ?? 0);
          this.formats.push(custom.get(id) ?? BUILT_IN[id] ?? 'General');
        }
      },
      close: (name) => {
        if (localName(name) === 'cellXfs') inCellXfs = false;
      },
    });
  }

  /** The number format code of cell format `xf` ("General" when it has none or is unknown). */
  numberFormat(xf: number): string {
    return this.formats[xf] ?? 'General';
  }

  /** The fill, font colour and bold of cell format `xf`. */
  look(xf: number): CellStyle {
    let look = this.looks.get(xf);
    if (!look) {
      look = this.part.lookOf(xf);
      this.looks.set(xf, look);
    }
    return look;
  }
}
