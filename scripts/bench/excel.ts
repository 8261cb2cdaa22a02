/**
 * Excel host figures on the recording fake (tests/excel/fake-excel.ts): context.sync calls,
 * queued operations and the largest request as Office.js would serialise it (KB) for a whole
 * scoring (read + write), and a per-cell writer kept here only as the reference for what grouping saves.
 */
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import type { WritePlan } from '../../src/core/plan/types';
import type { XlContext } from '../../src/excel/excel-api';
import { readActiveSheet } from '../../src/excel/read-sheet';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { registerBook } from '../../tests/excel/helpers';

const FIXED = new Date('2026-11-21T12:00:00Z');

async function scoring(n: number): Promise<{ syncs: number; ops: number; requestKb: number }> {
  const fx = registerBook(n);
  const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED });
  if (out.result.indicators.length !== n || !out.written)
    throw new Error(`excel bench: scored ${out.result.indicators.length} of ${n}: ${out.message}`);
  const requestKb = Math.round(Math.max(...fx.counts.bytesPerSync) / 102.4) / 10;
  return { syncs: fx.counts.syncs, ops: fx.counts.ops, requestKb };
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
    'excel.syncs.score_10000': s10000.syncs,
    'excel.ops.score_100': s100.ops,
    'excel.ops.score_1000': s1000.ops,
    'excel.ops.score_10000': s10000.ops,
    'excel.ops.naive_1000': await naive(1000),
    'excel.request_kb.score_1000': s1000.requestKb,
    'excel.request_kb.score_10000': s10000.requestKb,
  };
}
