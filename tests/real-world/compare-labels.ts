/**
 * Scores labelled workbooks through the .xlsx host and compares every hand-made label with what the
 * engine said. One comparator for both label sets: the project's own arrangements
 * (tests/real-world/labels, workbooks in tests/fixtures/real-world) and the shared public corpus
 * (tests/corpus/labels, workbooks in ../shared/corpus). Shared by the jest harnesses and the
 * `realworld` and `corpus` bench groups, so all count the same way.
 *
 * An indicator is correct when every field its label gives matches: status, and where labelled the
 * status word (on the indicator and in the status cell), polarity, polarity source and trend. A
 * `noRatingSheets` entry is one check: correct when nothing on that sheet is rated GREEN, AMBER, RED
 * or BLUE.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { parseA1, toA1 } from '../../src/core/a1';
import type { ScoredIndicator } from '../../src/core/model';
import type { Book } from '../../src/xlsx/book/book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';

/** One hand-made label: what SCORING.md gives for the indicator named in `sheet`!`name`. */
export interface Label {
  sheet: string;
  /** A1 address of the indicator's name cell. */
  name: string;
  /** The indicator as the sheet names it (for reading reports only). */
  indicator: string;
  status: string;
  /** The word the status cell should carry, in the sheet's own words ("above target", "Favourable"). */
  statusWord?: string;
  /** Where that word must show after scoring, when that is not `ownRatingCell` (an empty RAG column). */
  statusCell?: string;
  polarity?: 'higher' | 'lower' | 'band';
  polaritySource?: string;
  /** Expected trend; null = no trend expected (no earlier value). Absent = not labelled. */
  trend?: string | null;
  /** The author's own rating in the status cell, as published, and where it is. */
  ownRating?: string;
  ownRatingCell?: string;
  /** The author's own trend rating, where the sheet has one ("GREEN" in a Trend row), and where it is. */
  ownTrend?: string;
  ownTrendCell?: string;
  /** The labeller's reasoning, shown beside a mismatch. */
  note?: string;
}

export interface LabelFile {
  workbook: string;
  layout: string;
  indicators: Label[];
  /**
   * Sheets with no targets and no direction key: whatever the engine finds there, it must not rate
   * (SCORING.md: never invent a RAG). Each sheet is one labelled check.
   */
  noRatingSheets?: string[];
}

export interface Mismatch {
  workbook: string;
  cell: string;
  indicator: string;
  field: string;
  expected: string;
  got: string;
  note?: string;
}

export interface FileReport {
  workbook: string;
  layout: string;
  /** Indicators labelled, and those whose every labelled field matched. */
  labelled: number;
  correct: number;
  /** The same counted per labelled field (status, word, polarity, its source, trend). */
  fieldsLabelled: number;
  fieldsCorrect: number;
  /** Cells that held the author's rating and now hold something that is not a rating. */
  ratingsReplaced: number;
  /** Indicators rated GREEN/AMBER/RED/BLUE on sheets labelled as holding nothing to rate. */
  invented: number;
  mismatches: Mismatch[];
}

export interface CorpusReport {
  files: FileReport[];
  labelled: number;
  correct: number;
  fieldsLabelled: number;
  fieldsCorrect: number;
  ratingsReplaced: number;
  invented: number;
  /** Label files whose workbook could not be found (the shared corpus is absent): not scored. */
  skipped: string[];
}

/** The project's own arranged workbooks' labels (the workbooks themselves are test fixtures). */
export const CORPUS_DIR = __dirname;

/** The project's own arrangements of the seed reports, kept with the other test fixtures. */
export const OWN_WORKBOOKS_DIR = path.join(__dirname, '..', 'fixtures', 'real-world');

/** Where a label file's workbook is, or undefined when it is not available here. */
export type WorkbookResolver = (file: LabelFile) => string | undefined;

/** Workbooks named relative to a folder (tests/fixtures/real-world, or the shared corpus). */
export function workbooksIn(dir: string | undefined): WorkbookResolver {
  return (file) => {
    if (dir === undefined) return undefined;
    const p = path.join(dir, file.workbook);
    return existsSync(p) ? p : undefined;
  };
}

/** The statuses that are ratings: an author's rating may be replaced by one of these only. */
export const RATINGS = new Set(['GREEN', 'AMBER', 'RED', 'BLUE']);

/** Every label file in a folder (`<dir>/labels`), in name order. */
export async function readLabelFiles(dir: string = CORPUS_DIR): Promise<LabelFile[]> {
  const labelDir = path.join(dir, 'labels');
  const names = (await fs.readdir(labelDir)).filter((n) => n.endsWith('.json')).sort();
  const files: LabelFile[] = [];
  for (const n of names) files.push(JSON.parse(await fs.readFile(path.join(labelDir, n), 'utf8')) as LabelFile);
  return files;
}

/** A cell's value as text ('' when empty): rich text as its plain text, a formula as its cached result. */
function cellText(wb: Book, sheet: string, a1: string): string {
  const v = wb.view(sheet, a1)?.value;
  if (v === null || v === undefined) return '';
  return String(v);
}

/** The engine's indicator for a label: same name cell, else the only one on the same row. */
function findIndicator(found: ScoredIndicator[], label: Label): ScoredIndicator | undefined {
  const onSheet = found.filter((i) => i.source.sheet === label.sheet);
  const exact = onSheet.find((i) => toA1(i.source.nameCell) === label.name);
  if (exact) return exact;
  const ref = parseA1(label.name);
  if (!ref) throw new Error(`label for "${label.indicator}" has a bad name cell "${label.name}"`);
  const sameRow = onSheet.filter((i) => i.source.nameCell.row === ref.row);
  return sameRow.length === 1 ? sameRow[0] : undefined;
}

function show(v: unknown): string {
  return v === null || v === undefined ? 'none' : String(v);
}

/** Scores one labelled workbook (read from `workbookPath`) with the default rules and compares every label. */
export async function compareFile(file: LabelFile, workbookPath: string): Promise<FileReport> {
  const wb = await openWorkbook(await fs.readFile(workbookPath));
  const before = new Map<string, string>();
  for (const l of file.indicators)
    for (const cell of [l.ownRatingCell, l.ownTrendCell])
      if (cell) before.set(`${l.sheet}!${cell}`, cellText(wb, l.sheet, cell));
  const sheets = [...new Set([...file.indicators.map((l) => l.sheet), ...(file.noRatingSheets ?? [])])];
  const { results } = scoreWorkbook(wb, { sheets, scoredAt: new Date(Date.UTC(2026, 0, 1)) });
  const found = results.flatMap((r) => r.indicators);

  const report: FileReport = {
    workbook: file.workbook,
    layout: file.layout,
    labelled: 0,
    correct: 0,
    fieldsLabelled: 0,
    fieldsCorrect: 0,
    ratingsReplaced: 0,
    invented: 0,
    mismatches: [],
  };
  for (const label of file.indicators) {
    report.labelled++;
    const ind = findIndicator(found, label);
    const miss = (field: string, expected: unknown, got: unknown): void => {
      report.mismatches.push({
        workbook: file.workbook,
        cell: `${label.sheet}!${label.name}`,
        indicator: label.indicator,
        field,
        expected: show(expected),
        got: show(got),
        note: label.note,
      });
    };
    const checks: [string, unknown, unknown, boolean][] = [];
    checks.push(['status', label.status, ind?.status, ind?.status === label.status]);
    if (label.statusWord !== undefined) {
      const word = ind?.statusLabel ?? '';
      checks.push(['statusWord', label.statusWord, word, word.toLowerCase().includes(label.statusWord.toLowerCase())]);
    }
    const wordCell = label.statusCell ?? label.ownRatingCell;
    if (label.statusWord !== undefined && wordCell !== undefined) {
      // The word must also be what the sheet now shows, in the table's own status cell.
      const shown = cellText(wb, label.sheet, wordCell);
      checks.push([
        'statusCell',
        `${wordCell} shows "${label.statusWord}"`,
        `"${shown}"`,
        // Only once the indicator is found: a cell that already held the author's word proves nothing.
        ind !== undefined && shown.toLowerCase().includes(label.statusWord.toLowerCase()),
      ]);
    }
    if (label.polarity !== undefined)
      checks.push(['polarity', label.polarity, ind?.polarity, ind?.polarity === label.polarity]);
    if (label.polaritySource !== undefined) {
      const src = ind ? String(ind.polaritySource) : undefined;
      checks.push(['polaritySource', label.polaritySource, src, src === label.polaritySource]);
    }
    if (label.trend !== undefined) {
      const trend = ind ? (ind.trend ?? null) : undefined;
      checks.push(['trend', label.trend, trend, trend === label.trend]);
    }
    let allRight = true;
    for (const [field, expected, got, ok] of checks) {
      report.fieldsLabelled++;
      if (ok) report.fieldsCorrect++;
      else {
        allRight = false;
        miss(field, expected, ind ? got : 'not detected');
      }
    }
    if (allRight) report.correct++;

    // The author's rating may be replaced by a rating only: our status for the status cell, our trend
    // for the trend cell.
    const own: [string | undefined, boolean][] = [
      [label.ownRatingCell, ind !== undefined && RATINGS.has(ind.status)],
      [label.ownTrendCell, ind !== undefined && ind.trend !== null],
    ];
    for (const [cell, ratedByUs] of own) {
      if (!cell) continue;
      const was = before.get(`${label.sheet}!${cell}`) ?? '';
      const now = cellText(wb, label.sheet, cell);
      if (was !== '' && now !== was && !ratedByUs) {
        report.ratingsReplaced++;
        miss('ownRating', `${cell} "${was}" kept (not rated)`, `"${now}"`);
      }
    }
  }
  for (const sheet of file.noRatingSheets ?? []) {
    report.labelled++;
    report.fieldsLabelled++;
    const rated = found.filter((i) => i.source.sheet === sheet && RATINGS.has(i.status));
    report.invented += rated.length;
    if (rated.length === 0) {
      report.correct++;
      report.fieldsCorrect++;
      continue;
    }
    report.mismatches.push({
      workbook: file.workbook,
      cell: `${sheet}!${toA1(rated[0].source.nameCell)}`,
      indicator: rated[0].source.name,
      field: 'noRating',
      expected: 'no rating on a sheet without targets or a direction key',
      got: `${rated.length} rated (first: ${rated[0].status})`,
    });
  }
  return report;
}

/**
 * Scores every label file in `dir`/labels against its workbook, found by `resolve` (by default
 * the project's own fixtures). Files whose workbook is not available are listed in `skipped`, not scored.
 */
export async function compareCorpus(
  dir: string = CORPUS_DIR,
  resolve: WorkbookResolver = workbooksIn(OWN_WORKBOOKS_DIR),
): Promise<CorpusReport> {
  const files: FileReport[] = [];
  const skipped: string[] = [];
  for (const f of await readLabelFiles(dir)) {
    const at = resolve(f);
    if (at === undefined) skipped.push(f.workbook);
    else files.push(await compareFile(f, at));
  }
  const sum = (
    k: 'labelled' | 'correct' | 'fieldsLabelled' | 'fieldsCorrect' | 'ratingsReplaced' | 'invented',
  ): number => files.reduce((n, f) => n + f[k], 0);
  return {
    files,
    labelled: sum('labelled'),
    correct: sum('correct'),
    fieldsLabelled: sum('fieldsLabelled'),
    fieldsCorrect: sum('fieldsCorrect'),
    ratingsReplaced: sum('ratingsReplaced'),
    invented: sum('invented'),
    skipped,
  };
}

/** One readable line per mismatch: where, what, expected against got, and the labeller's note. */
export function formatMismatch(m: Mismatch): string {
  const note = m.note ? ` [${m.note}]` : '';
  return `${m.cell} ${m.field}: expected ${m.expected}, got ${m.got} (${m.indicator})${note}`;
}

export function formatReport(r: CorpusReport): string {
  const lines: string[] = [];
  for (const f of r.files) {
    lines.push(
      `${f.workbook} (${f.layout}): ${f.correct}/${f.labelled} indicators correct, ` +
        `${f.fieldsCorrect}/${f.fieldsLabelled} fields, ${f.ratingsReplaced} council ratings replaced`,
    );
    for (const m of f.mismatches) lines.push(`  ${formatMismatch(m)}`);
  }
  lines.push(
    `total: ${r.correct}/${r.labelled} indicators correct, ${r.fieldsCorrect}/${r.fieldsLabelled} fields, ` +
      `${r.ratingsReplaced} council ratings replaced, ${r.invented} invented ratings`,
  );
  if (r.skipped.length > 0) lines.push(`not scored (workbook not available here): ${r.skipped.join(', ')}`);
  return lines.join('\n');
}
