/**
 * The explicit polarity field in the forms real tables write it: a Polarity or direction column's
 * cell ("Up", "Low is good", "over"), and yes/no flags read with their header ("favourable: 1",
 * "lowerIsBetter: TRUE", "result_indicator_ascending: 0").
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { polarityFromField, readPolarityField } from '../../../src/core/scoring/evidence/polarity-from-field';
import { scoreIndicator } from '../../../src/core/scoring/score-indicator';
import { defaultRules } from '../../../src/core/rules/presets';
import { indicator, simple } from '../engine/builder';
import { sharedCorpus } from './shared-corpus';

describe('a direction column cell', () => {
  it.each([
    ['Up', 'higher'],
    ['Down', 'lower'],
    ['Low is good', 'lower'],
    ['High is good', 'higher'],
    ['Higher is better', 'higher'],
    ['Lower is better', 'lower'],
    ['Smaller is Better', 'lower'],
    ['Bigger is Better', 'higher'],
    ['Low value is good', 'lower'],
    ['over', 'higher'],
    ['under', 'lower'],
    ['Increase', 'higher'],
    ['Decrease', 'lower'],
    ['grow', 'higher'],
    ['reduce', 'lower'],
    ['Aim to reduce', 'lower'],
    ['Higher numbers are better', 'higher'],
    ['Higher numbers are worse', 'lower'],
    ['Lower is not better', 'higher'],
    ['↑', 'higher'],
    ['▼', 'lower'],
    ['Maintain or improve', 'higher'],
    ['maintain', 'band'],
    ['Maintained', 'band'],
    ['within the target range', 'band'],
    ['Directionality: High is good', 'higher'],
    ['Desired.Direction: Down', 'lower'],
    ['directionality: over', 'higher'],
    ['Polarity: Smaller is Better', 'lower'],
  ])('%p reads as %s', (text, polarity) => {
    expect(readPolarityField(text)).toBe(polarity);
  });

  it.each(['N/A', 'Neutral', 'Up or down', '-', '1', 'see notes', 'Higher or lower', ''])(
    '%p says nothing about direction',
    (text) => {
      expect(readPolarityField(text)).toBeNull();
    },
  );
});

describe('a yes/no flag read with its header', () => {
  it.each([
    ['favourable: 1', 'higher'],
    ['favourable: 0', 'lower'],
    ['favourable_indicator: 1', 'higher'],
    ['lowerIsBetter: TRUE', 'lower'],
    ['lowerIsBetter: FALSE', 'higher'],
    ['higher_is_better: yes', 'higher'],
    ['higher_is_better: No', 'lower'],
    ['result_indicator_ascending: 0', 'lower'],
    ['result_indicator_ascending: 1', 'higher'],
    ['Unfavourable: 1', 'lower'],
    ['Direction: -1', 'lower'],
    ['Direction: 1', 'higher'],
  ])('%p reads as %s', (text, polarity) => {
    expect(readPolarityField(text)).toBe(polarity);
  });

  it.each(['Direction: 0', 'Notes: 1', 'favourable: maybe'])('%p says nothing', (text) => {
    expect(readPolarityField(text)).toBeNull();
  });
});

describe('the field in scoring', () => {
  it('is the evidence and names the field', () => {
    expect(polarityFromField(indicator({ polarityText: 'Low is good' }))).toEqual({
      kind: 'field',
      polarity: 'lower',
      says: "the polarity field 'Low is good'",
    });
  });

  it('decides the status over the wording of the name', () => {
    const rules = defaultRules();
    // The name reads as bigger-is-better ("answered"), the table says smaller.
    const s = scoreIndicator(simple(40, 30, { name: 'Calls answered after 5 minutes', polarityText: 'Down' }), rules);
    expect(s.scored).toMatchObject({ polarity: 'lower', polaritySource: 'field', status: 'RED' });
    const u = scoreIndicator(simple(40, 30, { name: 'Overtime hours', polarityText: 'favourable: 1' }), rules);
    expect(u.scored).toMatchObject({ polarity: 'higher', polaritySource: 'field', status: 'GREEN' });
  });
});

/** Direction and flag columns of public tables, each cell read with its header as the detector passes it. */
describe('direction columns of public workbooks', () => {
  jest.setTimeout(120_000);
  const corpus = sharedCorpus();
  const run = corpus ? it : it.skip;
  if (!corpus) console.log('shared corpus not found: the public direction columns are skipped');

  /** "header: cell" for every non-blank cell of the column headed `header` on the first row. */
  async function column(file: string, sheet: string, header: string): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(corpus!, file));
    const ws = wb.getWorksheet(sheet)!;
    let col = 0;
    ws.getRow(1).eachCell((c, n) => {
      if (String(c.value) === header) col = n;
    });
    expect(col).toBeGreaterThan(0);
    const out: string[] = [];
    ws.eachRow((row, r) => {
      const v = row.getCell(col).value;
      if (r > 1 && v !== null && v !== undefined && String(v).trim() !== '') out.push(`${header}: ${String(v)}`);
    });
    return out;
  }

  run('a grow / reduce / maintain direction column (tra corporate plan): every cell reads', async () => {
    const texts = await column('tra_corporate_plan_kpis.xlsx', 'kpis', 'direction');
    expect(texts.length).toBeGreaterThan(200);
    const read = texts.map((t) => [t.slice('direction: '.length), readPolarityField(t)]);
    for (const [cell, polarity] of read) {
      expect(polarity).toBe({ grow: 'higher', reduce: 'lower', maintain: 'band' }[cell as string]);
    }
  });

  run('an ascending flag (IATI results, UNHCR 2022): 1 is bigger-is-better, 0 smaller', async () => {
    const texts = await column('unhcr_iati_result_2022.xlsx', 'Sheet1', 'result_indicator_ascending');
    expect(texts.length).toBeGreaterThan(2000);
    for (const t of texts) expect(readPolarityField(t)).toBe(t.endsWith(': 1') ? 'higher' : 'lower');
  });

  run('a lowerIsBetter flag (league table metrics)', async () => {
    const texts = await column('uod_league_table_metrics.xlsx', 'METRICS', 'lowerIsBetter');
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(readPolarityField(t)).toBe(/true$/i.test(t) ? 'lower' : 'higher');
  });
});
