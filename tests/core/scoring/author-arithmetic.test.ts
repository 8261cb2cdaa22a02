/**
 * The author's arithmetic as weak polarity evidence: a Variance column written =Actual-Target on
 * most rows and =Target-Actual on one says that row is smaller-is-better. Formula text arrives in
 * SheetSnapshot.formulas (a host fills it where it can read formulas).
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { buildSnapshot } from '../../helpers/snapshot-builder';

/** Measure | Act | Plan | Variance, the variance a formula on every row (cached result as its value). */
function scorecard(rows: [string, number, number, 'A-T' | 'T-A'][]): SheetSnapshot {
  const s = buildSnapshot(
    [
      ['Measure', 'Act', 'Plan', 'Variance'],
      ...rows.map(([name, act, plan, way]) => [name, act, plan, way === 'A-T' ? act - plan : plan - act]),
    ],
    { formulaRanges: [{ row: 1, col: 3, rowCount: rows.length, colCount: 1 }] },
  );
  s.formulas = s.values.map((line, r) =>
    line.map((_, c) =>
      r > 0 && c === 3 ? (rows[r - 1][3] === 'A-T' ? `=B${r + 1}-C${r + 1}` : `=C${r + 1}-B${r + 1}`) : '',
    ),
  );
  return s;
}

describe("the author's variance arithmetic", () => {
  it('a row written target minus actual among actual-minus-target rows is smaller-is-better', () => {
    const res = scoreSheet(
      scorecard([
        ['Orders 000s', 9795, 9147, 'A-T'],
        ['Headcount', 110, 100, 'T-A'],
        ['P&L 000s', 997, 914, 'A-T'],
      ]),
      defaultRules(),
    );
    const head = res.indicators.find((i) => i.source.name === 'Headcount')!;
    expect(head).toMatchObject({ polarity: 'lower', polaritySource: 'arithmetic', status: 'RED' });
    expect(head.notes.join(' ')).toMatch(/variance formula '=C3-B3' \(target minus actual/);
    const orders = res.indicators.find((i) => i.source.name === 'Orders 000s')!;
    expect(orders).toMatchObject({ polarity: 'higher', polaritySource: 'arithmetic' });
    // The author's variance cells are never written.
    expect(res.plan.writes.filter((w) => w.cell.col === 3 && w.cell.row > 0)).toEqual([]);
  });

  it('every row the same way round is a habit, not evidence', () => {
    const res = scoreSheet(
      scorecard([
        ['Orders 000s', 9795, 9147, 'A-T'],
        ['Headcount', 110, 100, 'A-T'],
      ]),
      defaultRules(),
    );
    expect(res.indicators.map((i) => i.polaritySource)).toEqual(['assumed', 'assumed']);
  });

  it('stronger evidence wins over the arithmetic', () => {
    const s = scorecard([
      ['Orders 000s', 9795, 9147, 'A-T'],
      ['Reduce the waiting list', 110, 100, 'A-T'],
      ['Headcount', 110, 100, 'T-A'],
    ]);
    const res = scoreSheet(s, defaultRules());
    expect(res.indicators[1]).toMatchObject({ polarity: 'lower', polaritySource: 'wording' });
  });

  it('a snapshot without formula text gives no arithmetic evidence', () => {
    const s = scorecard([
      ['Orders 000s', 9795, 9147, 'A-T'],
      ['Headcount', 110, 100, 'T-A'],
    ]);
    delete s.formulas;
    expect(scoreSheet(s, defaultRules()).indicators.map((i) => i.polaritySource)).toEqual(['assumed', 'assumed']);
  });
});
