/** Header wording, codes in titles and Owner/Polarity/Unit lines. */
import { detectSheet } from '../../../src/core/detect';
import { keywordRole } from '../../../src/core/detect/headers';
import { parseMeta, splitCode } from '../../../src/core/detect/text-fields';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('header roles', () => {
  test.each([
    ['performance measure (indicator)', 'name'],
    ['measure', 'name'],
    ['kpi', 'name'],
    ['pi', 'name'],
    ['indicator', 'name'],
    ['target', 'target'],
    ['target 2020/21', 'target'],
    ['annual target', 'target'],
    ['actual', 'actual'],
    ['q2 actual', 'actual'],
    ['outturn', 'actual'],
    ['latest', 'actual'],
    ['rag status', 'status'],
    ['rag', 'status'],
    ['status', 'status'],
    ['performance rating', 'status'],
    ['trend', 'trend'],
    ['variance', 'variance'],
    ['polarity', 'polarity'],
    ['reporting frequency', 'frequency'],
    ['pi ref', 'code'],
    ['2nd quarter achievements', 'narrative'],
    ['commentary', 'narrative'],
    ['comments', 'narrative'],
    ['update october', 'narrative'],
    ['strategic objective', 'narrative'],
  ])('%s -> %s', (header, role) => {
    expect(keywordRole(header)).toBe(role);
  });

  test('sentences are not name headers', () => {
    expect(keywordRole('kpis in both strategies are evidenced as met')).not.toBe('name');
    expect(keywordRole('off target')).toBeNull();
  });
});

describe('codes in titles', () => {
  test.each([
    ['2042SC: LAC per 10,000 population aged under 18', '2042SC', 'LAC per 10,000 population aged under 18'],
    ['NI060 Percentage core assessments', 'NI060', 'Percentage core assessments'],
    ['NI059P Percentage of Initial assessments', 'NI059P', 'Percentage of Initial assessments'],
    ['PAF C63: Participation of LAC in reviews', 'PAF C63', 'Participation of LAC in reviews'],
    ['PAF B79: Fostering/adoption of LAC aged 10 to <16', 'PAF B79', 'Fostering/adoption of LAC aged 10 to <16'],
    ["CS141: Children's Centres Targeted Reach Achieved", 'CS141', "Children's Centres Targeted Reach Achieved"],
    // A dash between code and name, and Welsh PAM codes with a slash.
    [
      'CP01 - Percentage of residents satisfied with their local area',
      'CP01',
      'Percentage of residents satisfied with their local area',
    ],
    ['CP02 \u2013 Number of rough sleepers', 'CP02', 'Number of rough sleepers'],
    [
      'PAM/001 Number of working days lost to sickness absence',
      'PAM/001',
      'Number of working days lost to sickness absence',
    ],
  ])('%s', (title, code, name) => {
    expect(splitCode(title)).toEqual({ code, name });
  });

  test('no code', () => {
    expect(splitCode('% Re-referrals (Monthly)')).toEqual({ name: '% Re-referrals (Monthly)' });
    expect(splitCode('Owner: Roz Cordy')).toEqual({ name: 'Owner: Roz Cordy' });
    expect(splitCode('COVID-19 vaccinations given')).toEqual({ name: 'COVID-19 vaccinations given' });
  });
});

describe('Owner/Polarity/Unit lines', () => {
  test('one line, empty fields left out', () => {
    expect(parseMeta('Owner: Roz Cordy Polarity: Smaller is Better Unit: Number per 10,000')).toEqual({
      owner: 'Roz Cordy',
      polarity: 'Smaller is Better',
      unit: 'Number per 10,000',
    });
    expect(parseMeta('Owner: Tara Jones Polarity: Bigger is Better Unit:')).toEqual({
      owner: 'Tara Jones',
      polarity: 'Bigger is Better',
    });
  });

  test('fields spread over cells of one row', () => {
    const d = detectSheet(
      buildSnapshot([
        ['CS012: % of privately fostered children visited within required timescales'],
        ['Owner: John Harris', 'Polarity: Bigger is Better', 'Unit: %'],
        [null, 'Apr-12', 'May-12', 'Jun-12'],
        ['Actual', null, null, 96.77],
        ['Target', null, null, 87],
        ['Symbol', null, null, '-'],
      ]),
    );
    expect(d.indicators[0]).toMatchObject({ code: 'CS012', polarityText: 'Bigger is Better', unitText: '%' });
  });
});

describe('periods across the year end', () => {
  test('September ... April: a January value is the latest', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'September', 'October', 'November', 'December', 'January', 'February', 'March', 'April', 'RAG'],
        ['No. of audits', 22, 20, 21, 19, 18],
      ]),
    );
    const i = d.indicators[0];
    expect(d.tables[0].currentPeriod?.label).toBe('January');
    const orders = i.values.map((v) => v.period.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    expect(i.values[4].period.year).toBe(i.values[0].period.year! + 1);
  });

  test('quarter columns make a time series', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Indicator', 'Q1 2020/21', 'Q2 2020/21', 'Q3 2020/21', 'Q4 2020/21', 'Target', 'RAG'],
        ['Re-referrals within 12 months', 21, 22.4, null, null, 18],
      ]),
    );
    expect(d.tables[0].layout).toBe('time-series');
    expect(d.indicators[0].currentPeriod).toMatchObject({ quarter: 2, fyStart: 2020 });
  });
});
