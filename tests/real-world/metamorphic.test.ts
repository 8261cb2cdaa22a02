/**
 * The real-world workbooks, changed in ways a person would not call a change to the table: a blank
 * column inserted after the name column of a headed table, or headers renamed to SCORING.md synonyms. Every labelled
 * indicator keeps its status, polarity and trend (matched by sheet and row, which these changes keep).
 */
import { promises as fs } from 'fs';
import { Workbook } from 'exceljs';
import { parseA1, toA1 } from '../../src/core/a1';
import type { Book } from '../../src/xlsx/book/book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { bookFrom } from '../helpers/book';
import { CORPUS_LABELS_DIR } from '../corpus/compare-corpus';
import { sayCorpusAbsent, sharedCorpusDir } from '../corpus/shared-dir';
import { CORPUS_DIR, OWN_WORKBOOKS_DIR, readLabelFiles, workbooksIn, type LabelFile } from './compare-labels';

jest.setTimeout(120_000);

type Outcome = Record<string, string>;

/** Status, polarity and trend of every indicator whose name sits on a labelled row. */
function outcomes(wb: Book, file: LabelFile): Outcome {
  const sheets = [...new Set(file.indicators.map((l) => l.sheet))];
  const { results } = scoreWorkbook(wb, { sheets, scoredAt: new Date(Date.UTC(2026, 0, 1)) });
  const out: Outcome = {};
  for (const label of file.indicators) {
    const row = parseA1(label.name)?.row;
    const found = results
      .flatMap((r) => r.indicators)
      .filter((i) => i.source.sheet === label.sheet && i.source.nameCell.row === row);
    out[`${label.sheet}!row ${(row ?? -1) + 1} ${label.indicator}`] = found
      .map((i) => `${i.status} ${i.polarity ?? 'none'} ${i.trend ?? 'none'}`)
      .join(', ');
  }
  return out;
}

/** Where each label file's workbook is: the project's own here, the published ones in the shared corpus. */
const located = new Map<LabelFile, string>();

function bytesOf(file: LabelFile): Promise<Buffer> {
  const at = located.get(file);
  if (at === undefined) throw new Error(`${file.workbook} is not available`);
  return fs.readFile(at);
}

/**
 * The project's own arranged workbooks, and the published ones the project labelled first (now in
 * the shared corpus's from-project folder, when it is present).
 */
async function labelledWorkbooks(): Promise<LabelFile[]> {
  const own = workbooksIn(OWN_WORKBOOKS_DIR);
  const shared = workbooksIn(sharedCorpusDir());
  const out: LabelFile[] = [];
  for (const f of await readLabelFiles(CORPUS_DIR)) {
    const at = own(f);
    if (at !== undefined) located.set(f, at);
  }
  for (const f of await readLabelFiles(CORPUS_LABELS_DIR)) {
    const at = f.workbook.startsWith('from-project/') ? shared(f) : undefined;
    if (at !== undefined) located.set(f, at);
  }
  for (const f of located.keys()) if (f.indicators.length > 0) out.push(f);
  return out;
}

const corpusPresent = sharedCorpusDir() !== undefined;
if (!corpusPresent) sayCorpusAbsent('tests/real-world/metamorphic (the published workbooks)');

/** The workbook as published, read by the host. */
async function load(file: LabelFile): Promise<Book> {
  return openWorkbook(await bytesOf(file));
}

/** The workbook opened in another program (ExcelJS), changed there, saved, and read by the host. */
async function changed(file: LabelFile, change: (wb: Workbook) => void): Promise<Book> {
  const wb = new Workbook();
  await wb.xlsx.load((await bytesOf(file)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  change(wb);
  return bookFrom(wb);
}

/** Header renames, per workbook: sheet, cell, the synonym (SCORING.md's vocabulary). */
const RENAMES: Record<string, [string, string, string][]> = {
  'from-project/workbooks/hart-dc-kpis-2014-q1.xlsx': [
    ['KPIs', 'B3', 'Measure'],
    ['KPIs', 'C3', 'PY'],
    ['KPIs', 'D3', 'Act'],
    ['KPIs', 'E3', 'Plan'],
    ['KPIs', 'G3', 'RAG'],
  ],
  'from-project/workbooks/trafford-corporate-plan.xlsx': [['Indicators', 'A3', 'KPI']],
  'from-project/workbooks/oflog-asc-trafford.xlsx': [['Trafford', 'A3', 'Indicator']],
  'seed-000-register.xlsx': [
    ['Qtr 2', 'C3', 'KPI'],
    ['Qtr 2', 'D3', 'Target'],
  ],
};

describe('changes a person would not call a change keep every status', () => {
  let files: LabelFile[] = [];
  beforeAll(async () => {
    files = await labelledWorkbooks();
  });

  it('a blank column inserted after the name column (tables with a header row)', async () => {
    // Registers and time series find their columns by header, so a blank column between them is
    // no change. Metric blocks and cards are read by position ("the first cell right of the
    // Performance rating label", SCORING.md), so there a blank column does move the cells to fill.
    const headed = files.filter((f) => f.layout === 'register' || f.layout === 'time-series');
    expect(headed.length).toBeGreaterThanOrEqual(corpusPresent ? 4 : 2);
    for (const file of headed) {
      const before = outcomes(await load(file), file);
      const wb = await changed(file, (excel) => {
        for (const sheet of new Set(file.indicators.map((l) => l.sheet))) {
          const nameCol = (parseA1(file.indicators.find((l) => l.sheet === sheet)?.name ?? 'A1')?.col ?? 0) + 1;
          const ws = excel.getWorksheet(sheet);
          if (!ws) throw new Error(`${file.workbook} has no sheet ${sheet}`);
          ws.spliceColumns(nameCol + 1, 0, []);
        }
      });
      // The inserted column is there: right of each labelled name, an empty cell.
      for (const label of file.indicators) {
        const ref = parseA1(label.name);
        if (!ref) throw new Error(`bad name cell ${label.name}`);
        expect(wb.view(label.sheet, toA1({ row: ref.row, col: ref.col + 1 }))?.value).toBe('');
      }
      expect({ workbook: file.workbook, outcomes: outcomes(wb, file) }).toEqual({
        workbook: file.workbook,
        outcomes: before,
      });
    }
  });

  it('headers renamed to synonyms', async () => {
    const renamed = files.filter((f) => RENAMES[f.workbook]);
    expect(renamed.length).toBe(corpusPresent ? Object.keys(RENAMES).length : 1);
    for (const file of renamed) {
      const before = outcomes(await load(file), file);
      const wb = await changed(file, (excel) => {
        for (const [sheet, cell, word] of RENAMES[file.workbook]) {
          const c = excel.getWorksheet(sheet)?.getCell(cell);
          if (!c || typeof c.value !== 'string') throw new Error(`${file.workbook} ${sheet}!${cell} is not a header`);
          c.value = word;
        }
      });
      for (const [sheet, cell, word] of RENAMES[file.workbook]) expect(wb.view(sheet, cell)?.value).toBe(word);
      expect({ workbook: file.workbook, outcomes: outcomes(wb, file) }).toEqual({
        workbook: file.workbook,
        outcomes: before,
      });
    }
  });
});
