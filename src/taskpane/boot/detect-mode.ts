/**
 * Decides whether the pane runs inside Excel or as the browser preview, from the host information
 * Office passes to the page (host-info.ts), never from a timeout: a slow Office.onReady inside
 * Excel must not open the preview, and the preview (no Office, perhaps no network) must not wait
 * for office.js. office.js is loaded from Microsoft's CDN, async (taskpane.html); inside Office the
 * pane waits for it, and for Office.onReady up to ONREADY_TIMEOUT_MS, after which it says so.
 */
import '../../excel/legacy-engine';
import type { OfficeThemeColours } from '../theme/office-theme';
import { currentPage, OFFICE_JS_CDN, officeHostFromPage, type BootPage } from './host-info';

export interface ModeInfo {
  mode: 'excel' | 'preview';
  /** The Office theme's colours when running in Excel, read once here so components never call Office. */
  officeTheme?: OfficeThemeColours;
}

export type OfficeLike = {
  onReady?: () => Promise<{ host: unknown }>;
  context?: { officeTheme?: OfficeThemeColours };
};

export interface DetectOptions {
  page?: BootPage;
  /** Resolves with the Office global once office.js has loaded (default: waits for the script tag). */
  loadOffice?: () => Promise<OfficeLike>;
  /** How long Office.onReady may take before the pane says it is stuck (default ONREADY_TIMEOUT_MS). */
  readyTimeoutMs?: number;
}

/**
 * Office.onReady can fail to resolve at all (office-js issues #6040 and #6148): the pane would say
 * "Loading Scorelight…" for ever. A slow start inside Excel is normal (several seconds on a cold
 * start), so the limit is generous, and what it gives is a message, not the preview.
 */
export const ONREADY_TIMEOUT_MS = 45_000;

export const ONREADY_TIMEOUT_MESSAGE =
  'Excel has not finished starting Scorelight (Office.onReady did not answer within 45 seconds). Close the Scorelight pane and open it again; if it still does not start, restart Excel.';

/** onReady, or a clear error once it has taken longer than the limit. */
function readyWithin(office: OfficeLike & { onReady: () => Promise<unknown> }, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(ONREADY_TIMEOUT_MESSAGE)), ms);
  });
  return Promise.race([office.onReady(), timeout]).finally(() => clearTimeout(timer));
}

export async function detectMode(options: DetectOptions = {}): Promise<ModeInfo> {
  const host = officeHostFromPage(options.page ?? currentPage());
  if (host === null) return { mode: 'preview' };
  if (host.toLowerCase() !== 'excel') throw new Error(`Scorelight is an Excel add-in; it was opened in ${host}.`);
  const office = await (options.loadOffice ?? officeFromScript)();
  if (typeof office.onReady !== 'function') throw new Error('office.js loaded without Office.onReady.');
  const onReady = office.onReady;
  await readyWithin({ ...office, onReady: () => onReady.call(office) }, options.readyTimeoutMs ?? ONREADY_TIMEOUT_MS);
  return { mode: 'excel', officeTheme: readOfficeTheme(office) };
}

/** The Office global, once the async office.js script tag has loaded (no time limit: Office is there). */
function officeFromScript(): Promise<OfficeLike> {
  const present = (globalThis as { Office?: OfficeLike }).Office;
  if (present) return Promise.resolve(present);
  return new Promise((resolve, reject) => {
    const script = document.getElementById('office-js');
    const failed = (): void =>
      reject(
        new Error(`office.js could not be loaded from ${OFFICE_JS_CDN}: check the connection, then reopen the pane.`),
      );
    const loaded = (): void => {
      const office = (globalThis as { Office?: OfficeLike }).Office;
      if (office) resolve(office);
      else failed();
    };
    // The async script may have finished before this bundle ran: taskpane.html records how.
    const state = script?.dataset.state;
    if (!script || state === 'failed') failed();
    else if (state === 'loaded') loaded();
    else {
      script.addEventListener('load', loaded);
      script.addEventListener('error', failed);
    }
  });
}

function readOfficeTheme(office: OfficeLike): OfficeThemeColours | undefined {
  try {
    return office.context?.officeTheme;
  } catch {
    // Older hosts throw instead of returning undefined: fall back to the light theme.
    return undefined;
  }
}
