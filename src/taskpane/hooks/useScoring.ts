/**
 * The main view's state machine: one action at a time (score, summary, undo), its progress, the
 * last scoring's outcome and a notice for the user. Every result is also announced.
 */
import { useCallback, useState } from 'react';
import type { PaneHost, Progress, ScoreOutcome } from '../../core/host';
import type { Rules } from '../../core/rules/types';
import { countsSentence } from '../status-display';
import { messageOf } from '../errors';
import type { SummaryAccessibility } from '../summary-check';

export type Busy = 'score' | 'summary' | 'undo' | null;

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

export interface ScoringState {
  busy: Busy;
  progress: Progress | null;
  outcome: ScoreOutcome | null;
  notice: Notice | null;
  /** The last board summary's accessibility check, when the pane holds the result it came from. */
  accessibility: SummaryAccessibility | null;
  /** A board summary was made from the scoring the pane shows (so scoring is the next action again). */
  summarised: boolean;
  score(): Promise<void>;
  createSummary(): Promise<void>;
  undo(): Promise<void>;
  /** Show a message from elsewhere in the pane (a saved mapping) above the results. */
  setNotice(n: Notice | null): void;
}

export function useScoring(host: PaneHost, rules: Rules | null, announce: (m: string) => void): ScoringState {
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<ScoreOutcome | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [accessibility, setAccessibility] = useState<SummaryAccessibility | null>(null);
  const [summarised, setSummarised] = useState(false);

  const fail = useCallback(
    (error: unknown) => {
      const text = messageOf(error);
      setNotice({ intent: 'error', text });
      announce(text);
    },
    [announce],
  );

  const score = useCallback(async () => {
    setBusy('score');
    setNotice(null);
    setProgress({ phase: 'reading' });
    announce('Scoring the sheet.');
    try {
      const result = await host.scoreActiveSheet((p) => setProgress(p));
      setOutcome(result);
      setSummarised(false);
      const intent = result.partial ? 'error' : result.written ? 'success' : 'warning';
      setNotice({ intent, text: result.message });
      announce(`${result.message} ${countsSentence(result.result.indicators, rules)}`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }, [host, rules, announce, fail]);

  const createSummary = useCallback(async () => {
    setBusy('summary');
    setAccessibility(null);
    try {
      const r = await host.createSummary();
      // The summary is built from the scored result the pane shows, so the pane can check it too.
      const checked =
        r.sheetName && outcome && rules
          ? (await import(/* webpackChunkName: "summary-check" */ '../summary-check')).summaryAccessibility(
              outcome.result,
              rules,
              r.sheetName,
            )
          : null;
      setAccessibility(checked);
      setSummarised(true);
      setNotice({ intent: 'success', text: r.message });
      announce(checked ? `${r.message} ${checked.text}.` : r.message);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [host, outcome, rules, announce, fail]);

  const undo = useCallback(async () => {
    setBusy('undo');
    try {
      const r = await host.undoLastScoring();
      // The sheet no longer shows these results, so the list goes too.
      setOutcome(null);
      setAccessibility(null);
      setSummarised(false);
      setNotice({ intent: 'success', text: r.message });
      announce(r.message);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [host, announce, fail]);

  return { busy, progress, outcome, notice, accessibility, summarised, score, createSummary, undo, setNotice };
}
