/** Worksheet, worksheet collection and workbook proxies of the fake Excel. */
import { parseRangeA1 } from '../../../src/core/a1';
import type {
  XlHeaderFooter,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlWorkbook,
  XlWorkbookProtection,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from '../../../src/excel/excel-api';
import type { FakeSheet } from '../fake-grid';
import { codeError, DetachedContext, type FakeContext } from './context';
import { MAX_COLS, MAX_ROWS, NotLoaded } from './geometry';
import { FakeRangeAreasProxy } from './areas';
import { areaMaker, FakeRangeProxy } from './range';

export class FakeWorksheetProxy implements XlWorksheet {
  private target: FakeSheet | null | undefined;
  private readonly loadedName = new NotLoaded<string>('name');
  private readonly loadedId = new NotLoaded<string>('id');
  private readonly loadedVisibility = new NotLoaded<string>('visibility');
  private readonly loadedProtected = new NotLoaded<boolean>('protection/protected');
  private readonly loadedFooter = new NotLoaded<string>('leftFooter');
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;

  constructor(
    private readonly ctx: FakeContext,
    member: string,
    args: unknown[],
    resolve: () => FakeSheet | null,
  ) {
    ctx.enqueue(member, 'create', args, () => {
      this.target = resolve();
    });
    const self = this;
    this.protection = {
      get protected(): boolean {
        return self.loadedProtected.get();
      },
    };
    const footer: XlHeaderFooter = {
      get leftFooter(): string {
        return self.loadedFooter.get();
      },
      load: (propertyNames: string): unknown => {
        ctx.guard('Worksheet.pageLayout');
        ctx.guard('HeaderFooter.leftFooter');
        ctx.enqueue('HeaderFooter.load', 'load', [propertyNames], () => {
          const s = self.sheetOrNull();
          if (s) self.loadedFooter.put(s.leftFooter);
        });
        return footer;
      },
    };
    this.pageLayout = { headersFooters: { defaultForAllPages: footer } };
  }

  sheetOrNull(): FakeSheet | null {
    if (this.target === undefined) throw new Error('PropertyNotLoaded: worksheet used before sync');
    return this.target;
  }

  get isNullObject(): boolean {
    return this.sheetOrNull() === null;
  }
  get name(): string {
    return this.loadedName.get();
  }
  get id(): string {
    return this.loadedId.get();
  }
  get visibility(): string {
    return this.loadedVisibility.get();
  }
  set visibility(v: string) {
    this.ctx.enqueue('Worksheet.visibility', 'set', [v], () => {
      const s = this.sheetOrNull();
      if (s) s.visibility = v;
    });
  }

  load(propertyNames: string): unknown {
    const names = propertyNames.split(',').map((s) => s.trim());
    for (const n of names) this.ctx.guard(n === 'protection/protected' ? 'Worksheet.protection' : `Worksheet.${n}`);
    this.ctx.enqueue('Worksheet.load', 'load', names, () => {
      const s = this.sheetOrNull();
      if (!s) return;
      for (const n of names) {
        if (n === 'name') this.loadedName.put(s.name);
        else if (n === 'id') this.loadedId.put(s.id);
        else if (n === 'visibility') this.loadedVisibility.put(s.visibility);
        else if (n === 'protection/protected') this.loadedProtected.put(s.protected);
        else throw new Error(`The fake does not load Worksheet.${n}`);
      }
    });
    return this;
  }

  activate(): void {
    this.ctx.enqueue('Worksheet.activate', 'call', [], () => {
      const s = this.sheetOrNull();
      if (s) this.ctx.book.active = s.name;
    });
  }

  getRange(address?: string): XlRange {
    return new FakeRangeProxy(this.ctx, 'Worksheet.getRange', address === undefined ? [] : [address], () => {
      const s = this.sheetOrNull();
      if (!s) return null;
      if (address === undefined) return { sheet: s, rect: { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS } };
      const rect = parseRangeA1(address);
      if (!rect) throw new Error(`InvalidArgument: address ${address}`);
      return { sheet: s, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    const args = [startRow, startColumn, rowCount, columnCount];
    return new FakeRangeProxy(this.ctx, 'Worksheet.getRangeByIndexes', args, () => {
      const s = this.sheetOrNull();
      if (rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS)
        throw codeError('InvalidArgument', `getRangeByIndexes(${args.join(', ')})`);
      return s ? { sheet: s, rect: { row: startRow, col: startColumn, rowCount, colCount: columnCount } } : null;
    });
  }

  getRanges(address: string): XlRangeAreas {
    if (address.length > 8192) throw codeError('InvalidArgument', 'a RangeAreas address is at most 8,192 characters');
    return new FakeRangeAreasProxy(
      this.ctx,
      'Worksheet.getRanges',
      [address],
      () => {
        const s = this.sheetOrNull();
        if (!s) return null;
        const areas = address.split(',').map((a) => {
          const rect = parseRangeA1(a.trim());
          if (!rect) throw codeError('InvalidArgument', `address ${a}`);
          return rect;
        });
        return { sheet: s, areas };
      },
      areaMaker(this.ctx),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    const args = valuesOnly === undefined ? [] : [valuesOnly];
    return new FakeRangeProxy(this.ctx, 'Worksheet.getUsedRangeOrNullObject', args, () => {
      const s = this.sheetOrNull();
      if (!s) return this.ctx.onNull();
      const rect = s.usedRange(valuesOnly === true);
      return rect ? { sheet: s, rect } : null;
    });
  }
}

class FakeWorksheetCollection implements XlWorksheetCollection {
  private loadedItems: XlWorksheet[] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  get items(): XlWorksheet[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: worksheets.items');
    return this.loadedItems;
  }
  /** "items/name,items/id": every sheet's name and id (hidden ones too). */
  load(propertyNames: string): unknown {
    const names = propertyNames.split(',').map((n) => n.trim().replace(/^items\//, ''));
    this.ctx.enqueue('WorksheetCollection.load', 'load', names, () => {
      this.loadedItems = this.ctx.book.sheets.map((s) => {
        const proxy = new FakeWorksheetProxy(new DetachedContext(this.ctx), 'Worksheet.getItem', [s.name], () => s);
        proxy.load(names.join(','));
        return proxy;
      });
    });
    return this;
  }
  getActiveWorksheet(): XlWorksheet {
    return new FakeWorksheetProxy(this.ctx, 'WorksheetCollection.getActiveWorksheet', [], () =>
      this.ctx.requireSheet(this.ctx.book.active),
    );
  }
  getItem(key: string): XlWorksheet {
    return new FakeWorksheetProxy(this.ctx, 'WorksheetCollection.getItem', [key], () => this.ctx.requireSheet(key));
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheetProxy(
      this.ctx,
      'WorksheetCollection.getItemOrNullObject',
      [key],
      () => this.ctx.book.sheet(key) ?? null,
    );
  }
  add(name?: string): XlWorksheet {
    return new FakeWorksheetProxy(this.ctx, 'WorksheetCollection.add', name === undefined ? [] : [name], () => {
      // Excel refuses new sheets while the workbook's structure is protected.
      if (this.ctx.book.structureProtected)
        throw codeError('AccessDenied', 'the workbook structure is protected, so no sheet can be added');
      return this.ctx.book.add(name ?? `Sheet${this.ctx.book.sheets.length + 1}`);
    });
  }
}

export class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly protection: XlWorkbookProtection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    const loaded = new NotLoaded<boolean>('workbook.protection.protected');
    const protection: XlWorkbookProtection = {
      get protected(): boolean {
        return loaded.get();
      },
      load: (propertyNames: string): unknown => {
        ctx.guard('Workbook.protection');
        ctx.guard('WorkbookProtection.protected');
        ctx.enqueue('WorkbookProtection.load', 'load', [propertyNames], () => loaded.put(ctx.book.structureProtected));
        return protection;
      },
    };
    this.protection = protection;
  }
  getSelectedRange(): XlRange {
    return new FakeRangeProxy(this.ctx, 'Workbook.getSelectedRange', [], () => {
      const sel = this.ctx.book.selection;
      if (!sel) throw new Error('InvalidSelection: nothing selected');
      return { sheet: this.ctx.requireSheet(sel.sheet), rect: sel.range };
    });
  }
}
