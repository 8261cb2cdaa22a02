/**
 * The pane's first render does not wait for the scoring engine: the host (Office.js or the .xlsx
 * reader, with the engine) is a separate chunk, loaded when it is wanted (whenWanted below). The
 * pane gets a PaneHost straight away whose every action waits for the real host, so "Score this
 * sheet" works the moment it is shown.
 */
import type { PaneHost } from '../../core/host';

export interface HostLoader<H> {
  /** Starts loading (once) and resolves with the host. */
  get(): Promise<H>;
  /** Resolves once the host has loaded, without starting the load (for what can wait for it). */
  loaded(): Promise<H>;
  /** The host, when it has loaded. */
  current(): H | null;
}

/** Said instead of webpack's "Loading chunk 511 failed" when the engine's code cannot be fetched. */
export function engineLoadMessage(error: unknown): string {
  const why = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Scorelight could not load its scoring code${why}. Check the connection, then close the pane and open it again.`;
}

export function hostLoader<H>(load: () => Promise<H>): HostLoader<H> {
  let host: H | null = null;
  let pending: Promise<H> | null = null;
  let resolveLoaded: (h: H) => void = () => undefined;
  const loaded = new Promise<H>((resolve) => {
    resolveLoaded = resolve;
  });
  return {
    get() {
      if (!pending) {
        pending = load().then(
          (h) => {
            host = h;
            resolveLoaded(h);
            return h;
          },
          (e: unknown) => {
            // A failed fetch may succeed on the next action (the connection came back).
            pending = null;
            throw new Error(engineLoadMessage(e));
          },
        );
      }
      return pending;
    },
    loaded: () => loaded,
    current: () => host,
  };
}

/**
 * A PaneHost over a host still loading: each action starts the load if it has not started and runs
 * once the host is there. Reading the rules only waits (the pane asks for them on mount, and that
 * alone must not pull the engine ahead of the first render).
 */
export function deferredPaneHost(mode: PaneHost['mode'], loader: HostLoader<PaneHost>): PaneHost {
  const use = loader.get;
  return {
    mode,
    scoreActiveSheet: (onProgress) => use().then((h) => h.scoreActiveSheet(onProgress)),
    scoreAllSheets: (onProgress) =>
      use().then((h) => {
        if (!h.scoreAllSheets) throw new Error('This host cannot score every sheet.');
        return h.scoreAllSheets(onProgress);
      }),
    undoLastScoring: () => use().then((h) => h.undoLastScoring()),
    createSummary: () => use().then((h) => h.createSummary()),
    selectCell: (sheet, address) => use().then((h) => h.selectCell(sheet, address)),
    loadRules: () => loader.loaded().then((h) => h.loadRules()),
    saveRules: (rules) => use().then((h) => h.saveRules(rules)),
    saveMapping: (sheet, mapping) => use().then((h) => h.saveMapping(sheet, mapping)),
    getSelectedRange: () => use().then((h) => h.getSelectedRange()),
    readRangeText: (sheet, address, maxRows, maxCols) =>
      use().then((h) => h.readRangeText?.(sheet, address, maxRows, maxCols) ?? []),
  };
}

/** The longest the engine waits for the page's load event (a slow office.js can hold that up). */
export const LOAD_WAIT_MS = 1500;

/**
 * Runs `start` once the page's load event has passed (at once if it has), in a task of its own, so
 * what it loads holds up neither the page's load nor the first paint; or after LOAD_WAIT_MS at most.
 * `start` must be safe to call twice.
 */
export function afterPageLoad(start: () => void, doc: Document = document, maxWaitMs = LOAD_WAIT_MS): void {
  const later = () => setTimeout(start, 0);
  if (doc.readyState === 'complete') {
    later();
    return;
  }
  doc.defaultView?.addEventListener('load', later, { once: true });
  setTimeout(start, maxWaitMs);
}

/**
 * The user's first sign of using the pane: a press, a key, a tap or focus moving in. Not the pointer
 * passing over it: that comes just before the click it would compete with, and in the preview the
 * first press is usually Open workbook, which leaves seconds in the file picker for the load.
 */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/** How long after the page's load the rest loads anyway, when the user has not reached for the pane. */
export const QUIET_MS = 2000;

/**
 * Runs `start` once, when the rest of the pane is wanted: at the user's first sign of using it
 * (INTENT_EVENTS), else QUIET_MS after the page has loaded. Loading it straight after the first paint
 * would run its code while the user (or a test) is reaching for the Score button, and hold the click
 * up; an action that needs it sooner asks for it itself (HostLoader.get).
 */
export function whenWanted(start: () => void, doc: Document = document, quietMs = QUIET_MS): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    for (const e of INTENT_EVENTS) doc.removeEventListener(e, go, true);
    start();
  };
  for (const e of INTENT_EVENTS) doc.addEventListener(e, go, { capture: true, passive: true });
  afterPageLoad(() => setTimeout(go, quietMs), doc);
}
