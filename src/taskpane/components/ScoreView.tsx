/**
 * The main view: score, watch progress, read the results by status, jump to cells, then build the
 * board summary or undo. Buttons stay focusable while busy (disabledFocusable) so keyboard focus is
 * not thrown to the page when an action starts.
 */
import { Button, Divider, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ScoredIndicator } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import type { ScoringState } from '../hooks/useScoring';
import { IndicatorGroups } from './IndicatorGroups';
import { NoticeBar } from './NoticeBar';
import { ProgressPanel } from './ProgressPanel';
import { StatusCounts } from './StatusCounts';
import { SummaryCheck } from './SummaryCheck';
import { WarningsList } from './WarningsList';

const useStyles = makeStyles({
  root: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' },
  primary: { width: '100%', maxWidth: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  scoring: ScoringState;
  rules: Rules | null;
  onSelectCell: (sheet: string, cell: string) => void;
  onMapTable: () => void;
  onFlipPolarity?: (indicator: ScoredIndicator) => void;
}

export function ScoreView({ scoring, rules, onSelectCell, onMapTable, onFlipPolarity }: Props) {
  const styles = useStyles();
  const { busy, progress, outcome, notice } = scoring;
  const result = outcome?.result;
  const nothingFound = !!result && result.indicators.length === 0;
  return (
    <div className={styles.root} aria-busy={busy !== null}>
      <Button
        appearance="primary"
        size="large"
        className={styles.primary}
        disabledFocusable={busy !== null}
        onClick={() => void scoring.score()}
      >
        Score this sheet
      </Button>
      {progress ? <ProgressPanel progress={progress} /> : null}
      {notice ? <NoticeBar notice={notice} /> : null}
      {scoring.accessibility ? <SummaryCheck result={scoring.accessibility} /> : null}
      {result && !nothingFound ? (
        <section aria-labelledby="results-heading" className={styles.root}>
          <h2 id="results-heading" className={styles.heading}>
            Results for {result.sheet}
          </h2>
          <StatusCounts indicators={result.indicators} rules={rules} />
          <IndicatorGroups
            indicators={result.indicators}
            rules={rules}
            onSelect={onSelectCell}
            onFlipPolarity={onFlipPolarity}
          />
        </section>
      ) : null}
      {nothingFound ? (
        <Text className={styles.muted}>
          No KPI table was found on this sheet. Select the table and map its columns.
        </Text>
      ) : null}
      {result && result.warnings.length > 0 ? (
        <section aria-labelledby="warnings-heading">
          <h2 id="warnings-heading" className={styles.heading}>
            Warnings ({result.warnings.length})
          </h2>
          <WarningsList warnings={result.warnings} onSelect={onSelectCell} />
        </section>
      ) : null}
      {result ? (
        <Button appearance={nothingFound ? 'primary' : 'subtle'} onClick={onMapTable} disabledFocusable={busy !== null}>
          {nothingFound ? 'Map the table' : 'A table is wrong? Map it'}
        </Button>
      ) : null}
      <Divider />
      <div className={styles.actions}>
        <Button disabledFocusable={busy !== null} onClick={() => void scoring.createSummary()}>
          Create board summary
        </Button>
        <Button disabledFocusable={busy !== null} onClick={() => void scoring.undo()}>
          Undo last scoring
        </Button>
      </div>
    </div>
  );
}
