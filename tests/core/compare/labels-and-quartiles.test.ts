/** What comparator labels mean, and LAIT quartile bands with polarity. */
import { classifyComparatorLabel, perScale } from '../../../src/core/detect/comparator-labels';
import type { Reading } from '../../../src/core/model';
import { quartileBand, type Threshold } from '../../../src/core/scoring/compare-quartile';

describe('comparator labels', () => {
  test.each([
    ['National average per 10K', 'national'],
    ['England', 'national'],
    ['Eng avg', 'national'],
    ['Statistical neighbours', 'neighbours'],
    ['Stat neighbours', 'neighbours'],
    ['SN average', 'neighbours'],
    ['North West', 'regional'],
    ['Yorkshire and the Humber', 'regional'],
    ['Regional average', 'regional'],
    ['NW', 'regional'],
    ['Top quartile', 'quartile'],
    ['Bottom quartile threshold', 'quartile'],
    ['Median', 'quartile'],
    ['Benchmark', 'benchmark'],
    ['Comparator', 'benchmark'],
    ['Peer average', 'benchmark'],
    ['Target trajectory', 'trajectory'],
    // A Welsh or Scottish council's national comparator (PAM tables, LGBF).
    ['Wales Average 2022/23', 'national'],
    ['All Wales median', 'national'],
    ['Scotland 2022-23', 'national'],
    ['Scottish average', 'national'],
    ['Family Group Average', 'neighbours'],
  ])('%s is %s', (label, kind) => {
    expect(classifyComparatorLabel(label)?.kind).toBe(kind);
  });

  test.each(['No of CPP', 'Rate per 10K', 'Median days to adoption', 'Target', 'EAST', 'Scottish Water complaints'])(
    '%s is no comparator',
    (label) => {
      expect(classifyComparatorLabel(label)).toBeNull();
    },
  );

  test('region names read as sentences name them', () => {
    expect(classifyComparatorLabel('North West')?.name).toBe('the North West average');
    expect(classifyComparatorLabel('Yorkshire and the Humber')?.name).toBe('the Yorkshire and the Humber average');
    expect(classifyComparatorLabel('Wales Average 2022/23')?.name).toBe('the Wales average');
    expect(classifyComparatorLabel('Scotland 2022-23')?.name).toBe('the Scotland average');
    expect(classifyComparatorLabel('Wales median 2022-23')?.name).toBe('the Wales median');
  });

  test('scales', () => {
    expect(perScale('National average per 10K')).toBe(10000);
    expect(perScale('Rate per 100,000 population')).toBe(100000);
    expect(perScale('Number per 10,000')).toBe(10000);
    expect(perScale('Rate')).toBeUndefined();
  });
});

const r = (value: number): Reading => ({ value, percent: false, decimals: 0, grouping: false });
const t = (label: string, value: number): Threshold => {
  const edge = classifyComparatorLabel(label)!.edge!;
  return { label, edge, value, cell: { row: 0, col: 0 } };
};

describe('quartile bands (A best, as LAIT)', () => {
  const byValue = [t('Upper quartile', 60), t('Median', 50), t('Lower quartile', 40)];
  test.each([
    [65, 'higher', 'A'],
    [55, 'higher', 'B'],
    [45, 'higher', 'C'],
    [35, 'higher', 'D'],
    [65, 'lower', 'D'],
    [55, 'lower', 'C'],
    [45, 'lower', 'B'],
    [35, 'lower', 'A'],
    [60, 'higher', 'A'],
  ] as const)('%d with %s better is band %s', (value, polarity, band) => {
    expect(quartileBand(r(value), byValue, polarity)?.band).toBe(band);
  });

  test('top and bottom thresholds name performance, not value', () => {
    const list = [t('Top quartile', 35), t('Bottom quartile', 50)];
    expect(quartileBand(r(30), list, 'lower')?.band).toBe('A');
    expect(quartileBand(r(55), list, 'lower')?.band).toBe('D');
    expect(quartileBand(r(40), list, 'lower')?.band).toBe('B/C');
  });

  test('no band without polarity, and the text says which way is good', () => {
    expect(quartileBand(r(45), byValue, null)).toBeNull();
    expect(quartileBand(r(45), byValue, 'lower')?.text).toBe(
      'Quartile B (45 against the top quartile threshold 40, the median 50, the bottom quartile threshold 60; smaller is better)',
    );
  });
});
