/**
 * A register of units for one reporting month, headed "Value" and "target value", is a register:
 * the month repeated on every row is not a time axis, so it is not read as one metric across
 * periods down (found by the synonym property test on a public overtime register).
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

test('one month on every row: a register of units, one indicator per row', () => {
  const rows: (string | number)[][] = [
    ['Service', 'Site', 'Metric_Name', 'Reporting_Month', 'Value', 'target value', 'Status'],
  ];
  for (let i = 0; i < 6; i++)
    rows.push([
      `Service ${i}`,
      'North',
      'Overtime Dollars - %',
      '09-2021',
      0.05 + i / 100,
      0.08,
      i % 2 ? 'Green' : 'Red',
    ]);
  const res = scoreSheet(buildSnapshot(rows), defaultRules());
  expect(res.indicators).toHaveLength(6);
  expect(res.indicators.every((i) => i.source.layout === 'register')).toBe(true);
  expect(res.warnings.map((w) => w.message).join(' ')).not.toMatch(/no indicator rows follow/);
});
