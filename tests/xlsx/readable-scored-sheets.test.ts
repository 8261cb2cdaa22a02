/**
 * Issue 24 item 6: a scored sheet stays readable. Every example scored through the .xlsx host and
 * read back from the saved file with ExcelJS, as another program sees it: the columns we add are
 * wide enough for every word we write there (no "■ Unfavoura"), our headers look like the table's
 * own header beside them, and variance sentences wrap.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Cell, Workbook } from 'exceljs';
import { toA1 } from '../../src/core/a1';
import { textWidth } from '../../src/core/plan/added-columns';
import { openBook } from '../../src/xlsx/book/read-book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { savePackage } from '../../src/xlsx/workbook-io';
import { exceljsFrom } from '../helpers/book';

jest.setTimeout(120_000);

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const FILES = [
  'register.xlsx',
  'register-quarters.xlsx',
  'time-series.xlsx',
  'cards.xlsx',
  'metric-blocks.xlsx',
  'mixed.xlsx',
];

interface Look {
  fill?: string;
  bold: boolean;
  fontColor?: string;
}

/** Fill, bold and font colour as ExcelJS reads them from the saved package. */
function lookOf(cell: Cell): Look {
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill.fgColor?.argb : undefined;
  return {
    fill: fill?.slice(-6).toUpperCase(),
    bold: cell.font?.bold === true,
    fontColor: cell.font?.color?.argb?.slice(-6),
  };
}

/** Columns (0-based) each sheet of the example gives a width of its own, before scoring. */
async function userWidths(file: string): Promise<Map<string, Set<number>>> {
  const book = await openBook(await fs.readFile(path.join(EXAMPLES, file)));
  return new Map(book.sheets.map((s) => [s.name, new Set(s.columnWidths.keys())]));
}

async function scored(file: string) {
  const book = await openBook(await fs.readFile(path.join(EXAMPLES, file)));
  const out = scoreWorkbook(book, { scoredAt: new Date('2020-10-05T10:00:00Z') });
  const back: Workbook = await exceljsFrom(book);
  return { out, back };
}

describe.each(FILES)('%s', (file) => {
  it('sizes added columns to what is written there, copies the header look and wraps variance', async () => {
    const original = await userWidths(file);
    const { out, back } = await scored(file);
    let checkedColumns = 0;
    let checkedHeaders = 0;
    for (const r of out.results) {
      if (!out.written.includes(r.sheet)) continue;
      const ws = back.getWorksheet(r.sheet);
      if (!ws) throw new Error(`no sheet ${r.sheet}`);
      for (const t of r.tables) {
        if (!t.added) continue;
        for (const role of ['status', 'trend'] as const) {
          const col = t.added[role];
          if (col === undefined) continue;
          const planned = r.plan.columnWidths[col];
          // The saved file carries the planned width, unless the user's own <col> already covers the column.
          if (!(original.get(r.sheet)?.has(col) ?? false))
            expect([r.sheet, col, ws.getColumn(col + 1).width]).toEqual([r.sheet, col, planned]);
          const bottom = t.range.row + t.range.rowCount - 1;
          for (const w of r.plan.writes.filter(
            (x) =>
              x.cell.col === col && x.cell.row >= t.added!.headerRow && x.cell.row <= bottom && x.role !== 'variance',
          )) {
            const need = textWidth(w.text, r.plan.styles[w.style]?.bold === true);
            // Every word we wrote fits its planned column (bold counted a tenth wider).
            expect({ cell: toA1(w.cell), text: w.text, fits: need <= planned }).toEqual({
              cell: toA1(w.cell),
              text: w.text,
              fits: true,
            });
          }
          checkedColumns++;
        }
        const header = r.plan.writes.find((w) => w.role === 'header' && w.cell.row === t.added?.headerRow);
        if (header?.lookFrom) {
          const own = lookOf(ws.getCell(toA1(header.lookFrom)));
          for (const w of r.plan.writes.filter((x) => x.role === 'header' && x.cell.row === t.added?.headerRow))
            expect({ cell: toA1(w.cell), look: lookOf(ws.getCell(toA1(w.cell))) }).toEqual({
              cell: toA1(w.cell),
              look: own,
            });
          if (own.fill) checkedHeaders++;
        }
      }
      // A variance in a column of its own wraps there (a card's variance row runs across the card instead).
      for (const w of r.plan.writes.filter((x) => x.role === 'variance' && r.plan.styles[x.style]?.wrap === true))
        expect({ cell: toA1(w.cell), wrap: ws.getCell(toA1(w.cell)).alignment?.wrapText }).toEqual({
          cell: toA1(w.cell),
          wrap: true,
        });
    }
    // Every example but the cards adds columns, and their tables' headers are filled.
    if (file !== 'cards.xlsx') expect([checkedColumns > 0, checkedHeaders > 0]).toEqual([true, true]);
  });
});

describe.each(['cards.xlsx', 'metric-blocks.xlsx'])('%s: variance beside its figure', (file) => {
  it('goes in a "Variance" row under its card or block, adds no column, and stays put on re-scoring', async () => {
    const before = await openBook(await fs.readFile(path.join(EXAMPLES, file)));
    const widest = new Map(before.sheets.map((s) => [s.name, lastUsedCol(s.name, before)]));
    const book = await openBook(await fs.readFile(path.join(EXAMPLES, file)));
    const first = scoreWorkbook(book, { scoredAt: new Date('2020-10-05T10:00:00Z') });
    let rows = 0;
    for (const r of first.results) {
      for (const ind of r.indicators) {
        const t = r.tables.find((x) => x.index === ind.source.table);
        if (!t || t.added || !ind.varianceText) continue;
        const w = r.plan.writes.find((x) => x.role === 'variance' && x.text === ind.varianceText);
        if (!w) continue;
        const heading = r.plan.writes.find(
          (x) => x.role === 'header' && x.cell.row === w.cell.row && x.cell.col === w.cell.col - 1,
        );
        // Under the table, in its columns, with the heading in its label column.
        if (w.cell.row === t.range.row + t.range.rowCount) {
          expect([ind.source.name, heading?.text, w.cell.col]).toEqual([ind.source.name, 'Variance', t.range.col + 1]);
          rows++;
        }
        if (file === 'cards.xlsx')
          expect([ind.source.name, w.cell.col < t.range.col + t.range.colCount]).toEqual([ind.source.name, true]);
      }
      // Cards gain no column to the right: what the sheet prints "fit to one page wide" keeps its scale.
      if (file === 'cards.xlsx') expect([r.sheet, lastUsedCol(r.sheet, book)]).toEqual([r.sheet, widest.get(r.sheet)]);
    }
    expect(rows).toBeGreaterThan(0);
    // Saved and scored again: the same cells, nothing of ours mistaken for the user's.
    const again = await openBook(await savePackage(book));
    const second = scoreWorkbook(again, { scoredAt: new Date('2020-10-06T10:00:00Z') });
    for (const r of second.results) {
      const was = first.results.find((x) => x.sheet === r.sheet);
      expect([r.sheet, r.plan.writes.map((w) => [toA1(w.cell), w.text])]).toEqual([
        r.sheet,
        (was?.plan.writes ?? []).map((w) => [toA1(w.cell), w.text]),
      ]);
      expect([r.sheet, r.plan.skipped ?? [], r.plan.changed ?? [], r.plan.clears]).toEqual([r.sheet, [], [], []]);
    }
  });
});

/** The rightmost column (0-based) holding anything on a sheet of the Book. */
function lastUsedCol(sheet: string, book: Awaited<ReturnType<typeof openBook>>): number {
  const ws = book.sheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  let last = -1;
  for (const row of ws.rows.values())
    for (const [col, cell] of row) if (cell.value !== '' && cell.value !== null && col > last) last = col;
  return last;
}
