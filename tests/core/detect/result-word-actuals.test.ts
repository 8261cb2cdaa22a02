/**
 * Donor and project tracking tables head the figure reached with a result word, not "Actual":
 * "Achieved", "Achieved to date", "Achieved 31-03-2024", "Achievement", "Delivered". Where that
 * column holds figures and no other column holds the actual, it is the actual (SCORING.md: the
 * content settles what the words leave open). Before, it was read only when nearly every cell was
 * a typed number, and never when its header carried a date: every row was NO_DATA.
 */
import { scoreRows } from '../../helpers/score-by-name';
import type { CellInput } from '../../helpers/snapshot-builder';

/** An indicator tracking table whose figures are typed as the author typed them: some as text with a line break. */
function tracker(header: string): CellInput[][] {
  return [
    ['Indicator', 'Baseline', 'Target', header, 'Comments'],
    ['Number of advice sessions held', 0, 40, '44\n', 'Ahead of plan'],
    ['Number of volunteers recruited', 0, 25, '10\n\n', 'Recruitment paused over summer'],
    ['Number of partner agencies signed up', 0, 6, 6, ''],
    ['Number of training courses run', 0, 12, '3 \n', 'Trainer vacancy'],
    ['Number of community events', 0, 8, 'Ethiopia 2\nKenya 3', 'Two countries'],
  ];
}

describe('a result word heads the actual', () => {
  it.each(['Achieved', 'Achieved up to now', 'Achieved 31-03-2024', 'Achievement', 'Delivered to date'])(
    '"%s" holding figures is read as the actual',
    (header) => {
      const { by } = scoreRows(tracker(header));
      expect(by('Number of advice sessions held').status).toBe('GREEN');
      expect(by('Number of volunteers recruited').status).toBe('RED');
      expect(by('Number of partner agencies signed up').status).toBe('GREEN');
      expect(by('Number of training courses run').status).toBe('RED');
      expect(by('Number of volunteers recruited').actual?.value).toBe(10);
    },
  );

  it('an "Achieved?" column of Yes / No stays the rating; an "Achievements" column of sentences stays commentary', () => {
    const { by } = scoreRows([
      ['Indicator', 'Target', 'Actual', 'Achieved?', 'Achievements'],
      ['Number of advice sessions held', 40, 44, 'Yes', 'Two extra sessions in the spring term'],
      ['Number of volunteers recruited', 25, 10, 'No', 'Recruitment paused over the summer months'],
      ['Number of partner agencies signed up', 6, 6, 'Yes', 'All six agencies signed the agreement'],
    ]);
    const volunteers = by('Number of volunteers recruited');
    expect(volunteers.status).toBe('RED');
    expect(volunteers.actual?.value).toBe(10);
    expect(volunteers.source.rating?.value).toBe('No');
  });
});
