/**
 * Targets written as a comparator the row gives a figure for: "Top quartile" beside a "Top quartile
 * threshold" column, "At or above the Wales average" beside a "Wales average" column. The target is
 * the row's figure for it (before: "'Top quartile' is text, not a numeric target", NO_TARGET).
 * Without such a column the target stays unread, as before.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('targets named as a comparator on the row', () => {
  const rows = [
    ['Ref', 'Measure', 'Polarity', '2022/23', '2023/24', 'Target 2023/24', 'Top quartile threshold', 'Wales average'],
    ['PAM/032', 'Average Capped 9 score for pupils in Year 11', 'Higher', 348.7, 355.2, 'Top quartile', 360.2, 348.5],
    [
      'PAM/035',
      'Average days to clear fly-tipping incidents',
      'Lower',
      1.9,
      2.4,
      'At or below the Wales average',
      1.6,
      2.6,
    ],
    ['PAM/041', 'Exercise referral clients completing the programme (%)', 'Higher', 55, 57, 'Top quartile', '', 52],
    ['PAM/013', 'Empty homes brought back into use (%)', 'Higher', 5.2, 4.9, 'To be in the top 25%', 7.1, 5.5],
  ];

  it('reads "Top quartile" as the row\'s top quartile threshold, with a note', () => {
    const { by } = scoreRows(rows);
    const capped = by('Average Capped 9 score for pupils in Year 11');
    expect(capped.target).toMatchObject({ kind: 'value', value: { value: 360.2 } });
    expect(capped.status).toBe('AMBER');
    expect(capped.notes.join(' ')).toMatch(/Target: 'Top quartile', the row's Top quartile threshold/);
  });

  it('reads "To be in the top 25%" as the top quartile', () => {
    const { by } = scoreRows(rows);
    expect(by('Empty homes brought back into use (%)').target).toMatchObject({ kind: 'value', value: { value: 7.1 } });
  });

  it('reads "At or below the Wales average" as the row\'s Wales average', () => {
    const { by } = scoreRows(rows);
    const flytips = by('Average days to clear fly-tipping incidents');
    expect(flytips.target).toMatchObject({ kind: 'value', value: { value: 2.6 } });
    expect(flytips.status).toBe('GREEN');
  });

  it('leaves "Top quartile" unread where the row gives no threshold', () => {
    const { by, result } = scoreRows(rows);
    expect(by('Exercise referral clients completing the programme (%)').status).toBe('NO_TARGET');
    // The table's text-target warning names only the row left unread.
    const w = result.warnings.find((x) => x.message.startsWith('Target column'));
    expect(w?.message).toMatch(/in F4 /);
  });
});
