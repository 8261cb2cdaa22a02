/**
 * The shared public corpus, scored as a new user would (zero configuration, default rules): the
 * hand labels in tests/corpus/labels compared by the one comparator in tests/real-world/compare-labels
 * (an indicator is correct when every labelled field matches), plus a survey of every workbook in the
 * corpus: whether a table is found in those that hold indicators against targets (with-targets.ts)
 * and whether anything is rated in those that hold none. Shared by corpus.test.ts and the `corpus`
 * bench group.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { compareCorpus, RATINGS, workbooksIn, type CorpusReport } from '../real-world/compare-labels';
import { WITH_TARGETS } from './with-targets';

/** tests/corpus: its `labels/` folder holds one label file per shared workbook (any file name). */
export const CORPUS_LABELS_DIR = __dirname;

/**
 * Every label file in `labelsDir`/labels (tests/corpus/labels), each workbook read from the shared
 * corpus folder. The bench passes the folder (it runs from a compiled copy, away from the labels).
 */
export function compareSharedCorpus(corpusDir: string, labelsDir: string = CORPUS_LABELS_DIR): Promise<CorpusReport> {
  return compareCorpus(labelsDir, workbooksIn(corpusDir));
}

/** Every workbook of the corpus (top level and from-project/workbooks), as paths relative to it. */
export async function corpusWorkbooks(corpusDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['', path.join('from-project', 'workbooks')]) {
    const names = await fs.readdir(path.join(corpusDir, sub)).catch(() => [] as string[]);
    for (const n of names.filter((x) => /\.xls[xm]$/i.test(x)).sort()) out.push(path.posix.join(sub, n));
  }
  return out;
}

export interface WorkbookSurvey {
  workbook: string;
  /** From with-targets.ts; undefined when the workbook is not in the hand-kept list yet. */
  targets: boolean | undefined;
  /** Tables found with at least one indicator, zero configuration. */
  tables: number;
  indicators: number;
  /** Indicators rated GREEN, AMBER, RED or BLUE. */
  rated: number;
  /** The first rated indicators, as `sheet!cell status name`, for the report. */
  ratedExamples: string[];
}

/** Scores one corpus workbook whole, every sheet, the way a new user would. */
export async function surveyWorkbook(corpusDir: string, workbook: string): Promise<WorkbookSurvey> {
  const book = await openWorkbook(await fs.readFile(path.join(corpusDir, workbook)));
  const { results } = scoreWorkbook(book, { scoredAt: new Date(Date.UTC(2026, 0, 1)) });
  const indicators = results.flatMap((r) => r.indicators);
  const rated = indicators.filter((i) => RATINGS.has(i.status));
  return {
    workbook,
    targets: WITH_TARGETS[workbook]?.targets,
    tables: results.reduce((n, r) => n + (r.indicators.length > 0 ? Math.max(1, r.tables.length) : 0), 0),
    indicators: indicators.length,
    rated: rated.length,
    ratedExamples: rated
      .slice(0, 3)
      .map((i) => `${i.source.sheet}!row ${i.source.nameCell.row + 1} ${i.status} ${i.source.name}`),
  };
}

export interface CorpusFigures {
  workbooks: number;
  withTargets: number;
  withTargetsFound: number;
  /** Workbooks not in with-targets.ts: someone must read them and add them. */
  unclassified: string[];
  /** With targets, but no table found with zero configuration. */
  notFound: string[];
  /** Ratings given on workbooks without targets plus those on sheets labelled as holding none. */
  invented: number;
  surveys: WorkbookSurvey[];
  labels: CorpusReport;
  readMs: number;
}

/** Reads and scores the whole corpus: the survey of every workbook and the comparison with every label. */
export async function measureCorpus(corpusDir: string, labelsDir: string = CORPUS_LABELS_DIR): Promise<CorpusFigures> {
  const start = process.hrtime.bigint();
  const surveys: WorkbookSurvey[] = [];
  for (const w of await corpusWorkbooks(corpusDir)) surveys.push(await surveyWorkbook(corpusDir, w));
  const labels = await compareSharedCorpus(corpusDir, labelsDir);
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  const withTargets = surveys.filter((s) => s.targets === true);
  return {
    workbooks: surveys.length,
    withTargets: withTargets.length,
    withTargetsFound: withTargets.filter((s) => s.tables > 0).length,
    unclassified: surveys.filter((s) => s.targets === undefined).map((s) => s.workbook),
    notFound: withTargets.filter((s) => s.tables === 0).map((s) => s.workbook),
    // Whole no-target workbooks from the survey; labelled no-rating sheets elsewhere from the labels
    // (a no-target workbook's labelled sheets are already in its survey, so not counted twice).
    invented:
      surveys.filter((s) => s.targets === false).reduce((n, s) => n + s.rated, 0) +
      labels.files.filter((f) => WITH_TARGETS[f.workbook]?.targets !== false).reduce((n, f) => n + f.invented, 0),
    surveys,
    labels,
    readMs: Math.round(readMs),
  };
}
