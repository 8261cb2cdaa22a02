import type { Period } from '../../../src/core/model';
import { defaultRules, presetRules } from '../../../src/core/rules/presets';
import { scoreIndicator } from '../../../src/core/scoring/score-indicator';
import { baseline, cell, indicator, month, quarter, series, simple } from './builder';

const rules = defaultRules();
const months2012 = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => month(2012, m));

/** A seed 003 card: month-end dates Apr-12..Dec-12, an actual in June, targets quarterly. */
function card(name: string, code: string, polarityText: string, unitText: string, actual: number, target: number) {
  const values = series(
    10,
    months2012.map((p) => [p, p.month === 6 ? actual : ''] as [Period, number | string]),
  );
  const targets = series(
    11,
    months2012.map((p) => [p, p.month !== undefined && p.month % 3 === 0 ? target : ''] as [Period, number | string]),
  );
  return indicator({
    name,
    code,
    polarityText,
    unitText,
    values,
    targetsByPeriod: targets,
    currentPeriod: month(2012, 6),
  });
}

describe('seed 003 cards', () => {
  it('LAC per 10,000: 37.47 vs 36, smaller is better, within 5% tolerance: Amber', () => {
    const { scored, warnings } = scoreIndicator(
      card(
        '2042SC: LAC per 10,000 population aged under 18',
        '2042SC',
        'Smaller is Better',
        'Number per 10,000',
        37.47,
        36,
      ),
      rules,
    );
    expect(scored.status).toBe('AMBER');
    expect(scored.statusLabel).toBe('Amber');
    expect(scored.varianceText).toBe('1.47 above the target of 36.00 (smaller is better)');
    expect(scored.polarity).toBe('lower');
    expect(scored.polaritySource).toBe('field');
    expect(scored.actual?.value).toBe(37.47);
    expect(scored.actualPeriod?.label).toBe('Jun-12');
    expect(scored.trend).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('CS143: 0.31 vs 1.8, bigger is better: Red, 1.49 below the target of 1.80', () => {
    const { scored } = scoreIndicator(
      card(
        'CS143: Ratio of active TAC cases to open social care referrals',
        'CS143',
        'Bigger is Better',
        'Number',
        0.31,
        1.8,
      ),
      rules,
    );
    expect(scored.status).toBe('RED');
    expect(scored.varianceText).toBe('1.49 below the target of 1.80 (bigger is better)');
  });

  it('NI060: 81.72 vs 85 in a % unit: Amber (3.28 within 4.25)', () => {
    const { scored } = scoreIndicator(
      card(
        'NI060 Percentage core assessments carried out < 35 working days',
        'NI060',
        'Bigger is Better',
        '%',
        81.72,
        85,
      ),
      rules,
    );
    expect(scored.status).toBe('AMBER');
    expect(scored.actual?.percent).toBe(true);
    expect(scored.varianceText).toBe('3.28 percentage points below the target of 85% (bigger is better)');
  });

  it('takes the target of the nearest earlier period when the current one has none', () => {
    const src = card('CS145', 'CS145', 'Bigger is Better', '', 90.4, 95);
    const july = month(2012, 7);
    src.values = series(
      10,
      months2012.map((p) => [p, p.month === 6 ? 90.4 : p.month === 7 ? 96 : ''] as [Period, number | string]),
    );
    src.currentPeriod = july;
    const { scored } = scoreIndicator(src, rules);
    expect(scored.target).toMatchObject({ kind: 'value', value: { value: 95 } });
    expect(scored.status).toBe('GREEN');
    expect(scored.previous?.value).toBe(90.4);
    expect(scored.previousPeriod?.label).toBe('Jun-12');
    expect(scored.trend).toBe('MUCH_BETTER');
  });
});

describe('seed 001 metric blocks', () => {
  const apr16 = month(2016, 4);

  it('% Re-referrals 23% -> 20%, target 25%, smaller is better: Green, Much better', () => {
    const src = indicator({
      layout: 'metric-block',
      name: '% Re-referrals (Monthly)',
      polarityText: 'Smaller is Better',
      baseline: { period: baseline('Prev. 6 months cumulative'), source: cell(0.23, '0%', 5, 1) },
      values: [{ period: apr16, source: cell(0.2, '0%', 5, 2) }],
      target: cell(0.25, '0%', 6, 1),
      currentPeriod: apr16,
    });
    const { scored } = scoreIndicator(src, rules);
    expect(scored.status).toBe('GREEN');
    expect(scored.trend).toBe('MUCH_BETTER');
    expect(scored.trendLabel).toBe('Much better');
    expect(scored.previousPeriod?.kind).toBe('baseline');
    expect(scored.varianceText).toBe('5 percentage points below the target of 25% (smaller is better)');
  });

  it('% visited in month 94% -> 95%, target 95%: Green, Bit better', () => {
    const src = indicator({
      layout: 'metric-block',
      name: '% visited in month',
      polarityText: 'Bigger is better',
      baseline: { period: baseline(), source: cell(0.94, '0%', 5, 1) },
      values: [{ period: apr16, source: cell(0.95, '0%', 5, 2) }],
      target: cell(0.95, '0%', 6, 1),
      currentPeriod: apr16,
    });
    const { scored } = scoreIndicator(src, rules);
    expect(scored.status).toBe('GREEN');
    expect(scored.trend).toBe('BIT_BETTER');
    expect(scored.varianceText).toBe('On target (95%)');
  });

  it('compares "25%" text with 0.25 in a "0%" cell in one representation', () => {
    const a = scoreIndicator(simple(0.25, '25%', { polarityText: 'Bigger is better' }, '0%'), rules).scored;
    expect(a.status).toBe('GREEN');
    expect(a.varianceText).toBe('On target (25%)');
    const b = scoreIndicator(simple('24%', 0.25, { polarityText: 'Bigger is better' }, '0%'), rules).scored;
    expect(b.status).toBe('AMBER');
    // A plain 25 in a % column equals 25%.
    const c = scoreIndicator(
      simple(25, '25%', { name: '% seen at assessment', polarityText: 'Bigger is better' }),
      rules,
    ).scored;
    expect(c.status).toBe('GREEN');
    expect(c.actual).toMatchObject({ value: 25, percent: true });
  });

  it('treats percent units from the unit text, the name or the cells', () => {
    expect(
      scoreIndicator(simple(25, 30, { unitText: 'percent', polarityText: 'High is good' }), rules).scored.actual
        ?.percent,
    ).toBe(true);
    expect(
      scoreIndicator(simple(25, 30, { name: 'Percentage of plans reviewed', polarityText: 'High is good' }), rules)
        .scored.actual?.percent,
    ).toBe(true);
    expect(
      scoreIndicator(simple(25, 30, { name: 'Rate per 10K', polarityText: 'High is good' }), rules).scored.actual
        ?.percent,
    ).toBe(false);
  });
});

describe('periods', () => {
  const may = month(2015, 5);

  it('is No data when the current period is empty, quoting the last known value', () => {
    const src = indicator({
      name: 'Reduce re-referrals',
      values: series(3, [
        [month(2015, 3), 24],
        [month(2015, 4), 23],
        [may, ''],
      ]),
      target: cell(25),
      currentPeriod: may,
    });
    const { scored, warnings } = scoreIndicator(src, rules);
    expect(scored.status).toBe('NO_DATA');
    expect(scored.statusLabel).toBe('No data');
    expect(scored.lastKnown?.reading.value).toBe(23);
    expect(scored.lastKnown?.period.label).toBe('Apr-15');
    expect(scored.notes[0]).toMatch(/No data: no value for 'May-15'.*Apr-15/);
    expect(scored.varianceText).toBe('');
    expect(warnings).toEqual([]);
  });

  it('is No data when the period is missing from the series altogether', () => {
    const src = indicator({
      values: series(3, [[month(2015, 4), 23]]),
      target: cell(25),
      currentPeriod: may,
      polarityText: 'Smaller is Better',
    });
    expect(scoreIndicator(src, rules).scored.status).toBe('NO_DATA');
  });

  it('without a current period takes the last non-blank entry', () => {
    const src = indicator({
      name: 'Increase adopters',
      values: series(3, [
        [month(2015, 3), 10],
        [month(2015, 4), 12],
        [may, '-'],
      ]),
      target: cell(12),
    });
    const { scored } = scoreIndicator(src, rules);
    expect(scored.actual?.value).toBe(12);
    expect(scored.actualPeriod?.label).toBe('Apr-15');
    expect(scored.status).toBe('GREEN');
    expect(scored.polaritySource).toBe('wording');
    expect(scored.notes.join(' ')).toMatch(/from 'Increase' in the name/);
    expect(scored.trend).toBe('MUCH_BETTER');
  });

  it('finds the same month last year and can compare with it', () => {
    const periods = [month(2014, 5), month(2014, 6), month(2015, 4), may];
    const src = indicator({
      polarityText: 'Bigger is better',
      values: series(3, [
        [periods[0], 50],
        [periods[1], 70],
        [periods[2], 65],
        [periods[3], 60],
      ]),
      target: cell(58),
      currentPeriod: may,
    });
    const byPrevious = scoreIndicator(src, rules).scored;
    expect(byPrevious.sameLastYear?.value).toBe(50);
    expect(byPrevious.previous?.value).toBe(65);
    expect(byPrevious.trend).toBe('NOT_BETTER');
    const lastYearRules = { ...rules, trend: { ...rules.trend, compareWith: 'same-period-last-year' as const } };
    const byLastYear = scoreIndicator(src, lastYearRules).scored;
    expect(byLastYear.previous?.value).toBe(50);
    expect(byLastYear.previousPeriod?.label).toBe('May-14');
    expect(byLastYear.trend).toBe('MUCH_BETTER');
  });

  it('finds the same quarter last year (4 quarters back)', () => {
    const src = indicator({
      polarityText: 'Smaller is better',
      values: series(3, [
        [quarter(2019, 2), 31],
        [quarter(2019, 3), 25],
        [quarter(2020, 1), 20],
        [quarter(2020, 2), 18],
      ]),
      target: cell(20),
      currentPeriod: quarter(2020, 2),
    });
    const { scored } = scoreIndicator(src, rules);
    expect(scored.sameLastYear?.value).toBe(31);
    expect(scored.previous?.value).toBe(20);
  });
});

describe('not scored, no target', () => {
  it('an unreadable actual is Not scored with a warning naming the cell', () => {
    const src = simple('80/85%', 80, { polarityText: 'Bigger is better' });
    const { scored, warnings } = scoreIndicator(src, rules);
    expect(scored.status).toBe('NOT_SCORED');
    expect(scored.statusLabel).toBe('Not scored');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ sheet: 'Sheet1', cell: 'C2' });
    expect(warnings[0].message).toContain("'80/85%' holds two figures");
    expect(scored.notes[0]).toMatch(/^Not scored: the value in C2/);
  });

  it.each(['#N/A', '#DIV/0!', 'N/A'])('an actual of %p is Not scored', (v) => {
    const { scored, warnings } = scoreIndicator(simple(v, 80, { polarityText: 'Bigger is better' }), rules);
    expect(scored.status).toBe('NOT_SCORED');
    expect(warnings[0].message).toContain(v);
  });

  it('no actual at all is No data', () => {
    expect(scoreIndicator(simple('', 80, { polarityText: 'Bigger is better' }), rules).scored.status).toBe('NO_DATA');
    expect(scoreIndicator(indicator({ values: [] }), rules).scored.status).toBe('NO_DATA');
  });

  it.each(['80/85%', 'Two multi agency training courses per quarter'])(
    'a target of %p is No target with a warning naming the cell',
    (t) => {
      const { scored, warnings } = scoreIndicator(simple(82, t, { polarityText: 'Bigger is better' }), rules);
      expect(scored.status).toBe('NO_TARGET');
      expect(scored.statusLabel).toBe('No target');
      expect(warnings).toHaveLength(1);
      expect(warnings[0].cell).toBe('B2');
      expect(warnings[0].message).toContain(t.slice(0, 20));
      expect(scored.varianceText).toBe('');
    },
  );

  it('no target cell at all is No target without a warning', () => {
    const { scored, warnings } = scoreIndicator(simple(82, undefined, { polarityText: 'Bigger is better' }), rules);
    expect(scored.status).toBe('NO_TARGET');
    expect(warnings).toEqual([]);
    expect(scored.notes[0]).toMatch(/No target/);
  });

  // Issue 11: with no evidence, bigger is better is assumed (scored, and the note says so), no longer Not scored.
  it('unknown polarity is scored as bigger-is-better, assumed, with a note', () => {
    const { scored, warnings } = scoreIndicator(simple(82, 80, { name: 'Caseload' }), rules);
    expect(scored.status).toBe('GREEN');
    expect(scored.polarity).toBe('higher');
    expect(scored.polaritySource).toBe('assumed');
    expect(scored.notes.join(' ')).toMatch(/Polarity assumed: bigger is better/);
    expect(warnings).toEqual([]);
  });
});

describe('unknown polarity', () => {
  it('on target is Green whichever way is good, with a note', () => {
    const { scored, warnings } = scoreIndicator(
      simple(0.95, 0.95, { name: '% of child protection plans in the month' }, '0%'),
      rules,
    );
    expect(scored.status).toBe('GREEN');
    expect(scored.polaritySource).toBe('assumed');
    expect(scored.varianceText).toMatch(/^On target \(95%\)/);
    expect(scored.notes.join(' ')).toMatch(/same either way/);
    expect(warnings).toEqual([]);
  });

  it('near target is Amber either way under tolerance-on-track', () => {
    const { scored } = scoreIndicator(simple(98, 100, { name: 'Caseload' }), presetRules('tolerance-on-track'));
    expect(scored.status).toBe('AMBER');
  });

  it('does not mention polarity on No target or No data', () => {
    const { scored } = scoreIndicator(simple(98, undefined, { name: 'Caseload' }), rules);
    expect(scored.status).toBe('NO_TARGET');
    expect(scored.notes).toEqual(['No target: the sheet gives no target for this indicator.']);
  });
});

describe('targets in words and rule overrides', () => {
  it('"keep this number under 20" is a target of 20 and says smaller is better', () => {
    const { scored } = scoreIndicator(
      simple(18, 'keep this number under 20', { name: 'Agency social workers' }),
      rules,
    );
    expect(scored.status).toBe('GREEN');
    expect(scored.polarity).toBe('lower');
    expect(scored.polaritySource).toBe('target');
    expect(scored.notes.join(' ')).toMatch(/target wording/);
  });

  it('a band target scores as a band', () => {
    const { scored } = scoreIndicator(simple('7.5%', 'between 5% and 7%', { name: 'Vacancy rate' }), rules);
    expect(scored.polarity).toBe('band');
    expect(scored.status).toBe('RED');
    expect(scored.varianceText).toBe('0.5 percentage points above the band of 5% to 7%');
  });

  it('overrides match by code or name, case-insensitive', () => {
    const r = {
      ...rules,
      overrides: [
        { match: { code: 'ni060' }, polarity: 'higher' as const, tolerance: { kind: 'absolute' as const, value: 2 } },
        { match: { name: 'CASELOAD' }, polarity: 'lower' as const, target: 20 },
      ],
    };
    const a = scoreIndicator(
      simple(81.72, 85, { code: 'NI060', name: 'NI060 core assessments', unitText: '%' }),
      r,
    ).scored;
    expect(a.status).toBe('RED');
    expect(a.polaritySource).toBe('rule');
    const b = scoreIndicator(simple(19, undefined, { name: 'Caseload' }), r).scored;
    expect(b.status).toBe('GREEN');
    expect(b.target).toMatchObject({ kind: 'value', value: { value: 20 } });
    // An override target stands in for an unreadable one too.
    const c = scoreIndicator(simple(21, '80/85%', { name: 'Caseload' }), r);
    expect(c.scored.status).toBe('AMBER');
    expect(c.scored.actual?.percent).toBe(false);
    expect(c.scored.notes.join(' ')).toMatch(/rule override: the target in B2 cannot be read/);
  });

  it('an override band gives a band target', () => {
    const r = { ...rules, overrides: [{ match: { name: 'Vacancy rate' }, band: { low: 5, high: 7 } }] };
    const { scored } = scoreIndicator(simple(6, undefined, { name: 'Vacancy rate', unitText: '%' }), r);
    expect(scored.status).toBe('GREEN');
    expect(scored.polarity).toBe('band');
  });
});

describe('presets end to end', () => {
  const mk = (actual: number, target: number, lastYear?: number) => {
    const now = month(2016, 4);
    const entries: [Period, number][] = lastYear === undefined ? [] : [[month(2015, 4), lastYear]];
    entries.push([now, actual]);
    return indicator({
      polarityText: 'Bigger is better',
      values: series(2, entries),
      target: cell(target),
      currentPeriod: now,
    });
  };

  it('brag: Blue when exceeding the target by 10%', () => {
    expect(scoreIndicator(mk(110, 100), presetRules('brag')).scored.status).toBe('BLUE');
    expect(scoreIndicator(mk(110, 100), presetRules('brag')).scored.statusLabel).toBe('Blue');
    expect(scoreIndicator(mk(105, 100), presetRules('brag')).scored.status).toBe('GREEN');
  });

  it('tolerance-on-track: on target is Amber, clearly better is Green', () => {
    expect(scoreIndicator(mk(100, 100), presetRules('tolerance-on-track')).scored.status).toBe('AMBER');
    expect(scoreIndicator(mk(106, 100), presetRules('tolerance-on-track')).scored.status).toBe('GREEN');
    expect(scoreIndicator(mk(94, 100), presetRules('tolerance-on-track')).scored.status).toBe('RED');
  });

  it('amber-if-improving: off target beyond tolerance is Amber only if better than last year', () => {
    const rules = presetRules('amber-if-improving');
    expect(scoreIndicator(mk(80, 100, 70), rules).scored.status).toBe('AMBER');
    expect(scoreIndicator(mk(80, 100, 85), rules).scored.status).toBe('RED');
    const none = scoreIndicator(mk(80, 100), rules).scored;
    expect(none.status).toBe('RED');
    expect(none.notes.join(' ')).toMatch(/same period last year/);
    expect(scoreIndicator(mk(80, 100, 70), rules).scored.trend).toBe('MUCH_BETTER');
  });

  it('labels come from the rules (words only, the plan adds symbols)', () => {
    const r = presetRules('seed-001');
    r.status.GREEN.label = 'On track';
    const { scored } = scoreIndicator(mk(100, 100), r);
    expect(scored.statusLabel).toBe('On track');
    expect(scored.statusLabel).not.toContain(r.status.GREEN.symbol);
  });
});
