/**
 * The preview's host while the workbook reader and the engine are still loading (their own chunk):
 * the preview renders at once with no workbook open, and opening one, or any action, waits for the
 * real host. When it arrives, React hears of it through subscribe/revision like any other change.
 */
import type { PreviewHost } from '../core/preview-host';
import { deferredPaneHost, type HostLoader } from '../taskpane/boot/deferred-host';

export function deferredPreviewHost(loader: HostLoader<PreviewHost>): PreviewHost {
  // Each listener with its unsubscribe from the real host, once the host is there.
  const listeners = new Map<() => void, (() => void) | null>();
  // Until the host is there nothing changes; once it is, its revisions count on from 1.
  void loader.loaded().then((h) => {
    for (const l of listeners.keys()) listeners.set(l, h.subscribe(l));
    listeners.forEach((_, l) => l());
  });
  const now = loader.current;
  return {
    ...deferredPaneHost('preview', loader),
    mode: 'preview',
    openWorkbook: (name, data) => loader.get().then((h) => h.openWorkbook(name, data)),
    downloadScored: () => loader.get().then((h) => h.downloadScored()),
    workbookName: () => now()?.workbookName() ?? null,
    workbookSerial: () => now()?.workbookSerial() ?? 0,
    sheetNames: () => now()?.sheetNames() ?? [],
    activeSheet: () => now()?.activeSheet() ?? null,
    setActiveSheet: (name) => now()?.setActiveSheet(name),
    selection: () => now()?.selection() ?? null,
    // No workbook can be open before the host is there, so there is nothing to select yet.
    selectRange: (address) => now()?.selectRange(address) ?? false,
    cellWindow: (sheet, address, rows, cols) => now()?.cellWindow(sheet, address, rows, cols) ?? null,
    subscribe(listener) {
      listeners.set(listener, now()?.subscribe(listener) ?? null);
      return () => {
        listeners.get(listener)?.();
        listeners.delete(listener);
      };
    },
    revision: () => {
      const h = now();
      return h ? 1 + h.revision() : 0;
    },
  };
}
