/**
 * The main view: the action bar (score, score all sheets, board summary, undo) stays in view; below
 * it the details (ScoreDetails.tsx: progress, the outcome, the results). Only the bar is in the
 * pane's first chunk, so the Score button is usable as soon as React and Fluent are; the details
 * load after the page has (preloadScoreDetails) or with the first action. Buttons stay focusable
 * while busy (disabledFocusable) so keyboard focus is not thrown to the page when an action starts.
 */
import { makeStyles } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { ScoredIndicator } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import type { ScoringState } from '../hooks/useScoring';
import { ActionBar } from './ActionBar';

/** Fetches the details' chunk ahead of need (once; later calls share the same load). */
export const preloadScoreDetails = () => import(/* webpackChunkName: "score-details" */ './ScoreDetails');

const ScoreDetails = lazy(() => preloadScoreDetails().then((m) => ({ default: m.ScoreDetails })));

const useStyles = makeStyles({
  root: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' },
});

interface Props {
  scoring: ScoringState;
  rules: Rules | null;
  onSelectCell: (sheet: string, cell: string) => void;
  onMapTable: () => void;
  onFlipPolarity?: (indicator: ScoredIndicator) => void;
}

export function ScoreView(props: Props) {
  const styles = useStyles();
  const { scoring } = props;
  const { busy, progress, outcome, notice, allOutcomes } = scoring;
  const nothingFound = !!outcome && outcome.result.indicators.length === 0;
  const written = allOutcomes ? allOutcomes.some((o) => o.written) : outcome?.written;
  const next = nothingFound ? 'map' : written && !scoring.summarised ? 'summary' : 'score';
  // Nothing below the bar until the first action: its chunk is not asked for before then.
  const anything = !!(progress || notice || scoring.accessibility || outcome || allOutcomes);
  return (
    <div className={styles.root} aria-busy={busy !== null}>
      <ActionBar
        busy={busy}
        next={next}
        onScore={() => void scoring.score()}
        onScoreAll={scoring.scoreAll ? () => void scoring.scoreAll?.() : undefined}
        onSummary={() => void scoring.createSummary()}
        onUndo={() => void scoring.undo()}
      />
      {anything ? (
        <Suspense fallback={null}>
          <ScoreDetails {...props} />
        </Suspense>
      ) : null}
    </div>
  );
}
