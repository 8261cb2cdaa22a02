/**
 * Issue 11: registers as councils publish them. Period columns in a register (Q1 Actual ... Q4
 * Actual, 2019/20 Outturn / 2020/21 Q2, previous / current, PY / Act): the current figure is the
 * latest period column with a value, the trend compares it with the nearest earlier one, and a row
 * empty in the current period is No data. A Baseline column is the trend's reference and polarity
 * evidence. Added columns have headers; a table's own Variance column is not doubled.
 */
import { scoreRows } from '../../helpers/score-by-name';
import type { CellInput } from '../../helpers/snapshot-builder';

const score = scoreRows;

describe('period columns in a register', () => {
  it('Q1..Q4 Actual: the latest quarter with a value is current, the one before is the trend', () => {
    const { result, by } = score([
      ['Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'Q3 Actual', 'Q4 Actual', 'RAG'],
      ['% of calls answered within 30 seconds', 80, 70, 75, 82, '', ''],
      ['Number of missed bin collections', 40, 50, 45, '', '', ''],
    ]);
    expect(result.tables[0].layout).toBe('register');
    const calls = by('% of calls answered within 30 seconds');
    expect(calls.actual?.value).toBe(82);
    expect(calls.actualPeriod?.label).toBe('Q3 Actual');
    expect(calls.previousPeriod?.label).toBe('Q2 Actual');
    expect(calls.status).toBe('GREEN');
    expect(calls.trend).toBe('MUCH_BETTER');
    // Q3 is the table's current quarter: a row without a Q3 figure is No data, quoting Q2.
    const bins = by('Number of missed bin collections');
    expect(bins.status).toBe('NO_DATA');
    expect(bins.lastKnown?.reading.value).toBe(45);
  });

  it('2019/20 Outturn then 2020/21 Q2: the quarter is current, the outturn the trend reference', () => {
    const { by } = score([
      ['Indicator', '2019/20 Outturn', '2020/21 Q2', 'Target 2020/21', 'Status'],
      ['% of invoices paid within 30 days', 91, 95, 97, ''],
    ]);
    const inv = by('% of invoices paid within 30 days');
    expect(inv.actual?.value).toBe(95);
    expect(inv.previous?.value).toBe(91);
    expect(inv.status).toBe('AMBER');
    expect(inv.trend).toBe('BIT_BETTER');
  });

  it.each([
    ['previous', 'current'],
    ['PY', 'Act'],
    ['Last quarter', 'Actual'],
  ])('%s / %s, with "Description of the KPI" as the name', (prev, cur) => {
    const { result, by } = score([
      ['KPI ref', 'Description of the KPI', prev, cur, 'target', 'Status'],
      ['HR11', 'Working days lost due to sickness absence', 4.1, 5.2, 4, ''],
    ]);
    expect(result.tables).toHaveLength(1);
    const hr = by('Working days lost due to sickness absence');
    expect(hr.source.code).toBe('HR11');
    expect(hr.actual?.value).toBe(5.2);
    expect(hr.previous?.value).toBe(4.1);
    expect(hr.polarity).toBe('lower');
    expect(hr.status).toBe('RED');
    expect(hr.trend).toBe('NOT_BETTER');
  });

  it('a Baseline column tells which way is good and is the trend reference', () => {
    const { by } = score([
      ['Measure', 'Baseline', 'Target', 'Actual', 'RAG'],
      ['Households in temporary accommodation per 1,000', 3.5, 3, 3.1, ''],
      ['Food businesses rated 3 or above', 88, 92, 93, ''],
    ]);
    const ta = by('Households in temporary accommodation per 1,000');
    expect(ta.polaritySource).toBe('baseline');
    expect(ta.polarity).toBe('lower');
    expect(ta.status).toBe('AMBER');
    expect(ta.previous?.value).toBe(3.5);
    expect(ta.trend).toBe('MUCH_BETTER');
    const food = by('Food businesses rated 3 or above');
    expect(food).toMatchObject({ polaritySource: 'baseline', polarity: 'higher', status: 'GREEN' });
  });
});

describe('the sheet’s own words and ratings in a register', () => {
  const rows: CellInput[][] = [
    ['Ref', 'Measure', 'Target', 'Actual', 'Status'],
    ['A1', '% of calls answered', 80, 85, 'above target'],
    ['A2', '% of enquiries answered in time', 90, 88, 'close to target'],
    ['A3', 'Average time taken to pay invoices (days)', 20, 30, 'below target'],
    ['A4', 'Domestic abuse incidents', 'for info only', 131, 'for info only'],
  ];

  it('writes status in the status column’s own words, with the symbol', () => {
    const { result, by } = score(rows);
    expect(by('% of calls answered').statusLabel).toBe('above target');
    expect(by('% of enquiries answered in time').statusLabel).toBe('close to target');
    expect(by('Average time taken to pay invoices (days)').statusLabel).toBe('below target');
    const texts = result.plan.writes.filter((w) => w.role === 'status').map((w) => w.text);
    expect(texts).toEqual(['● above target', '▲ close to target', '■ below target']);
  });

  it('keeps the author’s rating where the row cannot be rated, with a warning', () => {
    const { result, by } = score(rows);
    expect(by('Domestic abuse incidents').status).toBe('NO_TARGET');
    const e5 = result.plan.writes.find((w) => w.cell.row === 4 && w.cell.col === 4);
    expect(e5).toBeUndefined();
    expect(result.warnings.some((w) => w.cell === 'E5' && /author's rating 'for info only'/.test(w.message))).toBe(
      true,
    );
  });
});

describe('added columns', () => {
  it('a table with its own Variance column gets Status and Trend with headers, and no second Variance', () => {
    const { result } = score([
      ['Measure', 'Target', 'Actual', 'Variance'],
      ['% of calls answered', 80, 85, ''],
    ]);
    const headers = result.plan.writes.filter((w) => w.role === 'header').map((w) => w.text);
    expect(headers).toEqual(['Status', 'Trend']);
    expect(result.indicators[0].source.varianceCell).toEqual({ row: 1, col: 3 });
  });

  it('a table with its own status column gets Trend and Variance headers', () => {
    const { result } = score([
      ['Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'RAG'],
      ['% of calls answered', 80, 78, 85, ''],
    ]);
    const headers = result.plan.writes.filter((w) => w.role === 'header').map((w) => [w.text, w.cell]);
    expect(headers).toEqual([
      ['Trend', { row: 0, col: 5 }],
      ['Variance', { row: 0, col: 6 }],
    ]);
  });
});

describe('a status key on the sheet', () => {
  it('seed 001 style "Off target | target | Above target" gives the words for each rating', () => {
    const { by } = score([
      ['Measure', 'Target', 'Actual', 'Rating'],
      ['% of calls answered', 80, 85, ''],
      ['% of enquiries answered in time', 90, 88, ''],
      ['% of invoices paid on time', 95, 70, ''],
      [],
      ['', 'Off target', 'target', 'Above target'],
      ['Rating', 'RED', 'AMBER', 'GREEN'],
    ]);
    expect(by('% of calls answered').statusLabel).toBe('Above target');
    expect(by('% of enquiries answered in time').statusLabel).toBe('target');
    expect(by('% of invoices paid on time').statusLabel).toBe('Off target');
  });
});

describe('figures by content', () => {
  it('a KPI table whose figure header is unknown: the column of numbers beside the names is the figure', () => {
    const { by } = score([
      ['Measure', 'Target', 'Reported', 'RAG'],
      ['% of calls answered', 80, 85, ''],
      ['Number of missed collections', 40, 45, ''],
    ]);
    expect(by('% of calls answered')).toMatchObject({ status: 'GREEN', actual: { value: 85 } });
    expect(by('Number of missed collections')).toMatchObject({ status: 'RED', actual: { value: 45 } });
  });

  it('a narrative column of text is not taken for the figure', () => {
    const { by } = score([
      ['Measure', 'Target', 'Update', 'RAG'],
      ['% of calls answered', 80, 'Improving after recruitment', ''],
      ['Number of missed collections', 40, 'New rounds from May', ''],
    ]);
    expect(by('% of calls answered').status).toBe('NO_DATA');
  });
});

describe('quarters without a year beside role headers that name one', () => {
  it('puts Q1..Q4 in the year of the target, after last year outturn, and rates the latest quarter', () => {
    const { by } = score([
      ['PI Ref', 'Indicator', 'Polarity', '2022/23 Outturn', '2023/24 Target', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['HS01', 'Average time to re-let council homes (days)', 'Low', 38, 30, 35, 33, 29, null],
      ['HS02', 'Percentage of rent arrears', 'Low', 2.1, 2, 2.3, 2.2, 2.05, null],
    ]);
    const relet = by('Average time to re-let council homes (days)');
    // Q3 2023/24 is the latest figure, not last year's outturn of 38.
    expect([relet.actual?.value, relet.actualPeriod?.label, relet.previous?.value]).toEqual([29, 'Q3', 33]);
    expect(relet.status).toBe('GREEN');
    expect(by('Percentage of rent arrears').status).toBe('AMBER');
  });

  it('takes the year after last year outturn where no target names one', () => {
    const { by } = score([
      ['Indicator', 'Outturn 2022/23', 'Target', 'Q1', 'Q2'],
      ['Missed bin collections per 100,000', 61, 50, 55, 48],
    ]);
    const bins = by('Missed bin collections per 100,000');
    expect([bins.actual?.value, bins.previous?.value, bins.status]).toEqual([48, 55, 'GREEN']);
  });
});

describe('a target per quarter named in its header', () => {
  it('rates the latest quarter against that quarter target, not the first', () => {
    const { by } = score([
      [
        'Ref',
        'Measure',
        'Q1 Target',
        'Q1 Actual',
        'Q1 RAG',
        'Q2 Target',
        'Q2 Actual',
        'Q2 RAG',
        'Q3 Target',
        'Q3 Actual',
        'Q3 RAG',
      ],
      ['R1', 'Number of new apprenticeships', 20, 18, 'A', 40, 45, 'G', 60, 52, ''],
      ['R2', 'Average days to pay invoices', 10, 12, 'R', 10, 9, 'G', 8, 8.3, ''],
    ]);
    const apprentices = by('Number of new apprenticeships');
    // Q3: 52 against the Q3 target of 60 (not Q1's 20): 8 short, beyond 5%: RED.
    expect([apprentices.actual?.value, apprentices.status]).toEqual([52, 'RED']);
    expect(apprentices.target).toMatchObject({ kind: 'value', value: { value: 60 } });
    // Its status goes in the Q3 RAG column (K), the current period's own.
    expect(apprentices.source.statusCell?.col).toBe(10);
    expect(by('Average days to pay invoices').status).toBe('AMBER');
  });
});

describe('the year target beside the quarter own target', () => {
  it('rates the quarter against its own target, the year target only where the quarter has none', () => {
    const { by } = score([
      ['Ref', 'Performance Indicator', 'Good Performance', 'Annual Target', 'Q3 Target', 'Q3 Actual', 'Q2 Actual'],
      ['FN02', 'Council Tax collected (cumulative %)', 'High', 97.5, 83.0, 82.6, 55.1],
      ['FN03', 'Business rates collected (cumulative %)', 'High', 98, null, 81.0, 54.0],
      ['HR01', 'Working days lost to sickness per FTE', 'Low', 8.5, 8.5, 9.2, 9.6],
      ['CS02', 'FOI requests received', 'Info only', null, null, 412, 398],
    ]);
    // 82.6 against the Q3 profile of 83.0 (not the year's 97.5): within 5%, AMBER.
    const tax = by('Council Tax collected (cumulative %)');
    expect([tax.status, tax.target]).toMatchObject(['AMBER', { kind: 'value', value: { value: 83 } }]);
    // No Q3 target on the row: the year's stands in.
    expect(by('Business rates collected (cumulative %)').target).toMatchObject({ kind: 'value', value: { value: 98 } });
    // "Good Performance" gives the direction on every row but the one kept for information.
    const sickness = by('Working days lost to sickness per FTE');
    expect([sickness.polarity, sickness.polaritySource, sickness.status]).toEqual(['lower', 'field', 'RED']);
    expect(by('FOI requests received').status).toBe('NO_TARGET');
  });
});
