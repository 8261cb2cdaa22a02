/**
 * hostile.max_ms: the slowest hostile-input case (tests/hostile/cases.ts) run through the CLI as a
 * user would, one process each, case generation not counted.
 * cli.peak_rss_mb_50000: the CLI's peak resident memory scoring a 50,000-indicator register (12
 * monthly columns, as scripts/bench/synthetic.ts makes them), read from the process's own rusage.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CASES } from '../../tests/hostile/cases';
import { writeSyntheticWorkbook } from './synthetic-workbook';
import { timeMs } from './timing';

/** Peak RSS in MB of `node bin/scorelight.js args`, written by a preload hook as the process exits. */
function peakRssMb(dir: string, bin: string, args: string[]): number {
  const hook = path.join(dir, 'rss-hook.js');
  const report = path.join(dir, 'rss.txt');
  fs.writeFileSync(
    hook,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const r = spawnSync(process.execPath, ['-r', hook, bin, ...args], { stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`scorelight failed: ${String(r.stderr).split('\n')[0]}`);
  return Math.round(Number(fs.readFileSync(report, 'utf8')) / 1024);
}

export async function benchHostile(root: string): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-bench-hostile-'));
  const bin = path.join(root, 'bin', 'scorelight.js');
  const figures: Record<string, number> = {};
  try {
    let max = 0;
    for (const [name, make] of Object.entries(CASES)) {
      const c = await make(dir);
      // Refusals exit non-zero by design: only the time matters here.
      const ms = timeMs(() => spawnSync(process.execPath, [bin, ...c.args], { stdio: 'pipe' }));
      figures[`hostile.ms.${name}`] = Math.round(ms);
      max = Math.max(max, ms);
    }
    figures['hostile.max_ms'] = Math.round(max);
    const input = path.join(dir, 'register-50000.xlsx');
    await writeSyntheticWorkbook(input, 50_000, 12, false);
    figures['cli.peak_rss_mb_50000'] = peakRssMb(dir, bin, [input, '--out', path.join(dir, 'scored-50000.xlsx')]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
