/**
 * Indicators grouped by status in the order a performance officer reads them: the exceptions (Red,
 * then Amber) open, every other group collapsed behind its status word and count. A filter shows one
 * status alone, open.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ScoredIndicator, Status } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import { groupByStatus, isException, statusAppearance } from '../status-display';
import { Comparisons } from './Comparisons';
import { EvidenceDisclosure } from './EvidenceDisclosure';
import { IndicatorItem } from './IndicatorItem';
import { PolarityFlip } from './PolarityFlip';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  group: { marginTop: '8px' },
  heading: { display: 'flex', alignItems: 'center', gap: '6px', margin: '4px 0', fontSize: tokens.fontSizeBase300 },
  toggle: { minWidth: 'auto', paddingInline: '4px', fontWeight: tokens.fontWeightRegular },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

interface Props {
  indicators: readonly ScoredIndicator[];
  rules: Rules | null;
  onSelect: (sheet: string, cell: string) => void;
  /** Flip an assumed polarity (a saved rule override); absent = no flip offered. */
  onFlipPolarity?: (indicator: ScoredIndicator) => void;
  /** Show only this status (open); null = every status, exceptions open. */
  filter?: Status | null;
  /** Name each indicator's sheet (results of several sheets in one list). */
  showSheet?: boolean;
}

export function IndicatorGroups({ indicators, rules, onSelect, onFlipPolarity, filter = null, showSheet }: Props) {
  const styles = useStyles();
  // Groups the user opened or closed by hand; the rest follow the default (exceptions open).
  const [toggled, setToggled] = useState<ReadonlySet<Status>>(new Set());
  const groups = groupByStatus(indicators).filter((g) => filter === null || g.status === filter);
  return (
    <div>
      {groups.map(({ status, items }) => {
        const headingId = `group-${status}`;
        const listId = `group-list-${status}`;
        const byDefault = filter !== null || isException(status);
        const open = toggled.has(status) ? !byDefault : byDefault;
        const appearance = statusAppearance(status, rules);
        const flip = () => {
          const next = new Set(toggled);
          if (next.has(status)) next.delete(status);
          else next.add(status);
          setToggled(next);
        };
        return (
          <section key={status} className={styles.group} aria-labelledby={headingId} data-status-group={status}>
            <h3 id={headingId} className={styles.heading}>
              <StatusBadge appearance={appearance} />
              <span>({items.length})</span>
              <Button
                size="small"
                appearance="transparent"
                className={styles.toggle}
                aria-expanded={open}
                aria-controls={listId}
                aria-label={`${open ? 'Hide' : 'Show'} ${items.length} ${appearance.label}`}
                onClick={flip}
              >
                {open ? 'Hide' : 'Show'}
              </Button>
            </h3>
            {open ? (
              <ul id={listId} className={styles.list}>
                {items.map((i) => (
                  <li key={i.source.id}>
                    <IndicatorItem indicator={i} onSelect={onSelect} showSheet={showSheet} />
                    <EvidenceDisclosure indicator={i} rules={rules} />
                    <Comparisons indicator={i} />
                    {onFlipPolarity ? <PolarityFlip indicator={i} onFlip={onFlipPolarity} /> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
