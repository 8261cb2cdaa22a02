/**
 * An NHS trust scorecard heads the standard each measure must meet "Threshold" ("<=12%", ">=95%",
 * "0"), with months across. Before, "Threshold" had no role: every row was NO_TARGET.
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreRows } from '../../helpers/score-by-name';
import { pct } from '../../helpers/snapshot-builder';

describe('a "Threshold" column', () => {
  it('is the target, and its bound tells which way is good', () => {
    const { by } = scoreRows([
      ['KPI', 'Threshold', 'Apr-24', 'May-24', 'Jun-24', 'Trend'],
      ['Emergency readmissions within 30 days', '<=12%', pct(0.118), pct(0.127), pct(0.14), null],
      ['VTE risk assessment', '>=95%', pct(0.961), pct(0.948), pct(0.97), null],
      ['Never events', '0', 1, 0, 0, null],
    ]);
    const readmissions = by('Emergency readmissions within 30 days');
    expect(readmissions.target).toMatchObject({ kind: 'value', value: { value: 12 } });
    expect(readmissions.polarity).toBe('lower');
    expect(readmissions.status).toBe('RED');
    expect(by('VTE risk assessment').status).toBe('GREEN');
    expect(by('Never events').status).toBe('GREEN');
  });

  it('is not a quartile threshold or a red threshold', () => {
    expect(keywordRole('National threshold')).toBe('target');
    expect(keywordRole('Upper quartile threshold')).not.toBe('target');
    expect(keywordRole('Red threshold')).toBe('tolerance');
  });
});
