/**
 * The fuzz suite: every case of fuzz-cases.ts (generated now, from examples/register.xlsx) scored
 * by the CLI with --summary, checked by checkRun: input unchanged, output namespace-well-formed with
 * the user's cells kept, or one plain sentence; each within a bounded time. Plus the special files
 * a path can name (a FIFO, /dev/zero), which must be refused without reading.
 */
import { execFileSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../cli/run-cli';
import { fuzzCases } from './fuzz-cases';
import { checkRun } from './fuzz-check';

const CASES = fuzzCases();
/** Per case, on a loaded 1-core machine; the 1,000-sheet case is the slowest. */
const MAX_MS = 60_000;

let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-fuzz-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('there are at least 150 cases, of every family', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(150);
  expect(new Set(CASES.map((c) => c.family)).size).toBeGreaterThanOrEqual(9);
});

test.each(CASES.map((c, i) => [`${c.family}: ${c.name}`, i]))(
  '%s',
  async (_name, i) => {
    const c = CASES[i as number];
    const input = path.join(dir, `case-${i}.xlsx`);
    const out = path.join(dir, `case-${i}.scored.xlsx`);
    const bytes = await c.make();
    await fs.writeFile(input, bytes);
    const started = performance.now();
    const run = await runCli([input, '--summary', '--out', out]);
    const ms = performance.now() - started;
    const output = existsSync(out) ? await fs.readFile(out) : undefined;
    const problems = await checkRun(
      {
        code: run.code,
        stderr: run.stderr,
        ms,
        inputBefore: bytes,
        inputAfter: await fs.readFile(input),
        output,
        mustRefuse: c.refuse,
      },
      MAX_MS,
    );
    expect(problems).toEqual([]);
  },
  MAX_MS * 2,
);

describe('special files are refused without being read', () => {
  test('a FIFO', async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli([fifo]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^scorelight: .*pipe\.xlsx is not a regular file/);
  }, 10_000);

  (existsSync('/dev/zero') ? test : test.skip)(
    '/dev/zero',
    async () => {
      const run = await runCli(['/dev/zero']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^scorelight: \/dev\/zero is not a regular file/);
    },
    10_000,
  );
});
