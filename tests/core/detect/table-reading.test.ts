/**
 * Reading the tables councils publish (issue 20): header rows and column roles from content as
 * well as words. Each case is a small grid in the shape a public workbook has it.
 */
import { detectSheet } from '../../../src/core/detect';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, dmy, pct, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; warnings: string[] } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'KPIs' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, warnings: result.warnings.map((w) => w.message) };
}

function actualOf(ind: ScoredIndicator): number | null {
  return ind.actual ? ind.actual.value : null;
}

describe('repeated column groups per period (item 1)', () => {
  // Year-end before half-year, each period a value / scope / date group; targets per period.
  const rows: CellInput[][] = [
    ['Council Plan indicators'],
    [
      'Indicator',
      '2015/16 end of year metric value',
      '2015/16 end of year scope',
      '2015/16 end of year date',
      '2016/17 end of year metric value',
      '2016/17 end of year scope',
      '2016/17 end of year date',
      '2016/17 half year metric value',
      '2016/17 half year scope',
      '2016/17 half year date',
      '2016/17 end of year target',
    ],
    [
      'Households in temporary accommodation',
      310,
      'Borough',
      'Mar 2016',
      260,
      'Borough',
      'Mar 2017',
      280,
      'Borough',
      'Sep 2016',
      250,
    ],
    [
      'Residents satisfied with parks (%)',
      71,
      'Borough',
      '2015 survey',
      null,
      null,
      null,
      74,
      'Borough',
      'Sep 2016',
      75,
    ],
    [
      'Adults in employment (%)',
      72.1,
      'Borough',
      'Mar 2016',
      73.4,
      'Borough',
      'Mar 2017',
      73,
      'Borough',
      'Sep 2016',
      73,
    ],
  ];

  it('takes the latest period with a value as current, not the first column', () => {
    const { byName } = score(rows);
    const hta = byName['Households in temporary accommodation'];
    expect(actualOf(hta)).toBe(260);
    expect(hta.actualPeriod?.label).toBe('2016/17 end of year metric value');
    // The half-year (Sep 2016) is the period before the year end (Mar 2017), whatever the column order.
    expect(hta.previous?.value).toBe(280);
    expect(hta.target).not.toBeNull();
  });

  it('gives NO_DATA to a row without a value for the current period', () => {
    const { byName } = score(rows);
    expect(byName['Residents satisfied with parks (%)'].status).toBe('NO_DATA');
  });

  it('reads scope and date columns as neither figures nor periods', () => {
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    const ind = det.indicators.find((i) => i.name === 'Adults in employment (%)')!;
    expect(ind.values.map((v) => v.source.value)).toEqual([72.1, 73, 73.4]);
    expect(ind.comparators).toEqual([]);
    expect(ind.targetsByPeriod ?? [ind.target]).toHaveLength(1);
  });
});

describe('period-prefixed role headers (item 2)', () => {
  it('reads "2016/17 end of year target", "Target 2022-30" and "Target Status towards ... Plan"', () => {
    const rows: CellInput[][] = [
      ['Measure', '2016/17 end of year actual', 'Target 2022-30', 'Target Status towards 2022-30 Plan'],
      ['Recycling rate (%)', 48, 50, null],
      ['Missed bins per 100,000 collections', 30, 40, null],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    const first = det.indicators[0];
    expect(first.target?.value).toBe(50);
    // The status column is the table's own, so the status is written there.
    expect(first.statusCell).toEqual({ row: 1, col: 3 });
  });
});

describe('year numbers as headers (item 3)', () => {
  it('reads 2016, 2019, 2023 typed as numbers, in any order, as periods', () => {
    const rows: CellInput[][] = [
      ['Indicator', 2023, 2016, 2019, 'Target'],
      ['Pupils achieving the expected standard (%)', 64, 58, 61, 62],
      ['Children in low income families (%)', 13.5, 12.4, 12.7, 12],
    ];
    const { byName } = score(rows);
    const pupils = byName['Pupils achieving the expected standard (%)'];
    expect(actualOf(pupils)).toBe(64);
    expect(pupils.previous?.value).toBe(61);
    expect(pupils.status).toBe('GREEN');
  });

  it('still reads a row of plain figures as data, not a header', () => {
    const rows: CellInput[][] = [
      ['Measure', 'Actual', 'Target'],
      ['Calls answered', 2019, 2000],
      ['Visits', 2023, 2100],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.name)).toEqual(['Calls answered', 'Visits']);
  });
});

describe('header row choice (item 4)', () => {
  it('does not take a first data row of dates and category words as the header', () => {
    const rows: CellInput[][] = [
      ['Date', 'Type', 'Subject', 'Target', 'Actual'],
      [dmy(2024, 4, 30), 'KPI', 'Rent collected', '95%', '96%'],
      [dmy(2024, 4, 30), 'PI', 'Repairs on time', '90%', '84%'],
      [dmy(2024, 4, 30), 'KPI', 'Complaints answered in 10 days', '80%', '81%'],
      [dmy(2024, 4, 30), 'PI', 'Complaints answered in 10 days', '85%', '81%'],
    ];
    const { byName, warnings } = score(rows);
    expect(Object.keys(byName)).toEqual(['Rent collected', 'Repairs on time', 'Complaints answered in 10 days']);
    expect(byName['Repairs on time'].status).toBe('RED');
    expect(warnings.some((w) => /row 1 taken as the header, not row \d/.test(w) && /--map/.test(w))).toBe(true);
  });
});

describe('roles from content (item 5)', () => {
  it('takes a numeric column as the target where the "Goal" column holds sentences', () => {
    const rows: CellInput[][] = [
      ['kpi', 'Goal', 'Target.MMR', 'Actual'],
      ['Graduation rate (%)', 'Increase the adjusted four-year graduation rate by 2030', 92, 87.7],
      ['Chronic absence (%)', 'Reduce chronic absence across all student groups over the plan', 15, 17],
      ['Reading proficiency (%)', 'Raise reading proficiency in grades three to eight', 60, 61],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.target?.value)).toEqual([92, 15, 60]);
    expect(det.indicators[0].name).toBe('Graduation rate (%)');
  });

  it('reads name_en as the name, ids and target_year as neither name nor target', () => {
    const rows: CellInput[][] = [
      ['result_id', 'name_en', 'target_year', 'target_min', 'actual_result_en'],
      ['046395-2018', 'Share of Canadians with a mental disorder who get help', 2021, 10, '12'],
      ['815789-2018', 'Percentage of applications processed within standard', 2023, 80, '76.5'],
      ['489374-2018', 'Rank among G7 nations in research output', 2019, 2, '3'],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.name)).toEqual([
      'Share of Canadians with a mental disorder who get help',
      'Percentage of applications processed within standard',
      'Rank among G7 nations in research output',
    ]);
    expect(det.indicators.map((i) => i.target?.value)).toEqual([10, 80, 2]);
    expect(det.indicators[0].code).toBe('046395-2018');
  });

  it('does not read a column of counts headed "Standard met" as a target', () => {
    const rows: CellInput[][] = [
      ['Indicator', 'Number referred', 'Standard Met', 'Actual (%)', 'Target (%)'],
      ['Board A', 120, 96, 80, 90],
      ['Board B', 200, 150, 75, 90],
      ['Board C', 80, 76, 95, 90],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.target?.value)).toEqual([90, 90, 90]);
  });

  it('takes the column of distinct labels as the name where two headers name one', () => {
    const rows: CellInput[][] = [
      ['result_title', 'result_indicator_title', 'result_indicator_target_value', 'result_indicator_actual_value'],
      ['1. Outcome area: Access to territory', '1.1 Proportion of PoC with documents', '90', '100'],
      ['1. Outcome area: Access to territory', '1.2 Proportion of births registered', '80', '92.99'],
      ['1. Outcome area: Access to territory', '1.3 Proportion of PoC with legal status', '70', '65'],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.name)).toEqual([
      '1.1 Proportion of PoC with documents',
      '1.2 Proportion of births registered',
      '1.3 Proportion of PoC with legal status',
    ]);
    expect(det.indicators[2].values.map((v) => v.source.value)).toEqual(['65']);
  });
});

describe('a target column read cell by cell (item 6)', () => {
  it('scores the rows whose target is a number or a bound, NO_TARGET for the words', () => {
    const rows: CellInput[][] = [
      ['Measure', 'Actual', 'Target'],
      ['Staff turnover (%)', 21, '<24%'],
      ['Visitors to museums', 1400, '>1350'],
      ['Tenants satisfied (%)', 96, '95%+'],
      ['Rough sleepers', 12, 'Better than the England average'],
      ['Planning appeals allowed', 4, 'Below the national figure'],
      ['New homes built', 620, 'Increase on last year'],
    ];
    const { byName } = score(rows);
    expect(byName['Staff turnover (%)'].status).toBe('GREEN');
    expect(byName['Visitors to museums'].status).toBe('GREEN');
    expect(byName['Tenants satisfied (%)'].status).toBe('GREEN');
    expect(byName['Rough sleepers'].status).toBe('NO_TARGET');
    expect(byName['New homes built'].status).toBe('NO_TARGET');
  });
});

describe('blocks beside a table (item 10)', () => {
  it('does not read a chart-data block next to a table as its periods', () => {
    const rows: CellInput[][] = [
      ['Measure', 'Actual', 'Target', null, null, null, 'Distribution', '2016/17', '2017/18'],
      ['Referrals seen in 12 weeks (%)', 82, 85, null, null, null, 'Under 65', 0.2, 0.25],
      ['Assessments on time (%)', 91, 90, null, null, null, '65 and over', 0.8, 0.75],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    const table = det.indicators.filter((i) => i.table === 0);
    expect(table.map((i) => i.name)).toEqual(['Referrals seen in 12 weeks (%)', 'Assessments on time (%)']);
    expect(table[0].values.map((v) => v.source.value)).toEqual([82]);
  });

  it('reads two tables side by side on one sheet each on its own', () => {
    const rows: CellInput[][] = [
      ['Measure', 'Actual', 'Target', null, null, 'Indicator', 'Outturn', 'Target'],
      ['Calls answered (%)', 82, 85, null, null, 'Rent collected (%)', 97, 98],
      ['Emails answered (%)', 91, 90, null, null, 'Voids let in 28 days (%)', 70, 80],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.tables).toHaveLength(2);
    expect(det.indicators.map((i) => [i.name, i.target?.value])).toEqual([
      ['Calls answered (%)', 85],
      ['Emails answered (%)', 90],
      ['Rent collected (%)', 98],
      ['Voids let in 28 days (%)', 80],
    ]);
  });
});

describe('comparator blocks with scope and date columns (item 11)', () => {
  it('reads the comparator value, and neither its scope nor its date cells', () => {
    const rows: CellInput[][] = [
      ['Indicator', 'Actual', 'Target', 'England', 'England scope', 'England date'],
      ['Smoking prevalence (%)', 14, 15, 13.9, 'England', '2015 provisional'],
      ['Physically active adults (%)', 66, 65, 66.1, 'England', '2015 provisional'],
      ['Obese children in Year 6 (%)', 18, 17, 19.8, 'England', '2015 provisional'],
    ];
    const { byName, warnings } = score(rows);
    const smoking = byName['Smoking prevalence (%)'];
    expect(smoking.source.comparators.map((c) => c.label)).toEqual(['England']);
    expect(warnings.filter((w) => /not compared/i.test(w))).toEqual([]);
  });

  it('drops a comparator column whose cells are words', () => {
    const rows: CellInput[][] = [
      ['Indicator', 'Actual', 'Target', 'National average'],
      ['Smoking prevalence (%)', 14, 15, 'See PHOF'],
      ['Physically active adults (%)', 66, 65, 'See PHOF'],
      ['Obese children in Year 6 (%)', 18, 17, 'See PHOF'],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.every((i) => i.comparators.length === 0)).toBe(true);
  });
});

describe('placeholder text in an old period column (item 12)', () => {
  it('scores a row whose current value is a number', () => {
    const rows: CellInput[][] = [
      ['Measure', '2015/16', '2016/17', 'Target'],
      ['Digital transactions (%)', 'New Indicator', 64, 60],
      ['Calls abandoned (%)', 9, 7, 8],
    ];
    const { byName } = score(rows);
    expect(byName['Digital transactions (%)'].status).toBe('GREEN');
  });
});

describe('direction columns', () => {
  it("carries a direction column's words as the polarity text", () => {
    const rows: CellInput[][] = [
      ['Measure', 'Actual', 'Target', 'Desired direction'],
      ['Missed collections', 30, 40, 'Down'],
      ['Recycling rate (%)', pct(0.48), pct(0.5), 'Higher'],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.polarityText)).toEqual(['Down', 'Higher']);
  });

  it("keeps the header with a flag column's TRUE/FALSE or 1/0", () => {
    const rows: CellInput[][] = [
      ['label', 'score', 'Target', 'lowerIsBetter'],
      ['Staff-student ratio', 14.2, 15, true],
      ['Graduate prospects (%)', 81, 80, false],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.polarityText)).toEqual(['lowerIsBetter: TRUE', 'lowerIsBetter: FALSE']);
  });

  it('reads grow / reduce under "direction"', () => {
    const rows: CellInput[][] = [
      ['kpi_name', 'baseline', 'target', 'actual', 'direction'],
      ['Annual net tax revenue growth rate', 0.133, 0.138, 0.14, 'grow'],
      ['Cost of collection', 0.02, 0.018, 0.019, 'reduce'],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.polarityText)).toEqual(['grow', 'reduce']);
  });

  it('reads headers whose words are joined by dots, as R and pandas write them ("Desired.Direction")', () => {
    // Years across, as a published data extract has them; one agency's rows (its name column is not
    // the measure), and names whose wording says nothing of direction or points the wrong way.
    const rows: CellInput[][] = [
      ['ID', 'Desired.Direction', 'Agency.Name', 2022, 2023, 'Indicator', 'Target.MMR'],
      [1, 'Down', 'Parks', 44, 50, 'Net days of revenue for accounts receivable', 42],
      [2, 'Up', 'Parks', 70, 77, 'Trees planted in the year', 80],
      [3, 'Down', 'Parks', 2, 1.5, 'Average monthly violation rate (%)', 3],
    ];
    const { byName } = score(rows);
    const receivable = byName['Net days of revenue for accounts receivable'];
    expect([receivable.status, receivable.polarity, receivable.polaritySource]).toEqual(['RED', 'lower', 'field']);
    expect([byName['Trees planted in the year'].status, byName['Trees planted in the year'].polarity]).toEqual([
      'AMBER',
      'higher',
    ]);
    const violations = byName['Average monthly violation rate (%)'];
    expect([violations.status, violations.polarity, violations.polaritySource]).toEqual(['GREEN', 'lower', 'field']);
  });
});

describe('names and plans read from content', () => {
  it('takes a column of distinct labels as the name where the named column repeats one text', () => {
    const rows: CellInput[][] = [
      ['Service', 'Site', 'Metric_Name', 'value_rounded', 'Target'],
      ['Radiology', 'North', 'Overtime dollars (%)', 0.03, 0.04],
      ['Pharmacy', 'North', 'Overtime dollars (%)', 0.09, 0.05],
      ['Emergency', 'North', 'Overtime dollars (%)', 0.04, 0.04],
      ['Theatres', 'North', 'Overtime dollars (%)', 0.02, 0.03],
    ];
    const det = detectSheet(buildSnapshot(rows, { name: 'KPIs' }));
    expect(det.indicators.map((i) => i.name)).toEqual(['Radiology', 'Pharmacy', 'Emergency', 'Theatres']);
  });

  it('reads a plan of KPIs with a baseline and a direction but no results yet as NO_DATA', () => {
    const rows: CellInput[][] = [
      ['kpi_name', 'unit', 'baseline', 'y1_2026_27', 'y2_2027_28', 'direction'],
      ['Annual net tax revenue growth rate', 'percent', 0.133, 0.138, 0.143, 'grow'],
      ['Cost of collection', 'percent', 0.02, 0.019, 0.018, 'reduce'],
    ];
    const { byName } = score(rows);
    expect(Object.values(byName).map((i) => i.status)).toEqual(['NO_DATA', 'NO_DATA']);
  });
});

describe('one column headed for its section rows and its rows', () => {
  it('"Objective / Key Result" over objective rows and key results is the names column', () => {
    const { byName } = score([
      ['Objective / Key Result', 'Target', 'Q1 Actual', 'Q2 Actual', 'Q3 Actual', 'Q4 Actual'],
      ['OBJ 1: Grow library use', null, null, null, null, null],
      ['KR1: Library visits', 12000, 2800, 3100, 3300, '-'],
      ['KR2: Reduce average wait for a book hold (days)', 5, 7, 6, 5.2, '-'],
      ['OBJ 2: Keep streets clean', null, null, null, null, null],
      ['KR1: Streets at an acceptable standard (%)', 95, 91, 93, 96, '-'],
    ]);
    expect(Object.keys(byName).sort()).toEqual([
      'Library visits',
      'Reduce average wait for a book hold (days)',
      'Streets at an acceptable standard (%)',
    ]);
    // Q3 is the latest quarter with figures ("-" is not yet): 96 against 95, GREEN.
    expect(byName['Streets at an acceptable standard (%)'].status).toBe('GREEN');
    expect(byName['Reduce average wait for a book hold (days)'].polarity).toBe('lower');
  });

  it('"Actual / Target" is not a names column', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'Actual / Target', 'Target', 'Actual'],
        ['Visits', '96%', 100, 96],
        ['Complaints', '120%', 10, 12],
        ['Repairs on time (%)', '98%', 95, 93],
      ]),
    );
    expect(d.indicators.map((i) => i.name)).toEqual(['Visits', 'Complaints', 'Repairs on time (%)']);
  });
});

describe('a data row that reads like a header', () => {
  it('a goal ending in "metric" beside month words stays a row of the table, not a new header', () => {
    const d = detectSheet(
      buildSnapshot([
        ['KPIs', 'Lead', 'Goal', 'Actual', 'Start', 'End'],
        ['Win three conference championships', 'CK', 3, 1, 'August', 'End of May'],
        ['Increase in overall NET ranking', 'CK', 'Increase average NET metric', null, 'November', 'End of December'],
        ['Season ticket holders', 'TJ', 1500, 1320, 'June', 'End of May'],
        ['Group tickets sold', 'TJ', 7000, 66, 'June', 'End of May'],
      ]),
    );
    expect(d.tables).toHaveLength(1);
    expect(d.indicators.map((i) => i.name)).toEqual([
      'Win three conference championships',
      'Increase in overall NET ranking',
      'Season ticket holders',
      'Group tickets sold',
    ]);
  });
});
