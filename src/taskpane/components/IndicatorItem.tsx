/** One indicator as a button: its name, variance and trend; pressing it selects its cell in the sheet. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { toA1 } from '../../core/a1';
import type { ScoredIndicator } from '../../core/model';

const useStyles = makeStyles({
  button: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    flexDirection: 'column',
    alignItems: 'flex-start',
    paddingBlock: '4px',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    // Fluent caps buttons at 280 px; an indicator spans the pane and its name wraps.
    maxWidth: 'none',
    whiteSpace: 'normal',
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  detail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** The cell to show: where the status went, else the indicator's name. */
export function indicatorCell(i: ScoredIndicator): string {
  return toA1(i.source.statusCell ?? i.source.nameCell);
}

export function IndicatorItem({
  indicator,
  onSelect,
  showSheet,
}: {
  indicator: ScoredIndicator;
  onSelect: (sheet: string, cell: string) => void;
  /** Name the sheet before the cell (a list of several sheets' indicators). */
  showSheet?: boolean;
}) {
  const styles = useStyles();
  const cell = indicatorCell(indicator);
  const detail = indicator.varianceText || indicator.notes[0] || '';
  return (
    <Button appearance="subtle" className={styles.button} onClick={() => onSelect(indicator.source.sheet, cell)}>
      <span className={styles.name}>{indicator.source.name}</span>
      {detail ? <span className={styles.detail}>{detail}</span> : null}
      <span className={styles.detail}>
        {indicator.trendLabel ? `${indicator.trendLabel} · ` : ''}
        {showSheet ? `${indicator.source.sheet}, ${cell}` : cell}
      </span>
    </Button>
  );
}
