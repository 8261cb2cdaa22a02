/** Test helper: scratch folders holding copies of the examples and fixtures. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'xlsx');

/** A fresh folder holding copies of the named files (examples/ or fixtures), so tests never write into the repo. */
export async function scratch(...files: string[]): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-cli-'));
  for (const f of files) {
    const from = [path.join(EXAMPLES, f), path.join(FIXTURES, f)];
    for (const src of from) {
      try {
        await fs.copyFile(src, path.join(dir, f));
        break;
      } catch {
        // try the next folder
      }
    }
  }
  return dir;
}

/** One line of stderr, no stack trace. */
export function expectOneLine(stderr: string): void {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^scorelight: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}
