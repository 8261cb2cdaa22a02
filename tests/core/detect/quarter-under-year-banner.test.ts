/**
 * Last year's Target | Actual and this year's Target | Q3 Actual under year banners ("2022/23"
 * merged over two columns, "2023/24" over the next two): the quarter falls in the banner's year, so
 * this year's Q3 figure is the current one (not last year's outturn), rated against this year's
 * target (the year's target covers its quarter), with last year's outturn as the trend reference.
 */
import { scoreRows } from '../../helpers/score-by-name';

const pct = (v: number) => ({ v, f: '0.0%' });

describe('a yearless quarter under a year banner', () => {
  const { by } = scoreRows([
    ['Corporate Performance Report Quarter 3 2023/24'],
    [null, null, '2022/23', null, '2023/24'],
    ['Indicator', 'Polarity', 'Target', 'Actual', 'Target', 'Q3 Actual', 'Status', 'Trend'],
    ['Percentage of council tax collected', 'High is good', pct(0.97), pct(0.968), pct(0.97), pct(0.972)],
    ['Number of households in temporary accommodation', 'Low is good', 150, 171, 160, 158],
    ['Staff sickness absence (days per FTE)', 'Low is good', 8, 9.4, 8, 9.9],
  ]);

  it("reads this year's quarter as current and last year's outturn as the previous value", () => {
    const tax = by('Percentage of council tax collected');
    expect(tax.actual?.value).toBeCloseTo(97.2);
    expect(tax.previous?.value).toBeCloseTo(96.8);
    expect(tax.actualPeriod).toMatchObject({ kind: 'quarter', quarter: 3, fyStart: 2023 });
    expect(tax.status).toBe('GREEN');
    expect(tax.trend).toBe('BIT_BETTER');
  });

  it("rates the quarter against this year's target, not last year's", () => {
    const ta = by('Number of households in temporary accommodation');
    expect(ta.target).toMatchObject({ kind: 'value', value: { value: 160 } });
    expect(ta.status).toBe('GREEN');
    const sick = by('Staff sickness absence (days per FTE)');
    expect(sick.actual?.value).toBe(9.9);
    expect(sick.status).toBe('RED');
    expect(sick.trend).toBe('NOT_BETTER');
  });
});

describe('quarters under the years they fall in', () => {
  it('places Q1..Q4 under "2022/23" and Q1, Q2 under "2023/24" in their own years', () => {
    const { by, result } = scoreRows([
      [null, '2022/23', null, null, null, '2023/24', null, null],
      ['Measure', 'Q1', 'Q2', 'Q3', 'Q4', 'Q1', 'Q2', 'Target'],
      ['Missed bin collections', 40, 38, 52, 45, 41, 39, 45],
    ]);
    const bins = by('Missed bin collections');
    expect(bins.actual?.value).toBe(39);
    expect(bins.actualPeriod).toMatchObject({ kind: 'quarter', quarter: 2, fyStart: 2023 });
    // The same quarter a year earlier is 2022/23 Q2.
    expect(bins.sameLastYear?.value).toBe(38);
    // The banner is not read as a header of its own with no rows under it.
    expect(result.warnings.map((w) => w.message).join('\n')).not.toMatch(/no indicator rows follow/);
  });
});
