/**
 * Queued operations follow the number of output columns and styles, not the number of indicators:
 * measured on the write (apply) phase for 100, 1,000 and 10,000 indicators.
 */
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { emptyState } from '../../src/core/state/codec';
import { applyPlan } from '../../src/excel/apply-plan';
import { readActiveSheet } from '../../src/excel/read-sheet';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { registerBook } from './helpers';
import { forEachApiLevel } from './api-levels';

forEachApiLevel(() => {
  const FIXED = new Date('2026-11-21T12:00:00Z');

  async function writeOps(n: number): Promise<{ ops: number; syncs: number; bytes: number }> {
    const fx = registerBook(n);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    const result = scoreSheet(read.snapshot, defaultRules());
    fx.resetCounts();
    await fx.env.run((ctx) =>
      applyPlan(ctx, {
        plan: result.plan,
        snapshot: read.snapshot,
        state: emptyState(),
        stateSheetExists: false,
        backupSheetExists: false,
        scoredAt: FIXED,
      }),
    );
    return { ops: fx.counts.ops, syncs: fx.counts.syncs, bytes: fx.counts.bytesPerSync.reduce((a, b) => a + b, 0) };
  }

  test('write operations stay flat from 100 to 10,000 indicators', async () => {
    const small = await writeOps(100);
    const medium = await writeOps(1000);
    const large = await writeOps(10000);
    // Printed for the report: operations and syncs of the write phase.
    process.stdout.write(
      `write ops 100/1,000/10,000 indicators: ${small.ops}/${medium.ops}/${large.ops}; syncs ${small.syncs}/${medium.syncs}/${large.syncs}; bytes ${small.bytes}/${medium.bytes}/${large.bytes}\n`,
    );
    expect(small.syncs).toBe(1);
    expect(medium.ops).toBe(small.ops);
    // 10,000 indicators pass 4 MB: a second block adds a few operations, not thousands.
    expect(large.ops).toBeLessThanOrEqual(small.ops + 10);
    expect(large.syncs).toBeLessThanOrEqual(2);
  }, 120000);

  test('a failure part-way through a multi-block write is reported as partial, and Undo repairs it', async () => {
    // A dry run counts the syncs; the real run loses the connection on the last one (the last write block).
    const n = 20000;
    const dry = registerBook(n);
    await scoreActiveSheet({ env: dry.env, now: () => FIXED });
    // Two reads and at least two write blocks: there is a block before the failing one.
    expect(dry.counts.syncs).toBeGreaterThanOrEqual(4);
    const fx = registerBook(n, { failSyncs: [dry.counts.syncs] });
    const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED });
    expect(out.partial).toBe(true);
    expect(out.written).toBe(true);
    expect(out.message).toMatch(/^\d+ of \d+ blocks written; the sheet is partly scored: press Undo last scoring\./);
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBeGreaterThan(0);
    const sheet = fx.book.sheet('KPIs')!;
    for (const w of out.result.plan.writes) expect(sheet.get(w.cell.row, w.cell.col).value).toBe('');
  }, 120000);
});
