/**
 * The same comparisons in the other layouts: a register with National, Statistical neighbours,
 * regional, quartile and trajectory columns, and seed 003 style cards with a comparator row.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, dmy, pct, type CellInput } from '../../helpers/snapshot-builder';

function register(): ScoredIndicator[] {
  const rows: CellInput[][] = [
    [
      'Code',
      'Measure',
      'Polarity',
      'Target',
      'Actual',
      'National average',
      'Statistical neighbours',
      'North West',
      'Top quartile',
      'Bottom quartile',
      'Target trajectory',
      'RAG',
    ],
    ['CS1', 'Children with a child protection plan per 10K', 'Smaller is better', 45, 48, 42, 44, 38, 35, 50, 46],
    ['CS2', 'Children in care per 10K', 'Smaller is better', 65, 71, 60, 62, 70, 50, 75, 66],
    ['CS3', 'Re-referrals within 12 months', 'Smaller is better', 25, 20, 24, 22, 21, 18, 26, 22],
  ];
  return scoreSheet(buildSnapshot(rows, { name: 'Register' }), defaultRules()).indicators;
}

describe('register with comparator columns', () => {
  test('CPP 48 is worse than national 42 and neighbours 44, in quartile B or C', () => {
    const [cpp] = register();
    expect(cpp.status).toBe('RED');
    const by = Object.fromEntries(cpp.comparisons!.map((c) => [c.kind, c]));
    expect(by.national).toMatchObject({ verdict: 'worse', difference: 6 });
    expect(by.national.text).toBe('6 per 10K above the national average of 42 (smaller is better)');
    expect(by.neighbours).toMatchObject({ verdict: 'worse', difference: 4 });
    expect(by.neighbours.text).toBe('4 per 10K above the statistical neighbours average of 44 (smaller is better)');
    expect(by.regional.text).toBe('10 per 10K above the North West average of 38 (smaller is better)');
    // Target trajectory is a comparator, never the target.
    expect(cpp.target).toEqual({ kind: 'value', value: expect.objectContaining({ value: 45 }) });
    expect(by.trajectory).toMatchObject({ verdict: 'in-line', difference: 2 });
    expect(cpp.quartile?.band).toBe('B/C');
  });

  test('CiC 71 is worse than national 60, short of the bottom quartile threshold of 75', () => {
    const [, cic] = register();
    expect(cic.comparisons!.find((c) => c.kind === 'national')).toMatchObject({ verdict: 'worse', difference: 11 });
    expect(cic.quartile?.band).toBe('B/C');
  });

  test('re-referrals 20 against national 24: better when smaller is better', () => {
    const [, , rr] = register();
    const national = rr.comparisons!.find((c) => c.kind === 'national')!;
    expect(national.verdict).toBe('better');
    expect(national.text).toBe('4 below the national average of 24 (smaller is better)');
    // Between the top quartile (18) and the bottom one (26), smaller is better.
    expect(rr.quartile?.band).toBe('B/C');
  });
});

function dateRow(): CellInput[] {
  return [null, dmy(2012, 4, 30), dmy(2012, 5, 31), dmy(2012, 6, 30)];
}

function cards(): ScoredIndicator[] {
  const rows: CellInput[][] = [
    ['2042SC: LAC per 10,000 population aged under 18'],
    ['Owner: Roz Cordy Polarity: Smaller is Better Unit: Number per 10,000'],
    [],
    dateRow(),
    ['Actual', 70, 71, 71],
    ['Target', null, null, 65],
    ['Symbol'],
    ['National average', null, null, 60],
    ['Statistical neighbours', 62],
    [],
    ['NI060 Percentage core assessments completed within 35 working days'],
    ['Owner: A N Other Polarity: Bigger is Better Unit: %'],
    [],
    dateRow(),
    ['Actual', 80, 82, 85],
    ['Target', null, null, 90],
    ['England', null, null, 78],
    ['Symbol'],
  ];
  return scoreSheet(buildSnapshot(rows, { name: 'Cards' }), defaultRules()).indicators;
}

describe('cards with a comparator row', () => {
  test('LAC 71 per 10,000 against national 60 is worse; neighbours written once still count', () => {
    const [lac] = cards();
    expect(lac.status).toBe('RED');
    const national = lac.comparisons!.find((c) => c.kind === 'national')!;
    expect(national).toMatchObject({ verdict: 'worse', difference: 11, cell: { row: 7, col: 3 } });
    expect(national.text).toBe('11 per 10K above the national average of 60 (smaller is better)');
    const sn = lac.comparisons!.find((c) => c.kind === 'neighbours')!;
    expect(sn).toMatchObject({ verdict: 'worse', difference: 9 });
  });

  test('a comparator row between Target and Symbol: 85 against England 78 is better (bigger is better)', () => {
    const [, ni060] = cards();
    expect(ni060.status).toBe('RED');
    expect(ni060.source.statusCell).toEqual({ row: 17, col: 3 });
    const england = ni060.comparisons![0];
    expect(england).toMatchObject({ kind: 'national', verdict: 'better', difference: 7 });
    expect(england.text).toBe('7 percentage points above the national average of 78% (bigger is better)');
  });
});

describe('units and scale matched to the figure compared', () => {
  test('a national rate per 100,000 is rescaled to the indicator’s per 10K', () => {
    const rows: CellInput[][] = [
      ['Measure', 'Polarity', 'Target', 'Actual', 'England per 100,000'],
      ['Children in care rate per 10K', 'Smaller is better', 65, 71, 600],
    ];
    const [cic] = scoreSheet(buildSnapshot(rows), defaultRules()).indicators;
    expect(cic.comparisons![0]).toMatchObject({ kind: 'national', verdict: 'worse', difference: 11 });
    expect(cic.comparisons![0].value.value).toBe(60);
    expect(cic.comparisons![0].text).toBe('11 per 10K above the national average of 60 (smaller is better)');
  });

  test('a fraction typed plainly beside a percentage compares as points; a count beside a rate is left out', () => {
    const rows: CellInput[][] = [
      ['Measure', 'Polarity', 'Target', 'Actual', 'National average', 'Statistical neighbours'],
      ['% re-referrals', 'Smaller is better', '25%', '28%', 0.24, 4200],
    ];
    const [rr] = scoreSheet(buildSnapshot(rows), defaultRules()).indicators;
    expect(rr.comparisons).toHaveLength(1);
    expect(rr.comparisons![0].text).toBe('4 percentage points above the national average of 24% (smaller is better)');
    expect(rr.notes.join(' ')).toMatch(/Not compared: the Statistical neighbours in F2 \(4200\) is not on the scale/);
  });
});

test('quartile thresholds that cannot place the figure say why; an assumed polarity bands and says so', () => {
  const rows: CellInput[][] = [
    ['Measure', 'Polarity', 'Target', 'Actual', 'Top quartile'],
    ['Children in care per 10K', 'Smaller is better', 65, 71, 50],
    ['Visits per 10K', null, 65, 71, 50],
  ];
  const [cic, visits] = scoreSheet(buildSnapshot(rows), defaultRules()).indicators;
  expect(cic.quartile).toBeUndefined();
  expect(cic.notes).toContain('Not banded: the quartile thresholds given do not place the figure in one band.');
  // Nothing says which way is good for visits: bigger is better is assumed (SCORING.md), the
  // figure is banded on it, and the band's text says the direction was assumed.
  expect(visits.polaritySource).toBe('assumed');
  expect(visits.quartile).toMatchObject({ band: 'A' });
  expect(visits.quartile!.text).toBe(
    'Quartile A (71 against the top quartile threshold 50; bigger is better, assumed)',
  );
});

test('without any polarity (a band target) the quartile is not banded, and the note says why', () => {
  const rows: CellInput[][] = [
    ['Measure', 'Target', 'Actual', 'Top quartile'],
    ['Occupancy %', 'between 5% and 7%', '6%', '5%'],
  ];
  const [occ] = scoreSheet(buildSnapshot(rows), defaultRules()).indicators;
  expect(occ.polarity).toBe('band');
  expect(occ.quartile).toBeUndefined();
  expect(occ.notes).toContain('Not banded: quartile bands need to know which way is good.');
});

test('a time series (seed 004 style) with national and North West columns after the months', () => {
  const rows: CellInput[][] = [
    ['Measure', 'September', 'October', 'November', 'National', 'North West', 'RAG'],
    ['% of referrals that were re-referrals', pct(0.44), pct(0.41), pct(0.4), pct(0.42), pct(0.38)],
  ];
  const [rr] = scoreSheet(buildSnapshot(rows, { name: 'Performance Data' }), defaultRules()).indicators;
  expect(rr.actual?.value).toBe(40);
  expect(rr.polarity).toBe('lower');
  expect(rr.comparisons!.map((c) => [c.kind, c.verdict, c.text])).toEqual([
    // 2 points is within 5% of 42 (2.1): in line; beyond 5% of 38 (1.9): worse.
    ['national', 'in-line', 'In line with the national average of 42% (2 percentage points below)'],
    ['regional', 'worse', '2 percentage points above the North West average of 38% (smaller is better)'],
  ]);
});
