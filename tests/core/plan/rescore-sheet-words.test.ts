/**
 * Re-scoring a sheet whose status cells are written in the sheet's own words (a status key such as
 * seed 001's "Off target | target | Above target"): those cells are still ours the next time, so
 * the same cells are rewritten in place and our columns never move or repeat.
 */
import { scoreSheet, type SheetResult } from '../../../src/core/pipeline';
import { toA1 } from '../../../src/core/a1';
import { buildWritePlan } from '../../../src/core/plan/build';
import { reconcileOwnership } from '../../../src/core/plan/ownership';
import { defaultRules } from '../../../src/core/rules/presets';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { fingerprint } from '../../../src/core/state/fingerprint';
import type { SheetState } from '../../../src/core/state/types';
import { buildSnapshot, mmmYY } from '../../helpers/snapshot-builder';

/** Seed 001's key row, then two blocks with area columns and no Performance rating row. */
function sheet(): SheetSnapshot {
  return buildSnapshot([
    ['Key', 'Off target', 'target', 'Above target'],
    [],
    ['Number of children with a Child Protection Plan - Snapshot as of month end'],
    [],
    [null, mmmYY(2016, 3), mmmYY(2016, 4), 'EAST', 'NWC', 'SOUTH'],
    ['No of CPP', 851, 825, 163, 314, 328],
    ['Rate per 10K', 31, 30, 16, 30, 50],
    ['Target', 850, null, null, null, null],
    [],
    ['Number of Children in Care - Snapshot as of month end'],
    [],
    [null, mmmYY(2016, 3), mmmYY(2016, 4), 'EAST', 'NWC', 'SOUTH'],
    ['Total CiC', 1807, 1807, 559, 508, 575],
    ['Rate per 10K', 66, 66, 54, 48, 87],
    ['Target - March 17', 1750, null, null, null, null],
  ]);
}

/** The sheet as the host leaves it after applying the plan, and the state it records. */
function applied(snapshot: SheetSnapshot, r: SheetResult): { snapshot: SheetSnapshot; state: SheetState } {
  const values = snapshot.values.map((row) => [...row]);
  const width = Math.max(
    ...values.map((row) => row.length),
    ...r.plan.writes.map((w) => w.cell.col - snapshot.left + 1),
  );
  for (const row of values) while (row.length < width) row.push('');
  const numberFormats = values.map((row, i) => row.map((_, j) => snapshot.numberFormats[i]?.[j] ?? 'General'));
  for (const w of r.plan.writes) values[w.cell.row - snapshot.top][w.cell.col - snapshot.left] = w.text;
  return {
    snapshot: { ...snapshot, values, numberFormats, texts: undefined },
    state: { owned: r.plan.owned, prints: r.plan.prints, mappings: [] },
  };
}

const cells = (r: SheetResult): string[] => r.plan.writes.map((w) => `${toA1(w.cell)} ${w.text}`).sort();

describe("re-scoring status cells written in the sheet's own words", () => {
  it('rewrites the same cells in place: nothing moves, repeats or is reported', () => {
    const rules = defaultRules();
    const first = scoreSheet(sheet(), rules);
    // The sheet's key words, not the rules' colours, are what was written.
    expect(first.plan.writes.map((w) => w.text)).toEqual(
      expect.arrayContaining([`${rules.status.AMBER.symbol} target`, `${rules.status.GREEN.symbol} Above target`]),
    );
    const once = applied(sheet(), first);
    const second = scoreSheet(once.snapshot, rules, once.state);
    expect(cells(second)).toEqual(cells(first));
    expect(second.plan.clears).toEqual([]);
    expect(second.plan.skipped ?? []).toEqual([]);
    expect(second.plan.changed ?? []).toEqual([]);
    const twice = applied(once.snapshot, second);
    expect(twice.snapshot.values).toEqual(once.snapshot.values);
  });

  it('a cell still holding the sheet word we wrote stays ours; a forged print on other text does not', () => {
    const rules = defaultRules();
    const values = [['Measure', 'Actual', '● Above target', 'my own note', 'Not started']];
    const snapshot: SheetSnapshot = {
      name: 'KPIs',
      top: 0,
      left: 0,
      values,
      numberFormats: values.map((r) => r.map(() => 'General')),
      merges: [],
      protected: false,
    };
    const prints = new Map([
      ['C1', fingerprint('● Above target')],
      ['D1', fingerprint('my own note')],
      ['E1', fingerprint('Not started')],
    ]);
    const own = reconcileOwnership(snapshot, { owned: ['C1', 'D1', 'E1'], prints, mappings: [] }, rules);
    expect(own.state?.owned).toEqual(['C1', 'E1']);
    expect([...own.clearable].length).toBe(2);
    // No table there any more: this scoring puts no outputs there, so nothing is cleared, and every
    // claim (the forged one on the note too) is said and forgotten (issue 23 item 9).
    const plan = buildWritePlan(snapshot, [], [], rules, { owned: ['C1', 'D1', 'E1'], prints, mappings: [] });
    expect(plan.clears.map(toA1)).toEqual([]);
    expect(plan.ignoredClaims).toEqual(['C1:E1']);
    expect(plan.owned).toEqual([]);
  });
});
