/**
 * Notes under a council's indicator table ("Note 1 | Figures for Q3 are provisional", "Source:
 * housing system", "* Target agreed by Cabinet") end the table: they are not indicators (before,
 * each became a NO_DATA indicator and a text-target warning). A name that only starts with such a
 * word ("Key stage 2 ...", "Notes issued ...") is still an indicator.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('notes under a table', () => {
  it('end the table; names that start with a note word stay indicators', () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Indicator', 'Target', 'Q1', 'Q2', 'Q3', 'RAG'],
        ['Average days to re-let', 25, 27, 24, 26, ''],
        ['Key stage 2 pupils reaching the expected standard (%)', 65, 61, 63, 66, ''],
        ['Notes issued for parking contraventions', 9000, 2100, 2300, 2250, ''],
        [],
        ['Note 1', 'Figures for Q3 are provisional'],
        ['Source:', 'Housing management system, 2023'],
        ['* Target agreed by Cabinet in March'],
      ]),
      defaultRules(),
    );
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Average days to re-let',
      'Key stage 2 pupils reaching the expected standard (%)',
      'Notes issued for parking contraventions',
    ]);
    expect(result.warnings.some((w) => w.message.includes('provisional'))).toBe(false);
  });
});
