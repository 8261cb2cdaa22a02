/**
 * A row of units under the header ("" | "(%)" | "(%)" | "(%)"), the header's second line: not an
 * indicator missing its name. Before, it drew "Row 2 has figures but no indicator name".
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('a units row under the header', () => {
  it('reads the indicators below it with no warning about the units row', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Indicator', '2022/23', '2023/24', 'Target 2023/24'],
          ['', '(%)', '%', 'per cent'],
          ['Recycling rate', 44.1, 46.3, 45],
          ['Street cleanliness - litter (% below standard)', 6, 5, 4],
        ],
        { name: 'Units' },
      ),
      defaultRules(),
    );
    expect(result.indicators.map((i) => [i.source.name, i.status])).toEqual([
      ['Recycling rate', 'GREEN'],
      ['Street cleanliness - litter (% below standard)', 'RED'],
    ]);
    expect(result.warnings.filter((w) => /no indicator name/.test(w.message))).toEqual([]);
  });

  it('a row of figures with no name is still reported', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Indicator', '2022/23', '2023/24', 'Target 2023/24'],
          ['Recycling rate', 44.1, 46.3, 45],
          ['', 6, 5, 4],
        ],
        { name: 'Units' },
      ),
      defaultRules(),
    );
    expect(result.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/Row 3 has figures but no indicator name/),
    );
  });
});
