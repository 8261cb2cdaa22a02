/**
 * Months not reported yet that the sheet's formulas fill with 0 in every row: not the current
 * period. Before, a monthly KPI table with October to March at 0 was rated on March's zeros (Calls
 * answered 0% RED against 90%).
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

const months = ['Jul-24', 'Aug-24', 'Sep-24', 'Oct-24', 'Nov-24'];

function score(rows: (string | number)[][]) {
  return scoreSheet(buildSnapshot([['KPI', 'Target', ...months], ...rows], { name: 'Monthly' }), defaultRules());
}

describe('zeros in the months not reported yet', () => {
  it('rates the latest month with real figures, the month before as previous, and says so', () => {
    const result = score([
      ['Calls answered within 60 seconds (%)', 90, 89, 90, 93, 0, 0],
      ['Sickness days per FTE', 0.8, 0.9, 0.7, 0.8, 0, 0],
      ['Complaints responded to in time (%)', 95, 96, 97, 95, 0, 0],
    ]);
    const calls = result.indicators.find((i) => i.source.name.startsWith('Calls'))!;
    expect(calls.actual).toMatchObject({ value: 93 });
    expect(calls.previous).toMatchObject({ value: 90 });
    expect(calls.status).toBe('GREEN');
    expect(result.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining(
        'Oct-24 to Nov-24 hold 0 in every row, read as not reported yet: Sep-24 is the current period',
      ),
    );
  });

  it('keeps the zeros of counts that are often zero (never events): they are figures', () => {
    const result = score([
      ['Never events', 0, 0, 1, 0, 0, 0],
      ['MRSA bacteraemia cases', 0, 0, 0, 0, 0, 0],
      ['Falls with severe harm', 0, 1, 0, 0, 0, 0],
    ]);
    for (const i of result.indicators) expect(i.actual).toMatchObject({ value: 0 });
    expect(result.indicators[0].actualPeriod?.label).toBe('Nov-24');
  });

  it('keeps a month where only some rows are 0', () => {
    const result = score([
      ['Calls answered within 60 seconds (%)', 90, 89, 90, 93, 91, 0],
      ['Sickness days per FTE', 0.8, 0.9, 0.7, 0.8, 0.6, 0.7],
      ['Complaints responded to in time (%)', 95, 96, 97, 95, 94, 0],
    ]);
    expect(result.indicators.find((i) => i.source.name.startsWith('Sickness'))!.actual).toMatchObject({ value: 0.7 });
  });
});
