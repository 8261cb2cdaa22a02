/**
 * Every output we can make checked the way Excel would check it: ../shared/ooxml/check-outputs.sh
 * scores the examples, the shared corpus and producer edge cases (with --summary), re-scores each
 * scored copy, and validates both against the ECMA-376 schemas and the package rules. It needs the
 * shared folder beside the repository and Python's lxml (Debian: python3-lxml, which .ci/run
 * installs); without them this test says so and skips.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, copyFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

function sharedDir(): string | undefined {
  const candidates = [process.env.SCORELIGHT_SHARED, path.join(ROOT, '..', 'shared'), '/work/shared'];
  return candidates.find((d): d is string => !!d && existsSync(path.join(d, 'ooxml', 'check-outputs.sh')));
}

const shared = sharedDir();
// As the script does: the first python3 with lxml (a pyenv shim may shadow Debian's).
const lxml = ['python3', '/usr/bin/python3'].some(
  (py) => spawnSync(py, ['-c', 'import lxml'], { stdio: 'ignore' }).status === 0,
);
const why = !shared
  ? 'the shared folder (../shared/ooxml) is not beside the repository'
  : !lxml
    ? 'python3 with lxml is not installed (Debian: apt-get install python3-lxml)'
    : '';
if (why) console.warn(`ooxml-schemas: skipped: ${why}`);

/**
 * A project folder of our own for the script: the CLI compiled from today's sources into it (never
 * a build another command left behind, nor the one tests/cli/bin.test.ts may be writing), beside
 * links to the examples and the installed packages.
 */
let project = '';
beforeAll(() => {
  if (why) return;
  project = mkdtempSync(path.join(os.tmpdir(), 'scorelight-ooxml-'));
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      path.join(ROOT, 'tsconfig.cli.json'),
      '--outDir',
      path.join(project, 'dist-cli'),
    ],
    { cwd: ROOT, stdio: 'pipe', timeout: 600_000 },
  );
  mkdirSync(path.join(project, 'bin'));
  copyFileSync(path.join(ROOT, 'bin', 'scorelight.js'), path.join(project, 'bin', 'scorelight.js'));
  symlinkSync(path.join(ROOT, 'examples'), path.join(project, 'examples'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
}, 600_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

(why ? test.skip : test)(
  'every scored and re-scored workbook validates against the schemas and the package rules',
  () => {
    const run = spawnSync('bash', [path.join(shared as string, 'ooxml', 'check-outputs.sh')], {
      cwd: project,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const out = `${run.stdout}\n${run.stderr}`;
    const failures = out.split('\n').filter((l) => /^FAIL |ERROR/.test(l));
    const summary = /ooxml: (\d+) workbooks scored and re-scored, (\d+) outputs fail validation/.exec(out);
    expect(failures).toEqual([]);
    expect(summary).not.toBeNull();
    expect(Number(summary?.[1])).toBeGreaterThan(0);
    expect(run.status).toBe(0);
  },
  // About 4 minutes on a loaded 2-core machine (50 outputs, each scored by the CLI and validated).
  30 * 60_000,
);
