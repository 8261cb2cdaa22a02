/**
 * What Scorelight adds to the user's own sheets keeps them accessible: the Status/Trend/Variance
 * columns it adds have header cells in the table's header row, every status cell it writes holds
 * the status word (and symbol) beside its fill, and every colour it writes has 4.5:1 contrast.
 * Checked on the saved file of every example workbook.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { toA1 } from '../../src/core/a1';
import { contrastRatio, MIN_CONTRAST } from '../../src/core/rules/colour';
import { ADDED_HEADERS } from '../../src/core/plan/build';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { exceljsFrom } from '../helpers/book';
import { SCORED_AT } from './fixtures';

const EXAMPLES = join(__dirname, '../../examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx') && !f.includes('.scored.'));

test.each(examples)(
  'examples/%s: added columns have headers, status cells have words, colours contrast',
  async (file) => {
    const book = await openWorkbook(readFileSync(join(EXAMPLES, file)));
    const scored = scoreWorkbook(book, { scoredAt: SCORED_AT });
    // The saved package, as another program reads it.
    const back = await exceljsFrom(book);
    let statusCells = 0;
    for (const r of scored.results) {
      const ws = back.getWorksheet(r.sheet)!;
      const text = (row: number, col: number) => String(ws.getCell(row + 1, col + 1).text ?? '');
      // A protected sheet is not written (the user is told); nothing of ours is in it.
      if (r.plan.blocked) continue;
      for (const t of r.tables.filter((t) => t.added)) {
        const a = t.added!;
        // Every column we added has its header; a role the table already had is not added again.
        for (const role of ['status', 'trend', 'variance'] as const) {
          const col = a[role];
          if (col !== undefined) expect(text(a.headerRow, col)).toBe(ADDED_HEADERS[role]);
        }
      }
      for (const w of r.plan.writes.filter((w) => w.role === 'status')) {
        statusCells++;
        // The saved cell holds the written text, and that text has a word (the rules' label or the
        // sheet's own status word), not a symbol or a fill alone.
        const saved = text(w.cell.row, w.cell.col);
        expect({ cell: toA1(w.cell), saved, word: /\p{L}{2,}/u.test(saved) }).toEqual({
          cell: toA1(w.cell),
          saved: w.text,
          word: true,
        });
      }
      for (const [key, style] of Object.entries(r.plan.styles))
        expect({ key, ok: contrastRatio(style.fontColor ?? '', style.fill ?? '') >= MIN_CONTRAST }).toEqual({
          key,
          ok: true,
        });
    }
    expect(statusCells).toBeGreaterThan(0);
  },
);
