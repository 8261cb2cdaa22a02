/**
 * Readers of table language seen in public workbooks (round 3), each proven on an invented table:
 * a "Status" or "Progress" column of figures beside a target is the actual, OKR key results that
 * carry their target in words, period groups each with their own Actual / Status, the author's
 * above / below target words on smaller-is-better rows, and cost acronyms in indicator names.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; warnings: string[] } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Board' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, warnings: result.warnings.map((w) => w.message) };
}

describe('a "Status" or "Progress" column of figures beside a target', () => {
  it('reads the figures under "Status" as the actual, and says which reading it chose', () => {
    const { byName, warnings } = score([
      ['Metric', 'Target', 'Status'],
      ['Revenue', '$1.5M', '$1.2M'],
      ['Calls answered', '95%', '91%'],
      ['Schools visited', 20, '12 of 20'],
      ['New members', 400, 420],
    ]);
    expect(byName['Revenue'].actual).toMatchObject({ value: 1_200_000 });
    // 1.2M against 1.5M: 20% short, RED.
    expect(byName['Revenue'].status).toBe('RED');
    // 91% against 95%: 4 points short, within 5% of 95 (4.75): AMBER.
    expect(byName['Calls answered'].status).toBe('AMBER');
    expect(byName['New members'].status).toBe('GREEN');
    // "12 of 20" is a figure reached, but not one number: not scored, and the note says why.
    expect(byName['Schools visited'].status).toBe('NOT_SCORED');
    expect(byName['Schools visited'].notes.join(' ')).toMatch(/12 of 20/);
    expect(warnings.join(' ')).toMatch(/"Status" holds figures beside the target: the actual, not a rating/);
  });

  it.each(['Progress', 'Current progress', 'Current', 'Current status'])(
    'reads a "%s" column of figures as the actual',
    (head) => {
      const { byName } = score([
        ['Key measure', 'Goal', head],
        ['Volunteers recruited', 150, 160],
        ['Average days to relet', 30, 41],
        ['Rent collected', '98%', '97.5%'],
      ]);
      expect(byName['Volunteers recruited'].status).toBe('GREEN');
      expect(byName['Average days to relet'].polarity).toBe('lower');
      expect(byName['Average days to relet'].status).toBe('RED');
      expect(byName['Rent collected'].status).toBe('AMBER');
    },
  );

  it('keeps a "Status" column of ratings as the status, and figures under "Status" beside an actual are not the actual', () => {
    const ratings = score([
      ['Metric', 'Target', 'Actual', 'Status'],
      ['Calls answered', 95, 97, 'Green'],
      ['Invoices paid on time', 90, 70, 'Red'],
      ['Library visits', 200, 195, 'Amber'],
    ]);
    expect(ratings.byName['Calls answered'].actual).toMatchObject({ value: 97 });
    expect(ratings.byName['Invoices paid on time'].status).toBe('RED');
    expect(ratings.byName['Invoices paid on time'].source.statusWords).toBeDefined();

    const both = score([
      ['Metric', 'Target', 'Actual', 'Status'],
      ['Calls answered', 95, 97, 3],
      ['Invoices paid on time', 90, 70, 1],
      ['Library visits', 200, 195, 2],
    ]);
    expect(both.byName['Calls answered'].actual).toMatchObject({ value: 97 });
    expect(both.byName['Invoices paid on time'].actual).toMatchObject({ value: 70 });
    expect(both.byName['Invoices paid on time'].status).toBe('RED');
  });
});
