/**
 * What Office tells a page about its host before any script runs. Office opens an add-in's pages
 * with `_host_Info=Excel$Win32$16.01$en-GB$...` in the query string (office.js reads it to pick
 * the host's script, and keeps it in sessionStorage for later navigations). Some hosts (Office on
 * the web's frames, and pages reloaded inside them) pass it instead in `window.name`, a JSON object
 * whose `hostInfo` field holds the same text; office.js reads that too. A page opened in a plain
 * browser has none of the three, so the mode is known at once, without waiting on office.js.
 */

export interface BootPage {
  /** window.location.search. */
  search: string;
  /** sessionStorage's hostInfoValue, where office.js keeps the host info; null when absent. */
  storedHostInfo: string | null;
  /** window.name: Office may pass `{"hostInfo":"Excel|Web|16.00|...",...}` there. */
  windowName?: string;
}

/** The hostInfo field of a window.name Office set, or null. */
export function hostInfoFromWindowName(name: string | undefined): string | null {
  if (!name || !name.includes('hostInfo')) return null;
  try {
    const parsed: unknown = JSON.parse(name);
    if (typeof parsed === 'object' && parsed !== null) {
      const info = (parsed as { hostInfo?: unknown }).hostInfo;
      return typeof info === 'string' && info !== '' ? info : null;
    }
  } catch {
    // Not JSON: no host info there.
  }
  return null;
}

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The host application named in host info ("Excel"), or null when Office did not open this page. */
export function officeHostFromPage(page: BootPage): string | null {
  const raw =
    new URLSearchParams(page.search).get('_host_Info') ??
    page.storedHostInfo ??
    hostInfoFromWindowName(page.windowName);
  if (!raw) return null;
  // Fields are separated by "$" (current hosts) or "|" (older ones): host first.
  const host = raw.split(/[$|]/)[0]?.trim();
  return host ? host : null;
}

/** The page this script runs in; safe outside a browser. */
export function currentPage(): BootPage {
  if (typeof window === 'undefined') return { search: '', storedHostInfo: null, windowName: '' };
  let stored: string | null = null;
  try {
    stored = window.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    // Storage blocked (privacy settings): the query string is enough.
  }
  let windowName = '';
  try {
    windowName = typeof window.name === 'string' ? window.name : '';
  } catch {
    // A cross-origin frame's name can throw in old engines: the other two sources remain.
  }
  return { search: window.location?.search ?? '', storedHostInfo: stored, windowName };
}
