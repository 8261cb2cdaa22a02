/**
 * Starts the browser preview: renders it at once over a deferred host, and loads the .xlsx host
 * (workbook reader, writer and engine, their own chunks) when it is wanted: the user reaching for the
 * pane, or a few seconds after it has loaded, or at once when they open a workbook or score first.
 */
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { hostLoader, whenWanted } from '../taskpane/boot/deferred-host';
import type { PreviewHost } from '../core/preview-host';
import { preloadScoreDetails } from '../taskpane/components/ScoreView';
import { deferredPreviewHost } from './deferred-preview-host';
import { PreviewApp } from './PreviewApp';

export function startPreview(root: Root): void {
  const loader = hostLoader<PreviewHost>(() =>
    import(/* webpackChunkName: "preview-host" */ '../xlsx/preview-host').then((m) => m.createPreviewHost()),
  );
  // Rendered now, in the task that ran the bundle, rather than in a task of React's scheduler after it:
  // the browser does not stop to draw a frame of "Loading Scorelight…" in between.
  flushSync(() => root.render(<PreviewApp host={deferredPreviewHost(loader)} />));
  whenWanted(() => {
    // A failure here is said when the user acts (each action asks again).
    loader.get().catch(() => undefined);
    preloadScoreDetails().catch(() => undefined);
    import(/* webpackChunkName: "workbook-controls" */ './WorkbookControls').catch(() => undefined);
    import(/* webpackChunkName: "workbook-controls" */ './SheetView').catch(() => undefined);
  });
}
