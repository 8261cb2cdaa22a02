/**
 * Decides whether the pane runs inside Excel or as the browser preview. office.js is served with the
 * add-in; outside Office it is still loaded, but Office.onReady reports no host. A timeout covers an
 * office.js that never answers (blocked script, offline CDN fallbacks) so the preview always opens.
 */
import type { OfficeThemeColours } from '../theme/office-theme';

export interface ModeInfo {
  mode: 'excel' | 'preview';
  /** The Office theme's colours when running in Excel, read once here so components never call Office. */
  officeTheme?: OfficeThemeColours;
}

type OfficeLike = {
  onReady?: () => Promise<{ host: unknown }>;
  context?: { officeTheme?: OfficeThemeColours };
  HostType?: { Excel?: unknown };
};

export async function detectMode(timeoutMs = 2500): Promise<ModeInfo> {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  if (!office || typeof office.onReady !== 'function') return { mode: 'preview' };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  let info: { host: unknown } | null;
  try {
    info = await Promise.race([office.onReady(), timeout]);
  } catch {
    info = null;
  }
  if (!info || !info.host) return { mode: 'preview' };
  return { mode: 'excel', officeTheme: readOfficeTheme(office) };
}

function readOfficeTheme(office: OfficeLike): OfficeThemeColours | undefined {
  try {
    return office.context?.officeTheme;
  } catch {
    // Older hosts throw instead of returning undefined: fall back to the light theme.
    return undefined;
  }
}
