/** Counts by status, worst first, each with its word, symbol and colour. */
import { makeStyles } from '@fluentui/react-components';
import type { ScoredIndicator } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import { countByStatus, STATUS_ORDER, statusAppearance } from '../status-display';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: '6px 12px', listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'inline-flex', alignItems: 'center', gap: '4px' },
  count: { fontWeight: 600, minWidth: '1.5em' },
});

export function StatusCounts({ indicators, rules }: { indicators: readonly ScoredIndicator[]; rules: Rules | null }) {
  const styles = useStyles();
  const counts = countByStatus(indicators);
  const shown = STATUS_ORDER.filter((s) => counts.has(s));
  return (
    <ul className={styles.list} aria-label="Indicators by status" data-testid="status-counts">
      {shown.map((s) => (
        <li key={s} className={styles.item} data-status={s}>
          <span className={styles.count}>{counts.get(s)}</span>
          <StatusBadge appearance={statusAppearance(s, rules)} />
        </li>
      ))}
    </ul>
  );
}
