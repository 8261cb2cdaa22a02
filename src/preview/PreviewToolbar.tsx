/**
 * The preview's own controls: open a workbook (file picker), choose the sheet to score, and download
 * the scored workbook. The range for the mapping fallback is typed in the Map table view.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { downloadFile } from '../taskpane/download';
import { messageOf } from '../taskpane/errors';
import type { PreviewHost } from '../core/preview-host';

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
  grow: { flexGrow: 1, minWidth: '120px' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function PreviewToolbar({ host, announce }: { host: PreviewHost; announce: (m: string) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = host.workbookName();
  const sheets = host.sheetNames();
  const active = host.activeSheet();

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
      <Text className={styles.muted}>Browser preview: your workbook stays on this computer.</Text>
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
      {name ? (
        <div className={styles.row}>
          <Field label={`Sheet in ${name}`} className={styles.grow}>
            <Select value={active ?? ''} onChange={(_, d) => host.setActiveSheet(d.value)}>
              {sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
      {error ? (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
