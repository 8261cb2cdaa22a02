/**
 * @jest-environment node
 */
// "Score all sheets" in the browser preview's host over a real workbook with several sheets
// (examples/mixed.xlsx): each sheet scored and written, one board summary for the workbook, and
// the ratings history kept in the workbook so the next report says what moved (issue 24).
import { readFileSync } from 'fs';
import path from 'path';
import { indicatorKey, type RatingsHistory } from '../../src/core/summary/history';
import type { ScoreAllOutcome } from '../../src/core/host';
import { openBook } from '../../src/xlsx/book/read-book';
import type { Book } from '../../src/xlsx/book/book';
import { createPreviewHost } from '../../src/xlsx/preview-host';
import { readState, writeState } from '../../src/xlsx/state-sheet';
import { savePackage } from '../../src/xlsx/workbook-io';

jest.setTimeout(120_000);

const file = path.join(__dirname, '..', '..', 'examples', 'mixed.xlsx');
const asBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const bytes = () => asBuffer(readFileSync(file));

async function downloaded(host: ReturnType<typeof createPreviewHost>): Promise<Book> {
  return openBook((await host.downloadScored()).data);
}

function texts(book: Book, sheet: string): string[] {
  const ws = book.sheet(sheet)!;
  return [...ws.rows.values()].flatMap((row) => [...row.values()].map((c) => String(c.value)));
}

async function scoreAll(host: ReturnType<typeof createPreviewHost>): Promise<ScoreAllOutcome> {
  const out = await host.scoreAllSheets!();
  expect(out.outcomes.length).toBeGreaterThan(1);
  return out;
}

test('scores every sheet with a table, names the sheets without one, then makes one workbook summary', async () => {
  const host = createPreviewHost();
  const { sheets } = await host.openWorkbook('mixed.xlsx', bytes());
  const phases: string[] = [];
  const out = await host.scoreAllSheets!((p) => phases.push(p.phase));
  expect(phases[phases.length - 1]).toBe('done');

  const scored = out.outcomes.map((o) => o.result.sheet);
  expect(scored.length).toBeGreaterThan(1);
  // In workbook order, every one with indicators; the others are named in the message.
  expect(scored).toEqual(sheets.filter((s) => scored.includes(s)));
  for (const o of out.outcomes) expect(o.result.indicators.length).toBeGreaterThan(0);
  const total = out.outcomes.reduce((n, o) => n + o.result.indicators.length, 0);
  expect(out.message).toMatch(new RegExp(`^Scored ${total} indicators on ${scored.length} sheets\\.`));
  const left = sheets.filter((s) => !scored.includes(s));
  for (const s of left) expect(out.message).toContain(`"${s}"`);

  const summary = await host.createSummary();
  expect(summary.sheetName).toBe('Board summary');
  const book = await downloaded(host);
  // One summary for the workbook, none per sheet.
  const added = book.sheets.map((s) => s.name).filter((n) => !sheets.includes(n) && !n.startsWith('Scorelight'));
  expect(added).toEqual(['Board summary']);
  const words = texts(book, 'Board summary').join('\n');
  for (const s of scored) expect(words).toContain(s);
  // Every sheet written to holds our cells; a sheet that could not be written says why.
  const state = readState(book);
  for (const o of out.outcomes) {
    if (o.written) expect(state.sheets[o.result.sheet]?.owned.length).toBeGreaterThan(0);
    else expect(out.message).toContain(o.message);
  }
  expect(out.outcomes.filter((o) => o.written).length).toBeGreaterThan(1);
  // The Notes block (figures without targets, a note line right under it) is read but has no place
  // for outputs: it says so, rather than "the sheet already showed these results".
  const notes = out.outcomes.find((o) => o.result.sheet === 'Notes');
  if (notes) {
    expect(notes.written).toBe(false);
    expect(notes.message).toMatch(/^Scored \d+ indicators? on "Notes" but wrote nothing: there is no free place/);
  }
  // The ratings of every indicator are on record, once, under the summary's period.
  const history = state.history ?? {};
  const indicators = out.outcomes.flatMap((o) => o.result.indicators);
  for (const ind of indicators) expect(history[indicatorKey(ind)]?.ratings).toHaveLength(1);
});

test('the next report says what moved since the last one; the same period again adds no record', async () => {
  // A first host scores and summarises, so the workbook's history holds this period.
  const first = createPreviewHost();
  await first.openWorkbook('mixed.xlsx', bytes());
  const out = await scoreAll(first);
  await first.createSummary();
  const book = await downloaded(first);
  const recorded = readState(book).history ?? {};
  const period = Object.values(recorded)[0].ratings[0].period;

  // As if the last report had been an earlier quarter in which every rated indicator was Red.
  const rag = new Set(['GREEN', 'AMBER', 'RED']);
  const earlier: RatingsHistory = Object.fromEntries(
    Object.entries(recorded)
      .filter(([, h]) => rag.has(h.ratings[0].status))
      .map(([key, h]) => [
        key,
        { ...h, ratings: [{ period: 'the earlier quarter', status: 'RED' as const, word: 'Red' }] },
      ]),
  );
  writeState(book, { ...readState(book), history: earlier });
  const host = createPreviewHost();
  await host.openWorkbook('mixed.xlsx', asBuffer(await savePackage(book)));
  await scoreAll(host);
  await host.createSummary();
  const after = await downloaded(host);
  const words = texts(after, 'Board summary').join('\n');
  expect(words).toMatch(/Changes since the last report \(\d+\)/);
  expect(words).toContain('Since the last report (the earlier quarter)');
  // Every Green and Amber one moved up from Red; nothing else is said to have moved.
  const indicators = out.outcomes.flatMap((o) => o.result.indicators);
  const up = indicators.filter((i) => i.status === 'GREEN' || i.status === 'AMBER');
  const green = indicators.filter((i) => i.status === 'GREEN');
  expect(green.length).toBeGreaterThan(0);
  expect(words).toContain(`Since the last report (the earlier quarter), ${up.length} indicators moved up.`);
  expect(words).not.toContain('no longer reported');

  // Both periods on record; scoring and summarising the same period again replaces its record.
  const twice = readState(after).history ?? {};
  for (const ind of green)
    expect(twice[indicatorKey(ind)].ratings.map((r) => r.period)).toEqual(['the earlier quarter', period]);
  await scoreAll(host);
  await host.createSummary();
  const again = readState(await downloaded(host)).history ?? {};
  for (const ind of green) expect(again[indicatorKey(ind)].ratings).toHaveLength(2);
  // The workbook's summary replaced in place, not added again.
  const names = (await downloaded(host)).sheets.map((s) => s.name);
  expect(names.filter((n) => n.startsWith('Board summary'))).toEqual(['Board summary']);
});
test("after scoring one sheet the summary is that sheet's, as before", async () => {
  const host = createPreviewHost();
  const { sheets } = await host.openWorkbook('mixed.xlsx', bytes());
  await scoreAll(host);
  const one = await host.scoreActiveSheet();
  const summary = await host.createSummary();
  expect(summary.sheetName).not.toBe('Board summary');
  expect(summary.sheetName).toContain(one.result.sheet);
  expect(sheets[0]).toBe(one.result.sheet);
});
