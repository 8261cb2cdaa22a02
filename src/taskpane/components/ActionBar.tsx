/**
 * The pane's actions in one bar that stays in view while the results scroll: Score this sheet,
 * Score all sheets (where the host can), Create board summary and Undo. The action that makes sense next is the primary one: scoring
 * until the sheet has results, then the board summary, then scoring again.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect } from 'react';
import { markUsableAfterPaint } from '../boot/usable-mark';
import type { Busy } from '../hooks/useScoring';

/** 'map': nothing was found, so mapping the table (outside the bar) is the next step. */
export type NextAction = 'score' | 'summary' | 'map';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    paddingBlock: '8px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Windows high contrast: keep the bar opaque over the results that scroll under it.
    '@media (forced-colors: active)': { backgroundColor: 'Canvas' },
  },
  // The primary action takes the first line on a narrow pane; the others share the next.
  main: { flexGrow: 1, flexBasis: '100%', maxWidth: 'none' },
  other: { flexGrow: 1, minWidth: 'auto', maxWidth: 'none' },
});

interface Props {
  busy: Busy;
  next: NextAction;
  onScore: () => void;
  /** Absent: the host cannot score every sheet, and no button is shown. */
  onScoreAll?: () => void;
  onSummary: () => void;
  onUndo: () => void;
}

export function ActionBar({ busy, next, onScore, onScoreAll, onSummary, onUndo }: Props) {
  const styles = useStyles();
  const enabled = busy === null;
  // The pane's first render ends when Score this sheet can be clicked (the bench's figure). A layout
  // effect runs before the browser paints this commit, so the mark follows that paint, not a later one.
  useLayoutEffect(() => {
    if (enabled) markUsableAfterPaint();
  }, [enabled]);
  const look = (action: NextAction) =>
    next === action
      ? { appearance: 'primary' as const, size: 'large' as const, className: styles.main, 'data-next': 'true' }
      : { appearance: 'secondary' as const, size: 'medium' as const, className: styles.other };
  // The order stays the same whatever is primary, so keyboard users find each action where it was.
  return (
    <div role="group" aria-label="Actions" className={styles.bar} data-testid="action-bar">
      <Button {...look('score')} disabledFocusable={busy !== null} onClick={onScore}>
        Score this sheet
      </Button>
      {onScoreAll ? (
        // Never the primary: scoring the sheet in view stays the first thing offered.
        <Button className={styles.other} disabledFocusable={busy !== null} onClick={onScoreAll}>
          Score all sheets
        </Button>
      ) : null}
      <Button {...look('summary')} disabledFocusable={busy !== null} onClick={onSummary}>
        Create board summary
      </Button>
      <Button className={styles.other} disabledFocusable={busy !== null} onClick={onUndo}>
        Undo last scoring
      </Button>
    </div>
  );
}
