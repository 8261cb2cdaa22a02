/**
 * Welsh councils publish bilingual headers, Welsh then English: "Da yw / Good is", "C1 / Q1",
 * "Targed / Target". Where the whole header says nothing, the part that does is read: "C2 / Q2" is
 * the quarter Q2, "Da yw / Good is" the polarity column. Before: the quarters were not periods (the
 * first one was read as the single figure, so Q1 was rated, not Q2), and the polarity column was
 * not read (the names' wording decided).
 */
import { scoreRows } from '../../helpers/score-by-name';
import { parsePeriodHeader } from '../../../src/core/periods';

describe('bilingual Welsh / English headers', () => {
  const { by } = scoreRows([
    ['Dangosydd / Indicator', 'Da yw / Good is', 'Targed / Target', 'C1 / Q1', 'C2 / Q2', 'Statws / Status'],
    ['Nifer y cwynion / Number of complaints', 'Isel / Low', 40, 38, 45, null],
    ['Nifer yr ymwelwyr / Number of visitors', 'Uchel / High', 1000, 950, 1100, null],
    ['Nifer y galwadau / Number of calls', 'Isel / Low', 500, 450, 480, null],
  ]);

  it('reads the quarters and rates the latest', () => {
    const complaints = by('Nifer y cwynion / Number of complaints');
    expect(complaints.actual).toMatchObject({ value: 45 });
    expect(complaints.status).toBe('RED');
    expect(by('Nifer yr ymwelwyr / Number of visitors').status).toBe('GREEN');
  });

  it('reads "Da yw / Good is" as the polarity column', () => {
    const calls = by('Nifer y galwadau / Number of calls');
    expect(calls.polarity).toBe('lower');
    expect(calls.polaritySource).toBe('field');
  });

  it('a period in one part only is that period; two periods are not one', () => {
    expect(parsePeriodHeader({ value: 'C3 / Q3', numberFormat: 'General', text: 'C3 / Q3' })).toMatchObject({
      kind: 'quarter',
      quarter: 3,
    });
    expect(parsePeriodHeader({ value: 'Apr / May', numberFormat: 'General', text: 'Apr / May' })).toBeNull();
  });
});
