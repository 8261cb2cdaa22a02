/**
 * The preview toolbar's parts that appear only once a workbook is open or an action failed: the
 * sheet picker and the error bar. Their own chunk, so the first paint carries no Select or MessageBar.
 */
import { Field, makeStyles, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import type { PreviewHost } from '../core/preview-host';

const useStyles = makeStyles({
  grow: { flexGrow: 1, minWidth: '120px' },
});

export function SheetPicker({ host, name }: { host: PreviewHost; name: string }) {
  const styles = useStyles();
  const active = host.activeSheet();
  return (
    <Field label={`Sheet in ${name}`} className={styles.grow}>
      <Select value={active ?? ''} onChange={(_, d) => host.setActiveSheet(d.value)}>
        {host.sheetNames().map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function ErrorBar({ text }: { text: string }) {
  return (
    <MessageBar layout="multiline" intent="error">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
