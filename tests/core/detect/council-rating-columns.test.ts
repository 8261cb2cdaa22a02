/**
 * The columns a council rates in, found by what they hold or the question they ask, not only by the
 * words "RAG" or "Status": "Performance against target" holding "On Target" / "Off Target" /
 * "Within tolerance", a "Met target?" column left blank for this year, a "Better/worse than last
 * year" column holding "Better" / "Worse" / "Same". The status and trend go into those columns, in
 * the sheet's own rating words, not into new columns beside the table.
 */
import { scoreRows } from '../../helpers/score-by-name';

const score = scoreRows;

describe('rating columns a council heads in its own words', () => {
  it('"Performance against target" of On / Off Target is the status column, in those words', () => {
    const { result, by } = score([
      ['PI Ref', 'Description', 'Q3 23/24', 'Q4 23/24', 'Target 23/24', 'Performance against target', 'Lead officer'],
      ['EC1', 'Business rates collected (%)', '83.0%', '97.6%', '98.0%', 'Off Target', 'J Smith'],
      ['EC2', 'Number of new business start-ups supported', 41, 138, 130, 'On Target', 'J Smith'],
      ['HC1', 'Number of rough sleepers (snapshot)', 10, 14, 10, 'Within tolerance', 'B Jones'],
    ]);
    expect(result.tables).toHaveLength(1);
    // Column F (index 5) of row 2..4: the author's column, not one added after "Lead officer".
    expect(by('Business rates collected (%)').source.statusCell).toMatchObject({ row: 1, col: 5 });
    expect(by('Business rates collected (%)').status).toBe('AMBER');
    expect(by('Business rates collected (%)').statusLabel).toBe('Within tolerance');
    expect(by('Number of new business start-ups supported').statusLabel).toBe('On Target');
    expect(by('Number of rough sleepers (snapshot)').status).toBe('RED');
    expect(by('Number of rough sleepers (snapshot)').statusLabel).toBe('Off Target');
  });

  it('an empty "Met target?" column takes the status; "Better/worse than last year" the trend', () => {
    const { by } = score([
      [
        'Ref',
        'Indicator',
        '2021/22 Outturn',
        '2022/23 Outturn',
        '2022/23 Target',
        'Met target?',
        'Better/worse than last year',
      ],
      ['1', '% of household waste sent for reuse, recycling and composting', 45.3, 43.9, 46, '', 'Worse'],
      ['2', 'Residual household waste per household (kg)', 505, 498, 500, '', 'Better'],
      ['3', '% of minor planning applications determined within 8 weeks', 84, 90, 80, '', 'Better'],
      ['4', 'Number of affordable homes delivered', 180, 180, 250, '', 'Same'],
    ]);
    const waste = by('Residual household waste per household (kg)');
    expect(waste.status).toBe('GREEN');
    expect(waste.source.statusCell).toMatchObject({ row: 2, col: 5 });
    expect(waste.source.trendCell).toMatchObject({ row: 2, col: 6 });
    expect(by('Number of affordable homes delivered').source.statusCell).toMatchObject({ row: 4, col: 5 });
  });

  it('a column of counts headed "Standard met" is still no status', () => {
    const { by } = score([
      ['Measure', 'Target', 'Actual', 'Standard met'],
      ['Food hygiene inspections completed', 400, 380, 12],
      ['Licensing applications processed', 200, 210, 15],
      ['Noise complaints investigated', 150, 160, 9],
    ]);
    expect(by('Licensing applications processed').source.statusCell?.col).not.toBe(3);
  });
});
