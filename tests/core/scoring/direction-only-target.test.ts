/**
 * A target cell that states only the way to go ("Increase reporting", "Reduce", "Minimise") has no
 * number to rate against (NO_TARGET), but it is the author's own word on which way is good
 * (SCORING.md polarity evidence 2, the target's wording), stronger than the measure's wording: more
 * hate crimes reported is the aim here, so 55 -> 71 is better, not worse. "Improve" and "Maintain"
 * say nothing of the figure's direction and leave the wording to decide.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

function score(target: string, name: string, q2: number, q3: number) {
  const result = scoreSheet(
    buildSnapshot([
      ['Measure', 'Target 2023/24', 'Q1', 'Q2', 'Q3', 'RAG'],
      [name, target, 60, q2, q3, ''],
      ['% of residents satisfied with their area', 82, 80, 79, 81, ''],
    ]),
    defaultRules(),
  );
  return result.indicators.find((i) => i.source.name === name)!;
}

describe('a target that only states the way to go', () => {
  it.each([
    ['Increase reporting', 'Number of reported hate crimes', 55, 71, 'higher', 'MUCH_BETTER'],
    ['Increase', 'Number of reported hate crimes', 55, 71, 'higher', 'MUCH_BETTER'],
    ['Reduce', 'Visits to the museum', 500, 450, 'lower', 'MUCH_BETTER'],
    ['Minimise', 'Visits to the museum', 500, 450, 'lower', 'MUCH_BETTER'],
  ])('%p beside %p (%i -> %i): %s is good', (target, name, q2, q3, polarity, trend) => {
    const ind = score(target, name, q2, q3);
    expect(ind.status).toBe('NO_TARGET');
    expect(ind.polarity).toBe(polarity);
    expect(ind.polaritySource).toBe('target');
    expect(ind.trend).toBe(trend);
  });

  it('"Improve" leaves the measure wording to decide', () => {
    const ind = score('Improve', 'Number of reported hate crimes', 55, 71);
    expect(ind.status).toBe('NO_TARGET');
    expect(ind.polarity).toBe('lower');
  });
});
