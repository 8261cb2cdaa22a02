/**
 * Period columns under one shared label ("Data 2022/23 | Data 2023/24", "Anytown 2022/23 | Anytown
 * 2023/24 | England 2023/24"): the table's periods. Before, none was a period and the oldest column was
 * read as the actual, with no trend.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

const score = (header: string[], rows: (string | number)[][]) =>
  scoreSheet(buildSnapshot([header, ...rows], { name: 'Shared' }), defaultRules());

describe('periods under a shared label', () => {
  it.each(['Data', 'Position', 'Level', '%', 'Council'])(
    '"%s 2022/23" and "2023/24" beside it are periods',
    (label) => {
      const result = score(
        ['Indicator', `${label} 2022/23`, `${label} 2023/24`, 'Target 2023/24'],
        [
          ['Rent collected (%)', 96.1, 97.4, 97],
          ['Average days to relet a property', 41, 36, 30],
        ],
      );
      const relet = result.indicators[1];
      expect(relet.actual).toMatchObject({ value: 36 });
      expect(relet.previous).toMatchObject({ value: 41 });
      expect(relet.trend).toBe('MUCH_BETTER');
    },
  );

  it("reads the council's own years as periods beside the national figure", () => {
    const result = score(
      ['Indicator', 'Anytown 2022/23', 'Anytown 2023/24', 'England 2023/24', 'Target'],
      [
        ['Recycling rate (%)', 45.2, 43.9, 42.3, 45],
        ['Major planning applications decided in time (%)', 91, 95, 90, 90],
      ],
    );
    const recycling = result.indicators[0];
    expect(recycling.actual).toMatchObject({ value: 43.9 });
    expect(recycling.previous).toMatchObject({ value: 45.2 });
    expect(recycling.status).toBe('AMBER');
  });

  it('one label beside one period is not read so: "Data 2023/24" alone stays unread', () => {
    const result = score(['Indicator', 'Data 2023/24', 'Actual', 'Target'], [['Rent collected (%)', 96.1, 97.4, 97]]);
    expect(result.indicators[0].actual).toMatchObject({ value: 97.4 });
  });
});
