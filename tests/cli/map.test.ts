/**
 * Issue 11: mapping from the command line. A table the detector cannot read gets a near-miss warning
 * that says which column is missing and gives the --map to type; with that --map it scores, and the
 * mapping is kept in the workbook so the next run needs nothing.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { JsonReport } from '../../src/cli/json-report';
import { parseMapSpec } from '../../src/core/detect/map-spec';
import { expectOneLine, runCli } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

/** Figures left of the names: no name header, and the content rule looks left of the figures only. */
async function book(dir: string): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Target', 'Actual', 'Area']);
  ws.addRow([40, 45, 'Missed bin collections per 100,000']);
  ws.addRow([95, 96, '% of calls answered within 30 seconds']);
  const file = path.join(dir, 'kpis.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('--map', () => {
  it('a near miss says which column is missing and the --map to type; that --map scores it and is kept', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-map-'));
    const input = await book(dir);
    const first = await runCli([input, '--json']);
    expect(first.code).toBe(0);
    const miss = (JSON.parse(first.stdout) as JsonReport).sheets[0].warnings.map((w) => w.message).join('\n');
    expect(miss).toMatch(
      /Row 1 looks like a table header \(target in A, actual in B\) but no column holds the indicator names/,
    );
    expect(miss).toContain('--map "KPIs!A1:C3 name=? target=A actual=B"');

    const out = path.join(dir, 'mapped.xlsx');
    const mapped = await runCli([input, '--out', out, '--json', '--map', 'KPIs!A1:C3 name=C target=A actual=B']);
    expect(mapped.code).toBe(0);
    const inds = (JSON.parse(mapped.stdout) as JsonReport).sheets[0].indicators;
    expect(inds.map((i) => [i.name, i.status, i.polaritySource])).toEqual([
      ['Missed bin collections per 100,000', 'RED', 'wording'],
      ['% of calls answered within 30 seconds', 'GREEN', 'wording'],
    ]);
    // Remembered with the workbook: the scored copy scores the same with no --map.
    const again = await runCli([out, '--out', path.join(dir, 'again.xlsx'), '--json']);
    const inds2 = (JSON.parse(again.stdout) as JsonReport).sheets[0].indicators;
    expect(inds2.map((i) => [i.name, i.status])).toEqual(inds.map((i) => [i.name, i.status]));
  });

  it('reads mappings from the rules file too', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-map-'));
    const input = await book(dir);
    const rulesFile = path.join(dir, 'rules.json');
    await fs.writeFile(
      rulesFile,
      JSON.stringify({
        tolerance: { kind: 'percent-of-target', value: 15 },
        mappings: ['KPIs!A1:C3 name=C target=A actual=B'],
      }),
    );
    const run = await runCli([input, '--out', path.join(dir, 'out.xlsx'), '--json', '--rules', rulesFile]);
    expect(run.code).toBe(0);
    const inds = (JSON.parse(run.stdout) as JsonReport).sheets[0].indicators;
    // 45 against 40, smaller is better, within the file's 15% tolerance (6): Amber.
    expect(inds.map((i) => [i.name, i.status])).toEqual([
      ['Missed bin collections per 100,000', 'AMBER'],
      ['% of calls answered within 30 seconds', 'GREEN'],
    ]);
    await fs.writeFile(rulesFile, JSON.stringify({ mappings: 'KPIs!A1:C3' }));
    const bad = await runCli([input, '--rules', rulesFile]);
    expect(bad.code).toBe(1);
    expectOneLine(bad.stderr);
    expect(bad.stderr).toMatch(/"mappings" must be a list/);
  });

  it('refuses a bad mapping with one line that says what is wrong', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-map-'));
    const input = await book(dir);
    for (const [spec, why] of [
      ['KPIs!A1:C3 name=C target=A actual=A', /column A is given two roles \(target and actual\)/],
      ['KPIs!A1:C3 name=C actual=D', /column D is outside the range A1:C3/],
      ['KPIs!A1:C3 target=A actual=B', /needs name=/],
      ['Other!A1:C3 name=C actual=B', /no sheet "Other"/],
      ['A1:C3 name=C actual=B', /must start with the sheet and range/],
    ] as const) {
      const run = await runCli([input, '--map', spec]);
      expect(run.code).toBe(2);
      expectOneLine(run.stderr);
      expect(run.stderr).toMatch(why);
    }
  });

  it('reads periods oldest first and a header count', () => {
    const r = parseMapSpec("'Q2 pack'!B3:H20 name=B periods=D,E,F target=C status=H header=2");
    expect(r).toEqual({
      ok: true,
      value: {
        sheet: 'Q2 pack',
        mapping: {
          range: 'B3:H20',
          orientation: 'rows',
          name: 0,
          target: 1,
          periods: [2, 3, 4],
          status: 6,
          headerCount: 2,
        },
      },
    });
  });
});
