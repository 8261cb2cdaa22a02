/**
 * A small recording fake of the Office.js objects the summary writer uses (the Sx* interfaces).
 * Like Office.js, loaded properties are readable only after load() and sync(); everything set is
 * recorded so tests can check what would reach Excel and how many round trips it took.
 */
import type {
  SxBorder,
  SxChart,
  SxContext,
  SxFormat,
  SxHeaderFooter,
  SxPageLayout,
  SxRange,
  SxRangeAreas,
  SxTable,
  SxTableNames,
  SxWorksheet,
} from '../../src/excel/summary-writer';
import { toA1 } from '../../src/core/a1';

type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export class FakeFormat implements SxFormat {
  readonly font = { bold: false, italic: false, size: 11, color: '#000000' };
  readonly fill = { color: '' };
  wrapText = false;
  horizontalAlignment = 'General';
  indentLevel = 0;
  verticalAlignment = 'Bottom';
  columnWidth = 48;
  rowHeight = 15;
  readonly edges = new Map<BorderIndex, SxBorder>();
  readonly borders = {
    getItem: (index: BorderIndex): SxBorder => {
      const b = this.edges.get(index) ?? { style: 'None', color: '' };
      this.edges.set(index, b);
      return b;
    },
  };
}

export class FakeRange implements SxRange {
  values: (string | number)[][] = [];
  numberFormat: string[][] = [];
  readonly format = new FakeFormat();
  merged = false;
  /** The order values and numberFormat were set in ("numberFormat", "values"). */
  readonly setOrder: string[] = [];

  constructor(readonly address: string) {
    return new Proxy(this, {
      set: (target, prop, value) => {
        if (prop === 'values' || prop === 'numberFormat') target.setOrder.push(prop);
        return Reflect.set(target, prop, value);
      },
    });
  }

  merge(): void {
    this.merged = true;
  }
}

export class FakeRangeAreas implements SxRangeAreas {
  readonly format = new FakeFormat();
  constructor(readonly address: string) {}
}

export class FakeHeaderFooter implements SxHeaderFooter {
  centerFooter = '';
  rightFooter = '';
  private left = '';
  private readable = false;
  constructor(private readonly ctx: FakeContext) {}

  /** Like Office.js: readable after load() and sync() (or once we set it ourselves). */
  get leftFooter(): string {
    if (!this.readable) throw new Error('leftFooter: property was not loaded');
    return this.left;
  }
  set leftFooter(v: string) {
    this.left = v;
    this.readable = true;
  }

  /** Set by tests: the footer a sheet already has, before the writer runs. */
  preset(v: string): void {
    this.left = v;
  }

  load(): unknown {
    this.ctx.onSync(() => (this.readable = true));
    return this;
  }
}

export class FakePageLayout implements SxPageLayout {
  orientation = 'Portrait';
  paperSize = 'Letter';
  printGridlines = true;
  centerHorizontally = false;
  leftMargin = 0;
  rightMargin = 0;
  topMargin = 0;
  bottomMargin = 0;
  headerMargin = 0;
  footerMargin = 0;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } = { scale: 100 };
  printTitleRows = '';
  printArea = '';
  readonly headersFooters: { defaultForAllPages: FakeHeaderFooter };
  constructor(ctx: FakeContext) {
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(ctx) };
  }
  setPrintTitleRows(rows: string): void {
    this.printTitleRows = rows;
  }
  setPrintArea(area: string): void {
    this.printArea = area;
  }
}

export class FakeChart implements SxChart {
  name = '';
  readonly title = { text: '' };
  readonly legend = { visible: true };
  readonly axes = { categoryAxis: { reversePlotOrder: false } };
  readonly pointColours: string[] = [];
  readonly seriesProps = { hasDataLabels: false, gapWidth: 150 };
  position: [string, string | undefined] | null = null;
  readonly series = {
    getItemAt: (index: number) => {
      if (index !== 0) throw new Error('one series only');
      const props = this.seriesProps;
      const colours = this.pointColours;
      return {
        get hasDataLabels() {
          return props.hasDataLabels;
        },
        set hasDataLabels(v: boolean) {
          props.hasDataLabels = v;
        },
        get gapWidth() {
          return props.gapWidth;
        },
        set gapWidth(v: number) {
          props.gapWidth = v;
        },
        points: {
          getItemAt: (i: number) => ({ format: { fill: { setSolidColor: (c: string) => void (colours[i] = c) } } }),
        },
      };
    },
  };
  constructor(
    readonly type: string,
    readonly source: string,
    readonly seriesBy: string | undefined,
  ) {}
  setPosition(start: string, end?: string): void {
    this.position = [start, end];
  }
}

export class FakeTable implements SxTable {
  name: string;
  style = 'TableStyleMedium2';
  showBandedRows = true;
  showFilterButton = true;
  constructor(
    readonly address: string,
    readonly hasHeaders: boolean,
    name: string,
  ) {
    this.name = name;
  }
}

/** A table collection whose items are readable, as in Office.js, only after load() and sync(). */
export class FakeTableNames implements SxTableNames {
  private readable = false;
  constructor(
    private readonly ctx: FakeContext,
    private readonly list: () => FakeTable[],
  ) {}
  get items(): FakeTable[] {
    if (!this.readable) throw new Error('tables.items: property was not loaded');
    return this.list();
  }
  load(): unknown {
    this.ctx.onSync(() => (this.readable = true));
    return this;
  }
}

export class FakeWorksheet implements SxWorksheet {
  position: number;
  showGridlines = true;
  tabColor = '';
  deleted = false;
  activated = false;
  readonly pageLayout: FakePageLayout;
  readonly ranges: FakeRange[] = [];
  readonly areas: FakeRangeAreas[] = [];
  readonly chartList: FakeChart[] = [];
  readonly tableList: FakeTable[] = [];
  readonly tables: SxWorksheet['tables'];
  readonly pageBreaksBefore: string[] = [];
  readonly horizontalPageBreaks = { add: (address: string): unknown => this.pageBreaksBefore.push(address) };
  readonly charts = {
    add: (type: string, source: SxRange, seriesBy?: string): FakeChart => {
      const chart = new FakeChart(type, (source as FakeRange).address, seriesBy);
      this.chartList.push(chart);
      return chart;
    },
  };

  constructor(
    readonly name: string,
    position: number,
    ctx: FakeContext,
  ) {
    this.position = position;
    this.pageLayout = new FakePageLayout(ctx);
    const names = new FakeTableNames(ctx, () => this.tableList);
    const list = this.tableList;
    this.tables = {
      get items() {
        return names.items;
      },
      load: () => names.load(),
      add: (address: string, hasHeaders: boolean): FakeTable => {
        // Excel names a new table Table1, Table2...; the writer renames it.
        const table = new FakeTable(address, hasHeaders, `Table${ctx.tableCount() + 1}`);
        list.push(table);
        return table;
      },
    };
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    const start = toA1({ row, col });
    const address =
      rowCount === 1 && colCount === 1
        ? start
        : `${start}:${toA1({ row: row + rowCount - 1, col: col + colCount - 1 })}`;
    const r = new FakeRange(address);
    this.ranges.push(r);
    return r;
  }

  getRanges(address: string): FakeRangeAreas {
    const a = new FakeRangeAreas(address);
    this.areas.push(a);
    return a;
  }

  delete(): void {
    this.deleted = true;
  }

  activate(): void {
    this.activated = true;
  }
}

export class FakeContext implements SxContext {
  syncs = 0;
  private readonly sheets: FakeWorksheet[] = [];
  private itemsLoaded = false;
  private itemsPending = false;
  private readonly afterSync: (() => void)[] = [];
  readonly workbook: SxContext['workbook'];

  constructor(names: string[]) {
    names.forEach((n, i) => this.sheets.push(new FakeWorksheet(n, i, this)));
    const owner = this;
    const tableNames = new FakeTableNames(this, () =>
      this.sheets.filter((s) => !s.deleted).flatMap((s) => s.tableList),
    );
    const properties = this.properties;
    this.workbook = {
      tables: tableNames,
      properties: {
        get title(): string {
          if (!properties.loaded) throw new Error('properties.title: property was not loaded');
          return properties.title;
        },
        set title(v: string) {
          properties.title = v;
          properties.loaded = true;
        },
        load: (): unknown => {
          owner.onSync(() => (properties.loaded = true));
          return null;
        },
      },
      worksheets: {
        get items(): FakeWorksheet[] {
          return owner.readItems();
        },
        load: (): unknown => {
          owner.itemsPending = true;
          return null;
        },
        getItem: (name: string): FakeWorksheet => owner.sheet(name),
        add: (name?: string): FakeWorksheet => {
          const ws = new FakeWorksheet(name ?? `Sheet${owner.sheets.length + 1}`, owner.sheets.length, owner);
          owner.sheets.push(ws);
          return ws;
        },
      },
    };
  }

  /** The document title (tests preset it to check it is kept). */
  readonly properties = { title: '', loaded: false };

  tableCount(): number {
    return this.sheets.reduce((n, s) => n + s.tableList.length, 0);
  }

  /** All sheets, including deleted and added ones (tests only). */
  get all(): FakeWorksheet[] {
    return this.sheets;
  }

  sheet(name: string): FakeWorksheet {
    const ws = this.sheets.find((s) => s.name === name && !s.deleted);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }

  readItems(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw new Error('worksheets.items: property was not loaded');
    return this.sheets.filter((s) => !s.deleted);
  }

  onSync(fn: () => void): void {
    this.afterSync.push(fn);
  }

  async sync(): Promise<unknown> {
    this.syncs++;
    if (this.itemsPending) this.itemsLoaded = true;
    for (const fn of this.afterSync.splice(0)) fn();
    return undefined;
  }
}
