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
      for (const w of r.plan.writes.filter((x) => x.role === 'variance'))
        expect({ cell: toA1(w.cell), wrap: ws.getCell(toA1(w.cell)).alignment?.wrapText }).toEqual({
          cell: toA1(w.cell),
          wrap: true,
        });
    }
    // Every example but the cards adds columns, and their tables' headers are filled.
    if (file !== 'cards.xlsx') expect([checkedColumns > 0, checkedHeaders > 0]).toEqual([true, true]);
  });
});
