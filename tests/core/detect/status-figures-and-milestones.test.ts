/**
 * A "Status" column beside a "Goal" column that holds the figure reached on its measure rows and a
 * milestone's state on the others ("Completed", "In progress", "TBA"): the figures are the actual
 * (SCORING.md: a header gives a role only when the content fits), the milestone words stay the
 * author's and are not rated. Ratings among the cells ("Green", "Off track") keep it a status column.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; cells: CellInput[][] } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Plan' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, cells: rows };
}

const HEADER: CellInput[] = ['Objective', 'Owner', 'Goal', 'Status', 'Due'];

describe('a Status column of figures and milestone states beside a Goal', () => {
  it('rates the figure rows against their goal and leaves the milestone rows unrated', () => {
    const { byName } = score([
      HEADER,
      ['Launch the new volunteer scheme', 'Sam', 'Launch by June', 'Completed', 'Jun-2025'],
      ['Refresh the tenant handbook', 'Ali', 'Publish the new handbook', 'In progress', 'Sep-2025'],
      ['Train all front-line staff in safeguarding', 'Jo', '100% of staff trained', 'Completed', 'Mar-2026'],
      ['Review the lettings policy', 'Ali', 'Cabinet approval', 'TBA', 'Mar-2026'],
      ['Open two community hubs', 'Sam', 'Two hubs open', 'In progress', 'Mar-2026'],
      ['Increase donations to the hardship fund', 'Kim', '£50,000', '£41,500', 'Mar-2026'],
      ['Number of new volunteers recruited', 'Kim', 120, 131, 'Mar-2026'],
      ['Households helped by the hardship fund', 'Kim', 400, 150, 'Mar-2026'],
      ['Increase sponsorship income', 'Jo', ' $25,000 ', ' $12,250 ', 'Mar-2026'],
    ]);
    expect(byName['Number of new volunteers recruited'].actual).toMatchObject({ value: 131 });
    expect(byName['Number of new volunteers recruited'].status).toBe('GREEN');
    expect(byName['Households helped by the hardship fund'].status).toBe('RED');
    expect(byName['Increase donations to the hardship fund'].actual).toMatchObject({ value: 41_500 });
    expect(byName['Increase sponsorship income'].status).toBe('RED');
    // A milestone's state is the author's word: never turned into a rating.
    for (const name of ['Launch the new volunteer scheme', 'Refresh the tenant handbook', 'Review the lettings policy'])
      expect(['NOT_SCORED', 'NO_DATA', 'NO_TARGET']).toContain(byName[name].status);
  });

  it('keeps a Status column whose words are ratings as the status column', () => {
    const { byName } = score([
      HEADER,
      ['Households in temporary accommodation', 'Sam', 120, 'Green', 'Mar-2026'],
      ['Average days to re-let homes', 'Ali', 30, 'Off track', 'Mar-2026'],
      ['Rent collected', 'Jo', '98%', 'Amber', 'Mar-2026'],
      ['Complaints answered on time', 'Jo', '95%', 'Red', 'Mar-2026'],
      ['New homes built', 'Kim', 250, 212, 'Mar-2026'],
      ['Empty homes brought back into use', 'Kim', 40, 41, 'Mar-2026'],
      ['Missed bin collections per 100,000', 'Ali', 60, 75, 'Mar-2026'],
    ]);
    // Four ratings against three figures: the figures are not read as the actual of every row.
    expect(byName['Households in temporary accommodation'].actual).toBeNull();
    expect(byName['Average days to re-let homes'].actual).toBeNull();
  });
});
