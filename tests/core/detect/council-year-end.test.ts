/**
 * The year's own figure beside its quarters: "Q1 | Q2 | Q3 | Q4 | Year End" (or "Annual", "Full
 * Year", "Outturn"), and "2022/23 Outturn | Q1 23/24 ... Q4 23/24 | 2023/24 Outturn". At year end
 * the year's figure is the one rated against the annual target (before, the year-total column had
 * no role and Q4's count, a quarter of the year, was rated against the year's target). The year's
 * quarters are its parts, not earlier periods: the trend compares the year with the year before
 * where the table has it, and is not given at all where it has not (never the year against Q4).
 * Mid-year, with the year-total column still blank, the latest quarter is current as before.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]) {
  const result = scoreSheet(buildSnapshot(rows), defaultRules());
  const by = (prefix: string) => result.indicators.find((i) => i.source.name.startsWith(prefix))!;
  return { result, by };
}

describe("the year's figure after its quarters", () => {
  it.each(['Year End', 'Annual', 'Full Year', 'Outturn', 'Year end outturn'])(
    '"%s" filled: the year is rated against the annual target, with no trend against Q4',
    (yearHeader) => {
      const { by } = score([
        ['Indicator', 'Annual Target', 'Q1', 'Q2', 'Q3', 'Q4', yearHeader, 'RAG'],
        ['Number of fly-tipping incidents', 1200, 310, 290, 350, 280, 1230, ''],
        ['% of invoices paid within 30 days', 95, 94, 96, 97, 95, 95.6, ''],
        ['Average days to re-let council homes', 25, 27, 24, 26, 23, '', ''],
      ]);
      const fly = by('Number of fly-tipping');
      expect(fly.actual?.value).toBe(1230);
      expect(fly.status).toBe('AMBER');
      expect(fly.trend).toBeNull();
      expect(by('% of invoices').status).toBe('GREEN');
      // No year-end figure yet for this row: no data for the year, Q4 quoted.
      const relet = by('Average days to re-let');
      expect(relet.status).toBe('NO_DATA');
      expect(relet.lastKnown?.reading.value).toBe(23);
    },
  );

  it("a year's outturn after its quarters trends against the year before, not against Q4", () => {
    const { by } = score([
      [
        'Indicator',
        '2022/23 Outturn',
        '2023/24 Target',
        'Q1 23/24',
        'Q2 23/24',
        'Q3 23/24',
        'Q4 23/24',
        '2023/24 Outturn',
        'RAG',
      ],
      ['Number of fly-tipping incidents', 1250, 1200, 310, 290, 350, 280, 1230, ''],
      ['% of invoices paid within 30 days', 94.1, 95, 94, 96, 97, 95, 95.6, ''],
    ]);
    const fly = by('Number of fly-tipping');
    expect(fly.actual?.value).toBe(1230);
    expect(fly.previous?.value).toBe(1250);
    expect(fly.status).toBe('AMBER');
    expect(fly.trend).toBe('BIT_BETTER');
  });

  it('mid-year, the year-total column blank: the latest quarter is current', () => {
    const { by } = score([
      ['Indicator', 'Annual Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Year End', 'RAG'],
      ['% of invoices paid within 30 days', 95, 94, 96, 97, '', '', ''],
      ['Average days to re-let council homes', 25, 27, 24, 26, '', '', ''],
    ]);
    const inv = by('% of invoices');
    expect(inv.actual?.value).toBe(97);
    expect(inv.previous?.value).toBe(96);
    expect(inv.status).toBe('GREEN');
  });
});
