/**
 * KPI tiles (tiles.ts): a dashboard's row of titles, each over its figure, read as one indicator a
 * tile; a formula saved without a value is no data; nothing is written on the dashboard; a header
 * over rows of figures is a table, not tiles.
 */
import { detectSheet } from '../../../src/core/detect';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('KPI tiles', () => {
  it('reads a row of titles over their figures, one indicator a tile, with no outputs on the dashboard', () => {
    const rows = [
      ['Council dashboard: quarter 2'],
      [],
      ['Households in temporary accommodation', null, 'Library visits', null, 'Net Promoter Score'],
      [171, null, 91000, null, 42],
      ['vs 150 last quarter', null, 'vs Q1', null, 'benchmark: 40-60'],
    ];
    const result = scoreSheet(buildSnapshot(rows), defaultRules());
    expect(result.indicators.map((i) => [i.source.name, i.status, i.actual?.value])).toEqual([
      ['Households in temporary accommodation', 'NO_TARGET', 171],
      ['Library visits', 'NO_TARGET', 91000],
      ['Net Promoter Score', 'NO_TARGET', 42],
    ]);
    for (const i of result.indicators) expect(i.source.statusCell).toBeUndefined();
    expect(result.warnings.map((w) => w.message).join(' ')).toMatch(
      /tiles at A3 .*nothing is written on the dashboard/,
    );
  });

  it('reads figures stored as text ("4,820", "£38.20", "£1.24m", "91%"), with their target and last-quarter lines', () => {
    const rows = [
      [
        'Beneficiaries supported',
        null,
        'Cost per beneficiary',
        null,
        'Fundraising income',
        null,
        'Supporter satisfaction',
      ],
      ['4,820', null, '£38.20', null, '£1.24m', null, '91%'],
      ['Target: 5,000', null, 'Target: £35.00', null, 'Target: £1.5m', null, 'Target: 90%'],
      ['Last quarter: 4,310', null, 'Last quarter: £36.75', null, 'Last quarter: £1.02m', null, 'Last quarter: 88%'],
    ];
    const result = scoreSheet(buildSnapshot(rows), defaultRules());
    expect(result.indicators.map((i) => [i.source.name, i.status, i.actual?.value, i.trend])).toEqual([
      ['Beneficiaries supported', 'AMBER', 4820, 'MUCH_BETTER'],
      ['Cost per beneficiary', 'RED', 38.2, 'NOT_BETTER'],
      ['Fundraising income', 'RED', 1240000, 'MUCH_BETTER'],
      ['Supporter satisfaction', 'GREEN', 91, 'BIT_BETTER'],
    ]);
  });

  it('says no data for a tile whose figure is a formula the file holds no value for', () => {
    const rows = [
      ['Annual Recurring Revenue', null, 'Active Customers'],
      [null, null, null],
    ];
    // B2 and D2 hold formulas saved without values (a generated workbook; Excel computes them on opening).
    const snapshot = buildSnapshot(rows, {
      formulaRanges: [
        { row: 1, col: 0, rowCount: 1, colCount: 1 },
        { row: 1, col: 2, rowCount: 1, colCount: 1 },
      ],
    });
    const result = scoreSheet(snapshot, defaultRules());
    expect(result.indicators.map((i) => [i.source.name, i.status])).toEqual([
      ['Annual Recurring Revenue', 'NO_DATA'],
      ['Active Customers', 'NO_DATA'],
    ]);
    expect(result.indicators[0].notes.join(' ')).toMatch(/formula the file was saved without a value/);
  });

  it('leaves a header over rows of figures to the tables (a block of figures is not tiles)', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Visits', 'Bookings', 'Cancellations'],
        [410, 120, 8],
        [455, 131, 11],
        [470, 140, 9],
      ]),
    );
    expect(d.tables.every((t) => t.layout !== 'card')).toBe(true);
  });

  it('leaves a table header with one row under it to the register ("Measure | Target | Actual")', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'Target', 'Actual'],
        ['Visits', 100, 96],
      ]),
    );
    expect(d.tables.map((t) => t.layout)).toEqual(['register']);
  });
});
