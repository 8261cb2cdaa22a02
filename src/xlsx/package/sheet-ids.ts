/** The largest sheetId the schema allows (an unsigned 32-bit integer). */
const MAX_SHEET_ID = 4_294_967_295;

/** New sheet ids: after the largest one in use, or the smallest free one once that is taken. */
export class SheetIds {
  private readonly used: Set<number>;
  private last: number;

  constructor(ids: number[]) {
    this.used = new Set(ids);
    this.last = ids.reduce((a, b) => (b > a ? b : a), 0);
  }

  next(): number {
    let id = this.last + 1;
    if (id > MAX_SHEET_ID) for (id = 1; this.used.has(id); id++);
    this.used.add(id);
    this.last = Math.max(this.last, id);
    return id;
  }
}
