/**
 * Ratings history: scoring Q1, then Q2, then the summary lists the true movements; scoring a period
 * again replaces its record; at most eight periods are kept; keys survive re-ordering.
 */
import { buildSummary } from '../../src/core/summary/build';
import {
  changesSince,
  indicatorKey,
  MAX_PERIODS,
  recordRatings,
  type RatingsHistory,
} from '../../src/core/summary/history';
import type { Status } from '../../src/core/model';
import { indicator, quarter, reading, rules, SCORED_AT, sheetResult, target } from './fixtures';

const Q1 = 'Quarter 1 2020/21 (April to June 2020)';

function scored(statuses: Record<string, Status>, q: 1 | 2) {
  return Object.entries(statuses).map(([name, status]) =>
    indicator({
      name,
      status,
      actual: reading(10),
      target: target(10),
      series: [[quarter(2020, q), 10]],
      variance: status === 'GREEN' ? 'On target (10)' : '2 below the target of 10',
    }),
  );
}

const Q1_RATINGS: Record<string, Status> = { Visits: 'GREEN', Plans: 'RED', Reviews: 'AMBER', Adoptions: 'GREEN' };
const Q2_RATINGS: Record<string, Status> = { Visits: 'AMBER', Plans: 'AMBER', Reviews: 'AMBER', Caseloads: 'GREEN' };

describe('ratings history', () => {
  const afterQ1 = recordRatings({}, scored(Q1_RATINGS, 1), Q1);

  test('the movements since the last report are the true ones', () => {
    const q2 = scored(Q2_RATINGS, 2);
    const changes = changesSince(afterQ1, q2, 'Q2');
    expect(changes.previousPeriod).toBe(Q1);
    const of = (k: string) => changes.movements.filter((m) => m.kind === k).map((m) => m.indicator.source.name);
    expect(of('up')).toEqual(['Plans']);
    expect(of('down')).toEqual(['Visits']);
    expect(of('same')).toEqual(['Reviews']);
    expect(of('new')).toEqual(['Caseloads']);
    expect(changes.noLongerReported.map((h) => h.name)).toEqual(['Adoptions']);
  });

  test('scoring a period again replaces its record; at most eight periods are kept', () => {
    const q2 = scored(Q2_RATINGS, 2);
    const once = recordRatings(afterQ1, q2, 'Q2');
    const twice = recordRatings(once, q2, 'Q2');
    const visits = twice[indicatorKey(q2[0])];
    expect(visits.ratings.map((r) => [r.period, r.status])).toEqual([
      [Q1, 'GREEN'],
      ['Q2', 'AMBER'],
    ]);
    let h: RatingsHistory = {};
    for (let p = 1; p <= 10; p++) h = recordRatings(h, q2, `P${p}`);
    expect(h[indicatorKey(q2[0])].ratings.map((r) => r.period)).toEqual(
      Array.from({ length: MAX_PERIODS }, (_, i) => `P${i + 3}`),
    );
  });

  test('the key is the sheet, code and name, not where the row sits', () => {
    const [a] = scored({ Visits: 'GREEN' }, 1);
    const [b] = scored({ '  Visits ': 'GREEN' }, 1);
    expect(a.source.nameCell).not.toEqual(b.source.nameCell);
    expect(indicatorKey(a)).toBe(indicatorKey(b));
  });

  test('the summary: a sentence, a Previous column and the changes section', () => {
    const plan = buildSummary(sheetResult('KPIs', scored(Q2_RATINGS, 2)), rules(), SCORED_AT, { history: afterQ1 });
    expect(plan.narrative[1]).toBe(
      `Since the last report (${Q1}), 1 indicator moved up, 1 indicator moved down (Visits), 1 indicator is rated for the first time and 1 indicator is no longer reported.`,
    );
    const heading = plan.cells.find((c) => String(c.value).startsWith('Changes since the last report'));
    expect(heading?.value).toBe('Changes since the last report (4)');
    const focus = plan.tables.find((t) => t.name.startsWith('Areas_for_focus'))!;
    const col = focus.range.col + focus.columns.indexOf('Previous');
    expect(focus.columns).toContain('Previous');
    const visitsRow = plan.cells.find((c) => c.value === 'Visits' && c.row > focus.range.row)!.row;
    expect(plan.cells.find((c) => c.row === visitsRow && c.col === col)).toMatchObject({
      value: '● Green',
      style: 'status-GREEN',
    });
    // Without a history (a first report) there is neither column nor section.
    const first = buildSummary(sheetResult('KPIs', scored(Q2_RATINGS, 2)), rules(), SCORED_AT);
    expect(first.cells.some((c) => String(c.value).startsWith('Changes since'))).toBe(false);
    expect(first.tables.every((t) => !t.columns.includes('Previous'))).toBe(true);
  });
});
