/**
 * The pane's entry imports this first, so it runs before React and Fluent initialise: the chunk the
 * mode needs is requested at once and downloads while they do. Office opens the pane with host
 * information (host-info.ts); without it this is the browser preview. Inside Office the Excel host
 * (with the engine) starts loading now, while office.js and Office.onReady take their time; the
 * preview's UI is a small chunk, and its .xlsx host waits until the page has loaded (start-preview.tsx).
 */
// The built-ins EdgeHTML lacks, before any other code of ours runs.
import '../../excel/legacy-engine';
import type { PaneHost } from '../../core/host';
import { hostLoader, type HostLoader } from './deferred-host';
import { currentPage, officeHostFromPage } from './host-info';

const openedByOffice = officeHostFromPage(currentPage()) !== null;

export const excelHost: HostLoader<PaneHost> | null = openedByOffice
  ? hostLoader<PaneHost>(() =>
      import(/* webpackChunkName: "excel-host" */ '../../excel/pane-host').then((m) => m.createExcelPaneHost()),
    )
  : null;
excelHost?.get().catch(() => undefined);

export const previewStart = openedByOffice
  ? null
  : import(/* webpackChunkName: "preview" */ '../../preview/start-preview');
// An unhandled rejection here would be reported before index.tsx awaits it; index.tsx says why.
previewStart?.catch(() => undefined);
