/**
 * What a column of a register or time series is. Councils word the same column many ways
 * ("Description of the KPI", "Measure", "KPI"; "Rag Status", "RAG", "Performance rating"), so the
 * role is settled by evidence steps in order: the header's words (column-words.ts), then the header
 * read as a period, baseline, area or comparator; for the name column, the content under the header
 * (header-row.ts findNameColumn). Each step says which evidence it used.
 */
import {
  actualHeaderPeriod,
  classifyHeader,
  parsePeriodHeader,
  parsePeriodPhrase,
  parsePeriodText,
  type HeaderCell,
} from '../periods';
import { provisionalOrder } from '../periods/order';
import { shortYearBesideRole } from '../periods/parse';
import { readHeaderPhrase, splitCamelCase } from './header-phrase';
import type { Period } from '../model';
import { keywordRole } from './column-words';
import { eitherLanguage } from '../values/two-languages';
import type { Grid } from './grid';

import { normaliseHeaderWords } from './column-words';
export { keywordRole, normaliseHeaderWords } from './column-words';

export type ColumnRole =
  | 'name'
  | 'code'
  | 'target'
  | 'actual'
  | 'polarity'
  | 'frequency'
  | 'tolerance'
  | 'unit'
  | 'narrative'
  | 'status'
  | 'trend'
  | 'variance'
  | 'period'
  | 'baseline'
  | 'earlier'
  | 'area'
  | 'comparator'
  | 'other';

export interface HeaderColumn {
  col: number;
  role: ColumnRole;
  /** The header as the sheet shows it. */
  label: string;
  /** For 'period', 'baseline' and an 'actual' whose header names a period ("Q2 Actual"). */
  period?: Period;
  /** Which evidence settled the role: the header's words, the header read as a period, or the content. */
  evidence?: 'words' | 'period header' | 'content';
}

/** A cell in the shape the period API reads. */
export function headerCell(grid: Grid, r: number, c: number): HeaderCell {
  return { value: grid.value(r, c), numberFormat: grid.format(r, c), text: grid.trimmed(r, c) };
}

/** Period of a header cell, or a stand-in when the period parser knows it is a baseline but gives none. */
function periodOf(grid: Grid, r: number, c: number, asBaseline: boolean): Period | undefined {
  const p = parsePeriodHeader(headerCell(grid, r, c), { date1904: grid.date1904 });
  if (p) return p;
  if (asBaseline) return { kind: 'baseline', label: grid.trimmed(r, c), order: -1 };
  return undefined;
}

/** One kind of evidence for a column's role: what it found, or null to pass to the next step. */
type ColumnStep = (grid: Grid, r: number, c: number, label: string) => HeaderColumn | null;

/** Evidence 1, the header's words (SCORING.md vocabulary); an actual keeps the period it names ("Q2 Actual"). */
const roleFromWords: ColumnStep = (grid, r, c, label) => {
  // camelCase field names read as words ("lowerIsBetter", "benchmarkLow").
  const lower = splitCamelCase(label).toLowerCase();
  // "Da yw / Good is": a header in two languages has the role of the part that names one.
  const role = keywordRole(lower) ?? eitherLanguage(lower, keywordRole);
  if (!role) return null;
  // A baseline by its head word ("baseline value", "result_indicator_baseline_value") is the trend's reference.
  if (role === 'baseline') return { col: c, role, label, period: periodOf(grid, r, c, true), evidence: 'words' };
  // A rating, trend or variance of one period ("Q2 Status", "2023/24 RAG", "Variance Q1"): a group's own output.
  if (role === 'status' || role === 'trend' || role === 'variance') {
    const p = phrasePeriod(lower, label) ?? periodBesideWords(lower, label, OUTPUT_WORDS);
    return p ? { col: c, role, label, period: p, evidence: 'words' } : { col: c, role, label, evidence: 'words' };
  }
  if (role !== 'actual' && role !== 'target') return { col: c, role, label, evidence: 'words' };
  // The period the header names with its role: "Q2 Actual", "2016/17 end of year metric value", "2017/18 target".
  const p =
    role === 'actual'
      ? (parsePeriodHeader(headerCell(grid, r, c), { date1904: grid.date1904 }) ??
        actualHeaderPeriod(label) ??
        phrasePeriod(lower, label) ??
        periodBesideWords(lower, label, FIGURE_WORDS))
      : (phrasePeriod(lower, label) ?? periodBesideWords(lower, label, TARGET_WORDS));
  return p ? { col: c, role, label, period: p, evidence: 'words' } : { col: c, role, label, evidence: 'words' };
};

/** The words of a figure header, dropped to leave its period ("Q1 Result", "Q2 Performance", "Q3 Cumulative"). */
const FIGURE_WORDS = /\b(actuals?|outturns?|latest|results?|performance|values?|figures?|scores?|cumulative)\b/g;
/**
 * The words of a target header, dropped to leave its period ("Q1 Target", "Target Jun", "Q3
 * profiled target": a cumulative figure's target profiled to the quarter).
 */
const TARGET_WORDS = /\b(targets?|tgt|plan|planned|goal|profiled?)\b/g;
/** The words of an output header, dropped to leave its period ("Q2 RAG", "2023/24 status", "Variance Q1"). */
const OUTPUT_WORDS = /\b(rag|brag|status|rating|trend|variance|var|dot|direction of travel)\b/g;

/** The period a header names besides its role words ("Q2 RAG": Q2; "Q1 Target": Q1), or null. */
function periodBesideWords(lower: string, label: string, roleWords: RegExp): Period | null {
  const rest = normaliseHeaderWords(lower).replace(roleWords, ' ').replace(/\s+/g, ' ').trim();
  if (rest === '' || rest.length > 24) return null;
  const fields = parsePeriodText(rest, true) ?? shortYearBesideRole(rest);
  return fields && fields.kind !== 'baseline' ? { ...fields, label, order: provisionalOrder(fields) } : null;
}

function phrasePeriod(lower: string, label: string): Period | null {
  const phrase = readHeaderPhrase(normaliseHeaderWords(lower));
  return phrase.periodText ? parsePeriodPhrase(phrase.periodText, label) : null;
}

/**
 * Evidence 1b, the head word names a field that is no role at all ("England scope", "2016/17 half
 * year date", "target_year"): not a period, comparator or area, whatever else the header says.
 */
const notARole: ColumnStep = (grid, r, c, label) => {
  if (typeof grid.value(r, c) !== 'string') return null;
  const phrase = readHeaderPhrase(normaliseHeaderWords(splitCamelCase(label).toLowerCase()));
  return phrase.head === 'not-role' && phrase.words >= 2 ? { col: c, role: 'other', label, evidence: 'words' } : null;
};

/** Evidence 2, the header as a period, baseline, area or comparator (dates, months, "Prev. 6 months", EAST). */
const roleFromPeriodHeader: ColumnStep = (grid, r, c, label) => {
  const evidence = 'period header' as const;
  switch (classifyHeader(headerCell(grid, r, c))) {
    case 'period': {
      const period = periodOf(grid, r, c, false);
      return period ? { col: c, role: 'period', label, period, evidence } : null;
    }
    case 'baseline':
      return { col: c, role: 'baseline', label, period: periodOf(grid, r, c, true), evidence };
    case 'area':
      return { col: c, role: 'area', label, evidence };
    case 'comparator':
      return { col: c, role: 'comparator', label, evidence };
    default:
      return null;
  }
};

/** The header steps in order. The content (which column is the names) is the register's last step. */
const COLUMN_STEPS: ColumnStep[] = [roleFromWords, notARole, roleFromPeriodHeader];

/** Role of one header cell: the first step with evidence wins; none is 'other'. */
export function classifyColumn(grid: Grid, r: number, c: number): HeaderColumn | null {
  if (grid.isBlank(r, c)) return null;
  // A wrapped header ("Q3\n2023/24", "2023/24\nTarget") reads as one line in notes and reports.
  const shown = grid.trimmed(r, c);
  const label = /\s\s|[\n\r\t\u00a0]/.test(shown) ? shown.replace(/[\s\u00a0]+/g, ' ') : shown;
  for (const step of COLUMN_STEPS) {
    const found = step(grid, r, c, label);
    if (found) return found;
  }
  return { col: c, role: 'other', label };
}

/** Comparator kind from a label ("National average", "Statistical neighbours", an area). */
export function comparatorKind(lower: string): 'national' | 'neighbours' | 'other' {
  if (/\b(national|england|uk)\b/.test(lower)) return 'national';
  if (/neighbour|\bsn\b|statistical/.test(lower)) return 'neighbours';
  return 'other';
}
