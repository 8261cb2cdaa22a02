/**
 * An "Intervention level", "Red threshold" or "Amber threshold" column (UK council reports) gives
 * the level at which an indicator turns red (the worst figure still amber): amber between the target
 * and that level, red beyond it, whichever way is good (sheet-tolerance.ts). A level on the better side of the target is not used, and the note says so.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): Map<string, ScoredIndicator> {
  const result = scoreSheet(buildSnapshot(rows, { name: 'KPIs' }), defaultRules());
  return new Map(result.indicators.map((i) => [i.source.name, i]));
}

describe('intervention levels', () => {
  it.each(['Intervention level', 'Intervention', 'Red threshold', 'Amber threshold', 'Amber limit'])(
    'reads "%s" as where red starts',
    (header) => {
      const byName = score([
        ['Ref', 'Indicator', 'Polarity', 'Target', header, 'Q1', 'Q2', 'Q3'],
        ['HS1', 'Average days to re-let', 'Smaller is better', 30, 35, 38, 33, 32],
        ['HS2', 'Rent collected (%)', 'Bigger is better', 97, 95, 95.5, 96, 94.8],
        ['HS3', 'Repairs on time (%)', 'Bigger is better', 92, 85, 90, 91, 86],
      ]);
      // 32 against 30: worse than target, better than the level of 35 (5% of 30 would make it red).
      expect(byName.get('Average days to re-let')!.status).toBe('AMBER');
      // 94.8 against 97: past the level of 95 (5% of 97 would make it amber).
      expect(byName.get('Rent collected (%)')!.status).toBe('RED');
      expect(byName.get('Repairs on time (%)')!.status).toBe('AMBER');
      expect(byName.get('Repairs on time (%)')!.notes.join(' ')).toMatch(/Amber between the target of 92 and .* of 85/);
    },
  );

  it('does not use a level on the better side of the target', () => {
    const byName = score([
      ['Indicator', 'Polarity', 'Target', 'Intervention level', 'Actual'],
      ['Rent collected (%)', 'Bigger is better', 97, 99, 94.8],
    ]);
    const rent = byName.get('Rent collected (%)')!;
    expect(rent.status).toBe('AMBER');
    expect(rent.notes.join(' ')).toMatch(/not on the worse side of the target/);
  });
});
