/**
 * Long format (issue 20 item 7): one row per indicator per period. The rows of one indicator are
 * one indicator with its series, rated at the table's current period (the latest with an actual
 * anywhere), trend against the nearest earlier period; the target is that period's or the nearest
 * earlier one, never a later period's.
 */
import { detectSheet } from '../../../src/core/detect';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]) {
  const result = scoreSheet(buildSnapshot(rows), defaultRules());
  return { result, ind: Object.fromEntries(result.indicators.map((i) => [i.source.name, i])) };
}

describe('long format', () => {
  it('groups rows by measure and rates the latest period against its own target', () => {
    const { result, ind } = score([
      ['MeasureID', 'Measure', 'Year', 'Actual', 'Target'],
      ['M1', 'Graduation rate', 2023, 85, 86],
      ['M1', 'Graduation rate', 2024, 87, 88],
      ['M2', 'Average class size', 2023, 24, 25],
      ['M2', 'Average class size', 2024, 26, 25],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Graduation rate', 'Average class size']);
    // 87 against 88 (2024's target): 1 short, within 5% of 88: AMBER; up from 85: bit better (2.4%).
    expect(ind['Graduation rate'].status).toBe('AMBER');
    expect(ind['Graduation rate'].target).toMatchObject({ kind: 'value', value: { value: 88 } });
    expect(ind['Graduation rate'].trend).toBe('BIT_BETTER');
    expect(ind['Graduation rate'].source.code).toBe('M1');
    // 26 against 25, bigger assumed: GREEN.
    expect(ind['Average class size'].status).toBe('GREEN');
  });

  it('reads a year in one column and the quarter or month in another as one period', () => {
    // "Financial Year" | "Quarter": each row is a quarter of a financial year; rated on the latest.
    const { result, ind } = score([
      ['Financial Year', 'Quarter', 'Indicator', 'Value', 'Target', 'Better if'],
      ['2023/24', 'Q3', 'Complaints escalated to stage 2', 41, 30, 'Lower'],
      ['2023/24', 'Q4', 'Complaints escalated to stage 2', 35, 30, 'Lower'],
      ['2024/25', 'Q1', 'Complaints escalated to stage 2', 29, 30, 'Lower'],
      ['2023/24', 'Q3', 'Visits to libraries', 9100, 9000, 'Higher'],
      ['2023/24', 'Q4', 'Visits to libraries', 8800, 9000, 'Higher'],
      ['2024/25', 'Q1', 'Visits to libraries', 8000, 9000, 'Higher'],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Complaints escalated to stage 2',
      'Visits to libraries',
    ]);
    const complaints = ind['Complaints escalated to stage 2'];
    expect([complaints.status, complaints.actual?.value, complaints.previous?.value]).toEqual(['GREEN', 29, 35]);
    expect(complaints.actualPeriod?.label).toBe('Q1 2024/25');
    expect(complaints.previousPeriod?.label).toBe('Q4 2023/24');
    expect(ind['Visits to libraries'].status).toBe('RED');
    // Year numbers and month names: January of 2024 comes after December of 2023.
    const months = score([
      ['Year', 'Month', 'KPI', 'Actual', 'Target'],
      [2023, 'Nov', 'Rent collected (%)', 96, 98],
      [2023, 'Dec', 'Rent collected (%)', 97, 98],
      [2024, 'Jan', 'Rent collected (%)', 99, 98],
      [2023, 'Nov', 'Re-let time (days)', 31, 28],
      [2023, 'Dec', 'Re-let time (days)', 29, 28],
      [2024, 'Jan', 'Re-let time (days)', 27, 28],
    ]);
    expect(months.result.indicators).toHaveLength(2);
    const rent = months.ind['Rent collected (%)'];
    expect([rent.status, rent.actual?.value, rent.previous?.value, rent.actualPeriod?.label]).toEqual([
      'GREEN',
      99,
      97,
      'Jan 2024',
    ]);
  });

  it('reads "Mid-Year Result" and "Full-Year Result" as figures, the full year as the actual, and "Target" over a "Goal" of sentences', () => {
    // A budget book's measures, one row per fiscal year: the year words qualify the figures.
    const { result, ind } = score([
      ['Service', 'Strategic Goal', 'Measure', 'Fiscal Year', 'Target', 'Mid-Year Result', 'Full-Year Result'],
      ['Parks', 'Keep the city green and open to all', 'Trees planted', 'FY2021-22', 500, 210, 520],
      ['Parks', 'Keep the city green and open to all', 'Trees planted', 'FY2022-23', 550, 240, 530],
      ['Parks', 'Keep the city green and open to all', 'Trees planted', 'FY2023-24', 600, 300, null],
      [
        'Libraries',
        'A library within reach of every home',
        'Average days to fulfil a hold request',
        'FY2021-22',
        5,
        6,
        6,
      ],
      [
        'Libraries',
        'A library within reach of every home',
        'Average days to fulfil a hold request',
        'FY2022-23',
        5,
        5,
        4.5,
      ],
      [
        'Libraries',
        'A library within reach of every home',
        'Average days to fulfil a hold request',
        'FY2023-24',
        5,
        4,
        null,
      ],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Trees planted',
      'Average days to fulfil a hold request',
    ]);
    // The latest full-year result is FY2022-23 (FY2023-24 has only a mid-year figure): the current period.
    const trees = ind['Trees planted'];
    expect([trees.actual?.value, trees.actualPeriod?.label, trees.previous?.value]).toEqual([530, 'FY2022-23', 520]);
    // 530 against 550: 20 short, within 5% (27.5): AMBER, from the Target column, not the goal's sentence.
    expect([trees.status, trees.target]).toMatchObject(['AMBER', { kind: 'value', value: { value: 550 } }]);
    const holds = ind['Average days to fulfil a hold request'];
    expect([holds.status, holds.actual?.value, holds.polarity]).toEqual(['GREEN', 4.5, 'lower']);
  });

  it('adds Status/Trend/Variance columns right of the table, filled on each indicator row of the rated period', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Indicator', 'Period', 'Value', 'Target'],
        ['Visits', '2023/24', 100, 110],
        ['Visits', '2024/25', 120, 110],
        ['Calls', '2023/24', 50, 60],
        ['Calls', '2024/25', 55, 60],
      ]),
    );
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].added).toEqual({ headerRow: 0, status: 4, trend: 5, variance: 6 });
    const visits = d.indicators.find((i) => i.name === 'Visits');
    expect(visits?.statusCell).toEqual({ row: 2, col: 4 });
    expect(visits?.values.map((v) => v.period.label)).toEqual(['2023/24', '2024/25']);
  });

  it('never applies a later period target: future targets only give NO_TARGET and one warning', () => {
    // Actuals 2024 and 2025; targets set for 2026 onwards (a trajectory). 2025 has no target:
    // rating 87.7 against 2026's 88 would judge 2025 by a bar set for 2026.
    const { result, ind } = score([
      ['MeasureID', 'MeasureLbl', 'Year', 'ActualValue', 'TargetValue'],
      ['P1.M1', 'CGRS', 2024, 87, null],
      ['P1.M1', 'CGRS', 2025, 87.7, null],
      ['P1.M1', 'CGRS', 2026, null, 88],
      ['P1.M1', 'CGRS', 2027, null, 89],
    ]);
    expect(ind.CGRS.status).toBe('NO_TARGET');
    expect(ind.CGRS.actual?.value).toBe(87.7);
    expect(ind.CGRS.trend).toBe('BIT_BETTER');
    expect(result.warnings.filter((w) => /only for periods after the latest actual/.test(w.message))).toHaveLength(1);
  });

  it('keeps a target set for an earlier period when the current one has none', () => {
    const { ind } = score([
      ['Measure', 'Year', 'Actual', 'Target'],
      ['Recycling rate', 2022, 40, 45],
      ['Recycling rate', 2023, 44, null],
      ['Recycling rate', 2024, 46, null],
    ]);
    // 46 against 45 (2022's target still standing): GREEN.
    expect(ind['Recycling rate'].status).toBe('GREEN');
  });

  it('says NO_DATA where the current period row is blank or missing (an indicator on another cadence)', () => {
    const { ind } = score([
      ['Measure', 'Year', 'Actual', 'Target'],
      ['Annual survey score', 2024, 70, 72],
      ['Annual survey score', 2025, null, 73],
      ['Biennial test score', 2022, 200, 210],
      ['Biennial test score', 2024, 213, 210],
      ['Enrolment', 2024, 83.9, 85],
      ['Enrolment', 2025, 83.4, 85],
    ]);
    // The table's current period is 2025 (Enrolment has it). The annual survey's 2025 row is blank: NO_DATA.
    expect(ind['Annual survey score'].status).toBe('NO_DATA');
    // The biennial score has no 2025 row at all: no value for the current period (SCORING.md), so
    // NO_DATA, its 2024 figure quoted as the last known value, not scored as current.
    expect(ind['Biennial test score'].status).toBe('NO_DATA');
    expect(ind['Biennial test score'].lastKnown?.reading.value).toBe(213);
    // Enrolment 83.4 against 85: 1.6 short, within 4.25: AMBER; down from 83.9: not better.
    expect(ind.Enrolment.status).toBe('AMBER');
    expect(ind.Enrolment.trend).toBe('NOT_BETTER');
  });

  it('writes status in the table own status column on the rated row, keeping the author rating as evidence', () => {
    const d = detectSheet(
      buildSnapshot([
        ['KPI', 'Quarter', 'Actual', 'Target', 'RAG'],
        ['Calls answered', 'Q1 2024/25', 90, 95, 'Amber'],
        ['Calls answered', 'Q2 2024/25', 96, 95, 'Green'],
        ['Complaints', 'Q1 2024/25', 12, 10, 'Red'],
        ['Complaints', 'Q2 2024/25', 9, 10, 'Green'],
      ]),
    );
    const calls = d.indicators.find((i) => i.name === 'Calls answered');
    expect(calls?.statusCell).toEqual({ row: 2, col: 4 });
    // The indicator's name cell is on the row it is rated on, beside its status.
    expect(calls?.nameCell).toEqual({ row: 2, col: 0 });
    expect(calls?.rating?.value).toBe('Green');
    expect(d.tables[0].added).toBeUndefined();
  });

  it('reads a direction column as polarity text, with its header when the cell is a bare flag', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'Year', 'Actual', 'Target', 'Desired direction', 'Ascending'],
        ['Waiting time', 2023, 12, 10, 'Down', 0],
        ['Waiting time', 2024, 11, 10, 'Down', 0],
        ['Satisfaction', 2023, 80, 85, 'Up', 1],
        ['Satisfaction', 2024, 86, 85, 'Up', 1],
      ]),
    );
    expect(d.indicators.find((i) => i.name === 'Waiting time')?.polarityText).toBe('Down');
    const flags = detectSheet(
      buildSnapshot([
        ['Measure', 'Year', 'Actual', 'Target', 'Ascending'],
        ['Waiting time', 2023, 12, 10, 0],
        ['Waiting time', 2024, 11, 10, 0],
        ['Satisfaction', 2023, 80, 85, 1],
        ['Satisfaction', 2024, 86, 85, 1],
      ]),
    );
    expect(flags.indicators.find((i) => i.name === 'Waiting time')?.polarityText).toBe('Ascending: 0');
  });

  it('reads actuals typed as text', () => {
    const { ind } = score([
      ['Indicator', 'Year', 'Value', 'Target'],
      ['Homes built', 2023, '1,180', '1,200'],
      ['Homes built', 2024, ' 1,305 ', '1,250'],
      ['Rough sleepers', 2023, '14', '10'],
      ['Rough sleepers', 2024, '9', '10'],
    ]);
    expect(ind['Homes built'].actual?.value).toBe(1305);
    expect(ind['Homes built'].status).toBe('GREEN');
  });

  it('leaves one-period extracts and the same measure across areas to the register reading', () => {
    // Every row the same period (an annual extract): a register, one indicator per row.
    const onePeriod = detectSheet(
      buildSnapshot([
        ['Indicator title', 'Period end', 'Actual value', 'Target value'],
        ['# of households reached', '2019-12-31', '3356', '7000'],
        ['# of households reached', '2019-12-31', '120', '100'],
        ['% of children in school', '2019-12-31', '50', '60'],
        ['% of children in school', '2019-12-31', '22', '100'],
      ]),
    );
    expect(onePeriod.tables.every((t) => t.added?.headerRow === undefined || t.range.rowCount === 5)).toBe(true);
    expect(onePeriod.indicators.length === 0 || onePeriod.indicators.length === 4).toBe(true);
    // The same measure twice in one year (two areas): several series, not one indicator's.
    const areas = detectSheet(
      buildSnapshot([
        ['Measure', 'Area', 'Year', 'Actual', 'Target'],
        ['Visits', 'North', 2023, 10, 12],
        ['Visits', 'South', 2023, 11, 12],
        ['Visits', 'North', 2024, 13, 12],
        ['Visits', 'South', 2024, 9, 12],
      ]),
    );
    expect(areas.indicators.filter((i) => i.values.length > 1 && i.name === 'Visits')).toHaveLength(0);
  });
});
