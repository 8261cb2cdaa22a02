/**
 * Entry point. Decides Excel or browser preview, renders the pane, and loads only that mode's host:
 * the Excel host (Office.js) or the preview's .xlsx host, each with the engine, as separate chunks,
 * so Excel never downloads the workbook reader. The first render waits for neither (boot/deferred-host.ts):
 * the Score button is there as soon as React and Fluent are, and a click waits for the host.
 */
// First: requests the mode's chunk before React and Fluent initialise.
import { excelHost, previewStart } from './boot/early-start';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { deferredPaneHost, whenWanted } from './boot/deferred-host';
import { detectMode } from './boot/detect-mode';
import { Pane } from './components/Pane';
import { PaneRoot } from './components/PaneRoot';
import { preloadScoreDetails } from './components/ScoreView';
import { themeKindFromOffice } from './theme/office-theme';

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const info = await detectMode();
  const root = createRoot(container);
  if (info.mode === 'excel' && excelHost) {
    const host = deferredPaneHost('excel', excelHost);
    // At once, as the preview does (start-preview.tsx).
    flushSync(() =>
      root.render(
        <PaneRoot theme={themeKindFromOffice(info.officeTheme)}>
          <Pane host={host} />
        </PaneRoot>,
      ),
    );
    whenWanted(() => void preloadScoreDetails().catch(() => undefined));
    return;
  }
  const { startPreview } = await (previewStart ?? import(/* webpackMode: "eager" */ '../preview/start-preview'));
  startPreview(root);
}

start().catch((e: unknown) => {
  const el = document.getElementById('container');
  if (el) el.textContent = `Scorelight could not start: ${e instanceof Error ? e.message : String(e)}`;
});
