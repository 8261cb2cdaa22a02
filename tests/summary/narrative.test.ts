/** The narrative: seed 002's voice, every figure taken from the scored indicators. */
import type { Period, ScoredIndicator } from '../../src/core/model';
import { buildNarrative, joinList } from '../../src/core/summary/narrative';
import { quarterOnQuarter } from '../../src/core/summary/quarter-on-quarter';
import { reportPeriod } from '../../src/core/summary/report-period';
import { indicator, monthly, reading, rules, target } from './fixtures';
import { boardResult, boardRules } from './board-fixture';

function narrate(indicators: ScoredIndicator[], r = rules(), source = 'KPIs'): string[] {
  const period = reportPeriod(indicators);
  const quarters = period.quarter ? quarterOnQuarter(indicators, r, period.quarter, period.nominal) : null;
  return buildNarrative({ source, indicators, rules: r, period, quarters });
}

/** Monthly April to September 2020 ending at `last`, with June at `june`. */
function q2(
  name: string,
  june: number,
  last: number,
  over: Partial<Parameters<typeof indicator>[0]> = {},
): ScoredIndicator {
  return indicator({
    name,
    status: 'GREEN',
    polarity: 'higher',
    actual: reading(last),
    target: target(10),
    series: monthly(2020, 4, [1, 1, june, 1, 1, last]),
    ...over,
  });
}

describe('the narrative', () => {
  test('the headline: improved on N of M compared with the previous quarter; the red ones by name', () => {
    const text = narrate([
      q2('Visits in time', 80, 90),
      q2('Plans reviewed', 70, 75, {
        status: 'RED',
        variance: '25 below the target of 100 (bigger is better)',
        target: target(100),
      }),
      q2('Caseloads', 20, 18, { status: 'RED', polarity: 'lower' }),
      q2('Re-referrals', 30, 31, { status: 'RED', polarity: 'lower' }),
    ]);
    expect(text[0]).toBe(
      'This summary provides Quarter 2 (July to September) 2020/21 performance information for 4 indicators on the “KPIs” sheet: 1 is green and 3 red.',
    );
    expect(text[1]).toBe(
      'Performance improved on 3 of 4 indicators compared with Quarter 1 2020/21; 3 indicators are red: Plans reviewed, Caseloads and Re-referrals.',
    );
    expect(text).toContain('Performing well: Visits in time at 90.');
    expect(text[text.length - 1]).toBe(
      // "(bigger is better)" is what anyone expects: the board line leaves it out.
      'Areas for focus: Plans reviewed at 75, 25 below the target of 100; Caseloads at 18; and Re-referrals at 31.',
    );
  });

  test('no red indicator, unchanged ones counted, no areas for focus', () => {
    const text = narrate([q2('Visits in time', 80, 90), q2('Plans reviewed', 75, 75)]);
    expect(text[1]).toBe(
      'Performance improved on 1 of 2 indicators compared with Quarter 1 2020/21 (1 unchanged); no indicator is red.',
    );
    expect(text).toContain('There are no areas for focus: no indicator is amber or red.');
  });

  test('without period series the trend is the comparison', () => {
    const text = narrate([
      indicator({ name: 'A', status: 'GREEN', trend: 'MUCH_BETTER', actual: reading(1) }),
      indicator({ name: 'B', status: 'AMBER', trend: 'NOT_BETTER', actual: reading(1) }),
      indicator({ name: 'C', status: 'GREEN', actual: reading(1) }),
    ]);
    expect(text[0]).toBe(
      'This summary provides the latest performance information for 3 indicators on the “KPIs” sheet: 2 are green and 1 amber.',
    );
    expect(text[1]).toBe(
      'Performance improved on 1 of 2 indicators compared with the previous period; no indicator is red.',
    );
  });

  test('year on year, quoting the largest improvements "from 31 to 18"', () => {
    const text = narrate(boardResult().indicators, boardRules(), 'Children KPIs');
    expect(text[2]).toBe(
      'Compared with Quarter 2 2019/20, 2 indicators are better and 2 worse; the largest improvements were Missing episodes of children in care (from 31 to 18) and Initial Child Protection Conferences within 15 working days (from 84.0% to 91.6%).',
    );
  });

  test('long lists name five and count the rest; what was not rated is explained', () => {
    const reds = Array.from({ length: 7 }, (_, i) =>
      indicator({ name: `Red ${i + 1}`, status: 'RED', actual: reading(1) }),
    );
    const text = narrate([
      ...reds,
      indicator({ name: 'Late', status: 'NO_DATA' }),
      indicator({ name: 'Vague', status: 'NO_TARGET', actual: reading(3), frequency: 'Annual' }),
      indicator({ name: 'Odd', status: 'NOT_SCORED' }),
    ]);
    expect(text[1]).toBe('7 indicators are red: Red 1, Red 2, Red 3, Red 4, Red 5 and 2 more.');
    expect(text).toContain(
      'Areas for focus: Red 1 at 1, Red 2 at 1, Red 3 at 1, Red 4 at 1, Red 5 at 1 and 2 more listed below.',
    );
    expect(text[text.length - 1]).toBe(
      '3 indicators could not be rated: 1 is not yet reported, 1 has no target set as a figure and 1 is not reported as a single figure. Where indicators are reported annually, quarterly updates are not available.',
    );
  });

  test('names with commas are separated by semicolons; names are put on one line', () => {
    expect(joinList(['A, B', 'C'])).toBe('A, B; and C');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
    const text = narrate([
      indicator({ name: 'Visits,\n  in time', status: 'RED', actual: reading(1) }),
      indicator({ name: 'Plans', status: 'RED', actual: reading(1) }),
    ]);
    expect(text[1]).toBe('2 indicators are red: Visits, in time; and Plans.');
  });

  test('headers without a year: quarters are named without one', () => {
    const month = (m: number, order: number): Period => ({
      kind: 'month',
      label: ['July', 'August', 'September', 'October'][m - 7],
      year: 2000,
      month: m,
      fyStart: 2000,
      quarter: m >= 10 ? 3 : 2,
      order,
    });
    const ind = indicator({
      name: 'Audits',
      status: 'GREEN',
      polarity: 'higher',
      actual: reading(22),
      series: [
        [month(9, 1), 20],
        [month(10, 2), 22],
      ],
    });
    const text = narrate([ind]);
    expect(text[0]).toBe(
      'This summary provides Quarter 3 (October to December) performance information (figures to October) for 1 indicator on the “KPIs” sheet: 1 is green.',
    );
    expect(text[1]).toBe('Performance improved on 1 of 1 indicator compared with Quarter 2; no indicator is red.');
  });

  test('a sheet without indicators says so', () => {
    expect(narrate([])).toEqual(['No indicators were found on the “KPIs” sheet, so there is nothing to summarise.']);
  });

  test("status words follow the rules' labels", () => {
    const r = rules();
    r.status = { ...r.status, RED: { ...r.status.RED, label: 'Off track' } };
    const text = narrate([indicator({ name: 'A', status: 'RED', actual: reading(1) })], r);
    expect(text[1]).toBe('1 indicator is off track: A.');
  });
});
