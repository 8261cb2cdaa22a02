/**
 * Excel.run for the summary writer's recording fake (tests/summary/fake-excel-summary.ts), with
 * Excel's undo-group rule: inside a run with mergeUndoGroup, a member on Microsoft's no-undo list
 * (no-undo-apis.ts) makes the request fail with UndoNotSupported at its sync.
 * The summary writer reaches that list only through Worksheet, WorksheetCollection and
 * DocumentProperties (its Range, Chart and Table calls are not on it), so those are watched.
 * The summary fake applies each call as it is made, so a refused request's other calls are
 * applied too: tests check what was asked for, in which run, not what a refused request left.
 */
import type { SxContext, SxRun } from '../../../src/excel/summary-writer';
import type { FakeContext } from '../../summary/fake-excel-summary';
import { codeError } from './context';
import { lacksUndo, type UndoHost } from './no-undo-apis';

export interface SummaryRun {
  grouped: boolean;
  /** "Class.member" for every set and call on a watched object, in order. */
  calls: string[];
  /** The first call Excel would not group, when it refused the run. */
  refused?: string;
}

export interface SummaryRuns {
  run: SxRun;
  runs: SummaryRun[];
}

export function summaryRuns(
  ctx: FakeContext,
  options: { undoHost?: UndoHost; moreWithoutUndo?: string[] } = {},
): SummaryRuns {
  const host = options.undoHost ?? 'both';
  const more = options.moreWithoutUndo ?? [];
  const runs: SummaryRun[] = [];

  const run: SxRun = async (batch, runOptions) => {
    const entry: SummaryRun = { grouped: runOptions?.mergeUndoGroup === true, calls: [] };
    runs.push(entry);
    let pending: string | undefined;
    const note = (member: string): void => {
      entry.calls.push(member);
      if (entry.grouped && !pending && (lacksUndo(member, host) || more.includes(member))) pending = member;
    };
    // One proxy per object, so identity holds (the writer keeps sheets in a Set).
    const proxies = new WeakMap<object, object>();
    const watch = <T extends object>(target: T, cls: string): T => {
      const known = proxies.get(target);
      if (known) return known as T;
      const proxy = new Proxy(target, {
        get(t, prop, receiver) {
          const value: unknown = Reflect.get(t, prop, receiver);
          if (typeof prop !== 'string') return value;
          if (cls === 'WorksheetCollection' && prop === 'items')
            return (value as object[]).map((ws) => watch(ws, 'Worksheet'));
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if (prop !== 'load') note(`${cls}.${prop}`);
            const out: unknown = (value as (...a: unknown[]) => unknown).apply(t, args);
            const made = cls === 'WorksheetCollection' && (prop === 'add' || prop === 'getItem');
            return made && out && typeof out === 'object' ? watch(out, 'Worksheet') : out;
          };
        },
        set(t, prop, value) {
          if (typeof prop === 'string') note(`${cls}.${prop}`);
          return Reflect.set(t, prop, value);
        },
      });
      proxies.set(target, proxy);
      return proxy;
    };
    const workbook = ctx.workbook;
    const context: SxContext = {
      workbook: {
        tables: workbook.tables,
        properties: watch(workbook.properties, 'DocumentProperties'),
        worksheets: watch(workbook.worksheets, 'WorksheetCollection'),
      },
      sync: async () => {
        if (pending) {
          entry.refused = pending;
          const member = pending;
          pending = undefined;
          throw codeError('UndoNotSupported', `${member} has no undo support, so it cannot be grouped`);
        }
        return ctx.sync();
      },
    };
    return batch(context);
  };
  return { run, runs };
}
