/**
 * Field-name headers of exported tables:
 * - the figure word first, the earlier period after ("actual_lastweek", "value_prev", "Actual last
 *   week") is the earlier figure, the trend's reference (before: a second actual, no trend);
 * - "target_set_by" says who set the target, not the target (before: "Trust" read as a target);
 * - "baseline_period" (how many points the baseline spans) is no figure column, even by content
 *   (before: 24 read as every row's actual, and rated);
 * - a column headed "indicator_name" holding a distinct code per row ("Ind 04") is the names,
 *   not a free-text column beside it ("Need 3 more", "OK!").
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('field-name headers', () => {
  it.each(['actual_lastweek', 'actual_lastyear', 'Actual last week', 'value_prev', 'result prior year'])(
    '%p is the earlier figure',
    (header) => {
      expect(keywordRole(header)).toBe('earlier');
    },
  );

  it.each(['target_set_by', 'Target set by', 'Target setter'])('%p is not the target', (header) => {
    expect(keywordRole(header)).not.toBe('target');
  });

  it('reads names by code, this week against last week', () => {
    const { result, by } = scoreRows([
      ['indicator_name', 'actual', 'actual_lastweek', 'target', 'text'],
      ['Ind 01', 3, 3, 14, 'Need 11 more'],
      ['Ind 02', 437, 420, 81, 'OK!'],
      ['Ind 03', 20, 18, 21, 'Need 1 more'],
      ['Ind 04', 44, 20, 10327, 'Need 10283 more'],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Ind 01', 'Ind 02', 'Ind 03', 'Ind 04']);
    const three = by('Ind 03');
    expect(three.previous?.value).toBe(18);
    expect(three.trend).toBe('MUCH_BETTER');
    expect(three.status).toBe('AMBER');
  });

  it('a configuration table (no figures) rates nothing: its baseline_period and target_set_by are not figures', () => {
    const { result } = scoreRows([
      ['ref', 'measure_name', 'unit', 'improvement_direction', 'target', 'target_set_by', 'baseline_period'],
      [1, 'Outpatient attendances', 'Integer', 'Neutral', null, null, 24],
      [2, 'Theatre utilisation', '%', 'Increase', 0.85, 'Trust', 24],
      [3, 'Discharges before noon', '%', 'Increase', null, 'Division', 24],
    ]);
    expect(result.indicators.map((i) => i.status)).toEqual(['NO_DATA', 'NO_DATA', 'NO_DATA']);
    expect(result.warnings.map((w) => w.message).join('\n')).not.toMatch(/'Trust'/);
  });
});
