/**
 * The preview's own controls: open a workbook (file picker), choose the sheet to score, and download
 * the scored workbook. The range for the mapping fallback is typed in the Map table view.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { downloadFile } from '../taskpane/download';
import { messageOf } from '../taskpane/errors';
import type { PreviewHost } from '../core/preview-host';

// Shown only once a workbook is open or something failed: not part of the first paint.
const SheetPicker = lazy(() =>
  import(/* webpackChunkName: "workbook-controls" */ './WorkbookControls').then((m) => ({ default: m.SheetPicker })),
);
const ErrorBar = lazy(() =>
  import(/* webpackChunkName: "workbook-controls" */ './WorkbookControls').then((m) => ({ default: m.ErrorBar })),
);

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gap: '8px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    paddingBottom: '12px',
    marginBottom: '12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  muted: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
});

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function PreviewToolbar({ host, announce }: { host: PreviewHost; announce: (m: string) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = host.workbookName();

  const open = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const { sheets: opened } = await host.openWorkbook(file.name, await file.arrayBuffer());
      announce(
        `Opened ${file.name}: ${opened.length} sheet${opened.length === 1 ? '' : 's'}. Active sheet ${host.activeSheet() ?? ''}.`,
      );
    } catch (e) {
      setError(messageOf(e));
      announce(`${file.name} could not be opened. ${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    setError(null);
    try {
      const out = await host.downloadScored();
      downloadFile(out.name, out.data, XLSX_MIME);
      announce(`Downloading ${out.name}.`);
    } catch (e) {
      setError(messageOf(e));
      announce(messageOf(e));
    }
  };

  return (
    <section className={styles.bar} aria-label="Browser preview">
      <p className={styles.muted}>Browser preview: your workbook stays on this computer.</p>
      <div className={styles.row}>
        <Button appearance="secondary" disabledFocusable={busy} onClick={() => input.current?.click()}>
          Open workbook
        </Button>
        <Button disabledFocusable={!name || busy} onClick={() => void download()}>
          Download scored workbook
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          hidden
          aria-label="Workbook to open"
          data-testid="workbook-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void open(file);
          }}
        />
      </div>
      <Suspense fallback={null}>
        {name ? (
          <div className={styles.row}>
            <SheetPicker host={host} name={name} />
          </div>
        ) : null}
        {error ? <ErrorBar text={error} /> : null}
      </Suspense>
    </section>
  );
}
