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
