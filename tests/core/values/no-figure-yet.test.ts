/**
 * A figure cell that says when the figure comes ("Data available June", "Results expected in Q4",
 * "Awaiting ONS data", "Not available until Q4") has no figure for the period: NO_DATA with the
 * last known value quoted, not NOT_SCORED with a warning asking the author to fix a correct cell.
 */
import { readValue } from '../../../src/core/values/read';
import { scoreRows } from '../../helpers/score-by-name';

const cell = (v: string) => ({ cell: { row: 0, col: 0 }, value: v, numberFormat: 'General', text: v });

describe('words that say the figure comes later', () => {
  it.each([
    'Data available June',
    'Available in June 2024',
    'Results expected in Q4',
    'Figures published August 2024',
    'Data released Nov 23',
    'Awaiting ONS data',
    'Awaiting data from DfE',
    'Not available until Q4',
    'Data not published until November',
    'Reported a quarter in arrears',
    'Year end data available in May',
    'Out in spring 2025',
  ])('%s: no figure yet', (text) => {
    expect(readValue(cell(text)).kind).toBe('blank');
  });

  it.each(['Not available', 'N/A', 'Available', 'Published', 'In progress', 'Good'])(
    '%s: still not a figure (not "not yet")',
    (text) => {
      expect(readValue(cell(text)).kind).toBe('not-number');
    },
  );

  it('an end-of-year table: the latest year says when its figure comes, so the row is NO_DATA, its last value quoted', () => {
    const { by, result } = scoreRows([
      [
        'Performance Indicator',
        'Good performance',
        '2021/22 Outturn',
        '2022/23 Outturn',
        '2023/24 Target',
        '2023/24 Outturn',
      ],
      ['Number of affordable homes delivered', 'Higher', 98, 143, 150, 'Data available June'],
      ['Number of new business start-ups', 'Higher', 455, 470, 480, 462],
    ]);
    const homes = by('Number of affordable homes delivered');
    expect(homes.status).toBe('NO_DATA');
    expect(homes.lastKnown?.reading.value).toBe(143);
    expect(result.warnings.map((w) => w.message).join('\n')).not.toMatch(/affordable homes/);
  });
});

describe('dash and dot marks for "nothing here"', () => {
  it.each(['-', '--', '–', '—', '―', '\u2212', '.', '..', '...', '…'])('%p: no figure, like a blank cell', (text) => {
    expect(readValue(cell(text)).kind).toBe('blank');
  });

  it.each(['-5', '—12', '- 3', '.5'])('%p: still a figure (a sign, not a mark)', (text) => {
    expect(readValue(cell(text)).kind).toBe('number');
  });
});
