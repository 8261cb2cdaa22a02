/**
 * Issue 11 proof: examples/register-quarters.xlsx, a register with Q1 Actual ... Q4 Actual columns
 * and a Baseline, scores the latest reported quarter (Q2) with a trend against Q1 (or against the
 * Baseline where Q1 is empty), No data where Q2 is empty, polarity from the baseline-to-target
 * direction, and Trend/Variance columns added with headers beside its own Rag Status column.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { toA1 } from '../../src/core/a1';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { reopen, valueAt } from '../helpers/book';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const FILE = path.join(__dirname, '..', '..', 'examples', 'register-quarters.xlsx');

test('a quarterly register scores Q2 with trends', async () => {
  const wb = await openWorkbook(await fs.readFile(FILE));
  const out = scoreWorkbook(wb, { scoredAt: new Date('2020-10-05T10:00:00Z') });
  const r = out.results[0];
  const rows = r.indicators.map((i) => [
    i.source.name,
    i.actualPeriod?.label ?? null,
    i.previousPeriod?.label ?? null,
    i.status,
    i.trend,
    i.polaritySource,
  ]);
  expect(rows).toEqual([
    ['% of calls answered within 30 seconds', 'Q2 Actual', 'Q1 Actual', 'GREEN', 'MUCH_BETTER', 'baseline'],
    ['Number of missed bin collections per 100,000', 'Q2 Actual', 'Q1 Actual', 'RED', 'MUCH_BETTER', 'baseline'],
    [
      'Average time taken to process new benefit claims (days)',
      'Q2 Actual',
      'Q1 Actual',
      'AMBER',
      'BIT_BETTER',
      'baseline',
    ],
    ['Households in temporary accommodation', 'Q2 Actual', 'Q1 Actual', 'RED', 'NOT_BETTER', 'baseline'],
    // Q1 empty: the Baseline is the trend's reference.
    ['% of invoices paid within 30 days', 'Q2 Actual', 'Baseline', 'AMBER', 'MUCH_BETTER', 'baseline'],
    // No Q2 figure: No data (Q1 is quoted in the note, not scored).
    ['Number of affordable homes delivered', null, null, 'NO_DATA', null, 'baseline'],
    ['Working days lost to sickness per FTE', 'Q2 Actual', 'Q1 Actual', 'GREEN', 'MUCH_BETTER', 'baseline'],
  ]);
  expect(r.indicators.every((i) => i.source.layout === 'register')).toBe(true);
  // Status in the table's own Rag Status column; Trend and Variance added with headers.
  expect(toA1(r.indicators[0].source.statusCell!)).toBe('H4');
  const headers = r.plan.writes.filter((w) => w.role === 'header').map((w) => [toA1(w.cell), w.text]);
  expect(headers).toEqual([
    ['I3', 'Trend'],
    ['J3', 'Variance'],
  ]);
  expect(valueAt(wb, 'Corporate KPIs', 'I4')).toBe('▲ Much better');
  expect(valueAt(wb, 'Corporate KPIs', 'H9')).toBe('○ No data');
  // And in the saved file.
  const back = await reopen(wb);
  expect(valueAt(back, 'Corporate KPIs', 'I4')).toBe('▲ Much better');
  expect(valueAt(back, 'Corporate KPIs', 'H9')).toBe('○ No data');
});
