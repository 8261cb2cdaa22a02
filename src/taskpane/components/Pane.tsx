/**
 * The task pane: Score, Rules and Map table views over one PaneHost. It never calls Office.js or
 * ExcelJS; every action goes through the host it is given.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { PaneHost } from '../../core/host';
import type { ScoredIndicator } from '../../core/model';
import { withPolarityFlip } from '../../core/rules/flip';
import type { Rules } from '../../core/rules/types';
import { downloadFile } from '../download';
import { messageOf } from '../errors';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { useScoring } from '../hooks/useScoring';
import type { RulesKit } from '../rules-kit';
import type { RulesViewProps } from '../rules/RulesView';
import { LiveRegion } from './LiveRegion';
import { NoticeBar } from './LazyNoticeBar';
import { PaneTabs, tabId, type PaneTab } from './PaneTabs';
import { ScoreView } from './ScoreView';

type View = 'score' | 'rules' | 'mapping';

const TABS: PaneTab<View>[] = [
  { value: 'score', label: 'Score' },
  { value: 'rules', label: 'Rules' },
  { value: 'mapping', label: 'Map table' },
];

// The Rules and mapping views are used now and then; loading them on first use keeps the pane's first
// paint small. The engine's rules kit (presets, validation, JSON) comes with the Rules view unless given.
const RulesView = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "rules-view" */ '../rules/RulesView'),
    import(/* webpackChunkName: "rules-view" */ '../engine-kit'),
  ]).then(([view, engine]) => {
    const engineKit = engine.engineRulesKit();
    const WithKit = (props: Omit<RulesViewProps, 'kit'> & { kit?: RulesKit }) => (
      <view.RulesView {...props} kit={props.kit ?? engineKit} />
    );
    return { default: WithKit };
  }),
);
const MappingView = lazy(() =>
  import(/* webpackChunkName: "mapping-view" */ '../mapping/MappingView').then((m) => ({ default: m.MappingView })),
);

const useStyles = makeStyles({
  title: { margin: '0 0 4px', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface PaneProps {
  host: PaneHost;
  /** The rule-set operations; the engine's when absent (loaded with the Rules view). */
  kit?: RulesKit;
  /** Saves an exported file; defaults to a browser download. */
  saveFile?: (name: string, text: string) => void;
}

export function Pane({ host, kit, saveFile }: PaneProps) {
  const styles = useStyles();
  const { text, announce } = useAnnouncer();
  const [view, setView] = useState<View>('score');
  const [rules, setRules] = useState<Rules | null>(null);
  const [rulesError, setRulesError] = useState<string | null>(null);
  const scoring = useScoring(host, rules, announce);

  useEffect(() => {
    let live = true;
    host.loadRules().then(
      (r) => live && setRules(r),
      (e) => live && setRulesError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      host.selectCell(sheet, cell).then(
        () => announce(`Selected ${cell}.`),
        (e) => announce(messageOf(e)),
      );
    },
    [host, announce],
  );

  const saveRules = async (r: Rules) => {
    await host.saveRules(r);
    setRules(r);
  };

  // One click on an assumed polarity: a rule override saved in the workbook, then score again.
  const flipPolarity = (indicator: ScoredIndicator) => {
    if (!rules) return;
    saveRules(withPolarityFlip(rules, indicator)).then(
      () => void scoring.score(),
      (e) => announce(messageOf(e)),
    );
  };

  return (
    <main aria-label="Scorelight">
      <h1 className={styles.title}>Scorelight</h1>
      <PaneTabs label="Views" tabs={TABS} selected={view} panelId="panel" onSelect={setView} />
      {rulesError ? (
        <Suspense fallback={null}>
          <NoticeBar notice={{ intent: 'warning', text: `The rules could not be loaded: ${rulesError}` }} />
        </Suspense>
      ) : null}
      <div id="panel" role="tabpanel" aria-labelledby={tabId(view)}>
        {view === 'score' ? (
          <ScoreView
            scoring={scoring}
            rules={rules}
            onSelectCell={selectCell}
            onMapTable={() => setView('mapping')}
            onFlipPolarity={rules ? flipPolarity : undefined}
          />
        ) : null}
        <Suspense fallback={<p role="status">Loading…</p>}>
          {view === 'rules' ? (
            <RulesView
              rules={rules}
              kit={kit}
              announce={announce}
              onSave={saveRules}
              onExport={(name, json) => (saveFile ?? ((n, t) => downloadFile(n, t, 'application/json')))(name, json)}
            />
          ) : null}
          {view === 'mapping' ? (
            <MappingView
              host={host}
              announce={announce}
              onSaved={(message) => {
                scoring.setNotice({ intent: 'info', text: message });
                setView('score');
              }}
            />
          ) : null}
        </Suspense>
      </div>
      <LiveRegion text={text} />
    </main>
  );
}
