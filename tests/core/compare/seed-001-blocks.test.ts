/**
 * Seed 001's metric blocks (May 2015 page, figures copied from the seed): the CPP rate of 48 per 10K
 * against a national average of 42, and the CiC rate of 71 against 60, with EAST / NWC / SOUTH area
 * columns. Polarity comes from the sheet ("Polarity: Smaller is Better") or from a rule override.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { Rules } from '../../../src/core/rules/types';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, mmmYY, type CellInput } from '../../helpers/snapshot-builder';

function cppBlock(extra: CellInput[][] = []): CellInput[][] {
  return [
    ['Number of children with a Child Protection Plan - Snapshot as of month end'],
    [],
    [null, mmmYY(2015, 3), mmmYY(2015, 5), 'EAST', 'NWC', 'SOUTH', 'MASH'],
    ['No of CPP', '1,301', '1,305', 385, 394, 453, 9],
    ['Rate per 10K', 47, 48, 37, 37, 69],
    ...extra,
    ['National average per 10K', null, 42, 'Note: DCSC not included in area breakdown'],
    [],
  ];
}

function cicBlock(extra: CellInput[][] = []): CellInput[][] {
  return [
    ['Number of Children in Care - Snapshot as of month end'],
    [],
    [null, mmmYY(2015, 3), mmmYY(2015, 5), 'EAST', 'NWC', 'SOUTH'],
    ['Total CiC', 1975, 1951, 614, 602, 625],
    ['Rate per 10K', 72, 71, 60, 57, 95],
    ...extra,
    ['National average per 10K', null, 60, 'Note: DCSC not included in area breakdown'],
    [],
  ];
}

function score(rows: CellInput[][], rules: Rules = defaultRules()): ScoredIndicator[] {
  return scoreSheet(buildSnapshot([['PERFORMANCE - May 2015'], [], ...rows], { name: 'May 2015' }), rules).indicators;
}

function smallerIsBetter(...names: string[]): Rules {
  const rules = defaultRules();
  rules.overrides = names.map((name) => ({ match: { name }, polarity: 'lower' as const }));
  return rules;
}

const CPP = 'Number of children with a Child Protection Plan - Snapshot as of month end';
const CIC = 'Number of Children in Care - Snapshot as of month end';

describe('seed 001 metric blocks: national average', () => {
  test('CPP rate 48 per 10K against 42 is worse, smaller is better by rule', () => {
    const [cpp] = score(cppBlock(), smallerIsBetter(CPP));
    expect(cpp.actual?.value).toBe(48);
    expect(cpp.comparisons).toHaveLength(1);
    const national = cpp.comparisons![0];
    expect(national).toMatchObject({ kind: 'national', verdict: 'worse', difference: 6 });
    expect(national.value.value).toBe(42);
    expect(national.cell).toEqual({ row: 7, col: 2 });
    expect(national.text).toBe('6 per 10K above the national average of 42 (smaller is better)');
  });

  test('CiC rate 71 against 60 is worse, smaller is better written in the sheet', () => {
    const [cic] = score(cicBlock([['Polarity: Smaller is Better']]));
    expect(cic.polarity).toBe('lower');
    expect(cic.comparisons![0]).toMatchObject({ kind: 'national', verdict: 'worse', difference: 11 });
    expect(cic.comparisons![0].text).toBe('11 per 10K above the national average of 60 (smaller is better)');
  });

  test('the default rules leave the status against target: no target stays NO_TARGET', () => {
    const [cpp] = score(cppBlock(), smallerIsBetter(CPP));
    expect(cpp.status).toBe('NO_TARGET');
  });

  test('"compare with national" rates against the national average', () => {
    const rules = smallerIsBetter(CPP);
    rules.comparison = {
      scheme: 'compare-with-national',
      inLine: { kind: 'percent-of-target', value: 5 },
      areaRatings: 'sheet-place',
    };
    const [cpp] = score(cppBlock(), rules);
    expect(cpp.status).toBe('RED');
    expect(cpp.varianceText).toBe('6 per 10K above the national average of 42 (smaller is better)');
    expect(cpp.notes.join(' ')).toMatch(/Rated against the national average/);
  });

  test('within the in-line tolerance it is in line, and AMBER under compare with national', () => {
    const rules = smallerIsBetter(CPP);
    rules.comparison = {
      scheme: 'compare-with-national',
      inLine: { kind: 'absolute', value: 6 },
      areaRatings: 'sheet-place',
    };
    const [cpp] = score(cppBlock(), rules);
    expect(cpp.comparisons![0].verdict).toBe('in-line');
    expect(cpp.comparisons![0].text).toBe('In line with the national average of 42 (6 per 10K above)');
    expect(cpp.status).toBe('AMBER');
  });
});

describe('seed 001 metric blocks: areas', () => {
  test('without a target, SOUTH is named against the council figure', () => {
    const [cpp] = score(cppBlock(), smallerIsBetter(CPP));
    expect(cpp.areas?.outliers).toEqual(['SOUTH']);
    expect(cpp.areas?.text).toBe("SOUTH 69 per 10K, worse than the council's 48; EAST and NWC better");
  });

  test('with a target, each area is rated against it: SOUTH RED, EAST and NWC GREEN', () => {
    const [cpp] = score(cppBlock([['Target', null, 45]]), smallerIsBetter(CPP));
    expect(cpp.status).toBe('RED');
    expect(cpp.areas?.ratings.map((r) => [r.label, r.status])).toEqual([
      ['EAST', 'GREEN'],
      ['NWC', 'GREEN'],
      ['SOUTH', 'RED'],
    ]);
    expect(cpp.areas?.outliers).toEqual(['SOUTH']);
    expect(cpp.areas?.text).toBe('SOUTH 69 per 10K, RED; EAST and NWC GREEN');
  });

  test('CiC: SOUTH 95 is the outlier', () => {
    const [cic] = score(cicBlock(), smallerIsBetter(CIC));
    expect(cic.comparisons![0].verdict).toBe('worse');
    expect(cic.areas?.outliers).toEqual(['SOUTH']);
    expect(cic.areas?.text).toBe("SOUTH 95 per 10K, worse than the council's 71; EAST and NWC better");
  });

  test('area counts that add up to the total are not rated against a count target', () => {
    const rows: CellInput[][] = [
      ['Number of children with a Child Protection Plan - Snapshot as of month end'],
      [],
      [null, mmmYY(2016, 3), mmmYY(2016, 4), 'EAST', 'NWC', 'SOUTH'],
      ['No of CPP', 851, 825, 163, 314, 328],
      ['Rate per 10K', 31, 30, 16, 30, 50],
      ['Target', 850],
      ['National average per 10K', null, 42],
    ];
    const [cpp] = score(rows);
    expect(cpp.areas?.outliers).toEqual([]);
    expect(cpp.areas?.ratings.every((r) => r.status === 'NO_TARGET')).toBe(true);
    expect(cpp.areas?.text).toMatch(/counts that make up the total/);
    // The count row is scored (the target is a count): a rate of 42 is not on its scale.
    expect(cpp.comparisons).toEqual([]);
  });
});
