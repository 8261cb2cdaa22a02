/**
 * Targets on government and agency scorecards: a level aimed at by a verb ("Reduce to 5%",
 * "Increase to 60%", "Reach 75%"), a figure with its deadline ("10% by 2025", "1,500 by March
 * 2026", "by the end of 2025/26") or its rate's time ("at least 300 per year"). The figure is the
 * target; the verb or bound says which way is good; "by 2025" is when, not how much.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): Record<string, ScoredIndicator> {
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of scoreSheet(buildSnapshot(rows), defaultRules()).indicators) byName[ind.source.name] = ind;
  return byName;
}

const targetValue = (ind: ScoredIndicator): number | null =>
  ind.target?.kind === 'value' ? ind.target.value.value : null;

describe('a scorecard of worded targets', () => {
  const byName = score([
    ['Measure', 'Baseline', '2025 target', 'Latest'],
    ['Proportion of adults out of work', '6.1%', 'Reduce to 5%', '5.4%'],
    ['Share of journeys by bus', '41%', 'Increase to 50%', '47.5%'],
    ['Gigabit coverage', '45%', 'Reach 85%', '86%'],
    ['Households in fuel poverty', '13.4%', '10% by 2025', '12.1%'],
    ['Apprenticeships started', '0', '1,500 by March 2026', '1,120'],
    ['Trees planted', '2,000', '5,000 by the end of 2025/26', '5,200'],
    ['Affordable homes delivered', '210', 'at least 300 per year', '265'],
    ['Fuel poor homes retrofitted', '120', 'Reduce to 100 by 2030', '95'],
  ]);

  it('reads the level a verb aims at, with its way', () => {
    expect(byName['Proportion of adults out of work']).toMatchObject({ status: 'RED', polarity: 'lower' });
    expect(targetValue(byName['Proportion of adults out of work'])).toBe(5);
    expect(byName['Share of journeys by bus']).toMatchObject({ status: 'AMBER', polarity: 'higher' });
    expect(targetValue(byName['Gigabit coverage'])).toBe(85);
    expect(byName['Gigabit coverage'].status).toBe('GREEN');
  });

  it('reads a figure with its deadline as the figure', () => {
    expect(targetValue(byName['Households in fuel poverty'])).toBe(10);
    expect(byName['Households in fuel poverty'].status).toBe('RED');
    expect(targetValue(byName['Apprenticeships started'])).toBe(1500);
    expect(targetValue(byName['Trees planted'])).toBe(5000);
    expect(byName['Trees planted'].status).toBe('GREEN');
    expect(targetValue(byName['Fuel poor homes retrofitted'])).toBe(100);
    expect(byName['Fuel poor homes retrofitted']).toMatchObject({ status: 'GREEN', polarity: 'lower' });
  });

  it('reads a bound with its rate as the bound', () => {
    expect(targetValue(byName['Affordable homes delivered'])).toBe(300);
    expect(byName['Affordable homes delivered']).toMatchObject({ status: 'RED', polarity: 'higher' });
  });
});

describe('a target with its period or its time limit after it', () => {
  const byName = score([
    ['Measure', 'Target', 'Actual'],
    ['Invoices paid on time', '90% (2023/24)', '91%'],
    ['Stage 1 complaints answered', '100% within 10 days', '97%'],
  ]);

  it('reads the figure, not the period or the limit', () => {
    expect(targetValue(byName['Invoices paid on time'])).toBe(90);
    expect(byName['Invoices paid on time'].status).toBe('GREEN');
    expect(targetValue(byName['Stage 1 complaints answered'])).toBe(100);
    expect(byName['Stage 1 complaints answered'].status).toBe('AMBER');
  });
});

describe('a target cell that gives only the way to go', () => {
  const byName = score([
    ['Measure', 'Target', 'Q1', 'Q2'],
    ['Volunteer hours', 'Increase', 120, 110],
    ['Reports of graffiti', 'Decrease', 95, 80],
  ]);

  it('is no target, but tells which way is good for the trend', () => {
    expect(byName['Volunteer hours']).toMatchObject({ status: 'NO_TARGET', polarity: 'higher', trend: 'NOT_BETTER' });
    expect(byName['Reports of graffiti']).toMatchObject({
      status: 'NO_TARGET',
      polarity: 'lower',
      polaritySource: 'target',
      trend: 'MUCH_BETTER',
    });
  });
});

describe('what stays no target', () => {
  const byName = score([
    ['Measure', 'Target', 'Actual'],
    ['Missed bin collections', 'Reduce by 2030', 42],
    ['Volunteers recruited', 'Two courses per quarter', 12],
    ['Visitors', 'by 2025', 300],
  ]);

  it('a deadline or a rate without a figure is not a target', () => {
    for (const name of ['Missed bin collections', 'Volunteers recruited', 'Visitors'])
      expect(byName[name].status).toBe('NO_TARGET');
  });
});

describe('a score target with the scale it is out of', () => {
  const byName = score([
    ['Indicator', 'Target', 'Actual'],
    ['Resident satisfaction with parks (score out of 5)', '> 4.5 out of 5', 4.6],
    ['Satisfaction with the library service', 'at least 8 (out of 10)', 7.7],
    ['Tenant satisfaction with repairs', '80/85%', '82%'],
  ]);

  it('reads the figure and its bound, not the scale', () => {
    const parks = byName['Resident satisfaction with parks (score out of 5)'];
    expect(targetValue(parks)).toBe(4.5);
    expect(parks).toMatchObject({ status: 'GREEN', polarity: 'higher' });
    expect(targetValue(byName['Satisfaction with the library service'])).toBe(8);
    expect(byName['Satisfaction with the library service'].status).toBe('AMBER');
  });

  it('still reads two figures without "out of" as no target', () => {
    expect(byName['Tenant satisfaction with repairs'].status).toBe('NO_TARGET');
  });
});
