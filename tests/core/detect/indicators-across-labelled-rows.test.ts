/**
 * Indicators across with labelled rows down, as a regulator's performance model lays them out: a
 * row of commitments, then rows "Unit", "Direction (Up/Down)", "Previous year", "Performance
 * commitment level", "Actual". Before, the first label without a scoring role ("Unit") ended the
 * table, the corner "Performance commitment" was not read as naming the row, and the commitment
 * level was not read as the target: no table was found.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('indicators across with labelled rows down', () => {
  it('reads Unit, Direction, Previous year and Performance commitment level rows', () => {
    const { result, by } = scoreRows([
      ['Performance commitment', 'Supply interruptions', 'Leakage', 'Customer score'],
      ['Unit', 'minutes per property', 'Ml/d', 'score'],
      ['Direction (Up/Down)', 'Down', 'Down', 'Up'],
      ['Previous year', 7.5, 180.2, 78.5],
      ['Performance commitment level', 6, 175, 80],
      ['Actual', 5.8, 190, 79],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Supply interruptions', 'Leakage', 'Customer score']);
    const interruptions = by('Supply interruptions');
    expect(interruptions.polarity).toBe('lower');
    expect(interruptions.status).toBe('GREEN');
    expect(interruptions.previous?.value).toBe(7.5);
    expect(interruptions.trend).toBe('MUCH_BETTER');
    expect(interruptions.source.unitText).toBe('minutes per property');
    // 190 against 175, smaller is better: 15 over, beyond 5% (8.75): RED, and worse than 180.2.
    expect(by('Leakage').status).toBe('RED');
    expect(by('Leakage').trend).toBe('NOT_BETTER');
    expect(by('Customer score').status).toBe('AMBER');
  });

  it('keeps the first of two target rows and reads past a row it has no role for', () => {
    const { by } = scoreRows([
      [null, 'Interruptions', 'Satisfaction'],
      ['Actual', 5.8, 79],
      ['Target', 6, 80],
      ['Performance commitment level', 6.5, 85],
      ['Outperformance payment', 'Yes', 'No'],
      ['Direction', 'Down', 'Up'],
    ]);
    expect(by('Interruptions').target).toMatchObject({ kind: 'value', value: { value: 6 } });
    expect(by('Interruptions').polarity).toBe('lower');
    expect(by('Satisfaction').status).toBe('AMBER');
  });

  it('reads two actual rows named by their years as the current and the earlier figure', () => {
    const { by } = scoreRows([
      ['Metric', 'Interruptions', 'Satisfaction'],
      ['Performance commitment level', 6, 80],
      ['2023-24 actual', 5.8, 79],
      ['2022-23 actual', 7.5, 78.5],
    ]);
    const sat = by('Satisfaction');
    expect(sat.actual?.value).toBe(79);
    expect(sat.previous?.value).toBe(78.5);
    expect(sat.trend).toBe('BIT_BETTER');
  });

  it('reads a Baseline row as the trend reference and the source of which way is good', () => {
    const { by } = scoreRows([
      ['Measure', 'Bathing water quality', 'Pollution incidents'],
      ['Baseline (2019/20)', '85%', 40],
      ['Target', '90%', 30],
      ['Actual', '93%', 36],
      ['RAG', null, null],
    ]);
    const pollution = by('Pollution incidents');
    // Target below the baseline: smaller is better. 36 against 30 is RED, and better than 40.
    expect(pollution.polarity).toBe('lower');
    expect(pollution.polaritySource).toBe('baseline');
    expect(pollution.status).toBe('RED');
    expect(pollution.trend).toBe('MUCH_BETTER');
    expect(by('Bathing water quality').status).toBe('GREEN');
  });

  it('reads the names under a year banner as indicators across, not as one metric block', () => {
    const { result, by } = scoreRows([
      [null, '2023-24'],
      ['Performance commitment', 'Supply interruptions', 'Leakage', 'Customer score'],
      ['Target', 6, 175, 80],
      ['Actual', 5.8, 182, 79],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Supply interruptions', 'Leakage', 'Customer score']);
    expect(by('Leakage').status).toBe('AMBER');
  });
});
