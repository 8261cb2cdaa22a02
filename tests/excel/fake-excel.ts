/**
 * A recording fake of the slice of Office.js that src/excel uses (the interfaces in
 * src/excel/excel-api.ts). It behaves like Excel where it matters to us:
 * - operations are queued and run in order at context.sync(); loaded properties can be read only
 *   after the sync (reading earlier throws, like PropertyNotLoaded);
 * - every proxy method call, property set and load() counts as one queued operation;
 * - a request or response over the payload limit (5 MB, as Excel on the web) fails the sync,
 *   and a sync can be made to fail on purpose (a lost connection);
 * - writes to a protected sheet fail; strings follow Excel's input rules (fake-grid.ts).
 * Exported for tests and for the bench (createFakeExcel, counts).
 */
import { parseRangeA1 } from '../../src/core/a1';
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot';
import type {
  XlApplication,
  XlCellProps,
  XlContext,
  XlHeaderFooter,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeCollection,
  XlRangeFormat,
  XlValue,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from '../../src/excel/excel-api';
import type { ExcelEnv, RunOptions } from '../../src/excel/excel-env';
import { FakeBook, FakeSheet, type FakeCell } from './fake-grid';

export { FakeBook, FakeSheet, type FakeCell } from './fake-grid';

export interface FakeCounts {
  runs: number;
  mergeUndoRuns: number;
  syncs: number;
  ops: number;
  /** Operations and request bytes per sync, in order. */
  opsPerSync: number[];
  bytesPerSync: number[];
}

export interface FakeExcelOptions {
  /** Highest ExcelApi version this "Excel" supports (default "1.20"). */
  apiVersion?: string;
  /** 1-based sync numbers that fail before anything runs (a lost connection). */
  failSyncs?: number[];
  /** Request/response limit in bytes (default 5 MB). */
  payloadLimit?: number;
  /**
   * Reject calls made on a null object (a missing sheet's used range, an empty sheet's merged
   * areas) at sync, as a strict Excel might; the default follows null objects through.
   */
  strictNullObjects?: boolean;
}

export interface FakeExcel {
  env: ExcelEnv;
  book: FakeBook;
  counts: FakeCounts;
  summaries: { sheet: string; scoredAt: Date }[];
  resetCounts(): void;
}

interface Op {
  bytes: number;
  run: () => void;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function bytesOf(v: unknown): number {
  return (JSON.stringify(v) ?? '').length;
}

function versionAtLeast(have: string, want: string): boolean {
  const [hm, hn] = have.split('.').map(Number);
  const [wm, wn] = want.split('.').map(Number);
  return hm > wm || (hm === wm && hn >= wn);
}

function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(r: CellRange): string {
  const start = `${columnName(r.col)}${r.row + 1}`;
  if (r.rowCount === 1 && r.colCount === 1) return start;
  return `${start}:${columnName(r.col + r.colCount - 1)}${r.row + r.rowCount}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersect(a: CellRange, b: CellRange): CellRange | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const right = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (bottom <= row || right <= col) return null;
  return { row, col, rowCount: bottom - row, colCount: right - col };
}

class NotLoaded<T> {
  private value: T | undefined;
  private set = false;
  constructor(private readonly what: string) {}
  put(v: T): void {
    this.value = v;
    this.set = true;
  }
  get(): T {
    if (!this.set) throw new Error(`PropertyNotLoaded: ${this.what} was read before it was loaded and synced`);
    return this.value as T;
  }
}

/** One request context: a queue of operations run at sync. */
class FakeContext implements XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  private queue: Op[] = [];
  private response = 0;

  constructor(
    readonly book: FakeBook,
    private readonly fake: FakeExcelState,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = { suspendScreenUpdatingUntilNextSync: () => this.enqueue(0, () => undefined) };
  }

  enqueue(bytes: number, run: () => void): void {
    this.fake.counts.ops++;
    this.queue.push({ bytes: bytes + 40, run });
  }

  respond(bytes: number): void {
    this.response += bytes;
  }

  async sync(): Promise<unknown> {
    const counts = this.fake.counts;
    counts.syncs++;
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    counts.opsPerSync.push(ops.length);
    counts.bytesPerSync.push(bytes);
    if (this.fake.failSyncs.includes(counts.syncs)) throw new Error('The connection to Excel was lost (simulated).');
    if (bytes > this.fake.payloadLimit) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes`);
    this.response = 0;
    for (const op of ops) op.run();
    if (this.response > this.fake.payloadLimit)
      throw new Error(`ResponsePayloadSizeLimitExceeded: ${this.response} bytes`);
    await Promise.resolve();
    return undefined;
  }

  /** A call on a null object: null again, or an error under strictNullObjects. */
  onNull<T>(): T | null {
    if (this.fake.strictNullObjects) throw new Error('InvalidObjectPath: a method was called on a null object');
    return null;
  }

  requireSheet(name: string): FakeSheet {
    const s = this.book.sheet(name);
    if (!s) throw new Error(`ItemNotFound: no sheet "${name}"`);
    return s;
  }

  writable(sheet: FakeSheet): FakeSheet {
    if (sheet.protected) throw new Error(`AccessDenied: sheet "${sheet.name}" is protected`);
    return sheet;
  }
}

interface FakeExcelState {
  counts: FakeCounts;
  failSyncs: number[];
  payloadLimit: number;
  strictNullObjects?: boolean;
}

/** Where a range proxy points, resolved when its creating operation runs. null = null object. */
type Target = { sheet: FakeSheet; rect: CellRange } | null;

class FakeRangeProxy implements XlRange {
  private target: Target | undefined;
  private readonly loaded = {
    address: new NotLoaded<string>('address'),
    rowIndex: new NotLoaded<number>('rowIndex'),
    columnIndex: new NotLoaded<number>('columnIndex'),
    rowCount: new NotLoaded<number>('rowCount'),
    columnCount: new NotLoaded<number>('columnCount'),
    values: new NotLoaded<XlValue[][]>('values'),
    numberFormat: new NotLoaded<string[][]>('numberFormat'),
    text: new NotLoaded<string[][]>('text'),
  };
  readonly format: XlRangeFormat;

  constructor(
    private readonly ctx: FakeContext,
    resolve: () => Target,
  ) {
    ctx.enqueue(0, () => {
      this.target = resolve();
    });
    const self = this;
    this.format = {
      get columnWidth(): number {
        throw new Error('PropertyNotLoaded: format.columnWidth');
      },
      set columnWidth(points: number) {
        self.ctx.enqueue(8, () => {
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
    this.ctx.enqueue(bytesOf(grid), () => {
      const t = this.resolved();
      if (!t) return;
      const sheet = this.ctx.writable(t.sheet);
      this.checkShape(grid, t.rect, 'values');
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== null) sheet.input(t.rect.row + i, t.rect.col + j, v);
        }),
      );
    });
  }
  get numberFormat(): (string | null)[][] {
    return this.loaded.numberFormat.get();
  }
  set numberFormat(grid: (string | null)[][]) {
    this.ctx.enqueue(bytesOf(grid), () => {
      const t = this.resolved();
      if (!t) return;
      const sheet = this.ctx.writable(t.sheet);
      this.checkShape(grid, t.rect, 'numberFormat');
      grid.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null) sheet.cell(t.rect.row + i, t.rect.col + j).numberFormat = f;
        }),
      );
    });
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
    this.ctx.enqueue(propertyNames.length, () => {
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
            this.ctx.respond(bytesOf(this.loaded.values.get()));
            break;
          case 'numberFormat':
            this.loaded.numberFormat.put(this.grid(t, (c) => c.numberFormat));
            this.ctx.respond(bytesOf(this.loaded.numberFormat.get()));
            break;
          case 'text':
            this.loaded.text.put(this.grid(t, (_c, r, col) => sheet.text(r, col)));
            this.ctx.respond(bytesOf(this.loaded.text.get()));
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
    return new FakeRangeAreasProxy(this.ctx, () => {
      const t = this.resolved();
      if (!t) return this.ctx.onNull();
      const hits = t.sheet.merges.filter((m) => intersect(m, t.rect));
      return hits.length ? { sheet: t.sheet, areas: hits } : null;
    });
  }

  getSpecialCellsOrNullObject(cellType: 'Formulas'): XlRangeAreas {
    void cellType;
    return new FakeRangeAreasProxy(this.ctx, () => {
      const t = this.resolved();
      if (!t) return this.ctx.onNull();
      const areas: CellRange[] = [];
      t.sheet.forEachIn(t.rect, (row, col, c) => {
        if (c.formula !== undefined) areas.push({ row, col, rowCount: 1, colCount: 1 });
      });
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }

  getIntersectionOrNullObject(anotherRange: string): XlRange {
    return new FakeRangeProxy(this.ctx, () => {
      const t = this.resolved();
      const other = parseRangeA1(anotherRange);
      if (!t) return this.ctx.onNull();
      if (!other) return null;
      const hit = intersect(t.rect, other);
      return hit ? { sheet: t.sheet, rect: hit } : null;
    });
  }

  setCellProperties(cellPropertiesData: XlCellProps[][]): void {
    this.ctx.enqueue(bytesOf(cellPropertiesData), () => {
      const t = this.resolved();
      if (!t) return;
      const sheet = this.ctx.writable(t.sheet);
      this.checkShape(cellPropertiesData, t.rect, 'setCellProperties');
      cellPropertiesData.forEach((row, i) =>
        row.forEach((p, j) => {
          const f = p.format;
          if (!f) return;
          const c = sheet.cell(t.rect.row + i, t.rect.col + j);
          if (f.fill?.pattern === 'None') c.fill = undefined;
          if (f.fill?.color !== undefined) c.fill = f.fill.color;
          if (f.font?.color !== undefined) c.fontColor = f.font.color;
          if (f.font?.bold !== undefined) c.bold = f.font.bold;
        }),
      );
    });
  }

  copyFrom(sourceRange: string, copyType: 'Formats'): void {
    void copyType;
    this.ctx.enqueue(sourceRange.length, () => {
      const t = this.resolved();
      if (!t) return;
      const bang = sourceRange.lastIndexOf('!');
      const rawSheet = sourceRange.slice(0, bang);
      const sheetName = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
      const source = this.ctx.requireSheet(sheetName);
      const rect = parseRangeA1(sourceRange.slice(bang + 1));
      if (!rect || rect.rowCount !== t.rect.rowCount || rect.colCount !== t.rect.colCount)
        throw new Error(`InvalidArgument: copyFrom ${sourceRange} into ${a1(t.rect)}`);
      const dest = this.ctx.writable(t.sheet);
      for (let i = 0; i < rect.rowCount; i++) {
        for (let j = 0; j < rect.colCount; j++) {
          const from = source.get(rect.row + i, rect.col + j);
          const to = dest.cell(t.rect.row + i, t.rect.col + j);
          to.numberFormat = from.numberFormat;
          to.fill = from.fill;
          to.fontColor = from.fontColor;
          to.bold = from.bold;
        }
      }
    });
  }

  clear(applyTo: 'Contents' | 'Formats' | 'All'): void {
    this.ctx.enqueue(applyTo.length, () => {
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
          c.fill = undefined;
          c.fontColor = undefined;
          c.bold = undefined;
        }
        if (applyTo === 'All') keys.push(FakeSheet.key(row, col));
      });
      for (const k of keys) sheet.cells.delete(k);
    });
  }

  select(): void {
    this.ctx.enqueue(0, () => {
      const t = this.resolved();
      if (t) this.ctx.book.selection = { sheet: t.sheet.name, range: t.rect };
    });
  }
}

class FakeRangeCollection implements XlRangeCollection {
  private list: XlRange[] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  get items(): XlRange[] {
    if (!this.list) throw new Error('PropertyNotLoaded: areas.items');
    return this.list;
  }
  fill(list: XlRange[]): void {
    this.list = list;
  }
  load(propertyNames: string): unknown {
    this.ctx.enqueue(propertyNames.length, () => undefined);
    return this;
  }
}

/** Loaded area with plain numbers; only the geometry is ever read from areas. */
class LoadedArea {
  constructor(
    readonly rowIndex: number,
    readonly columnIndex: number,
    readonly rowCount: number,
    readonly columnCount: number,
  ) {}
}

class FakeRangeAreasProxy implements XlRangeAreas {
  private found: { sheet: FakeSheet; areas: CellRange[] } | null | undefined;
  private readonly collection: FakeRangeCollection;
  constructor(
    private readonly ctx: FakeContext,
    resolve: () => { sheet: FakeSheet; areas: CellRange[] } | null,
  ) {
    this.collection = new FakeRangeCollection(ctx);
    ctx.enqueue(0, () => {
      this.found = resolve();
      const areas = this.found?.areas ?? [];
      ctx.respond(areas.length * 60);
      // Areas are exposed through the XlRange interface but only their geometry is loaded.
      this.collection.fill(areas.map((a) => areaRange(ctx, this.found?.sheet ?? null, a)));
    });
  }
  get isNullObject(): boolean {
    if (this.found === undefined) throw new Error('PropertyNotLoaded: isNullObject before sync');
    return this.found === null;
  }
  get areas(): XlRangeCollection {
    return this.collection;
  }
  load(propertyNames: string): unknown {
    this.ctx.enqueue(propertyNames.length, () => undefined);
    return this;
  }
}

/** An area of a RangeAreas as a range with its geometry loaded. */
function areaRange(ctx: FakeContext, sheet: FakeSheet | null, rect: CellRange): XlRange {
  const loaded = new LoadedArea(rect.row, rect.col, rect.rowCount, rect.colCount);
  const r = new FakeRangeProxyResolved(ctx, sheet ? { sheet, rect } : null);
  r.preload(loaded);
  return r;
}

/** A range whose target is already known (areas of a loaded RangeAreas): no queued creation. */
class FakeRangeProxyResolved extends FakeRangeProxy {
  private geometry: LoadedArea | undefined;
  constructor(ctx: FakeContext, target: Target) {
    super(new DetachedContext(ctx), () => target);
  }
  preload(g: LoadedArea): void {
    this.geometry = g;
  }
  override get rowIndex(): number {
    return this.need().rowIndex;
  }
  override get columnIndex(): number {
    return this.need().columnIndex;
  }
  override get rowCount(): number {
    return this.need().rowCount;
  }
  override get columnCount(): number {
    return this.need().columnCount;
  }
  private need(): LoadedArea {
    if (!this.geometry) throw new Error('PropertyNotLoaded: area geometry');
    return this.geometry;
  }
}

/** Runs the creation step at once and counts nothing: used for areas Excel returns already made. */
class DetachedContext extends FakeContext {
  constructor(parent: FakeContext) {
    super(parent.book, { counts: newCounts(), failSyncs: [], payloadLimit: Infinity });
  }
  override enqueue(bytes: number, run: () => void): void {
    void bytes;
    run();
  }
}

class FakeWorksheetProxy implements XlWorksheet {
  private target: FakeSheet | null | undefined;
  private readonly loadedName = new NotLoaded<string>('name');
  private readonly loadedProtected = new NotLoaded<boolean>('protection/protected');
  private readonly loadedFooter = new NotLoaded<string>('leftFooter');
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;

  constructor(
    private readonly ctx: FakeContext,
    resolve: () => FakeSheet | null,
  ) {
    ctx.enqueue(0, () => {
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
        ctx.enqueue(propertyNames.length, () => {
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
  get visibility(): string {
    throw new Error('PropertyNotLoaded: visibility');
  }
  set visibility(v: string) {
    this.ctx.enqueue(v.length, () => {
      const s = this.sheetOrNull();
      if (s) s.visibility = v;
    });
  }

  load(propertyNames: string): unknown {
    const names = propertyNames.split(',').map((s) => s.trim());
    this.ctx.enqueue(propertyNames.length, () => {
      const s = this.sheetOrNull();
      if (!s) return;
      for (const n of names) {
        if (n === 'name') this.loadedName.put(s.name);
        else if (n === 'protection/protected') this.loadedProtected.put(s.protected);
        else throw new Error(`The fake does not load Worksheet.${n}`);
      }
    });
    return this;
  }

  activate(): void {
    this.ctx.enqueue(0, () => {
      const s = this.sheetOrNull();
      if (s) this.ctx.book.active = s.name;
    });
  }

  getRange(address?: string): XlRange {
    return new FakeRangeProxy(this.ctx, () => {
      const s = this.sheetOrNull();
      if (!s) return null;
      if (address === undefined) return { sheet: s, rect: { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS } };
      const rect = parseRangeA1(address);
      if (!rect) throw new Error(`InvalidArgument: address ${address}`);
      return { sheet: s, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    return new FakeRangeProxy(this.ctx, () => {
      const s = this.sheetOrNull();
      return s ? { sheet: s, rect: { row: startRow, col: startColumn, rowCount, colCount: columnCount } } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    return new FakeRangeProxy(this.ctx, () => {
      const s = this.sheetOrNull();
      if (!s) return this.ctx.onNull();
      const rect = s.usedRange(valuesOnly === true);
      return s && rect ? { sheet: s, rect } : null;
    });
  }
}

class FakeWorksheetCollection implements XlWorksheetCollection {
  constructor(private readonly ctx: FakeContext) {}
  getActiveWorksheet(): XlWorksheet {
    return new FakeWorksheetProxy(this.ctx, () => this.ctx.requireSheet(this.ctx.book.active));
  }
  getItem(key: string): XlWorksheet {
    return new FakeWorksheetProxy(this.ctx, () => this.ctx.requireSheet(key));
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheetProxy(this.ctx, () => this.ctx.book.sheet(key) ?? null);
  }
  add(name?: string): XlWorksheet {
    return new FakeWorksheetProxy(this.ctx, () => this.ctx.book.add(name ?? `Sheet${this.ctx.book.sheets.length + 1}`));
  }
}

class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  getSelectedRange(): XlRange {
    return new FakeRangeProxy(this.ctx, () => {
      const sel = this.ctx.book.selection;
      if (!sel) throw new Error('InvalidSelection: nothing selected');
      return { sheet: this.ctx.requireSheet(sel.sheet), rect: sel.range };
    });
  }
}

function newCounts(): FakeCounts {
  return { runs: 0, mergeUndoRuns: 0, syncs: 0, ops: 0, opsPerSync: [], bytesPerSync: [] };
}

export function createFakeExcel(book: FakeBook, options: FakeExcelOptions = {}): FakeExcel {
  const apiVersion = options.apiVersion ?? '1.20';
  const state: FakeExcelState = {
    counts: newCounts(),
    failSyncs: options.failSyncs ?? [],
    strictNullObjects: options.strictNullObjects,
    payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
  };
  const summaries: { sheet: string; scoredAt: Date }[] = [];
  const fake: FakeExcel = {
    book,
    get counts() {
      return state.counts;
    },
    summaries,
    resetCounts() {
      state.counts = newCounts();
    },
    env: {
      async run<T>(batch: (context: XlContext) => Promise<T>, runOptions?: RunOptions): Promise<T> {
        state.counts.runs++;
        if (runOptions?.mergeUndoGroup) {
          if (!versionAtLeast(apiVersion, '1.20')) throw new Error('ApiNotFound: mergeUndoGroup needs ExcelApi 1.20');
          state.counts.mergeUndoRuns++;
        }
        return batch(new FakeContext(book, state));
      },
      isSetSupported(name: 'ExcelApi', minVersion: string): boolean {
        return name === 'ExcelApi' && versionAtLeast(apiVersion, minVersion);
      },
      async addSummary(result, _rules, scoredAt) {
        summaries.push({ sheet: result.sheet, scoredAt });
        return { sheetName: `${result.sheet} summary` };
      },
    },
  };
  return fake;
}

/** A sheet holding a snapshot's grid (values, formats, display text, merges, protection). */
export function sheetFromSnapshot(book: FakeBook, snapshot: SheetSnapshot): FakeSheet {
  const sheet = book.add(snapshot.name);
  snapshot.values.forEach((row, i) =>
    row.forEach((v: CellValue, j) => {
      const nf = snapshot.numberFormats[i]?.[j] ?? 'General';
      const text = snapshot.texts?.[i]?.[j];
      if (v === '' && nf === 'General') return;
      const cell = sheet.cell(snapshot.top + i, snapshot.left + j);
      cell.value = v;
      cell.numberFormat = nf;
      if (text !== undefined) cell.text = text;
    }),
  );
  for (const f of snapshot.formulaRanges ?? []) {
    for (let i = 0; i < f.rowCount; i++)
      for (let j = 0; j < f.colCount; j++) sheet.cell(f.row + i, f.col + j).formula = '=FAKE()';
  }
  sheet.merges = [...snapshot.merges];
  sheet.protected = snapshot.protected;
  if (!book.active) book.active = sheet.name;
  return sheet;
}

/** A grid of plain values at A1 (strings, numbers), "General" formats. */
export function sheetFromRows(book: FakeBook, name: string, rows: CellValue[][]): FakeSheet {
  return sheetFromSnapshot(book, {
    name,
    top: 0,
    left: 0,
    values: rows,
    numberFormats: rows.map((r) => r.map(() => 'General')),
    merges: [],
    protected: false,
  });
}
