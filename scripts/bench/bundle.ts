/** bundle.excel_path_gzip_kb: JavaScript the taskpane entry loads before first render (office.js excluded). */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';

interface StatsAsset {
  name: string;
}
interface Stats {
  entrypoints: Record<string, { assets: (StatsAsset | string)[] }>;
}

export function gzipKb(files: string[]): number {
  let bytes = 0;
  for (const f of files) bytes += gzipSync(fs.readFileSync(f), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Production build with stats; returns the stats so other groups can reuse the build. */
export function buildWithStats(root: string): Stats {
  const statsFile = path.join(root, 'dist', 'bench-stats.json');
  fs.mkdirSync(path.dirname(statsFile), { recursive: true });
  const cli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  execFileSync(process.execPath, [cli, '--mode', 'production', '--json', statsFile], { cwd: root, stdio: 'pipe' });
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as Stats;
  fs.rmSync(statsFile);
  return stats;
}

export function benchBundle(root: string): Record<string, number> {
  const stats = buildWithStats(root);
  const entry = stats.entrypoints.taskpane;
  if (!entry) throw new Error('bench: the webpack build has no "taskpane" entry');
  const files = entry.assets
    .map((a) => (typeof a === 'string' ? a : a.name))
    .filter((n) => n.endsWith('.js') && !/office\.js$/.test(n))
    .map((n) => path.join(root, 'dist', n));
  return { 'bundle.excel_path_gzip_kb': gzipKb(files) };
}
