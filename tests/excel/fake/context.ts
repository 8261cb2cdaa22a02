/**
 * One request context of the fake Excel: calls are queued as serialised actions and run in order at
 * context.sync(), like Office.js. What a sync enforces, as Excel does:
 * - the request's size is its JSON, actions and object paths in Office.js's own envelope, so sparse
 *   arrays of nulls cost what they really cost; over the limit (5 MB) the request is rejected and
 *   nothing in it runs;
 * - a member above the host's ExcelApi version fails the request (ApiNotFound), nothing runs;
 * - a sync can fail before anything runs (failSyncs), or run and lose its response (lostResponseSyncs);
 * - a response over the limit fails after the request ran;
 * - sizes are UTF-8 bytes, as the request travels (a "£" or an accented name costs two or more);
 * - inside Excel.run({ mergeUndoGroup: true }) a member on Microsoft's no-undo list (no-undo-apis.ts)
 *   fails with UndoNotSupported when it runs, after the calls before it in the request have run:
 *   a request that fails part-way keeps what it already did, as Excel's does;
 * - while the user is editing a cell, a sync fails (InvalidOperationInCellEditMode) unless the run
 *   asked for delayForCellEdit, which waits for the edit to end.
 * Calls above the manifest's declared minimum without an isSetSupported check are reported by guard().
 */
import type { XlApplication, XlContext, XlWorkbook } from '../../../src/excel/excel-api';
import { FakeBook, FakeSheet } from '../fake-grid';
import { requiredSet, versionAtLeast } from './api-sets';
import { lacksUndo, type UndoHost } from './no-undo-apis';

export interface FakeCounts {
  runs: number;
  mergeUndoRuns: number;
  syncs: number;
  ops: number;
  /** Operations and serialised request bytes per sync, in order. */
  opsPerSync: number[];
  bytesPerSync: number[];
  /** Queued calls per member ("Application.suspendScreenUpdatingUntilNextSync": 1). */
  calls: Record<string, number>;
}

export function newCounts(): FakeCounts {
  return { runs: 0, mergeUndoRuns: 0, syncs: 0, ops: 0, opsPerSync: [], bytesPerSync: [], calls: {} };
}

export interface FakeExcelState {
  counts: FakeCounts;
  failSyncs: number[];
  lostResponseSyncs: number[];
  payloadLimit: number;
  strictNullObjects?: boolean;
  /** The host's ExcelApi version. */
  apiVersion: string;
  /** The manifest's ExcelApi MinVersion. */
  declared: string;
  /** The highest set isSetSupported confirmed since the last run ended ("the same path"). */
  confirmed: string | null;
  /** Unguarded calls found so far; a test fails while any is left (see fake-excel.ts). */
  violations: string[];
  /** Which Excel's undo support the fake follows (no-undo-apis.ts). */
  undoHost: UndoHost;
  /** Further members refused in a group (tests of the fallback). */
  moreWithoutUndo: string[];
}

/** How the run this context belongs to was started. */
export interface FakeRunMode {
  mergeUndoGroup: boolean;
  delayForCellEdit: boolean;
}

type OpKind = 'create' | 'set' | 'call' | 'load';
const ACTION_TYPE: Record<OpKind, number> = { create: 1, load: 2, call: 3, set: 4 };

interface Op {
  bytes: number;
  run: () => void;
  /** Set when this Excel lacks the member: the whole request fails. */
  missing?: string;
}

export class FakeContext implements XlContext {
  /** Set by the factory (fake-excel.ts), which knows the proxies. */
  workbook!: XlWorkbook;
  readonly application: XlApplication;
  private queue: Op[] = [];
  private response = 0;
  private nextId = 1;

  constructor(
    readonly book: FakeBook,
    readonly fake: FakeExcelState,
    readonly mode: FakeRunMode = { mergeUndoGroup: false, delayForCellEdit: false },
  ) {
    this.application = {
      suspendScreenUpdatingUntilNextSync: () =>
        this.enqueue('Application.suspendScreenUpdatingUntilNextSync', 'call', [], () => undefined),
    };
  }

  /**
   * Queue one call. `member` is "Class.member" as in the generated table; `args` are what Office.js
   * serialises (the grid for a values write). Returns nothing: results come back at sync.
   */
  enqueue(member: string, kind: OpKind, args: unknown[], run: () => void): void {
    const missing = this.guard(member);
    this.fake.counts.ops++;
    this.fake.counts.calls[member] = (this.fake.counts.calls[member] ?? 0) + 1;
    const refused =
      kind !== 'load' &&
      this.mode.mergeUndoGroup &&
      (lacksUndo(member, this.fake.undoHost) || this.fake.moreWithoutUndo.includes(member));
    const checked = refused
      ? (): void => {
          throw codeError('UndoNotSupported', `${member} has no undo support, so it cannot be grouped`);
        }
      : run;
    this.queue.push({ bytes: this.serialisedBytes(member, kind, args), run: checked, missing });
  }

  /** A requirement-set check on a member used outside a queued call (run options). */
  guard(member: string): string | undefined {
    const set = requiredSet(member);
    if (!set) return undefined;
    const { declared, confirmed, apiVersion } = this.fake;
    if (!versionAtLeast(declared, set) && !(confirmed && versionAtLeast(confirmed, set))) {
      const message = `Unguarded Office.js call: ${member} needs ExcelApi ${set}, above the manifest's ${declared}, and isSetSupported('ExcelApi', '${set}') was not checked on this path`;
      this.fake.violations.push(message);
      throw new Error(message);
    }
    return versionAtLeast(apiVersion, set)
      ? undefined
      : `ApiNotFound: ${member} needs ExcelApi ${set}; this Excel has ${apiVersion}`;
  }

  /** The JSON Office.js sends for this call: an action, plus an object path when it makes an object. */
  private serialisedBytes(member: string, kind: OpKind, args: unknown[]): number {
    const id = this.nextId++;
    const name = member.split('.')[1];
    const argumentInfo = args.length ? { Arguments: args } : {};
    let json = JSON.stringify({
      Id: id,
      ActionType: ACTION_TYPE[kind],
      Name: kind === 'create' ? '' : name,
      ObjectPathId: id,
      ...(kind === 'load' ? { QueryInfo: { Select: args } } : { ArgumentInfo: argumentInfo }),
    });
    if (kind === 'create') {
      json += `"${id}":${JSON.stringify({ Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: id - 1, ArgumentInfo: argumentInfo })}`;
    }
    return Buffer.byteLength(json, 'utf8') + 2;
  }

  respond(bytes: number): void {
    this.response += bytes;
  }

  async sync(): Promise<unknown> {
    const counts = this.fake.counts;
    counts.syncs++;
    const ops = this.queue;
    this.queue = [];
    // {"Actions":[...],"ObjectPaths":{...}} around the serialised calls.
    const bytes = ops.reduce((n, o) => n + o.bytes, 0) + 32;
    counts.opsPerSync.push(ops.length);
    counts.bytesPerSync.push(bytes);
    if (this.fake.failSyncs.includes(counts.syncs)) throw new Error('The connection to Excel was lost (simulated).');
    if (this.book.cellEditMode) {
      // delayForCellEdit: Excel holds the request until the user leaves the cell, then runs it.
      if (this.mode.delayForCellEdit) this.book.cellEditMode = false;
      else throw codeError('InvalidOperationInCellEditMode', 'the user is editing a cell');
    }
    if (bytes > this.fake.payloadLimit) throw codeError('RequestPayloadSizeLimitExceeded', `${bytes} bytes`);
    const missing = ops.find((o) => o.missing)?.missing;
    if (missing) throw codeError('ApiNotFound', missing);
    this.response = 0;
    for (const op of ops) op.run();
    if (this.fake.lostResponseSyncs.includes(counts.syncs))
      throw new Error('The connection to Excel was lost after the request was sent (simulated).');
    if (this.response > this.fake.payloadLimit)
      throw codeError('ResponsePayloadSizeLimitExceeded', `${this.response} bytes`);
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

/** An Office.js-like error: name and code as OfficeExtension.Error carries them. */
export function codeError(code: string, detail: string): Error {
  const e = new Error(`${code}: ${detail}`) as Error & { code: string };
  e.name = 'RichApi.Error';
  e.code = code;
  return e;
}

/** Runs each call at once and counts nothing: for areas Excel returns already made. */
export class DetachedContext extends FakeContext {
  constructor(parent: FakeContext) {
    super(parent.book, {
      ...parent.fake,
      counts: newCounts(),
      failSyncs: [],
      lostResponseSyncs: [],
      payloadLimit: Infinity,
    });
  }
  override enqueue(_member: string, _kind: OpKind, _args: unknown[], run: () => void): void {
    run();
  }
}

export { FakeSheet };
