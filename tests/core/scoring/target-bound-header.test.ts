/**
 * A target column whose header makes its figures a floor or a ceiling ("target_min", "Maximum
 * target") gives "at least" / "at most" targets: SCORING.md's evidence 2, the target's own bound.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

test('"target_min" figures are floors: bigger is better, from the target', () => {
  const res = scoreSheet(
    buildSnapshot([
      ['indicator_name', 'target_min', 'actual_result'],
      ['Households housed within the month', 80, 70],
      ['Reports filed', 10, 12],
    ]),
    defaultRules(),
  );
  expect(res.indicators.map((i) => [i.polarity, i.polaritySource, i.status])).toEqual([
    ['higher', 'target', 'RED'],
    ['higher', 'target', 'GREEN'],
  ]);
  expect(res.indicators[0].notes.join(' ')).toMatch(/at least/);
});

test('"Maximum target" figures are ceilings: smaller is better, from the target', () => {
  const res = scoreSheet(
    buildSnapshot([
      ['Measure', 'Maximum target', 'Actual'],
      ['Days to process a claim', 20, 25],
    ]),
    defaultRules(),
  );
  expect(res.indicators.map((i) => [i.polarity, i.polaritySource, i.status])).toEqual([['lower', 'target', 'RED']]);
});

test('a plain "Target" column says nothing of its own about direction', () => {
  const res = scoreSheet(
    buildSnapshot([
      ['Measure', 'Target', 'Actual'],
      ['Reports filed', 10, 12],
    ]),
    defaultRules(),
  );
  expect(res.indicators[0].polaritySource).not.toBe('target');
});

test('a minimum and a maximum target on one row are a band: inside good, outside amber or red', () => {
  const res = scoreSheet(
    buildSnapshot([
      ['indicator_name', 'target_min', 'target_max', 'actual_result'],
      ['Laboratory acquired infections', 0, 0, 5],
      ['Occupancy rate (%)', 85, 95, 90],
      ['Stock turnover days', 20, 30, 31],
      ['Households housed within the month', 80, null, 70],
    ]),
    defaultRules(),
  );
  expect(res.indicators.map((i) => [i.polarity, i.polaritySource, i.status])).toEqual([
    // Exactly 0: 5 is beyond any tolerance of a 0 target.
    ['band', 'target', 'RED'],
    ['band', 'target', 'GREEN'],
    // 31 is above the band by 1, within 5% of 30.
    ['band', 'target', 'AMBER'],
    // Only the minimum filled: still a floor.
    ['higher', 'target', 'RED'],
  ]);
  expect(res.indicators[1].notes.join(' ')).toMatch(/target_min and target_max: between the two figures/);
});
