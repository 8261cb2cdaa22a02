/**
 * Excel host figures on the recording fake (tests/excel/fake-excel.ts): context.sync calls,
 * queued operations and the largest request as Office.js would serialise it (KB) for a whole
 * scoring (read + write), and a per-cell writer kept here only as the reference for what grouping saves.
 * The fake runs at the newest ExcelApi, so scoring is one undo group: the first scoring of a
 * workbook makes the two hidden sheets in a sync of its own, outside the group
 * (excel.syncs.first_score_1000); every scoring after that is excel.syncs.score_1000.
 * excel.syncs.undo_*: "Undo last scoring" straight after a scoring (reads, restore, record cleared).
 */
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import type { WritePlan } from '../../src/core/plan/types';
import type { XlContext } from '../../src/excel/excel-api';
import { readActiveSheet } from '../../src/excel/read-sheet';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeExcel } from '../../tests/excel/fake-excel';
import { registerBook, registerRows } from '../../tests/excel/helpers';

const FIXED = new Date('2026-11-21T12:00:00Z');

const kb = (bytes: number[]): number => Math.round(Math.max(...bytes) / 102.4) / 10;

async function scoreOnce(fx: FakeExcel, n: number): Promise<void> {
  const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED });
  if (out.result.indicators.length !== n || !out.written)
    throw new Error(`excel bench: scored ${out.result.indicators.length} of ${n}: ${out.message}`);
}

/** A scoring in a workbook Scorelight has already set up (its hidden sheets exist). */
async function scoring(n: number): Promise<{ syncs: number; ops: number; requestKb: number }> {
  const fx = registerBook(n);
  // Set the workbook up by scoring another sheet first.
  sheetFromRows(fx.book, 'Other', registerRows(3));
  fx.book.active = 'Other';
  await scoreOnce(fx, 3);
  fx.book.active = 'KPIs';
  fx.resetCounts();
  await scoreOnce(fx, n);
  return { syncs: fx.counts.syncs, ops: fx.counts.ops, requestKb: kb(fx.counts.bytesPerSync) };
}

/** The first scoring of a fresh workbook. */
async function firstScoring(n: number): Promise<number> {
  const fx = registerBook(n);
  await scoreOnce(fx, n);
  return fx.counts.syncs;
}

/** Syncs of scoring a sheet again (its own state, undo and backup already there). */
async function rescoring(n: number): Promise<number> {
  const fx = registerBook(n);
  await scoreOnce(fx, n);
  fx.resetCounts();
  await scoreOnce(fx, n);
  return fx.counts.syncs;
}

/** Syncs of "Undo last scoring" right after a scoring (every cell still as scoring left it). */
async function undoing(n: number): Promise<number> {
  const fx = registerBook(n);
  await scoreOnce(fx, n);
  fx.resetCounts();
  const out = await undoLastScoring({ env: fx.env });
  if (out.restored === 0) throw new Error(`excel bench: undo restored nothing: ${out.message}`);
  return fx.counts.syncs;
}

/** Four 10,000-indicator sheets scored in turn, then the first again: the largest request (KB). */
async function fourLargeSheets(): Promise<number> {
  const book = new FakeBook();
  for (let k = 1; k <= 4; k++) sheetFromRows(book, `Area ${k}`, registerRows(10_000));
  const fx = createFakeExcel(book);
  const bytes: number[] = [];
  for (const k of [1, 2, 3, 4, 1]) {
    book.active = `Area ${k}`;
    fx.resetCounts();
    await scoreOnce(fx, 10_000);
    bytes.push(...fx.counts.bytesPerSync);
  }
  return kb(bytes);
}

/** The naive way: one range proxy per cell, then its value, format and style one by one. */
function queueNaive(context: XlContext, plan: WritePlan): void {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  for (const w of plan.writes) {
    const cell = ws.getRangeByIndexes(w.cell.row, w.cell.col, 1, 1);
    cell.numberFormat = [['@']];
    cell.values = [[w.text]];
    const style = plan.styles[w.style] ?? {};
    cell.setCellProperties([
      [
        {
          format: {
            fill: style.fill ? { color: style.fill } : undefined,
            font: { color: style.fontColor, bold: style.bold },
          },
        },
      ],
    ]);
  }
}

async function naive(n: number): Promise<number> {
  const fx = registerBook(n);
  const read = await fx.env.run((ctx) => readActiveSheet(ctx));
  const plan = scoreSheet(read.snapshot, defaultRules()).plan;
  fx.resetCounts();
  await fx.env.run(async (ctx) => {
    queueNaive(ctx, plan);
    await ctx.sync();
  });
  return fx.counts.ops;
}

export async function benchExcel(): Promise<Record<string, number>> {
  const s100 = await scoring(100);
  const s1000 = await scoring(1000);
  const s10000 = await scoring(10000);
  return {
    'excel.syncs.score_1000': s1000.syncs,
    'excel.syncs.first_score_1000': await firstScoring(1000),
    'excel.syncs.rescore_10000': await rescoring(10_000),
    'excel.syncs.score_10000': s10000.syncs,
    'excel.syncs.undo_1000': await undoing(1000),
    'excel.syncs.undo_10000': await undoing(10_000),
    'excel.ops.score_100': s100.ops,
    'excel.ops.score_1000': s1000.ops,
    'excel.ops.score_10000': s10000.ops,
    'excel.ops.naive_1000': await naive(1000),
    'excel.request_kb.score_1000': s1000.requestKb,
    'excel.request_kb.score_10000': s10000.requestKb,
    'excel.request_kb.state_40000': await fourLargeSheets(),
  };
}
