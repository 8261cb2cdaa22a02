/**
 * Accounting negatives with the currency sign outside the brackets, as finance exports write them:
 * "£(12,400)" is -12,400 as "(£12,400)" is. Before, it "mixed words and figures" and the row was
 * NOT_SCORED.
 */
import { readValue } from '../../../src/core/values/read';
import { scoreRows } from '../../helpers/score-by-name';

function read(text: string) {
  return readValue({ cell: { row: 0, col: 0 }, value: text, numberFormat: 'General', text });
}

describe('currency outside accounting brackets', () => {
  it.each([
    ['£(12,400)', -12400],
    ['$ (1,234.50)', -1234.5],
    ['€(7)', -7],
    ['(£12,400)', -12400],
  ])('reads %s as %d', (text, value) => {
    const r = read(text);
    expect(r.kind === 'number' && r.reading.value).toBe(value);
  });

  it('leaves brackets round a sign or nested brackets unread', () => {
    expect(read('£(-12)').kind).toBe('not-number');
    expect(read('£((12))').kind).toBe('not-number');
  });

  it('rates a surplus row written so, with its trend', () => {
    const { by } = scoreRows([
      ['Measure', 'Target', '2022/23', '2023/24'],
      ['Operating surplus', '£0', '£(45,200)', '£(12,400)'],
    ]);
    const surplus = by('Operating surplus');
    expect(surplus.actual?.value).toBe(-12400);
    expect(surplus.status).toBe('RED');
    expect(surplus.trend).toBe('MUCH_BETTER');
  });
});
