/**
 * What the main view shows below its action bar: progress, the outcome, the board summary's check and
 * the results (every sheet's in one list after scoring them all), exceptions first, each one click
 * from its cell. Its own chunk (ScoreView loads it): none of it is needed before the first action.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ScoredIndicator, Status } from '../../core/model';
import type { Rules } from '../../core/rules/types';
import type { ScoringState } from '../hooks/useScoring';
import { countsSentence } from '../status-display';
import { IndicatorGroups } from './IndicatorGroups';
import { NoticeBar } from './NoticeBar';
import { ProgressPanel } from './ProgressPanel';
import { StatusCounts } from './StatusCounts';
import { SummaryCheck } from './SummaryCheck';
import { WarningsList } from './WarningsList';

const useStyles = makeStyles({
  root: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  sheets: { margin: 0, paddingInlineStart: '20px' },
});

export interface ScoreDetailsProps {
  scoring: ScoringState;
  rules: Rules | null;
  onSelectCell: (sheet: string, cell: string) => void;
  onMapTable: () => void;
  onFlipPolarity?: (indicator: ScoredIndicator) => void;
}

export function ScoreDetails({ scoring, rules, onSelectCell, onMapTable, onFlipPolarity }: ScoreDetailsProps) {
  const styles = useStyles();
  const { busy, progress, outcome, notice, allOutcomes } = scoring;
  const [filter, setFilter] = useState<Status | null>(null);
  const result = outcome?.result;
  const nothingFound = !!result && result.indicators.length === 0;
  // After "Score all sheets", one list for every sheet's indicators, each naming its sheet.
  const indicators = allOutcomes ? allOutcomes.flatMap((o) => o.result.indicators) : (result?.indicators ?? []);
  const warnings = allOutcomes ? allOutcomes.flatMap((o) => o.result.warnings) : (result?.warnings ?? []);
  const shown = allOutcomes ?? result;
  // A filter belongs to the results it was chosen on.
  const [filteredResult, setFilteredResult] = useState(shown);
  if (filteredResult !== shown) {
    setFilteredResult(shown);
    setFilter(null);
  }
  return (
    <>
      {progress ? <ProgressPanel progress={progress} /> : null}
      {notice ? <NoticeBar notice={notice} /> : null}
      {scoring.accessibility ? <SummaryCheck result={scoring.accessibility} /> : null}
      {allOutcomes && allOutcomes.length > 0 ? (
        <section aria-labelledby="results-heading" className={styles.root}>
          <h2 id="results-heading" className={styles.heading}>
            Results for {allOutcomes.length} {allOutcomes.length === 1 ? 'sheet' : 'sheets'}
          </h2>
          <ul aria-label="Sheets scored" className={styles.sheets}>
            {allOutcomes.map((o) => (
              <li key={o.result.sheet}>
                <Text weight="semibold">{o.result.sheet}:</Text> {countsSentence(o.result.indicators, rules)}
              </li>
            ))}
          </ul>
          <StatusCounts indicators={indicators} rules={rules} filter={filter} onFilter={setFilter} />
          <IndicatorGroups
            indicators={indicators}
            rules={rules}
            filter={filter}
            onSelect={onSelectCell}
            onFlipPolarity={onFlipPolarity}
            showSheet
          />
        </section>
      ) : null}
      {result && !nothingFound ? (
        <section aria-labelledby="results-heading" className={styles.root}>
          <h2 id="results-heading" className={styles.heading}>
            Results for {result.sheet}
          </h2>
          <StatusCounts indicators={result.indicators} rules={rules} filter={filter} onFilter={setFilter} />
          <IndicatorGroups
            indicators={result.indicators}
            rules={rules}
            filter={filter}
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
      {warnings.length > 0 ? (
        <section aria-labelledby="warnings-heading">
          <h2 id="warnings-heading" className={styles.heading}>
            Warnings ({warnings.length})
          </h2>
          <WarningsList warnings={warnings} onSelect={onSelectCell} />
        </section>
      ) : null}
      {result ? (
        <Button appearance={nothingFound ? 'primary' : 'subtle'} onClick={onMapTable} disabledFocusable={busy !== null}>
          {nothingFound ? 'Map the table' : 'A table is wrong? Map it'}
        </Button>
      ) : null}
    </>
  );
}
