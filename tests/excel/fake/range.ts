/**
 * Range proxies of the fake Excel. Loaded properties are readable only after sync (reading earlier
 * throws, like PropertyNotLoaded). Writes follow Excel's rules that matter to Scorelight: a protected
 * sheet refuses them, a write covering part of a merged area fails ("Cannot change part of a merged
 * cell"), strings follow Excel's input rules (fake-grid.ts), and Range.text depends on the column
 * width ("####" or fewer decimals in a narrow column).
 */
import { parseRangeA1 } from '../../../src/core/a1';
import type { CellRange } from '../../../src/core/snapshot';
import type {
  XlCellProps,
  XlCellPropsLoadOptions,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlStyleResetLoadOptions,
  XlValue,
} from '../../../src/excel/excel-api';
import { EMPTY_CELL, LOOK_KEYS, type FakeCell, type FakeSheet } from '../fake-grid';
import { FakeRangeAreasProxy, type FoundAreas } from './areas';
import { AUTOMATIC_READS_AS, CELL_STYLES, STYLE_SOURCE } from './cell-styles';
import { codeError, DetachedContext, type FakeContext } from './context';
import { a1, intersect, NotLoaded, quoteSheet } from './geometry';

/** Excel's limit for getMergedAreas*: more merged areas than this in the range and the call fails. */
export const MERGED_AREAS_LIMIT = 512;

/** Where a range proxy points, resolved when its creating call runs. null = null object. */
export type Target = { sheet: FakeSheet; rect: CellRange } | null;

/**
 * Fails like Excel when rect covers part of a merged area. Covering only its top-left cell is
 * allowed: that is how a merged cell's value and format are set.
 */
export function checkWholeMerges(sheet: FakeSheet, rect: CellRange): void {
  for (const m of sheet.merges) {
    const hit = intersect(m, rect);
    const whole = hit && hit.rowCount === m.rowCount && hit.colCount === m.colCount;
    const topLeft = hit && hit.row === m.row && hit.col === m.col && hit.rowCount === 1 && hit.colCount === 1;
    if (hit && !whole && !topLeft)
      throw codeError('InvalidOperation', `Cannot change part of a merged cell (${a1(m)} on "${sheet.name}")`);
  }
}

export class FakeRangeProxy implements XlRange {
  private target: Target | undefined;
  private readonly loaded = {
    address: new NotLoaded<string>('address'),
    rowIndex: new NotLoaded<number>('rowIndex'),
    columnIndex: new NotLoaded<number>('columnIndex'),
    rowCount: new NotLoaded<number>('rowCount'),
    columnCount: new NotLoaded<number>('columnCount'),
    values: new NotLoaded<XlValue[][]>('values'),
    numberFormat: new NotLoaded<string[][]>('numberFormat'),
    formulas: new NotLoaded<XlValue[][]>('formulas'),
    text: new NotLoaded<string[][]>('text'),
  };
  readonly format: XlRangeFormat;

  constructor(
    protected readonly ctx: FakeContext,
    member: string,
    args: unknown[],
    resolve: () => Target,
  ) {
    ctx.enqueue(member, 'create', args, () => {
      this.target = resolve();
    });
    const self = this;
    this.format = {
      get columnWidth(): number {
        throw new Error('PropertyNotLoaded: format.columnWidth');
      },
      set columnWidth(points: number) {
        self.ctx.enqueue('RangeFormat.columnWidth', 'set', [points], () => {
          const t = self.resolved();
          if (!t) return;
          const sheet = self.ctx.writable(t.sheet);
          for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++) sheet.columnWidths.set(c, points);
        });
      },
    };
  }

  /** The target after sync; null object when null. */
  resolved(): Target {
    if (this.target === undefined) throw new Error('PropertyNotLoaded: range used before sync');
    return this.target;
  }

  /** The target for a write: protection and merged areas checked. */
  private writeTarget(): { sheet: FakeSheet; rect: CellRange } | null {
    const t = this.resolved();
    if (!t) return null;
    this.ctx.writable(t.sheet);
    checkWholeMerges(t.sheet, t.rect);
    return t;
  }

  get isNullObject(): boolean {
    return this.resolved() === null;
  }
  get address(): string {
    return this.loaded.address.get();
  }
  get rowIndex(): number {
    return this.loaded.rowIndex.get();
  }
  get columnIndex(): number {
    return this.loaded.columnIndex.get();
  }
  get rowCount(): number {
    return this.loaded.rowCount.get();
  }
  get columnCount(): number {
    return this.loaded.columnCount.get();
  }
  get values(): (XlValue | null)[][] {
    return this.loaded.values.get();
  }
  set values(grid: (XlValue | null)[][]) {
    this.ctx.enqueue('Range.values', 'set', [grid], () => {
      const t = this.writeTarget();
      if (!t) return;
      this.checkShape(grid, t.rect, 'values');
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== null) t.sheet.input(t.rect.row + i, t.rect.col + j, v);
        }),
      );
    });
  }
  get numberFormat(): (string | null)[][] {
    return this.loaded.numberFormat.get();
  }
  set numberFormat(grid: (string | null)[][]) {
    this.ctx.enqueue('Range.numberFormat', 'set', [grid], () => {
      const t = this.writeTarget();
      if (!t) return;
      this.checkShape(grid, t.rect, 'numberFormat');
      grid.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null) t.sheet.cell(t.rect.row + i, t.rect.col + j).numberFormat = f;
        }),
      );
    });
  }
  /** As Excel gives it: a formula cell's formula, any other cell's value ("" when empty). */
  get formulas(): (XlValue | null)[][] {
    return this.loaded.formulas.get();
  }
  get text(): string[][] {
    return this.loaded.text.get();
  }

  private checkShape(grid: unknown[][], rect: CellRange, what: string): void {
    if (grid.length !== rect.rowCount || grid.some((r) => r.length !== rect.colCount)) {
      throw new Error(
        `InvalidArgument: ${what} is ${grid.length}x${grid[0]?.length ?? 0} for a ${rect.rowCount}x${rect.colCount} range`,
      );
    }
  }

  load(propertyNames: string): unknown {
    const names = propertyNames.split(',').map((s) => s.trim());
    for (const name of names) this.ctx.guard(`Range.${name}`);
    this.ctx.enqueue('Range.load', 'load', names, () => {
      const t = this.resolved();
      if (!t) return;
      const { sheet, rect } = t;
      for (const name of names) {
        switch (name) {
          case 'address':
            this.loaded.address.put(`${quoteSheet(sheet.name)}!${a1(rect)}`);
            break;
          case 'rowIndex':
            this.loaded.rowIndex.put(rect.row);
            break;
          case 'columnIndex':
            this.loaded.columnIndex.put(rect.col);
            break;
          case 'rowCount':
            this.loaded.rowCount.put(rect.rowCount);
            break;
          case 'columnCount':
            this.loaded.columnCount.put(rect.colCount);
            break;
          case 'values':
            this.loaded.values.put(this.grid(t, (c) => c.value));
            this.ctx.respond(utf8Bytes(this.loaded.values.get()));
            break;
          case 'numberFormat':
            this.loaded.numberFormat.put(this.grid(t, (c) => c.numberFormat));
            this.ctx.respond(utf8Bytes(this.loaded.numberFormat.get()));
            break;
          case 'formulas':
            this.loaded.formulas.put(this.grid(t, (c) => c.formula ?? c.value));
            this.ctx.respond(utf8Bytes(this.loaded.formulas.get()));
            break;
          case 'text':
            this.loaded.text.put(this.grid(t, (_c, r, col) => sheet.text(r, col)));
            this.ctx.respond(utf8Bytes(this.loaded.text.get()));
            break;
          default:
            throw new Error(`The fake does not load Range.${name}`);
        }
      }
    });
    return this;
  }

  private grid<T>(t: { sheet: FakeSheet; rect: CellRange }, pick: (c: FakeCell, row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < t.rect.rowCount; i++) {
      const row: T[] = [];
      for (let j = 0; j < t.rect.colCount; j++)
        row.push(pick(t.sheet.get(t.rect.row + i, t.rect.col + j), t.rect.row + i, t.rect.col + j));
      out.push(row);
    }
    return out;
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    const found = (): FoundAreas => {
      const t = this.resolved();
      if (!t) return this.ctx.onNull();
      const hits = t.sheet.merges.filter((m) => intersect(m, t.rect));
      if (hits.length > MERGED_AREAS_LIMIT)
        throw codeError('GeneralException', `more than ${MERGED_AREAS_LIMIT} merged areas in ${a1(t.rect)}`);
      return hits.length ? { sheet: t.sheet, areas: hits } : null;
    };
    return new FakeRangeAreasProxy(this.ctx, 'Range.getMergedAreasOrNullObject', [], found, this.areaMaker());
  }

  getSpecialCellsOrNullObject(cellType: 'Formulas'): XlRangeAreas {
    return new FakeRangeAreasProxy(
      this.ctx,
      'Range.getSpecialCellsOrNullObject',
      [cellType],
      (): FoundAreas => {
        const t = this.resolved();
        if (!t) return this.ctx.onNull();
        const areas: CellRange[] = [];
        t.sheet.forEachIn(t.rect, (row, col, c) => {
          if (c.formula !== undefined) areas.push({ row, col, rowCount: 1, colCount: 1 });
        });
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      this.areaMaker(),
    );
  }

  private areaMaker(): (sheet: FakeSheet | null, rect: CellRange) => XlRange {
    return areaMaker(this.ctx);
  }

  getIntersectionOrNullObject(anotherRange: string): XlRange {
    return new FakeRangeProxy(this.ctx, 'Range.getIntersectionOrNullObject', [anotherRange], () => {
      const t = this.resolved();
      const other = parseRangeA1(anotherRange);
      if (!t) return this.ctx.onNull();
      if (!other) return null;
      const hit = intersect(t.rect, other);
      return hit ? { sheet: t.sheet, rect: hit } : null;
    });
  }

  getCellProperties(loadOptions: XlCellPropsLoad): { readonly value: XlCellProps[][] } {
    let value: XlCellProps[][] | undefined;
    this.ctx.enqueue('Range.getCellProperties', 'call', [loadOptions], () => {
      const t = this.resolved();
      if (!t) throw codeError('InvalidObjectPath', 'getCellProperties on a null object');
      value = this.grid(t, (c) => cellProps(c, loadOptions));
      this.ctx.respond(utf8Bytes(value));
    });
    return {
      get value(): XlCellProps[][] {
        if (!value) throw new Error('PropertyNotLoaded: getCellProperties result read before sync');
        return value;
      },
    };
  }

  setCellProperties(cellPropertiesData: XlCellProps[][]): void {
    this.ctx.enqueue('Range.setCellProperties', 'call', [cellPropertiesData], () => {
      const t = this.writeTarget();
      if (!t) return;
      this.checkShape(cellPropertiesData, t.rect, 'setCellProperties');
      cellPropertiesData.forEach((row, i) =>
        row.forEach((p, j) => {
          if (!p.format && p.style === undefined) return;
          setProps(t.sheet.cell(t.rect.row + i, t.rect.col + j), p);
        }),
      );
    });
  }

  copyFrom(sourceRange: string, copyType: 'Formats'): void {
    this.ctx.enqueue('Range.copyFrom', 'call', [sourceRange, copyType], () => {
      const t = this.writeTarget();
      if (!t) return;
      const bang = sourceRange.lastIndexOf('!');
      const rawSheet = sourceRange.slice(0, bang);
      const sheetName = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
      const source = this.ctx.requireSheet(sheetName);
      const rect = parseRangeA1(sourceRange.slice(bang + 1));
      if (!rect || rect.rowCount !== t.rect.rowCount || rect.colCount !== t.rect.colCount)
        throw new Error(`InvalidArgument: copyFrom ${sourceRange} into ${a1(t.rect)}`);
      for (let i = 0; i < rect.rowCount; i++) {
        for (let j = 0; j < rect.colCount; j++) {
          const from = source.get(rect.row + i, rect.col + j);
          const to = t.sheet.cell(t.rect.row + i, t.rect.col + j);
          to.numberFormat = from.numberFormat;
          copyLook(from, to);
        }
      }
      // Excel pastes the source's conditional formats as new rules on the target, beside its own.
      for (const cf of source.conditionalFormats) {
        const hit = intersect(cf, rect);
        if (hit)
          t.sheet.conditionalFormats.push({
            ...hit,
            row: hit.row - rect.row + t.rect.row,
            col: hit.col - rect.col + t.rect.col,
          });
      }
    });
  }

  clear(applyTo: 'Contents' | 'Formats' | 'All'): void {
    this.ctx.enqueue('Range.clear', 'call', [applyTo], () => {
      const t = this.resolved();
      if (!t) return;
      const sheet = this.ctx.writable(t.sheet);
      const keys: string[] = [];
      sheet.forEachIn(t.rect, (row, col, c) => {
        if (applyTo !== 'Formats') {
          c.value = '';
          c.formula = undefined;
          c.text = undefined;
          c.quotePrefix = undefined;
        }
        if (applyTo !== 'Contents') {
          c.numberFormat = 'General';
          copyLook(EMPTY_CELL, c);
        }
        if (applyTo === 'All') keys.push(`${row},${col}`);
      });
      for (const k of keys) sheet.cells.delete(k);
      if (applyTo !== 'Contents')
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersect(cf, t.rect));
    });
  }

  select(): void {
    this.ctx.enqueue('Range.select', 'call', [], () => {
      const t = this.resolved();
      if (t) this.ctx.book.selection = { sheet: t.sheet.name, range: t.rect };
    });
  }
}

/** Builds the areas of a RangeAreas Excel returns: ranges with their geometry loaded. */
export function areaMaker(ctx: FakeContext): (sheet: FakeSheet | null, rect: CellRange) => XlRange {
  return (sheet, rect) => new LoadedAreaRange(ctx, sheet ? { sheet, rect } : null, rect);
}

/** A range whose target and geometry are already known (an area Excel returned). */
class LoadedAreaRange extends FakeRangeProxy {
  constructor(
    ctx: FakeContext,
    target: Target,
    private readonly rect: CellRange,
  ) {
    super(new DetachedContext(ctx), 'Range.getCell', [], () => target);
  }
  override get rowIndex(): number {
    return this.rect.row;
  }
  override get columnIndex(): number {
    return this.rect.col;
  }
  override get rowCount(): number {
    return this.rect.rowCount;
  }
  override get columnCount(): number {
    return this.rect.colCount;
  }
}

/** What getCellProperties is asked to load (the fake answers fill and font either way). */
export type XlCellPropsLoad = XlCellPropsLoadOptions | XlStyleResetLoadOptions;

/** Serialised size in UTF-8 bytes, as a response travels. */
export function utf8Bytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

/**
 * A cell's look as getCellProperties answers. Automatic colours read back as a colour (black font,
 * black pattern), so they cannot be told from an explicit black by reading: the fake keeps which
 * is which (undefined = Automatic) and a write of "#000000" makes an explicit black
 * (fake/cell-styles.ts, FONT_SOURCE). The style and italic are answered when asked for.
 */
export function cellProps(c: FakeCell, load?: XlCellPropsLoad): XlCellProps {
  const withWrap = load?.format.wrapText === true;
  const font = load?.format.font as { italic?: boolean } | undefined;
  return {
    ...(load && 'style' in load ? { style: c.style ?? 'Normal' } : {}),
    format: {
      // As Excel answers: a cell without fill reads as white with pattern None.
      fill:
        c.fill === undefined
          ? { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 }
          : {
              color: c.fill,
              pattern: (c.pattern ?? 'Solid') as NonNullable<NonNullable<XlCellProps['format']>['fill']>['pattern'],
              patternColor: c.patternColor ?? '#000000',
              tintAndShade: c.tintAndShade ?? 0,
              patternTintAndShade: c.patternTintAndShade ?? 0,
            },
      font: {
        color: c.fontColor ?? AUTOMATIC_READS_AS,
        bold: c.bold ?? false,
        tintAndShade: c.fontTintAndShade ?? 0,
        ...(font?.italic ? { italic: c.italic ?? false } : {}),
      },
      ...(withWrap ? { wrapText: c.wrap ?? false } : {}),
    },
  };
}

/**
 * setCellProperties on one cell: each property given is set; pattern "None" removes the fill; a
 * style overwrites the cell's formatting with its own (fake/cell-styles.ts).
 */
function setProps(c: FakeCell, p: XlCellProps): void {
  if (p.style !== undefined) {
    if (p.format)
      throw codeError('InvalidArgument', `style and format in one cell's properties: ${STYLE_SOURCE} says not to`);
    const look = CELL_STYLES[p.style];
    if (!look) throw codeError('ItemNotFound', `no cell style named "${p.style}" in this workbook`);
    for (const k of LOOK_KEYS) (c as unknown as Record<string, unknown>)[k] = undefined;
    Object.assign(c, { ...look, numberFormat: look.numberFormat ?? 'General' });
    c.style = p.style === 'Normal' ? undefined : p.style;
    return;
  }
  const fill = p.format?.fill;
  const font = p.format?.font;
  if (fill?.pattern === 'None') {
    c.fill = undefined;
    c.pattern = undefined;
    c.patternColor = undefined;
    c.tintAndShade = undefined;
    c.patternTintAndShade = undefined;
  } else if (fill) {
    if (fill.color !== undefined) c.fill = fill.color;
    if (fill.pattern !== undefined) c.pattern = fill.pattern === 'Solid' ? undefined : fill.pattern;
    if (fill.patternColor !== undefined) c.patternColor = fill.patternColor;
    if (fill.tintAndShade !== undefined) c.tintAndShade = fill.tintAndShade || undefined;
    if (fill.patternTintAndShade !== undefined) c.patternTintAndShade = fill.patternTintAndShade || undefined;
  }
  if (font?.color !== undefined) c.fontColor = font.color;
  if (font?.bold !== undefined) c.bold = font.bold;
  if (font?.italic !== undefined) c.italic = font.italic || undefined;
  if (font?.tintAndShade !== undefined) c.fontTintAndShade = font.tintAndShade || undefined;
  if (p.format?.wrapText !== undefined) c.wrap = p.format.wrapText || undefined;
}

/** Copy fill and font exactly (Automatic stays Automatic): what copyFrom of formats does. */
function copyLook(from: Readonly<FakeCell>, to: FakeCell): void {
  for (const k of LOOK_KEYS) (to as unknown as Record<string, unknown>)[k] = from[k];
}
