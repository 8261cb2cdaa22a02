/**
 * Real .xlsx files through the CLI's --json report: each indicator carries `comparisons`, `quartile`
 * and `areas`. The seed 001 example workbook, and a register built here with ExcelJS.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { JsonIndicator, JsonReport } from '../../../src/cli/json-report';
import { runCli, scratch } from '../../cli/run-cli';

function indicator(report: JsonReport, sheet: string, name: RegExp): JsonIndicator {
  const s = report.sheets.find((x) => x.name === sheet);
  const ind = s?.indicators.find((i) => name.test(i.name));
  if (!ind) throw new Error(`no ${String(name)} on ${sheet}`);
  return ind;
}

describe('--json carries comparisons', () => {
  it('seed 001 blocks: CPP 48 per 10K against 42 is worse by the rules file, SOUTH is named', async () => {
    const dir = await scratch('metric-blocks.xlsx');
    const rules = path.join(dir, 'rules.json');
    await fs.writeFile(
      rules,
      JSON.stringify({
        overrides: [
          {
            match: { name: 'Number of children with a Child Protection Plan - Snapshot as of month end' },
            polarity: 'lower',
          },
        ],
      }),
    );
    const run = await runCli([path.join(dir, 'metric-blocks.xlsx'), '--json', '--rules', rules]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    const cpp = indicator(report, 'May 2015', /Child Protection Plan/);
    expect(cpp.actual).toBe(48);
    expect(cpp.comparisons).toEqual([
      {
        label: 'National average per 10K',
        kind: 'national',
        value: 42,
        cell: 'C20',
        verdict: 'worse',
        difference: 6,
        text: '6 per 10K above the national average of 42 (smaller is better)',
      },
    ]);
    expect(cpp.areas?.outliers).toEqual(['SOUTH']);
    expect(cpp.areas?.text).toBe("SOUTH 69 per 10K, worse than the council's 48; EAST and NWC better");
    // The default scheme: compared, not re-rated.
    expect(cpp.status).toBe('NO_TARGET');
    const rr = indicator(report, 'April 2016', /Re-referrals/);
    expect(rr.comparisons[0]).toMatchObject({ kind: 'national', verdict: 'better', value: 24 });
    expect(rr.comparisons[0].text).toBe('4 percentage points below the national average of 24% (smaller is better)');
  });

  it('a register with National and Statistical neighbours columns', async () => {
    const dir = await scratch();
    const file = path.join(dir, 'register.xlsx');
    const wb = new Workbook();
    const ws = wb.addWorksheet('KPIs');
    ws.addRow(['Measure', 'Polarity', 'Target', 'Actual', 'National', 'Statistical neighbours', 'RAG']);
    ws.addRow(['Rate of children in care per 10K', 'Smaller is better', 65, 71, 60, 62]);
    ws.addRow(['% re-referrals', 'Smaller is better', 0.25, 0.2, 0.24, 0.22]);
    for (const c of ['C3', 'D3', 'E3', 'F3']) ws.getCell(c).numFmt = '0%';
    await wb.xlsx.writeFile(file);
    const run = await runCli([file, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    const cic = indicator(report, 'KPIs', /children in care/);
    expect(cic.comparisons.map((c) => [c.kind, c.verdict, c.cell, c.text])).toEqual([
      ['national', 'worse', 'E2', '11 per 10K above the national average of 60 (smaller is better)'],
      ['neighbours', 'worse', 'F2', '9 per 10K above the statistical neighbours average of 62 (smaller is better)'],
    ]);
    const rr = indicator(report, 'KPIs', /re-referrals/);
    expect(rr.comparisons.map((c) => [c.kind, c.verdict, c.value])).toEqual([
      ['national', 'better', 24],
      ['neighbours', 'better', 22],
    ]);
    expect(cic.quartile).toBeNull();
    expect(cic.areas).toBeNull();
  });
});

it('quartile thresholds give the band in the report', async () => {
  const dir = await scratch();
  const file = path.join(dir, 'quartiles.xlsx');
  const wb = new Workbook();
  const ws = wb.addWorksheet('LAIT');
  ws.addRow(['Measure', 'Polarity', 'Target', 'Actual', 'Upper quartile', 'Median', 'Lower quartile']);
  ws.addRow(['Children in care per 10K', 'Smaller is better', 65, 71, 75, 64, 50]);
  await wb.xlsx.writeFile(file);
  const run = await runCli([file, '--json']);
  const report = JSON.parse(run.stdout) as JsonReport;
  const cic = indicator(report, 'LAIT', /children in care/i);
  expect(cic.quartile).toEqual({
    band: 'C',
    text: 'Quartile C (71 against the top quartile threshold 50, the median 64, the bottom quartile threshold 75; smaller is better)',
  });
  // Thresholds are not comparators of their own.
  expect(cic.comparisons).toEqual([]);
});

it('area ratings go into the block’s own rating row, and scoring again updates them in place', async () => {
  const dir = await scratch('metric-blocks.xlsx');
  const first = path.join(dir, 'first.xlsx');
  const second = path.join(dir, 'second.xlsx');
  const run1 = await runCli([path.join(dir, 'metric-blocks.xlsx'), '--json', '--out', first]);
  const report1 = JSON.parse(run1.stdout) as JsonReport;
  const fa = indicator(report1, 'April 2016', /Family assessments/);
  expect(fa.areas?.text).toBe('EAST, NWC and SOUTH all GREEN');
  const rating = fa.statusCell!;
  const row = rating.replace(/^[A-Z]+/, '');
  const wb = new Workbook();
  await wb.xlsx.readFile(first);
  const ws = wb.getWorksheet('April 2016')!;
  expect(['D', 'E', 'F'].map((c) => ws.getCell(`${c}${row}`).text)).toEqual(['● Green', '● Green', '● Green']);
  // The area figures themselves are untouched.
  const areaCells = fa.areas!.ratings.map((r) => r.cell);
  const before = new Workbook();
  await before.xlsx.readFile(path.join(dir, 'metric-blocks.xlsx'));
  const orig = before.getWorksheet('April 2016')!;
  expect(areaCells.map((c) => ws.getCell(c).value)).toEqual(areaCells.map((c) => orig.getCell(c).value));
  const run2 = await runCli([first, '--json', '--out', second]);
  const report2 = JSON.parse(run2.stdout) as JsonReport;
  const sheet2 = report2.sheets.find((s) => s.name === 'April 2016')!;
  expect(sheet2.warnings.filter((w) => /left as it is/.test(w.message))).toEqual([]);
  const again = new Workbook();
  await again.xlsx.readFile(second);
  const ws2 = again.getWorksheet('April 2016')!;
  expect(['D', 'E', 'F'].map((c) => ws2.getCell(`${c}${row}`).text)).toEqual(['● Green', '● Green', '● Green']);
});

it('the readable report answers both questions under each exception', async () => {
  const dir = await scratch();
  const file = path.join(dir, 'register.xlsx');
  const wb = new Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Polarity', 'Target', 'Actual', 'National', 'Statistical neighbours', 'RAG']);
  ws.addRow(['Rate of children in care per 10K', 'Smaller is better', 65, 71, 60, 62]);
  await wb.xlsx.writeFile(file);
  const run = await runCli([file]);
  const lines = run.stdout.split('\n');
  const at = lines.findIndex((l) => /Red +G2 +Rate of children in care per 10K — 6 above the target of 65/.test(l));
  expect(at).toBeGreaterThanOrEqual(0);
  // Under the name, wrapped at the report's width like every other line.
  expect(lines.slice(at + 1, at + 4)).toEqual([
    '                    compared: 11 per 10K above the national average of 60 (smaller is better)',
    '                    compared: 9 per 10K above the statistical neighbours average of 62 (smaller is',
    '                      better)',
  ]);
  expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
});
