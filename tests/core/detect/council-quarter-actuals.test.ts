/**
 * A council's quarterly corporate report: "Outturn 23/24 | Q1 Actual | Q2 Actual | Q3 Actual |
 * Target 2024/25 | Amber threshold | RAG | DoT". The quarter columns name no year, the target names
 * this year, and last year's outturn stands left of them: the quarters are this year's, so Q3 is the
 * figure rated and Q2 its previous (before, they kept a nominal year and last year's outturn was
 * rated as the latest figure). "DoT" (direction of travel) is the trend column, not "Do T".
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a quarterly report with yearless "Qn Actual" columns', () => {
  const rows = [
    [
      'Ref',
      'Indicator',
      'Good is',
      'Outturn 23/24',
      'Q1 Actual',
      'Q2 Actual',
      'Q3 Actual',
      'Target 2024/25',
      'RAG',
      'DoT',
    ],
    ['Place'],
    ['PL02', 'Missed bin collections per 100,000', 'Low', 60, 52, 48, 45, 50, '', ''],
    ['PL03', 'Major planning applications determined within 13 weeks (%)', 'High', 91, 88, 95, 82, 90, '', ''],
    ['Resources'],
    ['RS03', 'Average days to process new benefit claims', 'Low', 19, 18, 17, 16, 20, '', ''],
  ];

  it("rates the latest quarter against this year's target, with the quarter before as previous", () => {
    const { by } = scoreRows(rows);
    const bins = by('Missed bin collections per 100,000');
    expect(bins.actual?.value).toBe(45);
    expect(bins.status).toBe('GREEN');
    expect(bins.trend).toBe('MUCH_BETTER');
    const planning = by('Major planning applications determined within 13 weeks (%)');
    expect(planning.actual?.value).toBe(82);
    expect(planning.status).toBe('RED');
    expect(planning.trend).toBe('NOT_BETTER');
  });

  it('writes the trend into the "DoT" column', () => {
    const { by } = scoreRows(rows);
    // Row 6 (index 5), column J (index 9).
    expect(by('Average days to process new benefit claims').source.trendCell).toMatchObject({ row: 5, col: 9 });
  });
});
