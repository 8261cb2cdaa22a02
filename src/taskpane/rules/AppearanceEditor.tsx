/** Words, symbols and colours for every status and for the trend scheme in use. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles } from '@fluentui/react-components';
import type { Status, Trend } from '../../core/model';
import type { Appearance, Rules } from '../../core/rules/types';
import { STATUS_ORDER } from '../status-display';
import { AppearanceRow } from './AppearanceRow';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: '8px', paddingBottom: '8px', gridTemplateColumns: 'minmax(0, 1fr)' },
});

const STATUS_NAMES: Record<Status, string> = {
  RED: 'Red',
  AMBER: 'Amber',
  GREEN: 'Green',
  BLUE: 'Blue',
  NO_DATA: 'No data',
  NO_TARGET: 'No target',
  NOT_SCORED: 'Not scored',
};

const TREND_NAMES: Record<Trend, string> = {
  MUCH_BETTER: 'Much better',
  BIT_BETTER: 'Bit better',
  NOT_BETTER: 'Not better',
  IMPROVING: 'Improving',
  STABLE: 'Stable',
  WORSENING: 'Worsening',
};

const TRENDS_BY_SCHEME: Record<Rules['trend']['scheme'], Trend[]> = {
  better3: ['MUCH_BETTER', 'BIT_BETTER', 'NOT_BETTER'],
  improving3: ['IMPROVING', 'STABLE', 'WORSENING'],
};

interface Props {
  rules: Rules;
  onChange: (rules: Rules) => void;
  errorFor: (field: string) => string | undefined;
}

export function AppearanceEditor({ rules, onChange, errorFor }: Props) {
  const styles = useStyles();
  const setStatus = (s: Status, a: Appearance) => onChange({ ...rules, status: { ...rules.status, [s]: a } });
  const setTrend = (t: Trend, a: Appearance) => onChange({ ...rules, trends: { ...rules.trends, [t]: a } });
  const statuses = STATUS_ORDER.filter((s) => s !== 'BLUE' || rules.scheme === 'brag');
  return (
    <Accordion multiple collapsible>
      <AccordionItem value="status">
        <AccordionHeader>Status labels, colours and symbols</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {statuses.map((s) => (
            <AppearanceRow
              key={s}
              name={STATUS_NAMES[s]}
              appearance={rules.status[s]}
              error={errorFor(`status.${s}`)}
              onChange={(a) => setStatus(s, a)}
            />
          ))}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="trend">
        <AccordionHeader>Trend labels, colours and symbols</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {TRENDS_BY_SCHEME[rules.trend.scheme].map((t) => (
            <AppearanceRow
              key={t}
              name={TREND_NAMES[t]}
              appearance={rules.trends[t]}
              error={errorFor(`trends.${t}`)}
              onChange={(a) => setTrend(t, a)}
            />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
