/**
 * An earlier figure to date ("Last Year YTD", "LY YTD", "Previous year to date") beside a year-to-date
 * actual is the trend's comparison. Before, the "YTD" made the header neither earlier nor anything
 * else, and the trend was left out.
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('earlier figures to date', () => {
  it.each(['Last Year YTD', 'Previous Year YTD', 'LY YTD', 'YTD last year', 'Previous year to date'])(
    '%s is the earlier figure',
    (header) => {
      expect(keywordRole(header)).toBe('earlier');
    },
  );

  it('"YTD Target" and "YTD Actual" keep their roles', () => {
    expect(keywordRole('YTD Target')).toBe('target');
    expect(keywordRole('YTD Actual')).toBe('actual');
  });

  it('trends a year-to-date actual against last year to date', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Measure', 'Annual Target', 'YTD Target', 'YTD Actual', 'Last Year YTD', 'RAG'],
          ['Number of homes built', 500, 250, 230, 210, ''],
          ['Average days to process housing benefit change events', 8, 8, 7.2, 8.4, ''],
        ],
        { name: 'YTD' },
      ),
      defaultRules(),
    );
    const days = result.indicators.find((i) => i.source.name.startsWith('Average days'))!;
    expect(days.previous).toMatchObject({ value: 8.4 });
    expect(days.trend).toBe('MUCH_BETTER');
    expect(result.indicators[0].target).toMatchObject({ value: { value: 250 } });
  });
});
