/**
 * Where the shared public corpus is. Third-party workbooks stay outside the repository (several carry
 * no licence to redistribute), so tests and benches find them beside it: env SCORELIGHT_SHARED if
 * set, else `<repo>/../shared` (what CI sees: main cloned with shared/ beside it), else /work/shared.
 * When none exists, the tests that need it say so and skip; everything else runs.
 */
import { existsSync } from 'fs';
import * as path from 'path';

export const REPO_ROOT = path.join(__dirname, '..', '..');

/** The shared folder, or undefined when there is none. */
export function sharedDir(root: string = REPO_ROOT): string | undefined {
  // When the variable is set it alone decides (set it to a missing folder to run as if absent).
  const env = process.env.SCORELIGHT_SHARED;
  const candidates = env !== undefined && env !== '' ? [env] : [path.join(root, '..', 'shared'), '/work/shared'];
  return candidates.find((c) => existsSync(path.join(c, 'corpus')));
}

/** The public corpus folder (`<shared>/corpus`), or undefined when it is absent. */
export function sharedCorpusDir(root: string = REPO_ROOT): string | undefined {
  const shared = sharedDir(root);
  return shared === undefined ? undefined : path.join(shared, 'corpus');
}

/** The published workbooks the project's tests used, now kept in the shared corpus. */
export function fromProjectDir(root: string = REPO_ROOT): string | undefined {
  const corpus = sharedCorpusDir(root);
  return corpus === undefined ? undefined : path.join(corpus, 'from-project');
}

/** One console line saying which tests skip and why, so a skip is never silent. */
export function sayCorpusAbsent(what: string): void {
  process.stdout.write(
    `${what}: skipped, the shared corpus is absent (set SCORELIGHT_SHARED, or put shared/corpus beside the repository)\n`,
  );
}
