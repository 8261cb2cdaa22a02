/**
 * Defect 11: the ribbon's "Score this sheet" tells a user with no pane open that it worked, by
 * selecting the status cells it wrote (in the same write request: still two syncs), and opens a
 * dialog only when something needs attention.
 */
import { toA1 } from '../../src/core/a1';
import { runScoreCommand } from '../../src/excel/ribbon-command';
import * as scoring from '../../src/excel/score-active-sheet';
import { forEachApiLevel } from './api-levels';
import { versionAtLeast } from './fake/api-sets';
import { firstWriteSync, registerBook } from './helpers';

forEachApiLevel((level) => {
  afterEach(() => jest.restoreAllMocks());

  test('a clean scoring selects every status cell written, with no dialog and no extra sync', async () => {
    const fx = registerBook(12);
    const real = scoring.scoreActiveSheet;
    let outcome: Awaited<ReturnType<typeof real>> | undefined;
    jest.spyOn(scoring, 'scoreActiveSheet').mockImplementation(async (options) => {
      outcome = await real({ ...options, env: fx.env });
      return outcome;
    });
    const notify = jest.fn(() => Promise.resolve());
    const completed = jest.fn();
    await runScoreCommand({ completed }, { pageUrl: 'https://localhost:3000/commands.html', notify });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notify).not.toHaveBeenCalled();
    expect(fx.counts.syncs).toBe(firstWriteSync(level));
    // Every status cell where RangeAreas.select exists (1.18); before that, the first run of them.
    const all = versionAtLeast(level, '1.18');
    const selected = fx.book.selection?.areas ?? (fx.book.selection ? [fx.book.selection.range] : []);
    const statusCells = outcome!.result.plan.writes.filter((w) => w.role === 'status').map((w) => toA1(w.cell));
    const covered = new Set<string>();
    for (const a of selected)
      for (let r = a.row; r < a.row + a.rowCount; r++) covered.add(toA1({ row: r, col: a.col }));
    if (all) expect([...covered].sort()).toEqual([...statusCells].sort());
    else {
      expect(covered.size).toBeGreaterThan(0);
      for (const a1 of covered) expect(statusCells).toContain(a1);
    }
    expect(fx.book.selection?.sheet).toBe('KPIs');
  });

  test('the pane does not move the selection', async () => {
    const fx = registerBook(4);
    await scoring.scoreActiveSheet({ env: fx.env });
    expect(fx.book.selection).toBeNull();
  });
});
