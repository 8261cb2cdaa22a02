import { LIST_LIMIT, sheetReport } from '../../src/cli/text-report';
import type { ScoredIndicator, Status } from '../../src/core/model';
import { emptyResult, type SheetResult } from '../../src/core/pipeline';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

function indicator(i: number, status: Status): ScoredIndicator {
  return {
    source: {
      id: `KPIs!A${i + 2}`,
      sheet: 'KPIs',
      layout: 'register',
      table: 0,
      name: `Measure ${i + 1}`,
      nameCell: { row: i + 1, col: 0 },
      statusCell: { row: i + 1, col: 4 },
      values: [],
      comparators: [],
    },
    status,
    trend: null,
    polarity: 'higher',
    polaritySource: 'field',
    actual: null,
    target: null,
    previous: null,
    sameLastYear: null,
    varianceText: `${i} below the target of 100 (bigger is better)`,
    statusLabel: status,
    trendLabel: '',
    notes: [],
  };
}

function result(indicators: ScoredIndicator[]): SheetResult {
  return { ...emptyResult('KPIs'), indicators };
}

test('a long list of exceptions is cut to what a person reads, and says how many more', () => {
  const inds = [
    ...Array.from({ length: LIST_LIMIT + 12 }, (_, i) => indicator(i, 'RED')),
    indicator(99, 'AMBER'),
    indicator(100, 'GREEN'),
  ];
  const lines = sheetReport(result(inds), true);
  expect(lines[0]).toBe(`KPIs: ${LIST_LIMIT + 14} indicators (1 GREEN, 1 AMBER, ${LIST_LIMIT + 12} RED)`);
  expect(lines.filter((l) => l.startsWith('  RED ')).length).toBe(LIST_LIMIT);
  expect(lines).toContain('  … and 12 more RED (the scored workbook and --json have them all)');
  expect(lines.some((l) => l.includes('AMBER') && l.includes('E101'))).toBe(true);
  expect(lines.some((l) => l.includes('Measure 101'))).toBe(false);
});
