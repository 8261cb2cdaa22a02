/**
 * Readers of shapes met in the shared public corpus (issue 20), each proven on an invented table of
 * the same shape: none of these strings comes from a corpus workbook.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; warnings: string[] } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Results' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, warnings: result.warnings.map((w) => w.message) };
}

describe('a project id repeated over the indicators it reports', () => {
  // A results export: one row per indicator of each project, the project's id on every row.
  const rows: CellInput[][] = [
    ['project_id', 'indicator_title', 'indicator_baseline', 'indicator_target', 'indicator_actual'],
    ['PRJ-2031-NORTH', 'Homes connected to the water main', '40', '60', '55'],
    ['PRJ-2031-NORTH', 'Boreholes rehabilitated', '2', '8', '8'],
    ['PRJ-2031-NORTH', 'Days to restore a broken pump', '20', '10', '9'],
    ['PRJ-2031-NORTH', 'Water committees trained', '0', '12', '7'],
    ['PRJ-2031-SOUTH', 'Homes connected to the water main', '10', '30', '31'],
    ['PRJ-2031-SOUTH', 'Days to restore a broken pump', '15', '7', '12'],
    ['PRJ-2031-SOUTH', 'Water committees trained', '1', '5', '5'],
  ];

  it('is not the indicators\u2019 code: each indicator keeps its own direction', () => {
    const result = scoreSheet(buildSnapshot(rows, { name: 'Results' }), defaultRules());
    const pump = result.indicators.filter((i) => i.source.name === 'Days to restore a broken pump');
    expect(pump).toHaveLength(2);
    for (const ind of pump) {
      expect(ind.source.code).toBeUndefined();
      expect(ind.polarity).toBe('lower');
    }
    const homes = result.indicators.find((i) => i.source.name === 'Homes connected to the water main');
    expect(homes?.polarity).toBe('higher');
    // 9 days against a 10-day target is met; 12 against 7 is not.
    expect(pump.map((i) => i.status)).toEqual(['GREEN', 'RED']);
  });

  it('says why the id column was not read as the code', () => {
    const { warnings } = score(rows);
    expect(warnings.some((w) => /project_id.*repeats one code over indicators of different names/.test(w))).toBe(true);
  });

  it('still reads a code column that names one indicator per code, repeated across areas', () => {
    const byArea: CellInput[][] = [
      ['Code', 'Indicator', 'Area', 'Target', 'Actual'],
      ['HW01', 'Homes connected to the water main', 'North', 60, 55],
      ['HW01', 'Homes connected to the water main', 'South', 30, 31],
      ['HW02', 'Days to restore a broken pump', 'North', 10, 9],
      ['HW02', 'Days to restore a broken pump', 'South', 7, 12],
    ];
    const result = scoreSheet(buildSnapshot(byArea, { name: 'Results' }), defaultRules());
    expect(result.indicators.map((i) => i.source.code)).toEqual(['HW01', 'HW01', 'HW02', 'HW02']);
  });
});

describe('a baseline column named in snake_case or camelCase', () => {
  it.each([['indicator_baseline_value'], ['BaselineValue'], ['Baseline (2021)']])(
    'gives the baseline-to-target direction under "%s"',
    (header) => {
      const { byName } = score([
        ['Indicator', header, 'Target', 'Actual'],
        ['Share of invoices disputed', 12, 8, 9],
        ['Volunteers recruited', 30, 45, 50],
      ]);
      expect(byName['Share of invoices disputed'].polarity).toBe('lower');
      expect(byName['Share of invoices disputed'].polaritySource).toBe('baseline');
      expect(byName['Volunteers recruited'].polaritySource).toBe('baseline');
      expect(byName['Volunteers recruited'].status).toBe('GREEN');
    },
  );
});

describe('metrics across, periods down, with no target anywhere', () => {
  // A quarterly block of activity counts and a ratio, a total row below: no target column at all.
  const rows: CellInput[][] = [
    ['Outreach summary'],
    [],
    [null, 'Visits', 'Referrals', 'Visits per referral'],
    ['Q1', 40, 10, 4],
    ['Q2', 46, 0, 'N/A'],
    ['Q3', 35, 7, 5],
    [],
    ['Full year', 121, 17, 7.1],
  ];

  it('reads each column as a series: NO_TARGET on the latest quarter, trend against the one before', () => {
    const { byName } = score(rows);
    expect(Object.keys(byName).sort()).toEqual(['Referrals', 'Visits', 'Visits per referral']);
    expect(byName.Visits.status).toBe('NO_TARGET');
    expect(byName.Visits.actual?.value).toBe(35);
    expect(byName.Visits.previous?.value).toBe(46);
    expect(byName.Visits.trend).toBe('NOT_BETTER');
    expect(byName.Visits.polaritySource).toBe('assumed');
    // Q2's "N/A" ratio is no figure to compare with: the trend reaches back to Q1.
    expect(byName['Visits per referral'].previous?.value).toBe(4);
    expect(byName['Visits per referral'].trend).toBe('MUCH_BETTER');
  });

  it('never rates such a table', () => {
    const { byName } = score(rows);
    for (const ind of Object.values(byName)) expect(['NO_TARGET', 'NO_DATA', 'NOT_SCORED']).toContain(ind.status);
  });

  it('takes a corner label ("Month") over the periods as no metric', () => {
    const { byName } = score([
      ['Month', 'Calls', 'Abandoned'],
      ['Jan-25', 900, 40],
      ['Feb-25', 950, 35],
      ['Mar-25', 990, 30],
    ]);
    expect(Object.keys(byName).sort()).toEqual(['Abandoned', 'Calls']);
    expect(byName.Calls.actual?.value).toBe(990);
  });

  it('leaves a register with a name header to the register reader', () => {
    const { byName } = score([
      ['Measure', 'Owner', 'Actual'],
      ['Calls answered', 'Contact centre', 90],
      ['Invoices paid on time', 'Finance', 95],
    ]);
    expect(Object.keys(byName).sort()).toEqual(['Calls answered', 'Invoices paid on time']);
  });
});

describe('actuals not in yet, and figures with a note', () => {
  it.each([['Pending'], ['Awaiting data'], ['Not yet available'], ['To be confirmed'], ['Data to follow.']])(
    'reads %p as no figure for the period: NO_DATA, not NOT_SCORED',
    (text) => {
      const { byName } = score([
        ['Indicator', 'Target', 'Actual'],
        ['Households rehoused', 120, text],
        ['Grants paid', 40, 44],
      ]);
      expect(byName['Households rehoused'].status).toBe('NO_DATA');
      expect(byName['Grants paid'].status).toBe('GREEN');
    },
  );

  it('keeps "Not available" as N/A, and a broken figure as NOT_SCORED', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual'],
      ['Households rehoused', 120, 'Not available'],
      ['Grants paid', 40, '40/44'],
    ]);
    expect(byName['Households rehoused'].status).toBe('NOT_SCORED');
    expect(byName['Grants paid'].status).toBe('NOT_SCORED');
  });

  it.each([
    ['61.5 (Apr-Sep)', 61.5],
    ['88 (provisional)', 88],
    ['1,204 (year to date)', 1204],
  ])('reads %p as the figure %p, the bracket a note on what it covers', (text, value) => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual'],
      ['Rent collected (%)', 60, text],
      ['Grants paid', 40, 44],
    ]);
    expect(byName['Rent collected (%)'].actual?.value).toBe(value);
    expect(byName['Rent collected (%)'].status).toBe('GREEN');
  });

  it('does not read a second figure in brackets as a note', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual'],
      ['Rent collected (%)', 60, '61 (58)'],
      ['Grants paid', 40, 44],
    ]);
    expect(byName['Rent collected (%)'].status).toBe('NOT_SCORED');
  });
});

describe('a floor column and a ceiling column, each row filling one', () => {
  const rows: CellInput[][] = [
    ['Indicator', 'Minimum target', 'Maximum target', 'Result'],
    ['Share of calls answered in 60 seconds (%)', 85, null, 88],
    ['Average days to process a claim', null, 12, 14],
    ['Staff turnover (%)', null, 9, 7.5],
  ];

  it('reads the ceiling where the floor is blank: an "at most" target', () => {
    const { byName } = score(rows);
    const claims = byName['Average days to process a claim'];
    expect(claims.target).toMatchObject({ kind: 'value', value: { value: 12 } });
    expect(claims.polarity).toBe('lower');
    expect(claims.polaritySource).toBe('target');
    expect(claims.status).toBe('RED');
    expect(byName['Staff turnover (%)'].status).toBe('GREEN');
    expect(byName['Share of calls answered in 60 seconds (%)'].polarity).toBe('higher');
    expect(byName['Share of calls answered in 60 seconds (%)'].status).toBe('GREEN');
  });
});

describe('a trading service’s measures by their wording', () => {
  it('reads takings and customers as bigger is better, and lets a heavier word decide', () => {
    const { byName } = score([
      ['Measure', 'Target', 'Actual'],
      ['Café sales (£000s)', 120, 131],
      ['Trading P&L', 15, 12],
      ['Customer profitability', 40, 38],
      ['Web conversion rate (%)', 3, 3.4],
      ['Active customers', 900, 950],
      ['Customer complaints', 30, 25],
    ]);
    for (const n of [
      'Café sales (£000s)',
      'Trading P&L',
      'Customer profitability',
      'Web conversion rate (%)',
      'Active customers',
    ]) {
      expect([n, byName[n].polarity, byName[n].polaritySource]).toEqual([n, 'higher', 'wording']);
    }
    expect(byName['Customer complaints'].polarity).toBe('lower');
    expect(byName['Customer complaints'].status).toBe('GREEN');
  });
});

describe('justice done and harm found, by their wording', () => {
  it('reads convictions as the aim, not the crime, and a reconviction as harm', () => {
    const { byName } = score([
      ['Measure', 'Target', 'Actual'],
      ['Offenders convicted of fly-tipping offences', 20, 24],
      ['Prosecutions for rogue trading', 10, 12],
      ['Offenders convicted again within a year', 10, 12],
      ['Reported burglaries', 300, 280],
    ]);
    expect(byName['Offenders convicted of fly-tipping offences'].polarity).toBe('higher');
    expect(byName['Prosecutions for rogue trading'].polarity).toBe('higher');
    expect(byName['Offenders convicted again within a year'].polarity).toBe('lower');
    expect(byName['Reported burglaries'].polarity).toBe('lower');
  });

  it('does not call identifying people at risk a harm: no direction claimed', () => {
    const { byName } = score([
      ['Measure', 'Target', 'Actual'],
      ['Carers identified as at risk of breakdown', 50, 40],
      ['Grants paid', 40, 44],
    ]);
    expect(byName['Carers identified as at risk of breakdown'].polaritySource).toBe('assumed');
  });
});
