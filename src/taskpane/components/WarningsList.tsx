/** Warnings with the cell they are about; the address is a button that selects that cell. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Warning } from '../../core/model';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: '4px',
    gridTemplateColumns: 'minmax(0, 1fr)',
  },
  item: { display: 'flex', gap: '6px', alignItems: 'baseline', fontSize: tokens.fontSizeBase200 },
  cell: { minWidth: 'auto', paddingInline: '4px', flexShrink: 0 },
  text: { overflowWrap: 'anywhere' },
});

export function WarningsList({
  warnings,
  onSelect,
}: {
  warnings: readonly Warning[];
  onSelect: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Warnings">
      {warnings.map((w, n) => (
        <li key={`${w.cell}-${n}`} className={styles.item}>
          {w.cell ? (
            <Button
              size="small"
              appearance="secondary"
              className={styles.cell}
              aria-label={`Select cell ${w.cell}`}
              onClick={() => onSelect(w.sheet, w.cell)}
            >
              {w.cell}
            </Button>
          ) : null}
          <span className={styles.text}>{w.message}</span>
        </li>
      ))}
    </ul>
  );
}
