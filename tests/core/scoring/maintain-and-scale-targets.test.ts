/**
 * Targets councils write in words around a figure, or with no figure:
 * - "Maintain" (and "Maintain or improve", "At least maintain current performance", "Same as last
 *   year"): the row's earlier figure is the target; the words say nothing of which way is good.
 * - "> 4.5 out of 5": a bound on a score; the scale is not a second figure.
 * - "N/A - monitoring only": two ways of saying there is no target on purpose: no warning.
 */
import { readRelativeWording } from '../../../src/core/scoring/relative-target';
import { saysNoTarget } from '../../../src/core/values/target';
import { scoreRows } from '../../helpers/score-by-name';

describe('targets in words', () => {
  const { by, result } = scoreRows([
    ['Measure', 'Unit', 'Target', 'Last year', 'This year', 'Status'],
    ['Resident satisfaction with the council', '%', 'Maintain', 62, 61],
    ['Percentage of invoices paid within 30 days', '%', 'Maintain or improve', 94, 96],
    ['Customer satisfaction score', 'score', '> 4.5 out of 5', 4.3, 4.6],
    ['Missed collections', 'number', 'N/A - monitoring only', 1200, 1100],
  ]);

  it('"Maintain": last year\'s figure is the target', () => {
    const sat = by('Resident satisfaction with the council');
    expect(sat.target).toMatchObject({ kind: 'value', value: { value: 62 } });
    expect(sat.status).toBe('AMBER');
    expect(sat.notes.join(' ')).toMatch(/Maintain/);
    const paid = by('Percentage of invoices paid within 30 days');
    expect(paid.target).toMatchObject({ kind: 'value', value: { value: 94 } });
    expect(paid.status).toBe('GREEN');
  });

  it('"> 4.5 out of 5": at least 4.5', () => {
    const score = by('Customer satisfaction score');
    expect(score.target).toMatchObject({ kind: 'value', value: { value: 4.5 } });
    expect(score.status).toBe('GREEN');
  });

  it('no target on purpose, in two ways: NO_TARGET and no warning to fix the cell', () => {
    expect(by('Missed collections').status).toBe('NO_TARGET');
    const warnings = result.warnings.map((w) => w.message).join('\n');
    expect(warnings).not.toMatch(/monitoring only|Maintain|out of 5/);
  });

  it.each([
    'Maintain',
    'Maintain or improve',
    'At least maintain current performance',
    'Same as last year',
    'Maintain 2023/24 level',
  ])('%p holds the level', (text) => {
    expect(readRelativeWording(text)).toMatchObject({ polarity: null, amount: 0 });
  });

  it.each(['Maintain standards of service', 'Maintenance backlog'])('%p is not a target in words', (text) => {
    expect(readRelativeWording(text)).toBeNull();
  });

  it.each(['N/A - monitoring only', 'No target: contextual', 'Monitor only'])('%p says there is no target', (text) => {
    expect(saysNoTarget(text)).toBe(true);
  });
});
