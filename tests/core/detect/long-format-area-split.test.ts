/**
 * Long format with a breakdown column: one row per indicator, period and area ("indicator_name |
 * period_end | area | value | target"). Each indicator and area is one series, rated on the
 * latest period with its trend from the one before; the earlier periods' rows are history, never
 * rated on their own (before, every row was read as a register row: nine ratings per indicator).
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

const rows: CellInput[][] = [['indicator_name', 'period_end', 'area', 'value', 'target', 'unit']];
const periods = ['2023-06-30', '2023-09-30', '2023-12-31'];
const discharges: Record<string, number[]> = {
  North: [260, 240, 228],
  South: [286, 264, 250],
  Borough: [520, 480, 455],
};
const reablement: Record<string, number[]> = { North: [41, 42, 42], South: [45, 46, 46], Borough: [81, 83, 84.5] };
periods.forEach((p, i) => {
  for (const area of ['North', 'South', 'Borough'])
    rows.push(['Delayed discharges (bed days lost)', p, area, discharges[area][i], 400, 'days']);
  for (const area of ['North', 'South', 'Borough'])
    rows.push(['Reablement: at home after 91 days (%)', p, area, reablement[area][i], 85, '%']);
});

describe('long format split by area', () => {
  const result = scoreSheet(buildSnapshot(rows, { name: 'data' }), defaultRules());
  const byName = Object.fromEntries(result.indicators.map((i) => [i.source.name, i]));

  it('reads one series per indicator and area', () => {
    expect(result.indicators).toHaveLength(6);
    expect(Object.keys(byName)).toContain('Delayed discharges (bed days lost) — North');
    expect(Object.keys(byName)).toContain('Reablement: at home after 91 days (%) — Borough');
  });

  it('rates each on the latest period, with the trend from the one before', () => {
    const borough = byName['Delayed discharges (bed days lost) — Borough'];
    expect(borough).toMatchObject({ status: 'RED', trend: 'MUCH_BETTER', polarity: 'lower' });
    expect(borough.actual?.value).toBe(455);
    expect(borough.previous?.value).toBe(480);
    expect(byName['Reablement: at home after 91 days (%) — Borough']).toMatchObject({
      status: 'AMBER',
      trend: 'BIT_BETTER',
    });
    expect(byName['Reablement: at home after 91 days (%) — North'].status).toBe('RED');
  });
});
