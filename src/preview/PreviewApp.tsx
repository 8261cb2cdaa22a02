/**
 * The browser preview: the same pane as in Excel, plus a toolbar to open and download a workbook and
 * a small read-only view of the cell the pane selected. Wide windows show the sheet beside the pane.
 */
import { makeStyles } from '@fluentui/react-components';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { LiveRegion } from '../taskpane/components/LiveRegion';
import { Pane } from '../taskpane/components/Pane';
import { PaneRoot } from '../taskpane/components/PaneRoot';
import { useAnnouncer } from '../taskpane/hooks/useAnnouncer';
import type { PreviewHost } from '../core/preview-host';
import { PreviewToolbar } from './PreviewToolbar';
import { useSystemTheme } from './use-system-theme';

// Shown once the pane has selected a cell: not part of the first paint.
const SheetView = lazy(() =>
  import(/* webpackChunkName: "workbook-controls" */ './SheetView').then((m) => ({ default: m.SheetView })),
);

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: '12px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 760px)': { gridTemplateColumns: 'minmax(300px, 380px) minmax(0, 1fr)', alignItems: 'start' },
  },
  side: { minWidth: 0, '@media (min-width: 760px)': { order: 2, position: 'sticky', top: '12px' } },
  pane: { minWidth: 0 },
});

export function PreviewApp({ host }: { host: PreviewHost }) {
  const styles = useStyles();
  const theme = useSystemTheme();
  const { text, announce } = useAnnouncer();
  useSyncExternalStore(host.subscribe, host.revision);
  const selection = host.selection();
  // A new workbook means new rules and no results: remount the pane.
  const workbookKey = host.workbookSerial();
  return (
    <PaneRoot theme={theme}>
      <PreviewToolbar host={host} announce={announce} />
      <div className={styles.layout}>
        <div className={styles.side}>
          {selection ? (
            <Suspense fallback={null}>
              <SheetView host={host} selection={selection} />
            </Suspense>
          ) : null}
        </div>
        <div className={styles.pane}>
          <Pane key={workbookKey} host={host} />
        </div>
      </div>
      <LiveRegion text={text} />
    </PaneRoot>
  );
}
