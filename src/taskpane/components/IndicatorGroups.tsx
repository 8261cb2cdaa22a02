/** Indicators grouped by status (worst first), each group headed by its status word and count. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ScoredIndicator } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import { groupByStatus, statusAppearance } from '../status-display';
import { Comparisons } from './Comparisons';
import { IndicatorItem } from './IndicatorItem';
import { PolarityFlip } from './PolarityFlip';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  group: { marginTop: '8px' },
  heading: { display: 'flex', alignItems: 'center', gap: '6px', margin: '4px 0', fontSize: tokens.fontSizeBase300 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

interface Props {
  indicators: readonly ScoredIndicator[];
  rules: Rules | null;
  onSelect: (sheet: string, cell: string) => void;
  /** Flip an assumed polarity (a saved rule override); absent = no flip offered. */
  onFlipPolarity?: (indicator: ScoredIndicator) => void;
}

export function IndicatorGroups({ indicators, rules, onSelect, onFlipPolarity }: Props) {
  const styles = useStyles();
  return (
    <div>
      {groupByStatus(indicators).map(({ status, items }) => {
        const headingId = `group-${status}`;
        return (
          <section key={status} className={styles.group} aria-labelledby={headingId} data-status-group={status}>
            <h3 id={headingId} className={styles.heading}>
              <StatusBadge appearance={statusAppearance(status, rules)} />
              <span>({items.length})</span>
            </h3>
            <ul className={styles.list}>
              {items.map((i) => (
                <li key={i.source.id}>
                  <IndicatorItem indicator={i} onSelect={onSelect} />
                  <Comparisons indicator={i} />
                  {onFlipPolarity ? <PolarityFlip indicator={i} onFlip={onFlipPolarity} /> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
