/** RangeAreas proxies (merged areas, formula cells): only the geometry of their areas is ever read. */
import type { CellRange } from '../../../src/core/snapshot';
import type { XlRange, XlRangeAreas, XlRangeCollection } from '../../../src/excel/excel-api';
import type { FakeSheet } from '../fake-grid';
import type { FakeContext } from './context';

export type FoundAreas = { sheet: FakeSheet; areas: CellRange[] } | null;

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
    const names = propertyNames.split(',').map((s) => s.trim());
    for (const name of names) this.ctx.guard(`Range.${name}`);
    this.ctx.enqueue('RangeCollection.load', 'load', names, () => undefined);
    return this;
  }
}

export class FakeRangeAreasProxy implements XlRangeAreas {
  private found: FoundAreas | undefined;
  private readonly collection: FakeRangeCollection;
  constructor(
    private readonly ctx: FakeContext,
    member: string,
    args: unknown[],
    resolve: () => FoundAreas,
    /** Builds each returned area as a range with its geometry loaded (range.ts, to avoid a cycle). */
    makeArea: (sheet: FakeSheet | null, rect: CellRange) => XlRange,
  ) {
    this.collection = new FakeRangeCollection(ctx);
    ctx.enqueue(member, 'create', args, () => {
      this.found = resolve();
      const areas = this.found?.areas ?? [];
      const sheet = this.found?.sheet ?? null;
      // Each area comes back as {"rowIndex":..,"columnIndex":..,"rowCount":..,"columnCount":..}.
      ctx.respond(areas.length * 70);
      this.collection.fill(areas.map((a) => makeArea(sheet, a)));
    });
  }
  get isNullObject(): boolean {
    if (this.found === undefined) throw new Error('PropertyNotLoaded: isNullObject before sync');
    return this.found === null;
  }
  get areas(): XlRangeCollection {
    return this.collection;
  }
  select(): void {
    this.ctx.enqueue('RangeAreas.select', 'call', [], () => {
      const found = this.found;
      if (found && found.areas.length > 0)
        this.ctx.book.selection = { sheet: found.sheet.name, range: found.areas[0], areas: found.areas };
    });
  }
  load(propertyNames: string): unknown {
    const names = propertyNames.split(',').map((s) => s.trim());
    for (const name of names) this.ctx.guard(`RangeAreas.${name}`);
    this.ctx.enqueue('RangeAreas.load', 'load', names, () => undefined);
    return this;
  }
}
