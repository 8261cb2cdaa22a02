/**
 * Entry point. Decides Excel or browser preview, then loads only that mode's host: the Excel host
 * (Office.js) or the preview (ExcelJS, ~255 KB gzip) as separate chunks, so Excel never downloads ExcelJS.
 */
import { createRoot } from 'react-dom/client';
import { detectMode } from './boot/detect-mode';
import { Pane } from './components/Pane';
import { PaneRoot } from './components/PaneRoot';
import { engineRulesKit } from './engine-kit';
import { themeKindFromOffice } from './theme/office-theme';

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const info = await detectMode();
  const root = createRoot(container);
  const kit = engineRulesKit();
  if (info.mode === 'excel') {
    const { createExcelPaneHost } = await import(/* webpackChunkName: "excel-host" */ '../excel/pane-host');
    root.render(
      <PaneRoot theme={themeKindFromOffice(info.officeTheme)}>
        <Pane host={createExcelPaneHost()} kit={kit} />
      </PaneRoot>,
    );
    return;
  }
  const { startPreview } = await import(/* webpackChunkName: "preview" */ '../preview/start-preview');
  await startPreview(root, kit);
}

start().catch((e: unknown) => {
  const el = document.getElementById('container');
  if (el) el.textContent = `Scorelight could not start: ${e instanceof Error ? e.message : String(e)}`;
});
