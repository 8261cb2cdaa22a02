/**
 * The writer patches each sheet at the offsets the reader recorded while reading it. Those must be
 * exactly what a separate parse of the part finds, on every kind of workbook we have: the examples,
 * the real-world corpus, other tools' conventions, and generated parts with prefixes, comments,
 * self-closing rows and cells without addresses.
 */
import { existsSync, promises as fs, readdirSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { openBook } from '../../src/xlsx/book/read-book';
import { readSheetXml } from '../../src/xlsx/book/sheet-reader';
import { BookSheet } from '../../src/xlsx/book/book';
import { BookStyles } from '../../src/xlsx/book/book-styles';
import { scanSheetLayout, type SheetLayout } from '../../src/xlsx/package/sheet-layout';
import { fromProjectDir } from '../corpus/shared-dir';
import { writePackage } from '../../src/xlsx/package/write-package';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { buildToolWorkbook, TOOLS } from '../fixtures/build/other-tools';

const ROOT = path.join(__dirname, '..', '..');

/** The workbooks in a folder as the repository holds them (never a scored copy another command left there). */
function workbooksIn(dir: string): string[] {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  return names.filter((n) => /\.xls[xm]$/.test(n) && !n.includes('.scored.')).map((n) => path.join(dir, n));
}

/** One test per workbook, so a slow machine's time is spread and each failure names its file. */
const FILES = [
  ...workbooksIn(path.join(ROOT, 'examples')),
  ...workbooksIn(path.join(ROOT, 'tests', 'fixtures', 'real-world')),
  // The published workbooks the project first used, when the shared corpus is beside the repository.
  ...(fromProjectDir() ? workbooksIn(path.join(fromProjectDir()!, 'workbooks')) : []),
  ...workbooksIn(path.join(ROOT, 'tests', 'fixtures', 'xlsx')).filter((f) => !/corrupt/.test(f)),
];

/** Offsets checked on the text itself: each row and cell span starts at its tag and ends past its element. */
function expectSpansOnTags(text: string, layout: SheetLayout): void {
  const tagAt = (at: number, local: string) => {
    const name = /^<([\w.-]+:)?([\w.-]+)/.exec(text.slice(at, at + 40));
    return name?.[2] === local;
  };
  for (const row of layout.rows) {
    expect(tagAt(row.start, 'row')).toBe(true);
    expect(text[row.end - 1]).toBe('>');
    for (let k = row.first; k < row.first + row.count; k++) {
      expect(tagAt(layout.cells.start[k], 'c')).toBe(true);
      expect(text[layout.cells.end[k] - 1]).toBe('>');
    }
  }
}

async function expectSameLayouts(bytes: Uint8Array): Promise<number> {
  const book = await openBook(bytes);
  let checked = 0;
  for (const { text, layout } of book.parts.values()) {
    expect(layout).toEqual(scanSheetLayout(text));
    expectSpansOnTags(text, layout);
    checked++;
  }
  return checked;
}

jest.setTimeout(60_000);

describe('the layout the reader records', () => {
  it('has workbooks of every kind to check', () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  // The largest real-world workbook takes a few seconds on a loaded 1-core machine.
  it.each(FILES.map((f) => [path.relative(ROOT, f), f]))(
    'equals a separate parse for %s',
    async (_name, file) => {
      expect(await expectSameLayouts(await fs.readFile(file))).toBeGreaterThan(0);
    },
    120_000,
  );

  it('equals a separate parse for a scored and a re-scored copy, made in memory here', async () => {
    for (const name of ['register.xlsx', 'cards.xlsx']) {
      const book = await openBook(await fs.readFile(path.join(ROOT, 'examples', name)));
      scoreWorkbook(book);
      const scored = await writePackage(book);
      expect(await expectSameLayouts(scored)).toBeGreaterThan(0);
      const again = await openBook(scored);
      scoreWorkbook(again);
      expect(await expectSameLayouts(await writePackage(again))).toBeGreaterThan(0);
    }
  }, 120_000);

  it.each(TOOLS)('equals a separate parse for a workbook written by %s', async (tool) => {
    const { bytes } = await buildToolWorkbook(tool);
    expect(await expectSameLayouts(bytes)).toBeGreaterThan(0);
  });

  it('equals a separate parse on generated parts: prefixes, comments, self-closing rows, cells without r', () => {
    const cell = fc.record({
      ref: fc.boolean(),
      style: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
      value: fc.oneof(fc.constant(''), fc.integer().map(String), fc.string({ maxLength: 8 })),
    });
    const row = fc.record({
      ref: fc.boolean(),
      cells: fc.array(cell, { maxLength: 5 }),
      comment: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.boolean(), fc.boolean(), (rows, prefixed, cols) => {
        const p = prefixed ? 'x:' : '';
        const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const body = rows
          .map((r, i) => {
            const cells = r.cells
              .map((c, k) => {
                const attrs = `${c.ref ? ` r="${String.fromCharCode(65 + k)}${i + 1}"` : ''}${c.style !== undefined ? ` s="${c.style}"` : ''}`;
                return c.value === ''
                  ? `<${p}c${attrs}/>`
                  : `<${p}c${attrs} t="inlineStr"><${p}is><${p}t>${esc(c.value)}</${p}t></${p}is></${p}c>`;
              })
              .join('');
            const note = r.comment ? '<!-- a <c> in a comment -->' : '';
            const open = `<${p}row${r.ref ? ` r="${i + 1}"` : ''}`;
            return `${note}${cells === '' ? `${open}/>` : `${open}>${cells}</${p}row>`}`;
          })
          .join('');
        const ns = prefixed
          ? ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
          : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
        const xml = `<?xml version="1.0"?>\n<${p}worksheet${ns}><${p}dimension ref="A1"/>${cols ? `<${p}cols><${p}col min="1" max="2" width="9"/></${p}cols>` : ''}<${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
        const sheet = new BookSheet('S', 'xl/worksheets/sheet1.xml', new BookStyles(undefined));
        const layout = readSheetXml(xml, sheet, [], false, { remaining: 1e6 });
        expect(layout).toEqual(scanSheetLayout(xml));
        expectSpansOnTags(xml, layout);
      }),
      { numRuns: 300 },
    );
  });
});
