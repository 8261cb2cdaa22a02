/**
 * The real command: `npm run build:cli`, then bin/scorelight.js in a child process, as a user or a
 * scheduled job runs it. Checks the exit status, that stdout is one JSON document and that errors
 * are one line on stderr.
 */
import { execFile, execFileSync, spawn } from 'child_process';
import { Workbook } from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { ROOT, scratch } from './scratch';

const BIN = path.join(ROOT, 'bin', 'scorelight.js');

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(() => {
  // Build exactly what `npm ci` builds (via prepare). tsc may report errors elsewhere and still emit.
  try {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
  } catch {
    // The check below says whether the entry point exists.
  }
}, 180_000);

describe('bin/scorelight.js', () => {
  it('is built', async () => {
    await expect(fs.stat(path.join(ROOT, 'dist-cli', 'cli', 'main.js'))).resolves.toBeTruthy();
  });

  it('scores a workbook: exit 0, one JSON document on stdout, the scored file beside it', async () => {
    const dir = await scratch('metric-blocks.xlsx');
    const r = await run(['metric-blocks.xlsx', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { sheets: { name: string; indicators: { status: string }[] }[] };
    expect(report.sheets.map((s) => s.name)).toEqual(['April 2016', 'May 2015']);
    expect(report.sheets[0].indicators.length).toBeGreaterThan(0);
    await expect(fs.stat(path.join(dir, 'metric-blocks.scored.xlsx'))).resolves.toBeTruthy();
  });

  it('a missing workbook: exit 1 and one line on stderr', async () => {
    const dir = await scratch();
    const r = await run(['missing.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('scorelight: Cannot find missing.xlsx.\n');
  });

  it('corrupt input: exit 1 and one line on stderr', async () => {
    const dir = await scratch('corrupt.xlsx');
    const r = await run(['corrupt.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/^scorelight: corrupt\.xlsx is damaged or not an Excel workbook/);
  });
});

describe('--json through a pipe', () => {
  it('arrives whole: a multi-megabyte report for 5,000 indicators parses, every indicator in it', async () => {
    const dir = await scratch();
    const wb = new Workbook();
    const ws = wb.addWorksheet('KPIs');
    ws.addRow(['Measure', 'Apr-19', 'May-19', 'Jun-19', 'Target', 'RAG']);
    for (let i = 0; i < 5000; i++)
      ws.addRow([`Increase in measure number ${i}`, i % 7, (i * 3) % 11, (i * 5) % 13, 6, null]);
    await wb.xlsx.writeFile(path.join(dir, 'big.xlsx'));
    // spawn, not execFile: the report is read from the pipe as it comes, with no buffer limit.
    const child = spawn(process.execPath, [BIN, 'big.xlsx', '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const report = JSON.parse(text) as { sheets: { indicators: unknown[] }[] };
    expect(report.sheets[0].indicators).toHaveLength(5000);
  }, 120_000);
});
