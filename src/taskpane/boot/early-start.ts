/**
 * The pane's entry imports this first, so it runs before React and Fluent initialise: the chunk the
 * mode needs is requested at once and downloads while they do. Office opens the pane with host
 * information (host-info.ts); without it this is the browser preview. Inside Office the Excel host
 * (with the engine) starts loading now, while office.js and Office.onReady take their time; in the
 * preview, its .xlsx host waits until it is wanted (start-preview.tsx).
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

/**
 * The preview's UI (a few KB) is in the first chunk ("eager"): a chunk of its own would cost a round
 * trip after this script has run, before the first render. Its host loads later (start-preview.tsx).
 */
export const previewStart = openedByOffice ? null : import(/* webpackMode: "eager" */ '../../preview/start-preview');
