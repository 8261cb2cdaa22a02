/**
 * Beside an indicator whose polarity was assumed: says so, and flips it in one click. The flip is a
 * rule override saved in the workbook (the parent saves the rules and scores again).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ScoredIndicator } from '../../core/model';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px', paddingInlineStart: '12px' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

interface Props {
  indicator: ScoredIndicator;
  onFlip: (indicator: ScoredIndicator) => void;
  disabled?: boolean;
}

export function PolarityFlip({ indicator, onFlip, disabled }: Props) {
  const styles = useStyles();
  if (indicator.polaritySource !== 'assumed') return null;
  const now = indicator.polarity === 'lower' ? 'Smaller' : 'Bigger';
  const other = now === 'Bigger' ? 'smaller' : 'bigger';
  return (
    <div className={styles.row}>
      <span className={styles.note}>{now} is better (assumed).</span>
      <Button
        size="small"
        appearance="subtle"
        disabledFocusable={disabled}
        // The accessible name starts with the visible words (WCAG 2.5.3, label in name).
        aria-label={`Make ${other} better: ${indicator.source.name} (remembered, then scored again)`}
        onClick={() => onFlip(indicator)}
      >
        Make {other} better
      </Button>
    </div>
  );
}
