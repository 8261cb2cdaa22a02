/** The shared corpus folder (BRIEF: env SCORELIGHT_SHARED, else <repoRoot>/../shared, else /work/shared), or null. */
import fs from 'fs';
import path from 'path';

export function sharedCorpus(): string | null {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const candidates = [process.env.SCORELIGHT_SHARED, path.join(repoRoot, '..', 'shared'), '/work/shared'];
  for (const c of candidates) {
    if (c && fs.existsSync(path.join(c, 'corpus'))) return path.join(c, 'corpus');
  }
  return null;
}
