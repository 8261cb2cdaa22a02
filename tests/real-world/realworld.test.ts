/**
 * The project's own arrangements of the seed reports (PROVENANCE.md), each scored as published with
 * the default rules and compared with labels made by hand from SCORING.md. Every label is checked; the
 * set as a whole must be at least 95% right, and no council's own rating may be replaced by something
 * that is not a rating. The published third-party workbooks that were here are in the shared corpus
 * (../shared/corpus/from-project) and are checked by tests/corpus.
 */
import { promises as fs, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { exceljsFrom } from '../helpers/book';
import { expectOnlyPlannedChanges, expectWritesApplied, takeBefore } from '../xlsx/scoring-check';
import {
  compareCorpus,
  CORPUS_DIR,
  OWN_WORKBOOKS_DIR,
  formatMismatch,
  formatReport,
  readLabelFiles,
  type CorpusReport,
  type LabelFile,
} from './compare-labels';

jest.setTimeout(120_000);

let report: CorpusReport;

beforeAll(async () => {
  report = await compareCorpus();
  process.stdout.write(`${formatReport(report)}\n`);
});

describe('real-world corpus', () => {
  it('holds at least four labelled workbooks in at least three layouts', async () => {
    const files = await readLabelFiles();
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(new Set(files.map((f) => f.layout)).size).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(f.indicators.length + (f.noRatingSheets?.length ?? 0)).toBeGreaterThan(0);
  });

  it('checks every label it holds', async () => {
    const files = await readLabelFiles();
    expect(report.skipped).toEqual([]);
    expect(report.labelled).toBe(files.reduce((n, f) => n + f.indicators.length + (f.noRatingSheets?.length ?? 0), 0));
    expect(report.fieldsLabelled).toBeGreaterThanOrEqual(report.labelled);
  });

  it('gets at least 95% of the labelled indicators right', () => {
    expect(report.correct / report.labelled).toBeGreaterThanOrEqual(0.95);
  });

  it('never replaces a council rating by something that is not a rating', () => {
    const replaced = report.files.flatMap((f) => f.mismatches.filter((m) => m.field === 'ownRating'));
    expect(replaced.map(formatMismatch)).toEqual([]);
    expect(report.ratingsReplaced).toBe(0);
  });
});

describe('each workbook matches its labels', () => {
  // One test per labelled workbook, so a failure names the file and lists its mismatches.
  const workbooks = readdirSync(path.join(CORPUS_DIR, 'labels'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => (JSON.parse(readFileSync(path.join(CORPUS_DIR, 'labels', n), 'utf8')) as LabelFile).workbook);

  it.each(workbooks)('%s', (workbook) => {
    const file = report.files.find((f) => f.workbook === workbook);
    expect(file).toBeDefined();
    expect(file?.mismatches.map(formatMismatch)).toEqual([]);
  });

  it.each(workbooks)('%s: only its own cells change, each holding what was planned', async (workbook) => {
    const bytes = await fs.readFile(path.join(OWN_WORKBOOKS_DIR, workbook));
    // The file as another program reads it before scoring, and the saved result read the same way.
    const original = new Workbook();
    await original.xlsx.load(bytes as unknown as Parameters<typeof original.xlsx.load>[0]);
    const before = takeBefore(original);
    const book = await openWorkbook(bytes);
    const out = scoreWorkbook(book, { scoredAt: new Date(Date.UTC(2026, 0, 1)) });
    const back = await exceljsFrom(book);
    expectOnlyPlannedChanges(before, back, out.results, out.written);
    for (const r of out.results) if (out.written.includes(r.sheet)) expectWritesApplied(back, r);
  });
});
