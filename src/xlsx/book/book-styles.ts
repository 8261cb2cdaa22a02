/**
 * What the engine and the preview read from the package's style sheet: each cell format's number
 * format code and look (fill, font colour, bold). Parsed once per workbook, answered per format
 * index from a memo: a sheet of 80,000 cells uses a few dozen formats.
 */
import type { CellStyle } from '../../core/cell-style';
import { builtInFormat } from '../package/number-formats';
import { StylesPart } from '../package/styles-part';
import { localName, scanXml } from '../package/xml-scan';

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
          this.formats.push(custom.get(id) ?? builtInFormat(id) ?? 'General');
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
