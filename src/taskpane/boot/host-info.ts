/**
 * What Office tells a page about its host before any script runs. Office opens an add-in's pages
 * with `_host_Info=Excel$Win32$16.01$en-GB$...` in the query string (office.js reads it to pick
 * the host's script, and keeps it in sessionStorage for later navigations). A page opened in a
 * plain browser has neither, so the mode is known at once, without waiting on office.js.
 */

export interface BootPage {
  /** window.location.search. */
  search: string;
  /** sessionStorage's hostInfoValue, where office.js keeps the host info; null when absent. */
  storedHostInfo: string | null;
}

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The host application named in host info ("Excel"), or null when Office did not open this page. */
export function officeHostFromPage(page: BootPage): string | null {
  const raw = new URLSearchParams(page.search).get('_host_Info') ?? page.storedHostInfo;
  if (!raw) return null;
  // Fields are separated by "$" (current hosts) or "|" (older ones): host first.
  const host = raw.split(/[$|]/)[0]?.trim();
  return host ? host : null;
}

/** The page this script runs in; safe outside a browser. */
export function currentPage(): BootPage {
  if (typeof window === 'undefined') return { search: '', storedHostInfo: null };
  let stored: string | null = null;
  try {
    stored = window.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    // Storage blocked (privacy settings): the query string is enough.
  }
  return { search: window.location?.search ?? '', storedHostInfo: stored };
}
