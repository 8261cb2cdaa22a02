/**
 * ooxml.outputs / ooxml.invalid: ../shared/ooxml/check-outputs.sh (examples, the shared corpus and
 * producer edge cases, scored and re-scored with --summary, validated against the ECMA-376 schemas
 * and the package rules): how many outputs it checked and how many failed. -1 for both when the
 * shared folder or python3-lxml is missing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export function benchOoxml(root: string): Record<string, number> {
  const shared = [process.env.SCORELIGHT_SHARED, path.join(root, '..', 'shared'), '/work/shared'].find(
    (d): d is string => !!d && fs.existsSync(path.join(d, 'ooxml', 'check-outputs.sh')),
  );
  if (!shared) return { 'ooxml.outputs': -1, 'ooxml.invalid': -1 };
  const r = spawnSync('bash', [path.join(shared, 'ooxml', 'check-outputs.sh')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /ooxml: (\d+) workbooks scored and re-scored, (\d+) outputs fail validation/.exec(r.stdout ?? '');
  if (!m) return { 'ooxml.outputs': -1, 'ooxml.invalid': -1 };
  // Each workbook gives two outputs: its scored copy and the re-scored one.
  const rescored = (r.stdout.match(/^== .*\.rescored\./gm) ?? []).length;
  return { 'ooxml.outputs': Number(m[1]) + rescored, 'ooxml.invalid': Number(m[2]) };
}
