import fc from 'fast-check';
import type { CellValue } from '../../../src/core/snapshot';
import { STATUSES, TRENDS, type IndicatorSource, type Period, type SourceCell } from '../../../src/core/model';
import { PRESET_NAMES, presetRules } from '../../../src/core/rules/presets';
import { scoreIndicator } from '../../../src/core/scoring/score-indicator';
import { indicator } from './builder';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(
    '',
    '-',
    'N/A',
    '#N/A',
    '#DIV/0!',
    '25%',
    '1,305',
    '80/85%',
    'between 5% and 7%',
    'keep under 20',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
  ),
);
const numberFormat = fc.oneof(
  fc.string(),
  fc.constantFrom('General', '0%', '0.0%', '#,##0', 'mmm-yy', 'dd/mm/yy', '@', '', '0.00', '[Red]0.0;(0.0)'),
);
const sourceCell: fc.Arbitrary<SourceCell> = fc.record({
  cell: fc.record({ row: fc.integer({ min: 0, max: 2000 }), col: fc.integer({ min: 0, max: 200 }) }),
  value: cellValue,
  numberFormat,
  text: fc.string(),
});
const period: fc.Arbitrary<Period> = fc.record(
  {
    kind: fc.constantFrom('month', 'quarter', 'year', 'date', 'baseline'),
    label: fc.string(),
    year: fc.integer({ min: 2000, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    fyStart: fc.integer({ min: 2000, max: 2030 }),
    quarter: fc.constantFrom(1, 2, 3, 4),
    order: fc.integer({ min: -5, max: 40 }),
  },
  { requiredKeys: ['kind', 'label', 'order'] },
) as fc.Arbitrary<Period>;
const periodCell = fc.record({ period, source: sourceCell });
const text = fc.oneof(
  fc.string(),
  fc.constantFrom('Smaller is Better', 'Bigger is better', '%', 'Reduce delays', 'Increase visits'),
);

const source: fc.Arbitrary<IndicatorSource> = fc
  .record(
    {
      name: text,
      code: fc.string(),
      unitText: text,
      polarityText: text,
      target: sourceCell,
      targetsByPeriod: fc.array(periodCell, { maxLength: 6 }),
      values: fc.array(periodCell, { maxLength: 8 }),
      baseline: periodCell,
      currentPeriod: period,
    },
    { requiredKeys: ['name', 'values'] },
  )
  .map((over) => indicator(over));

const rules = fc
  .tuple(fc.constantFrom(...PRESET_NAMES), fc.constantFrom('previous', 'same-period-last-year'), fc.boolean())
  .map(([name, compareWith, override]) => {
    const r = presetRules(name);
    r.trend.compareWith = compareWith as 'previous' | 'same-period-last-year';
    if (override) r.overrides = [{ match: { name: 'Reduce delays' }, target: 5, polarity: 'lower' }];
    return r;
  });

describe('scoreIndicator properties', () => {
  it('never throws and always gives a well-formed result', () => {
    fc.assert(
      fc.property(source, rules, (src, r) => {
        const { scored, warnings } = scoreIndicator(src, r);
        expect(STATUSES).toContain(scored.status);
        if (scored.trend !== null) expect(TRENDS).toContain(scored.trend);
        expect(scored.statusLabel).toBe(r.status[scored.status].label);
        expect(typeof scored.varianceText).toBe('string');
        if (['NO_DATA', 'NO_TARGET', 'NOT_SCORED'].includes(scored.status)) {
          expect(scored.varianceText).toBe('');
          expect(scored.notes.length).toBeGreaterThan(0);
        }
        if (scored.status === 'NOT_SCORED') expect(warnings.length).toBeGreaterThan(0);
        for (const w of warnings) expect(w.cell === '' || /^[A-Z]+\d+$/.test(w.cell)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('survives malformed input objects', () => {
    const broken = [
      { ...indicator(), values: undefined },
      { ...indicator(), values: [null, { period: null, source: null }] },
      { ...indicator(), name: undefined, currentPeriod: { kind: 'month', label: 'x', order: 1 } },
      { ...indicator(), target: { cell: null, value: undefined, numberFormat: undefined, text: undefined } },
    ] as unknown as IndicatorSource[];
    for (const src of broken) expect(() => scoreIndicator(src, presetRules('seed-001'))).not.toThrow();
    expect(() => scoreIndicator(indicator(), {} as unknown as ReturnType<typeof presetRules>)).not.toThrow();
  });
});
