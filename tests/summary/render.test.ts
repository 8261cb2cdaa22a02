/**
 * Every example's board summary as a committee would get it: the plan checked for text that does not
 * fit its column, empty sections and the tool's language; then the workbook printed by LibreOffice
 * (PDF, text per page) and the summary pages checked for pages that hold only a heading and for
 * words a board paper must not carry. The scored sheets too: every variance sentence we wrote wraps
 * in a row tall enough for its lines, as saved and as LibreOffice lays the sheet out (a register
 * made here with a narrow Variance column of its own gives sentences of several lines). The print
 * checks skip, saying why, without LibreOffice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { ScoredIndicator } from '../../src/core/model';
import { buildWorkbookSummary } from '../../src/core/summary/build';
import { oneLine } from '../../src/core/summary/narrative';
import type { SummaryPlan } from '../../src/core/summary/types';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { writeSummaryPlan } from '../../src/xlsx/summary-writer';
import { openWorkbook, savePackage } from '../../src/xlsx/workbook-io';
import ExcelJS from 'exceljs';
import { unfitCells } from './support/fit';
import { missingRenderTools, pdfPages, summaryPages, toPdf } from './support/render';
import { clippedCells, odsRowHeights, toOds, wrappedCells, type WrappedCell } from './support/scored-rows';

jest.setTimeout(600_000);

const EXAMPLES = [
  'register.xlsx',
  'register-quarters.xlsx',
  'time-series.xlsx',
  'cards.xlsx',
  'metric-blocks.xlsx',
  'mixed.xlsx',
];
const SCORED_AT = new Date(2026, 10, 21, 9, 0);

/** Words of the tool, not of a board paper. */
const BANNED: [string, RegExp][] = [
  ['a rule-set id', /\bseed-\d+/i],
  ['"None"', /\bNone\b/],
  ['the pane', /\bpane\b/i],
  ['"flip"', /\bflip/i],
  ['"assumed"', /\bassumed\b/i],
  ['the rules preset', /using the shared rules/i],
];
/** A cell address in prose ("E4", "AB12"); quarter labels (Q1-Q4) are not addresses. */
const CELL_ADDRESS = /\b(?!Q[1-4]\b)[A-Z]{1,3}[0-9]+\b/;

interface Example {
  file: string;
  plans: SummaryPlan[];
  indicators: ScoredIndicator[];
  xlsx: string;
  /** Wrapped text written into the scored sheets, measured against the saved package. */
  wrapped: WrappedCell[];
}

/** A register whose own Variance column is narrow (18 characters): our sentences wrap onto several lines. */
async function narrowVarianceRegister(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Corporate performance indicators, Quarter 2 2020/21']);
  ws.addRow([]);
  ws.addRow(['Performance Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'Rag Status', 'Variance']);
  ws.addRow(['% of visits within timescale', 90, 95, 80, null, null]);
  ws.addRow(['% of plans reviewed on time', 50, 40, 55, null, null]);
  ws.addRow(['% of reviews completed', 70, 75, 76, null, null]);
  ws.getColumn(1).width = 30;
  ws.getColumn(6).width = 18;
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const NARROW = 'narrow-variance.xlsx';

let dir = '';
const examples: Example[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'scorelight-render-'));
  for (const file of [...EXAMPLES, NARROW]) {
    const input =
      file === NARROW ? await narrowVarianceRegister() : readFileSync(path.join(__dirname, '../../examples', file));
    const book = await openWorkbook(input);
    const scored = scoreWorkbook(book, { scoredAt: SCORED_AT });
    const plans: SummaryPlan[] = [];
    const indicators: ScoredIndicator[] = [];
    // One board summary for the workbook when several sheets are scored (the default), else the sheet's.
    const results = scored.results.filter((r) => r.indicators.length > 0);
    const plan = buildWorkbookSummary(results, scored.rules, SCORED_AT, path.basename(file, '.xlsx'));
    writeSummaryPlan(book, plan);
    plans.push(plan);
    for (const r of results) indicators.push(...r.indicators);
    const xlsx = path.join(dir, file);
    const saved = await savePackage(book);
    writeFileSync(xlsx, Buffer.from(saved));
    examples.push({ file, plans, indicators, xlsx, wrapped: await wrappedCells(book, saved) });
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Text a summary quotes from the sheet (names, codes, titles, periods): not the summary's own prose. */
function sheetTexts(ex: Example, plan: SummaryPlan): string[] {
  const texts = ex.indicators.flatMap((i) => [
    oneLine(i.source.name),
    i.source.code ?? '',
    ...i.source.comparators.map((c) => c.label),
    ...i.source.values.map((v) => v.period.label),
    ...(i.areas?.ratings.map((a) => a.label) ?? []),
  ]);
  texts.push(plan.sourceSheet, ...ex.indicators.map((i) => i.source.sheet));
  return texts.filter((t) => t.trim() !== '').sort((a, b) => b.length - a.length);
}

function withoutSheetText(text: string, quoted: string[]): string {
  let t = text;
  for (const q of quoted) t = t.split(q).join(' ');
  return t;
}

describe('every example’s board summary, as planned', () => {
  test('every written cell fits its column: no clipped text, no word broken, rows tall enough', () => {
    for (const ex of examples)
      for (const plan of ex.plans)
        expect({ sheet: plan.sheetName, unfit: unfitCells(plan) }).toEqual({ sheet: plan.sheetName, unfit: [] });
  });

  test('no section without rows, no table without data', () => {
    for (const ex of examples)
      for (const plan of ex.plans) {
        const counted = plan.cells.filter((c) => c.style === 'heading' && /\((\d+)\)$/.test(String(c.value)));
        for (const h of counted)
          expect({ heading: h.value, rows: Number(/\((\d+)\)$/.exec(String(h.value))![1]) > 0 }).toEqual({
            heading: h.value,
            rows: true,
          });
        for (const t of plan.tables)
          expect({ table: t.name, data: t.range.rowCount > 1 }).toEqual({ table: t.name, data: true });
      }
  });

  test('no column of a table is empty (a dash or "No earlier figure") in every row', () => {
    for (const ex of examples)
      for (const plan of ex.plans)
        for (const t of plan.tables) {
          if (t.range.rowCount < 3) continue;
          for (let col = t.range.col; col < t.range.col + t.range.colCount; col++) {
            const values = plan.cells
              .filter((c) => c.col === col && c.row > t.range.row && c.row < t.range.row + t.range.rowCount)
              .map((c) => String(c.value));
            const empty = values.every((v) => ['–', '-', 'No earlier figure', 'Not set'].includes(v));
            expect({ table: t.name, column: t.columns[col - t.range.col], empty }).toEqual({
              table: t.name,
              column: t.columns[col - t.range.col],
              empty: false,
            });
          }
        }
  });

  test('the board’s language: no rule-set ids, pane instructions, "None" or cell addresses', () => {
    for (const ex of examples)
      for (const plan of ex.plans) {
        const quoted = sheetTexts(ex, plan);
        for (const c of plan.cells) {
          if (c.kind !== 'text' || c.value === '') continue;
          const own = withoutSheetText(String(c.value), quoted);
          for (const [what, re] of BANNED)
            expect({ text: c.value, what, found: re.test(own) }).toMatchObject({ found: false });
          expect({ text: c.value, address: CELL_ADDRESS.exec(own)?.[0] ?? null }).toMatchObject({ address: null });
        }
      }
  });

  test("status words are the sheet's own, with the rules' colours", () => {
    const time = examples.find((e) => e.file === 'time-series.xlsx')!;
    const words = time.plans[0].cells.filter((c) => c.style.startsWith('status-')).map((c) => String(c.value));
    expect(words).toEqual(expect.arrayContaining(['● Favourable', '▲ On Track', '■ Unfavourable']));
    const blocks = examples.find((e) => e.file === 'metric-blocks.xlsx')!;
    const green = blocks.plans[0].cells.find((c) => c.style === 'status-GREEN' && c.row > 10);
    expect(green?.value).toBe('● Above target');
    expect(blocks.plans[0].styles['status-GREEN'].fill).toBeTruthy();
  });
});

describe('every example’s scored sheets, as saved', () => {
  test('every variance sentence we wrote wraps in a row tall enough for its lines (rows the user fixed aside)', () => {
    for (const ex of examples)
      expect({ file: ex.file, clipped: clippedCells(ex.wrapped, (c) => c.height) }).toEqual({
        file: ex.file,
        clipped: [],
      });
    // The narrow Variance column gives sentences of several lines: the check has something to check.
    const narrow = examples.find((e) => e.file === NARROW)!;
    expect(narrow.wrapped.length).toBe(3);
    expect(Math.min(...narrow.wrapped.map((c) => c.lines))).toBeGreaterThan(1);
  });
});

const missing = missingRenderTools();
if (missing.length > 0)
  console.warn(`Print checks skipped: ${missing.join(', ')} missing (apt-get install libreoffice-calc poppler-utils).`);
const printed = missing.length === 0 ? describe : describe.skip;

printed('every example’s board summary, as LibreOffice prints it', () => {
  let pages: Map<string, string[]>;
  beforeAll(() => {
    const pdfs = toPdf(
      examples.map((e) => e.xlsx),
      dir,
    );
    pages = new Map(pdfs.map((p) => [path.basename(p, '.pdf'), summaryPages(pdfPages(p))]));
  });

  test('every example prints its summary pages', () => {
    for (const ex of examples)
      expect({ file: ex.file, pages: (pages.get(path.basename(ex.file, '.xlsx')) ?? []).length > 0 }).toEqual({
        file: ex.file,
        pages: true,
      });
  });

  test('no page holds only a heading, and no page ends with a heading', () => {
    for (const ex of examples) {
      const headings = new Set(
        ex.plans.flatMap((p) => p.cells.filter((c) => c.style === 'heading').map((c) => String(c.value))),
      );
      for (const [n, page] of (pages.get(path.basename(ex.file, '.xlsx')) ?? []).entries()) {
        const lines = page
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '');
        // The two title rows repeat at the top of every page; the footer is the last line.
        const body = lines.slice(2, -1);
        const where = `${ex.file} summary page ${n + 1}`;
        expect({ where, empty: body.length === 0 }).toEqual({ where, empty: false });
        expect({ where, onlyHeadings: body.every((l) => headings.has(l)) }).toEqual({ where, onlyHeadings: false });
        expect({ where, endsWithHeading: headings.has(body[body.length - 1]) }).toEqual({
          where,
          endsWithHeading: false,
        });
      }
    }
  });

  test('no banned words on the printed pages', () => {
    for (const ex of examples)
      for (const page of pages.get(path.basename(ex.file, '.xlsx')) ?? [])
        for (const [what, re] of BANNED)
          expect({ file: ex.file, what, found: re.test(page) }).toMatchObject({ found: false });
  });
});

printed('every example’s scored sheets, as LibreOffice lays them out', () => {
  test('no variance sentence is clipped: each row is as tall as its lines', async () => {
    const lo = mkdtempSync(path.join(os.tmpdir(), 'scorelight-render-ods-'));
    try {
      const withText = examples.filter((e) => e.wrapped.length > 0);
      const made = toOds(
        withText.map((e) => e.xlsx),
        lo,
      );
      expect(made).toHaveLength(withText.length);
      for (const [i, ex] of withText.entries()) {
        const heights = await odsRowHeights(made[i]);
        expect({
          file: ex.file,
          clipped: clippedCells(ex.wrapped, (c) => heights.get(c.sheet)?.get(c.row)),
        }).toEqual({ file: ex.file, clipped: [] });
      }
    } finally {
      rmSync(lo, { recursive: true, force: true });
    }
  });
});
