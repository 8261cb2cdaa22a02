/** The board summary's accessibility result ("Accessibility: 0 issues"), and any issue by cell. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SummaryAccessibility } from '../summary-check';

const useStyles = makeStyles({
  root: { display: 'grid', gap: '4px' },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  issues: { margin: 0, paddingInlineStart: '20px' },
});

export function SummaryCheck({ result }: { result: SummaryAccessibility }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="summary-accessibility">
      <Text className={result.issues.length === 0 ? styles.ok : undefined}>{result.text}</Text>
      {result.issues.length > 0 ? (
        <ul className={styles.issues} aria-label="Accessibility issues in the board summary">
          {result.issues.map((i, k) => (
            <li key={k}>{i.cell ? `${i.cell}: ${i.message}` : i.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
