/**
 * Counts by status, worst first, each with its word, symbol and colour. Given `onFilter`, each count
 * is also a toggle (aria-pressed) that shows that status alone; pressing it again shows every status.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ScoredIndicator, Status } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import { countByStatus, STATUS_ORDER, statusAppearance } from '../status-display';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: '6px 12px', listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'inline-flex', alignItems: 'center', gap: '4px' },
  count: { fontWeight: 600, minWidth: '1.5em' },
  toggle: { minWidth: 'auto', paddingInline: '4px', gap: '4px', fontWeight: tokens.fontWeightRegular },
});

interface Props {
  indicators: readonly ScoredIndicator[];
  rules: Rules | null;
  filter?: Status | null;
  onFilter?: (status: Status | null) => void;
}

export function StatusCounts({ indicators, rules, filter = null, onFilter }: Props) {
  const styles = useStyles();
  const counts = countByStatus(indicators);
  const shown = STATUS_ORDER.filter((s) => counts.has(s));
  return (
    <ul className={styles.list} aria-label="Indicators by status" data-testid="status-counts">
      {shown.map((s) => {
        const appearance = statusAppearance(s, rules);
        const content = (
          <>
            <span className={styles.count}>{counts.get(s)}</span>
            <StatusBadge appearance={appearance} />
          </>
        );
        return (
          <li key={s} className={styles.item} data-status={s}>
            {onFilter ? (
              <Button
                size="small"
                appearance={filter === s ? 'primary' : 'subtle'}
                className={styles.toggle}
                aria-pressed={filter === s}
                onClick={() => onFilter(filter === s ? null : s)}
              >
                {content}
              </Button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
