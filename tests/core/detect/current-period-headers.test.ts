/**
 * A register with "Previous month | Current month" (a workforce report): "Current month" is the
 * figure for the month now, the actual, as "Previous month" is the earlier figure. Before, the head
 * word "month" made it a field of dates (as "target_month" is): every row was NO_DATA.
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('headers naming the period now', () => {
  it.each(['Current month', 'This quarter', 'Latest year', 'Current period'])('%p is the actual', (header) => {
    expect(keywordRole(header)).toBe('actual');
  });

  it('leaves a field of dates as it is', () => {
    expect(keywordRole('target_month')).not.toBe('actual');
    expect(keywordRole('Reporting_Month')).not.toBe('actual');
    expect(keywordRole('Previous month')).toBe('earlier');
  });

  it('rates the current month against the target, the trend from the previous month', () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Workforce report - September 2023'],
        ['Metric', 'Target', 'Previous month', 'Current month', 'Change', 'England average', 'Status'],
        ['Sickness absence rate', '4.0%', '4.6%', '4.4%', '-0.2%', '5.1%'],
        ['Mandatory training compliance', '90%', '86%', '88%', '2%', '87%'],
      ]),
      defaultRules(),
    );
    const [sickness, training] = result.indicators;
    expect(sickness).toMatchObject({ status: 'RED', trend: 'BIT_BETTER', polarity: 'lower' });
    expect(sickness.actual?.value).toBe(4.4);
    expect(training).toMatchObject({ status: 'AMBER', trend: 'BIT_BETTER' });
    expect(training.previous?.value).toBe(86);
  });
});
