/**
 * hostile.cases / hostile.failures: the fuzz suite's cases (tests/hostile/fuzz-cases.ts) each run
 * through bin/scorelight.js with --summary, one process each, checked by the suite's own checkRun.
 * hostile.max_rss_mb: the largest peak resident memory of those processes.
 * sheets.ms_10000 (and _2500, _5000): scoring the register with that many sheets more, to show the
 * time grows linearly with the number of sheets.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fuzzCases, withManySheets } from '../../tests/hostile/fuzz-cases';
import { checkRun } from '../../tests/hostile/fuzz-check';
import { timeMs } from './timing';

const MAX_MS = 60_000;

export async function benchFuzz(root: string): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-bench-fuzz-'));
  const bin = path.join(root, 'bin', 'scorelight.js');
  const hook = path.join(dir, 'rss-hook.js');
  const rssFile = path.join(dir, 'rss.txt');
  fs.writeFileSync(
    hook,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const figures: Record<string, number> = {};
  try {
    const cases = fuzzCases();
    let failures = 0;
    let maxRss = 0;
    for (const [i, c] of cases.entries()) {
      const input = path.join(dir, `case-${i}.xlsx`);
      const out = path.join(dir, `case-${i}.scored.xlsx`);
      const bytes = await c.make();
      fs.writeFileSync(input, bytes);
      fs.rmSync(rssFile, { force: true });
      let r: ReturnType<typeof spawnSync> | undefined;
      const ms = timeMs(() => {
        r = spawnSync(process.execPath, ['-r', hook, bin, input, '--summary', '--out', out], {
          stdio: 'pipe',
          timeout: MAX_MS * 2,
        });
      });
      if (fs.existsSync(rssFile)) maxRss = Math.max(maxRss, Number(fs.readFileSync(rssFile, 'utf8')) / 1024);
      const problems = await checkRun(
        {
          code: r?.status ?? 1,
          stderr: String(r?.stderr ?? ''),
          ms,
          inputBefore: bytes,
          inputAfter: fs.readFileSync(input),
          output: fs.existsSync(out) ? fs.readFileSync(out) : undefined,
          mustRefuse: c.refuse,
        },
        MAX_MS,
      );
      if (problems.length > 0) {
        failures++;
        process.stderr.write(`fuzz: ${c.family}: ${c.name}: ${problems[0]}\n`);
      }
      fs.rmSync(out, { force: true });
      fs.rmSync(input, { force: true });
    }
    figures['hostile.cases'] = cases.length;
    figures['hostile.failures'] = failures;
    figures['hostile.max_rss_mb'] = Math.round(maxRss);
    for (const n of [2500, 5000, 10_000]) {
      const input = path.join(dir, `sheets-${n}.xlsx`);
      fs.writeFileSync(input, await withManySheets(n));
      const ms = timeMs(() => {
        spawnSync(process.execPath, [bin, input, '--out', path.join(dir, `sheets-${n}.scored.xlsx`)], {
          stdio: 'pipe',
        });
      });
      figures[`sheets.ms_${n}`] = Math.round(ms);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
