/**
 * The --json report: one document on stdout for scripts and dashboards. The shape is a contract
 * (see the CLI brief); fields may be added, never renamed or removed.
 */
import { toA1 } from '../core/a1';
import type { Period, PolarityKind, Reading, ScoredIndicator, Status, Target, Trend, Warning } from '../core/model';
import type { RatingRecord } from '../core/summary/history';
import type { ScoreWorkbookResult } from '../xlsx/score-workbook';
import { comparisonsJson, type JsonAreas, type JsonComparison } from './json-comparisons';

export interface JsonIndicator {
  name: string;
  code: string | null;
  status: Status;
  trend: Trend | null;
  /** A1 where the status was written; null when nothing was written (protected sheet, no cell, left alone). */
  statusCell: string | null;
  /** The current value in the indicator's one representation (percentages as points: 25% -> 25). */
  actual: number | null;
  /** A single target; null for none or a band (see targetBand). */
  target: number | null;
  targetBand: { low: number; high: number } | null;
  polarity: PolarityKind | null;
  polaritySource: string;
  varianceText: string;
  percent: boolean;
  statusLabel: string;
  trendLabel: string;
  layout: string;
  table: number;
  nameCell: string;
  trendCell: string | null;
  varianceCell: string | null;
  period: string | null;
  /** The previous figure and the period it is for, as the sheet gives them. */
  previous: number | null;
  previousPeriod: string | null;
  /**
   * The status at the last report before this one, from the ratings history kept in the workbook
   * (recorded when a board summary is made: --summary), and the word the sheet showed and the
   * report's period: the summary's "Previous" column. Null when there is no earlier report.
   * (`previousPeriod` above was already the previous figure's period, so the report's is named apart.)
   */
  previousStatus: Status | null;
  previousStatusLabel: string | null;
  previousStatusPeriod: string | null;
  notes: string[];
  /** Each comparator (national average, neighbours, region...) judged with polarity (issue 15). */
  comparisons: JsonComparison[];
  quartile: { band: string; text: string } | null;
  areas: JsonAreas | null;
}

export interface JsonWarning {
  /** A1 of the cell concerned; null when the warning is about the whole sheet. */
  cell: string | null;
  message: string;
}

export interface JsonSheet {
  name: string;
  /** Something was written to the sheet. */
  written: boolean;
  protected: boolean;
  counts: Partial<Record<Status, number>>;
  indicators: JsonIndicator[];
  warnings: JsonWarning[];
}

export interface JsonReport {
  sheets: JsonSheet[];
  /**
   * Problems with the workbook as a whole: its saved Scorelight settings could not be read, a part
   * could not be read (kept unchanged), or a part the scored copy could not keep (named).
   */
  workbookWarnings: string[];
  /** Where the scored workbook was written (null if it was not: nothing to score). */
  output: string | null;
  /** Board summary sheets added (--summary). */
  summaries?: string[];
}

function num(r: Reading | null | undefined): number | null {
  return r ? r.value : null;
}

function targetValue(t: Target | null): number | null {
  return t && t.kind === 'value' ? t.value.value : null;
}

function label(p: Period | undefined): string | null {
  return p ? p.label : null;
}

/** Each indicator's rating at the last report, where the ratings history has one. */
export type PreviousRatings = ReadonlyMap<ScoredIndicator, RatingRecord>;

function indicatorJson(ind: ScoredIndicator, writtenCells: Set<string>, was: RatingRecord | undefined): JsonIndicator {
  const s = ind.source;
  const statusA1 = s.statusCell ? toA1(s.statusCell) : null;
  const t = ind.target;
  return {
    name: s.name,
    code: s.code ?? null,
    status: ind.status,
    trend: ind.trend,
    statusCell: statusA1 && writtenCells.has(statusA1) ? statusA1 : null,
    actual: num(ind.actual),
    target: targetValue(t),
    targetBand: t && t.kind === 'band' ? { low: t.low.value, high: t.high.value } : null,
    polarity: ind.polarity,
    polaritySource: ind.polaritySource,
    varianceText: ind.varianceText,
    percent: Boolean(ind.actual?.percent ?? (t && t.kind === 'value' ? t.value.percent : false)),
    statusLabel: ind.statusLabel,
    trendLabel: ind.trendLabel,
    layout: s.layout,
    table: s.table,
    nameCell: toA1(s.nameCell),
    trendCell: s.trendCell ? toA1(s.trendCell) : null,
    varianceCell: s.varianceCell ? toA1(s.varianceCell) : null,
    period: label(ind.actualPeriod),
    previous: num(ind.previous),
    previousPeriod: label(ind.previousPeriod),
    previousStatus: was?.status ?? null,
    previousStatusLabel: was?.word ?? null,
    previousStatusPeriod: was?.period ?? null,
    notes: ind.notes,
    ...comparisonsJson(ind),
  };
}

function warningJson(w: Warning): JsonWarning {
  return { cell: w.cell === '' ? null : w.cell, message: w.message };
}

export function buildJsonReport(
  outcome: ScoreWorkbookResult,
  protectedSheets: Set<string>,
  output: string | null,
  previous: PreviousRatings = new Map(),
): JsonReport {
  return {
    sheets: outcome.results.map((r) => {
      const cells = new Set(outcome.writtenCells[r.sheet] ?? []);
      const counts: Partial<Record<Status, number>> = {};
      for (const ind of r.indicators) counts[ind.status] = (counts[ind.status] ?? 0) + 1;
      return {
        name: r.sheet,
        written: outcome.written.includes(r.sheet),
        protected: protectedSheets.has(r.sheet),
        counts,
        indicators: r.indicators.map((ind) => indicatorJson(ind, cells, previous.get(ind))),
        warnings: r.warnings.map(warningJson),
      };
    }),
    workbookWarnings: outcome.workbookWarnings,
    output,
  };
}
