/**
 * Targets that name the earlier figure without an amount, as statements of service performance
 * write them: "Maintain or improve", "Same or better than last year", "No worse than last year",
 * "At least last year's result" (the earlier figure is the target, met when the figure is as good
 * or better; the words do not say which way is better), and "Higher than last year", "Fewer than the
 * previous year" (the earlier figure, and the way to go). Before, each was text, not a target:
 * NO_TARGET, and the author's "Achieved" left unexplained.
 */
import { readRelativeWording } from '../../../src/core/scoring/relative-target';
import { scoreRows } from '../../helpers/score-by-name';

describe('the earlier figure as the target', () => {
  it.each([
    ['Maintain or improve', null],
    ['Maintain/improve', null],
    ['Same or better than last year', null],
    ['No worse than last year', null],
    ["At least last year's result", null],
    ['Improve on 2021/22', null],
    ['Higher than last year', 'higher'],
    ['Fewer than the previous year', 'lower'],
  ])('%p is the earlier figure (polarity %p)', (text, polarity) => {
    expect(readRelativeWording(text)).toMatchObject({ amount: 0, polarity });
  });

  it('leaves words that name no earlier figure to the other readers', () => {
    // A bare "Maintain" holds the earlier level (maintain-and-scale-targets.test.ts); these name none.
    for (const t of ['Improve', 'Reduction', 'Better than target']) expect(readRelativeWording(t)).toBeNull();
  });

  it("rates the year against last year's result, the polarity from the other evidence", () => {
    const { by } = scoreRows([
      ['Performance measure', '2021/22 Result', '2022/23 Target', '2022/23 Result', 'Achieved?'],
      ['Residents satisfied with library services', '88%', 'Maintain or improve', '90%', 'Achieved'],
      ['Residents satisfied with parks', '84%', 'Same or better than last year', '79%', 'Not achieved'],
      ['Missed bin collections per 100,000', 62, 'Fewer than last year', 65, 'Not achieved'],
    ]);
    const library = by('Residents satisfied with library services');
    expect(library.target).toMatchObject({ kind: 'value', value: { value: 88 } });
    expect(library.status).toBe('GREEN');
    expect(library.polarity).toBe('higher');
    expect(by('Residents satisfied with parks').status).toBe('RED');
    const bins = by('Missed bin collections per 100,000');
    expect(bins.polarity).toBe('lower');
    expect(bins.status).toBe('AMBER');
  });
});
