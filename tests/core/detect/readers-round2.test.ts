/**
 * Readers of table language seen in public workbooks (round 2), each proven on an invented table:
 * percentages written as fractions beside targets in points, the sheet's own above/on/below-target
 * status words, and arrows under a header that judges ("Good", "Aim").
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

describe('percentages written as fractions against targets in points', () => {
  it('reads a "%" column of fractions on the targets\' scale, and says so', () => {
    const { byName } = score([
      ['Indicator', 'Target (%)', 'Actual (%)'],
      ['Invoices paid on time', 90, 0.87],
      ['Calls answered', 95, 0.972],
      ['Staff appraisals done', 80, 0.55],
    ]);
    const invoices = byName['Invoices paid on time'];
    expect(invoices.actual).toMatchObject({ value: 87, percent: true });
    // 87% against 90%: 3 points short, within 5% of 90 (4.5): AMBER.
    expect(invoices.status).toBe('AMBER');
    expect(invoices.notes.join(' ')).toMatch(/fractions \(0\.87\) read as percentages \(87%\)/);
    expect(byName['Calls answered'].actual).toMatchObject({ value: 97.2, decimals: 1 });
    expect(byName['Calls answered'].status).toBe('GREEN');
    expect(byName['Staff appraisals done'].status).toBe('RED');
  });

  it('reads fractions under a plain header where they land beside targets in points', () => {
    const { byName } = score([
      ['Measure', 'Target', 'Q1', 'Q2'],
      ['Repairs completed on time', 92, 0.9, 0.93],
      ['Residents satisfied', 75, 0.71, 0.6],
    ]);
    expect(byName['Repairs completed on time'].actual).toMatchObject({ value: 93, percent: true });
    expect(byName['Repairs completed on time'].status).toBe('GREEN');
    expect(byName['Residents satisfied'].status).toBe('RED');
  });

  it('reads targets written as fractions against figures in points (the reverse)', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual %'],
      ['Invoices paid on time', 0.9, 87],
      ['Calls answered', 0.95, 97],
    ]);
    expect(byName['Invoices paid on time'].target).toMatchObject({ kind: 'value', value: { value: 90 } });
    expect(byName['Invoices paid on time'].status).toBe('AMBER');
    expect(byName['Calls answered'].status).toBe('GREEN');
  });

  it('reads fractions in a long table (one row per measure per period) against targets in points', () => {
    const { byName } = score([
      ['Measure', 'Quarter', 'Target', 'Value'],
      ['Repairs completed on time', 'Q1 2024/25', 92, 0.88],
      ['Repairs completed on time', 'Q2 2024/25', 92, 0.9],
      ['Residents satisfied', 'Q1 2024/25', 75, 0.8],
      ['Residents satisfied', 'Q2 2024/25', 75, 0.78],
    ]);
    expect(byName['Repairs completed on time'].actual).toMatchObject({ value: 90, percent: true });
    expect(byName['Repairs completed on time'].status).toBe('AMBER');
    expect(byName['Residents satisfied'].status).toBe('GREEN');
  });

  it('reads fractions in metrics across (a measure and its target column, periods down)', () => {
    const { byName } = score([
      ['Month', 'Calls answered %', 'Calls answered % target', 'Abandoned calls', 'Abandoned calls target'],
      ['Apr-24', 0.91, 90, 120, 100],
      ['May-24', 0.86, 90, 95, 100],
    ]);
    const calls = Object.values(byName).find((i) => i.source.name.startsWith('Calls answered'));
    expect(calls?.actual).toMatchObject({ value: 86, percent: true });
    expect(calls?.status).toBe('AMBER');
  });

  it('leaves small rates alone when nothing says they are percentages', () => {
    // A rate per 1,000 of 0.4 against a target of 2: not a fraction of a percentage.
    const { byName } = score([
      ['Indicator', 'Target', 'Actual'],
      ['Falls per 1,000 bed days', 2, 0.4],
      ['Pressure ulcers per 1,000 bed days', 1.5, 0.9],
    ]);
    expect(byName['Falls per 1,000 bed days'].actual).toMatchObject({ value: 0.4, percent: false });
    expect(byName['Falls per 1,000 bed days'].notes.join(' ')).not.toMatch(/fractions/);
  });

  it('leaves a column of fractions alone when its targets are fractions too', () => {
    const { byName } = score([
      ['Indicator', 'Target (%)', 'Actual (%)'],
      ['Invoices paid on time', 0.9, 0.87],
    ]);
    expect(byName['Invoices paid on time'].actual).toMatchObject({ value: 0.87 });
    expect(byName['Invoices paid on time'].status).toBe('AMBER');
  });
});

describe("the sheet's own above / on / below target words", () => {
  it('reads bare ABOVE and BELOW beside ON TARGET as ratings and writes the words back', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual', 'Status'],
      ['Invoices paid on time', 90, 80, 'BELOW'],
      ['Calls answered', 95, 95, 'ON TARGET'],
      ['Staff appraisals done', 80, 86, 'ABOVE'],
    ]);
    const invoices = byName['Invoices paid on time'];
    expect(invoices.source.statusWords).toMatchObject({ RED: 'BELOW', GREEN: 'ON TARGET' });
    expect(invoices.status).toBe('RED');
    expect(invoices.statusLabel).toContain('BELOW');
    expect(byName['Calls answered'].statusLabel).toContain('ON TARGET');
    // The author's ratings agree with bigger is better: no disagreement, and the rating is evidence.
    expect(byName['Staff appraisals done'].polarityConflict).toBeUndefined();
  });

  it('does not read a bare "Above" as a rating where nothing says on target', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual', 'Status'],
      ['Invoices paid on time', 90, 80, 'Above'],
      ['Calls answered', 95, 97, 'Below'],
    ]);
    expect(byName['Invoices paid on time'].source.statusWords).toBeUndefined();
    expect(byName['Invoices paid on time'].status).toBe('RED');
  });

  it("reads Achieved / Not achieved as the sheet's words", () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual', 'Status'],
      ['Calls answered', 95, 97, 'Achieved'],
      ['Invoices paid on time', 90, 70, 'Not achieved'],
    ]);
    expect(byName['Calls answered'].statusLabel).toContain('Achieved');
    expect(byName['Invoices paid on time'].statusLabel).toContain('Not achieved');
  });

  it('reads Ahead of target / Behind target as better and worse than target', () => {
    const { byName } = score([
      ['Indicator', 'Target', 'Actual', 'Status'],
      ['Average days to relet', 30, 26, 'Ahead of target'],
      ['Days lost to sickness', 8, 10, 'Behind target'],
    ]);
    // The ratings explain smaller is better on both rows (26 under 30 is ahead, 10 over 8 behind).
    expect(byName['Average days to relet'].polarity).toBe('lower');
    expect(byName['Average days to relet'].statusLabel).toContain('Ahead of target');
    expect(byName['Days lost to sickness'].statusLabel).toContain('Behind target');
  });
});

describe('arrows under a header that judges', () => {
  it.each(['Good', 'Good is', 'Better is', 'Aim'])(
    'reads arrows and arrow words under "%s" as the direction',
    (head) => {
      const { byName } = score([
        ['Indicator', head, 'Target', 'Actual'],
        ['Household waste recycled', '▲', 50, 48],
        ['Average days to relet', '▼', 30, 28],
        ['Food premises inspected', 'up arrow', 200, 150],
        ['Fly-tipping incidents cleared', 'down arrow', 40, 50],
        ['Rent collected', '⇧', 98, 99],
      ]);
      expect(byName['Household waste recycled'].polarity).toBe('higher');
      expect(byName['Average days to relet'].polarity).toBe('lower');
      expect(byName['Average days to relet'].status).toBe('GREEN');
      expect(byName['Food premises inspected'].polarity).toBe('higher');
      expect(byName['Food premises inspected'].notes.join(' ')).toMatch(/polarity field 'up arrow'/);
      expect(byName['Fly-tipping incidents cleared'].polarity).toBe('lower');
      expect(byName['Fly-tipping incidents cleared'].status).toBe('RED');
      expect(byName['Rent collected'].polarity).toBe('higher');
    },
  );
});

describe("an indicator's own tolerance column", () => {
  const rows: CellInput[][] = [
    ['Indicator', 'Target', 'Tolerance', 'Actual'],
    // 170 against 200 is 15% short: RED under the default 5%, AMBER within the sheet's 20%.
    ['Library visits (thousands)', 200, '20%', 170],
    // 8.5 days against 8, smaller is better, an absolute tolerance of 1 day: AMBER (default: RED).
    ['Average days lost to sickness', 8, 1, 8.5],
    // 88% against 90% with 1 point of tolerance: RED (default 4.5 points: AMBER).
    ['% of invoices paid on time', '90%', '1 pt', '88%'],
    // A percentage tolerance on a percentage: 5 points or 5% of the target? AMBER either way.
    ['% of calls answered', '95%', '5%', '91%'],
    ['Missed bin collections', 30, '', 33],
  ];

  it('reads percentages of target, amounts in the unit and points, and says so', () => {
    const { byName } = score(rows);
    expect(byName['Library visits (thousands)'].status).toBe('AMBER');
    expect(byName['Library visits (thousands)'].notes.join(' ')).toMatch(/Tolerance 20% of the target/);
    expect(byName['Average days lost to sickness'].status).toBe('AMBER');
    expect(byName['Average days lost to sickness'].notes.join(' ')).toMatch(/Tolerance 1 in the indicator's unit/);
    expect(byName['% of invoices paid on time'].status).toBe('RED');
    const calls = byName['% of calls answered'];
    // 4 points short: within 5 points and within 4.75 (5% of 95), so AMBER, and the note says both.
    expect(calls.status).toBe('AMBER');
    expect(calls.notes.join(' ')).toMatch(/could mean 5 points or 5% of the target/);
    // A blank tolerance cell: the rules' default (5% of 30 = 1.5; 3 over is RED).
    expect(byName['Missed bin collections'].status).toBe('RED');
  });

  it('is not read as a figure or a target', () => {
    const { byName } = score(rows);
    expect(byName['Library visits (thousands)'].actual).toMatchObject({ value: 170 });
    expect(byName['Library visits (thousands)'].target).toMatchObject({ kind: 'value', value: { value: 200 } });
  });
});
