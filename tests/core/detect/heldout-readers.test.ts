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
    expect(seen.target).toMatchObject({ kind: 'value', value: { value: 92 } });
    // 85% against 92%: 7 points short, tolerance 4.6: RED.
    expect(seen.status).toBe('RED');
    // 5350 against 5,200 (text with a thousands separator): met.
    expect(slots.target).toMatchObject({ kind: 'value', value: { value: 5200 } });
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

describe('a period banner over Target / Actual headers', () => {
  // A title, a blank row, a banner of years each over a Target | Actual pair (merged or centred:
  // the cell right of each year is blank), then the header row.
  const rows: CellInput[][] = [
    ['Quarterly performance report: Quarter 3'],
    [],
    [null, null, '2023/24', null, '2024/25', null, null],
    ['Ref', 'Measure', 'Target', 'Actual', 'Target', 'Actual', 'Polarity'],
    ['PI1', 'Library loans per 1,000 residents', 2100, 2050, 2150, 2240, 'High is good'],
    ['PI2', 'Days to process a housing benefit change', 8, 9, 8, 8.3, 'Low is good'],
    ['PI3', 'Streets graded clean', 0.9, 0.92, 0.9, 0.81, 'High is good'],
  ];

  it('reads each Target and Actual as the period above it, rated on the latest', () => {
    const { byName } = score(rows);
    const loans = byName['Library loans per 1,000 residents'];
    const days = byName['Days to process a housing benefit change'];
    const clean = byName['Streets graded clean'];
    expect(Object.keys(byName)).toHaveLength(3);
    expect(loans.source.currentPeriod?.label).toBe('2024/25');
    // 2240 against 2150: met; 2050 -> 2240 is 9% better.
    expect(loans.status).toBe('GREEN');
    expect(loans.trend).toBe('MUCH_BETTER');
    // 8.3 days against 8, smaller is better: 0.3 over, tolerance 0.4: AMBER; 9 -> 8.3 is 7.8% better.
    expect(days.status).toBe('AMBER');
    expect(days.trend).toBe('MUCH_BETTER');
    // 0.81 against 0.9: RED, and worse than 0.92.
    expect(clean.status).toBe('RED');
    expect(clean.trend).toBe('NOT_BETTER');
  });

  it('also reads the banner repeated in each cell of its group (a merge as some tools save it)', () => {
    const repeated = rows.map((r, i) => (i === 2 ? [null, null, '2023/24', '2023/24', '2024/25', '2024/25', null] : r));
    const { byName } = score(repeated);
    expect(byName['Library loans per 1,000 residents'].source.currentPeriod?.label).toBe('2024/25');
    expect(byName['Streets graded clean'].status).toBe('RED');
  });

  it('still reads a metric block whose period row sits over data rows', () => {
    const { byName } = score([
      ['% of repairs completed on time'],
      [null, 'Q1 2024/25', 'Q2 2024/25'],
      ['Repairs completed on time', 180, 190],
      ['Repairs due', 200, 200],
      ['% on time', 0.9, 0.95],
      ['Target', 0.92, 0.92],
    ]);
    const block = Object.values(byName);
    expect(block).toHaveLength(1);
    expect(block[0].source.layout).toBe('metric-block');
    expect(block[0].status).toBe('GREEN');
  });
});

describe('a target written as a bound with a unit of time', () => {
  it('reads "<= 30 minutes" as a bound that says smaller is better', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Latest', 'Previous'],
      ['Ambulance handover time', '<= 30 minutes', '41 minutes', '44 minutes'],
      ['Time to answer a 999 call', 'under 10 seconds', '8 seconds', '9 seconds'],
      ['Wait for a first appointment', 'no more than 6 weeks', '5 weeks', '7 weeks'],
    ]);
    const handover = byName['Ambulance handover time'];
    expect(handover.polarity).toBe('lower');
    expect(handover.polaritySource).toBe('target');
    // 41 against at most 30: RED; 44 -> 41 is 6.8% better.
    expect(handover.status).toBe('RED');
    expect(handover.trend).toBe('MUCH_BETTER');
    expect(byName['Wait for a first appointment'].status).toBe('GREEN');
  });
});

describe('figures written with their unit', () => {
  it('keeps a Latest / Previous column of "41 minutes" as figures, not words', () => {
    const { byName, warnings } = score([
      ['Indicator', 'Target', 'Latest', 'Previous'],
      ['Average wait on the phone', 'under 3 minutes', '2 minutes', '4 minutes'],
      ['Households placed out of borough', 'fewer than 20 households', '26 households', '31 households'],
    ]);
    expect(warnings.some((w) => w.includes('holds no figures'))).toBe(false);
    expect(byName['Average wait on the phone'].status).toBe('GREEN');
    expect(byName['Households placed out of borough'].status).toBe('RED');
    expect(byName['Households placed out of borough'].trend).toBe('MUCH_BETTER');
  });
});

describe('"Good performance: High / Low" and an On track / At risk / Off track key', () => {
  const rows: CellInput[][] = [
    ['Measure', 'Good performance', '2024/25 Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Status'],
    ['Working days lost to sickness per FTE', 'Low', 2.0, 2.3, 2.1, 1.9, null, 'On track'],
    ['Invoices paid within 30 days', 'High', 95, 93, 94, 90, null, 'At risk'],
    ['Residents satisfied with parks', 'High', 80, 76, 74, 70, null, 'Off track'],
  ];

  it('reads the High / Low column as which way is good', () => {
    const { byName, warnings } = score(rows);
    expect(byName['Working days lost to sickness per FTE'].polarity).toBe('lower');
    expect(byName['Working days lost to sickness per FTE'].polaritySource).toBe('field');
    expect(byName['Invoices paid within 30 days'].polaritySource).toBe('field');
    // The header's words say it ("Good performance" is a direction header): no content correction to warn of.
    expect(warnings.some((w) => w.includes('"Good performance"'))).toBe(false);
  });

  it('writes a red rating in the sheet\u2019s own word "Off track"', () => {
    const { byName } = score(rows);
    // 70 against 80: RED; 90 against 95: 5 short, tolerance 4.75: RED.
    expect(byName['Residents satisfied with parks'].status).toBe('RED');
    expect(byName['Residents satisfied with parks'].statusLabel).toBe('Off track');
    expect(byName['Working days lost to sickness per FTE'].statusLabel).toBe('On track');
  });
});

describe('a header over two rows: names merged down, a period banner over Target / Actual', () => {
  const rows: CellInput[][] = [
    ['Adult care: performance summary'],
    ['Measure', 'Polarity', 'Q1 2024/25', null, 'Q2 2024/25', null],
    [null, null, 'Target', 'Actual', 'Target', 'Actual'],
    ['Care home admissions (65+) per 100,000', 'Smaller is better', 550, 580, 550, 540],
    ['Still at home 91 days after reablement', 'Bigger is better', 82, 80, 82, 78],
    ['Care reviews completed on time', 'Bigger is better', 90, 85, 90, null],
  ];

  it('reads the names and polarity from the upper row and each Target / Actual as its quarter', () => {
    const { byName, warnings } = score(rows);
    expect(Object.keys(byName)).toHaveLength(3);
    const admissions = byName['Care home admissions (65+) per 100,000'];
    expect(admissions.source.currentPeriod?.label).toBe('Q2 2024/25');
    // 540 against 550, smaller is better: met; 580 -> 540 is 6.9% better.
    expect(admissions.status).toBe('GREEN');
    expect(admissions.trend).toBe('MUCH_BETTER');
    expect(admissions.polaritySource).toBe('field');
    // 78 against 82: 4 short, tolerance 4.1: AMBER.
    expect(byName['Still at home 91 days after reablement'].status).toBe('AMBER');
    // No Q2 figure yet: no data for the current quarter.
    expect(byName['Care reviews completed on time'].status).toBe('NO_DATA');
    expect(warnings.some((w) => w.includes('no target, actual, period or status column'))).toBe(false);
  });
});

describe('the author\u2019s own Variance column of figures', () => {
  it('is left to the author: our variance goes in a column of its own, with no warning per row', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['KPI', 'Plan', 'Actual', 'Variance'],
          ['New tenancies started', 120, 131, 11],
          ['Complaints received', 30, 22, -8],
          ['Repairs completed', 500, 480, -20],
        ],
        { name: 'Board' },
      ),
      defaultRules(),
    );
    expect(result.indicators).toHaveLength(3);
    for (const ind of result.indicators) {
      expect(ind.source.varianceCell?.col).not.toBe(3);
      expect(ind.source.varianceCell?.col).toBeGreaterThan(3);
    }
    expect(result.warnings.filter((w) => w.message.includes('did not write'))).toEqual([]);
  });
});

describe('quarters with a two-digit year pair', () => {
  it('reads "Q1 23/24" .. "Q4 23/24" as the financial quarters of 2023/24', () => {
    const { byName } = score([
      ['Measure', 'Target', 'Q1 23/24', 'Q2 23/24', 'Q3 23/24', 'Q4 23/24'],
      ['Missed bins per 100,000 collections', 40, 52, 47, 39, null],
      ['Calls answered within 60 seconds', '85%', '79%', '83%', '88%', null],
    ]);
    const bins = byName['Missed bins per 100,000 collections'];
    expect(bins.source.currentPeriod?.label).toBe('Q3 23/24');
    expect(bins.status).toBe('GREEN');
    // 47 -> 39 is 17% fewer.
    expect(bins.trend).toBe('MUCH_BETTER');
    expect(byName['Calls answered within 60 seconds'].status).toBe('GREEN');
  });
});

describe('a RAG column of letters without every colour yet', () => {
  it('writes the missing colour as its letter too', () => {
    const { byName } = score([
      ['Performance Measure', 'Target', 'Outturn 2022/23', 'Outturn 2023/24', 'RAG'],
      ['Rent arrears as % of rent debit', '2.5%', '2.9%', '2.7%', 'A'],
      ['Empty homes brought back into use', 40, 35, 44, 'G'],
    ]);
    // 2.7% against 2.5%, smaller is better ("arrears"): 0.2 over, tolerance 0.125: RED.
    expect(byName['Rent arrears as % of rent debit'].status).toBe('RED');
    expect(byName['Rent arrears as % of rent debit'].statusLabel).toBe('R');
    expect(byName['Empty homes brought back into use'].statusLabel).toBe('G');
  });
});

describe('a year-to-date actual beside a full-year and a year-to-date target', () => {
  it('reads "Target YTD" as a target and measures "Actual YTD" against it', () => {
    const { byName } = score([
      ['Indicator', 'Full Year Target', 'Target YTD', 'Actual YTD', 'Status'],
      ['Affordable homes delivered', 300, 150, 132, null],
      ['Business rates collected (%)', 98, 56, 57.2, null],
    ]);
    const homes = byName['Affordable homes delivered'];
    expect(homes.target).toMatchObject({ kind: 'value', value: { value: 150 } });
    // 132 against 150 to date: 18 short, tolerance 7.5: RED.
    expect(homes.status).toBe('RED');
    expect(byName['Business rates collected (%)'].status).toBe('GREEN');
  });
});

describe('indicators across, roles down', () => {
  it('reads each column under a row of names as one indicator: Target, Actual, Previous, RAG rows', () => {
    const { byName } = score([
      [null, 'Calls answered within 20 seconds', 'Days to pay suppliers', 'Staff sickness days per FTE'],
      ['Target', '80%', 20, 8],
      ['Actual', '76%', 18, 9.5],
      ['Previous', '71%', 22, 9.1],
      ['RAG', null, null, null],
    ]);
    const calls = byName['Calls answered within 20 seconds'];
    expect(Object.keys(byName)).toHaveLength(3);
    // 76% against 80%: 4 points short, tolerance 4: AMBER; 71 -> 76 is 7% better.
    expect(calls.status).toBe('AMBER');
    expect(calls.trend).toBe('MUCH_BETTER');
    expect(calls.source.statusCell).toEqual(expect.objectContaining({ row: 4, col: 1 }));
    expect(byName['Days to pay suppliers'].status).toBe('GREEN');
    // 9.5 against 8, smaller is better ("sickness"): RED, and worse than 9.1.
    expect(byName['Staff sickness days per FTE'].status).toBe('RED');
    expect(byName['Staff sickness days per FTE'].trend).toBe('NOT_BETTER');
  });

  it('reads label / value cards down a sheet, one indicator each', () => {
    const { byName } = score([
      ['Indicator', 'Percentage of calls answered within 20 seconds'],
      ['Target', '80%'],
      ['Actual', '76%'],
      ['RAG', null],
      [],
      ['Indicator', 'Average days to pay suppliers'],
      ['Target', 20],
      ['Actual', 18],
      ['RAG', null],
    ]);
    expect(byName['Percentage of calls answered within 20 seconds'].status).toBe('AMBER');
    expect(byName['Average days to pay suppliers'].status).toBe('GREEN');
    expect(byName['Average days to pay suppliers'].source.statusCell).toEqual(
      expect.objectContaining({ row: 8, col: 1 }),
    );
  });

  it('leaves months over Actual / Target rows to the card and time-series readers', () => {
    const { byName } = score([
      ['Calls answered within 20 seconds'],
      [null, 'Apr-24', 'May-24', 'Jun-24'],
      ['Actual', 0.76, 0.79, 0.81],
      ['Target', 0.8, 0.8, 0.8],
    ]);
    for (const name of Object.keys(byName)) expect(['Apr-24', 'May-24', 'Jun-24']).not.toContain(name);
  });
});
