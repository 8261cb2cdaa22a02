/**
 * Readers of table language met on held-out public workbooks (scored before any reader was grown on
 * them; see the heldout bench group), each proven on an invented table of the same shape: none of
 * these strings comes from a held-out workbook.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; warnings: string[] } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Board' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, warnings: result.warnings.map((w) => w.message) };
}

describe('long format with months that carry no year', () => {
  // One row per measure per month, January first: the sheet's order is time order, so the latest
  // month is June (read alone, each month would get the nominal April-March year, and March would
  // come after June).
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'];
  const missed = [41, 38, 35, 33, 30, 26];
  const visits = [310, 330, 325, 340, 362, 344];
  const rows: CellInput[][] = [['Measure', 'Month', 'Target', 'Actual']];
  months.forEach((m, i) => rows.push(['Missed bin collections', m, 30, missed[i]]));
  months.forEach((m, i) => rows.push(['Library visits (thousands)', m, 350, visits[i]]));

  it('rates each measure on the last month the table lists, with the trend against the one before', () => {
    const { byName } = score(rows);
    const bins = byName['Missed bin collections'];
    const lib = byName['Library visits (thousands)'];
    expect(bins.source.currentPeriod?.label).toBe('Jun');
    // 26 missed against 30, smaller is better: met; 30 -> 26 is 13% better.
    expect(bins.status).toBe('GREEN');
    expect(bins.trend).toBe('MUCH_BETTER');
    // 344 against 350: within 5%: AMBER; 362 -> 344 is worse.
    expect(lib.status).toBe('AMBER');
    expect(lib.trend).toBe('NOT_BETTER');
  });

  it('reads the same table listed newest first', () => {
    const header = rows[0];
    const body = rows.slice(1);
    const bins = body.filter((r) => r[0] === 'Missed bin collections').reverse();
    const lib = body.filter((r) => r[0] === 'Library visits (thousands)').reverse();
    const { byName } = score([header, ...bins, ...lib]);
    expect(byName['Missed bin collections'].source.currentPeriod?.label).toBe('Jun');
    expect(byName['Missed bin collections'].trend).toBe('MUCH_BETTER');
    expect(byName['Library visits (thousands)'].status).toBe('AMBER');
  });

  it('still reads a financial year run April to March, with March the latest', () => {
    const fy = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
    const table: CellInput[][] = [['Measure', 'Month', 'Target', 'Actual']];
    fy.forEach((m, i) => table.push(['Missed bin collections', m, 30, 40 - i]));
    const { byName } = score(table);
    expect(byName['Missed bin collections'].source.currentPeriod?.label).toBe('Mar');
    expect(byName['Missed bin collections'].status).toBe('GREEN');
  });
});

describe('a target header that is a period and an NHS-style "ambition"', () => {
  const rows: CellInput[][] = [
    ['Area', 'Metric', 'Updated', '24/25 Ambition', 'Ambition date', 'Apr 24', 'May 24', 'Jun 24'],
    ['Access', 'Patients seen within 18 weeks', '01-07-2024', '92%', '(Mar 25)', '84%', '86%', '85%'],
    ['Access', 'Clinic slots offered', '01-07-2024', '5,200', '(Mar 25)', '4800', '5100', '5350'],
  ];

  it('reads "24/25 Ambition" as the target and "Ambition date" as no target', () => {
    const { byName } = score(rows);
    const seen = byName['Patients seen within 18 weeks'];
    const slots = byName['Clinic slots offered'];
    expect(seen.target?.value.value).toBeCloseTo(92);
    // 85% against 92%: 7 points short, tolerance 4.6: RED.
    expect(seen.status).toBe('RED');
    // 5350 against 5,200 (text with a thousands separator): met.
    expect(slots.target?.value.value).toBe(5200);
    expect(slots.status).toBe('GREEN');
  });
});

describe('a direction column known by its content', () => {
  it.each([
    ['dirFlag', 'aboveGood', 'belowGood'],
    ['Notes for readers', 'Higher is better', 'Lower is better'],
  ])('reads "%s" holding "%s" / "%s" as which way is good', (header, up, down) => {
    const { byName, warnings } = score([
      ['Indicator', 'Target', 'Q1', 'Q2', header],
      ['Households in temporary accommodation', 120, 140, 131, down],
      ['Homes brought back into use', 60, 44, 52, up],
      ['Repairs done at the first visit', 90, 85, 91, up],
    ]);
    const ta = byName['Households in temporary accommodation'];
    expect(ta.polarity).toBe('lower');
    expect(ta.polaritySource).toBe('field');
    // 140 -> 131, smaller is better: 6.4% better; 131 against 120 is RED.
    expect(ta.trend).toBe('MUCH_BETTER');
    expect(ta.status).toBe('RED');
    expect(byName['Homes brought back into use'].polaritySource).toBe('field');
    expect(byName['Repairs done at the first visit'].status).toBe('GREEN');
    expect(warnings.some((w) => w.includes(`"${header}" says on every row which way is good`))).toBe(true);
  });

  it('does not take a column of bare Up / Down (a trend says that too) for the direction', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Q1', 'Q2', 'Change'],
      ['Households in temporary accommodation', 120, 140, 131, 'Down'],
      ['Homes brought back into use', 60, 44, 52, 'Up'],
      ['Repairs done at the first visit', 90, 85, 91, 'Up'],
    ]);
    expect(byName['Homes brought back into use'].polaritySource).not.toBe('field');
    expect(byName['Repairs done at the first visit'].polaritySource).not.toBe('field');
  });
});

describe('ratio and expense wording', () => {
  it('reads an "X-to-Y ratio" by what is divided, and "expense" as a cost', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual'],
      ['Cost-to-income ratio (%)', 60, 57],
      ['Debt to equity ratio', 1.5, 1.8],
      ['Admin expense ratio', 0.8, 0.9],
      ['Income to cost ratio', 1.6, 1.7],
    ]);
    expect(byName['Cost-to-income ratio (%)'].polarity).toBe('lower');
    expect(byName['Cost-to-income ratio (%)'].polaritySource).toBe('wording');
    expect(byName['Cost-to-income ratio (%)'].status).toBe('GREEN');
    expect(byName['Admin expense ratio'].polarity).toBe('lower');
    expect(byName['Admin expense ratio'].status).toBe('RED');
    expect(byName['Income to cost ratio'].polarity).toBe('higher');
    expect(byName['Income to cost ratio'].polaritySource).toBe('wording');
  });
});
