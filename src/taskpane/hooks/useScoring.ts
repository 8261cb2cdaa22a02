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
  /** The last "Score all sheets": each sheet with indicators, in workbook order (else null). */
  allOutcomes: ScoreOutcome[] | null;
  /** A board summary was made from the scoring the pane shows (so scoring is the next action again). */
  summarised: boolean;
  score(): Promise<void>;
  /** Score every sheet; absent when the host cannot (the pane then offers no such button). */
  scoreAll?: () => Promise<void>;
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
  const [allOutcomes, setAllOutcomes] = useState<ScoreOutcome[] | null>(null);

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
      setAllOutcomes(null);
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

  const scoreAll = useCallback(async () => {
    if (!host.scoreAllSheets) return;
    setBusy('score');
    setNotice(null);
    setProgress({ phase: 'reading' });
    announce('Scoring every sheet.');
    try {
      const all = await host.scoreAllSheets((p) => setProgress(p));
      setOutcome(null);
      setAllOutcomes(all.outcomes);
      setSummarised(false);
      const troubled = all.outcomes.some((o) => o.partial);
      const intent = troubled ? 'error' : all.outcomes.some((o) => o.written) ? 'success' : 'warning';
      setNotice({ intent, text: all.message });
      const indicators = all.outcomes.flatMap((o) => o.result.indicators);
      announce(indicators.length > 0 ? `${all.message} ${countsSentence(indicators, rules)}` : all.message);
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
      // The summary is built from the scored results the pane shows (one sheet's, or every
      // sheet's for the workbook's summary), so the pane can check it too.
      const from = allOutcomes ? allOutcomes.map((o) => o.result) : outcome?.result;
      const checked =
        r.sheetName && from && rules
          ? (await import(/* webpackChunkName: "summary-check" */ '../summary-check')).summaryAccessibility(
              from,
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
  }, [host, outcome, allOutcomes, rules, announce, fail]);

  const undo = useCallback(async () => {
    setBusy('undo');
    try {
      const r = await host.undoLastScoring();
      // The sheet no longer shows these results, so the list goes too.
      setOutcome(null);
      setAllOutcomes(null);
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

  return {
    busy,
    progress,
    outcome,
    notice,
    accessibility,
    allOutcomes,
    summarised,
    score,
    scoreAll: host.scoreAllSheets ? scoreAll : undefined,
    createSummary,
    undo,
    setNotice,
  };
}
