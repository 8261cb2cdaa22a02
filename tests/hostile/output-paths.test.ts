/**
 * Issue 12, item 6: where the scored copy is written. The temp file is ours alone (random name,
 * exclusive create), only a plain file is ever replaced, permissions survive an overwrite, paths
 * are compared as real paths, and temp files left by killed runs are cleaned up.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { sameFile } from '../../src/cli/workbook-file';
import { expectOneLine, runCli, scratch } from '../cli/run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const BOOK = 'register.xlsx';

async function setUp(): Promise<{ dir: string; input: string; bytes: Buffer }> {
  const dir = await scratch(BOOK);
  const input = path.join(dir, BOOK);
  return { dir, input, bytes: await fs.readFile(input) };
}

describe('--out that is not a plain file is refused, and left as it was', () => {
  it('a symbolic link (to another file)', async () => {
    const { dir, input, bytes } = await setUp();
    const victim = path.join(dir, 'victim.xlsx');
    await fs.writeFile(victim, 'not yours');
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(victim, link);
    const run = await runCli([input, '--out', link]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/symbolic link/);
    expect(await fs.readFile(victim, 'utf8')).toBe('not yours');
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(input)).toEqual(bytes);
  });

  it('a FIFO', async () => {
    const { dir, input } = await setUp();
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli([input, '--out', fifo]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/not a regular file/);
    expect((await fs.lstat(fifo)).isFIFO()).toBe(true);
  });

  it('a device (a character device named like a workbook)', async () => {
    const { dir, input } = await setUp();
    const dev = path.join(dir, 'null.xlsx');
    try {
      execFileSync('mknod', [dev, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      console.warn('mknod is not permitted here: the device case of --out is not exercised.');
      return;
    }
    const run = await runCli([input, '--out', dev]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/not a regular file/);
    expect((await fs.lstat(dev)).isCharacterDevice()).toBe(true);
  });

  it('/dev/null is not a workbook name', async () => {
    const { input } = await setUp();
    const run = await runCli([input, '--out', '/dev/null']);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/must end in \.xlsx/);
  });

  it('a folder named like a workbook', async () => {
    const { dir, input } = await setUp();
    const folder = path.join(dir, 'out.xlsx');
    await fs.mkdir(folder);
    const run = await runCli([input, '--out', folder]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/is a folder/);
  });
});

describe('--out must name a workbook', () => {
  it.each(['scored.csv', 'scored', 'scored.xlsm'])('%s: exit 2, nothing written', async (name) => {
    const { dir, input } = await setUp();
    const run = await runCli([input, '--out', path.join(dir, name)]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(await fs.readdir(dir)).toEqual([BOOK]);
  });
});

describe('the temp file', () => {
  it('is not a predictable name: links planted under the old names are never followed', async () => {
    const { dir, input } = await setUp();
    const victim = path.join(dir, 'victim.txt');
    await fs.writeFile(victim, 'keep me');
    const out = path.join(dir, 'out.xlsx');
    // The names the old writer used (.<name>.<pid>.tmp), for this process and its neighbours.
    for (let pid = process.pid - 2; pid <= process.pid + 2; pid++)
      await fs.symlink(victim, path.join(dir, `.out.xlsx.${pid}.tmp`));
    const run = await runCli([input, '--out', out]);
    expect(run.code).toBe(0);
    expect(await fs.readFile(victim, 'utf8')).toBe('keep me');
    expect((await fs.lstat(out)).isFile()).toBe(true);
  });

  it('of a killed run is removed; one of a live process is left alone; none of ours remains', async () => {
    const { dir, input } = await setUp();
    const out = path.join(dir, 'out.xlsx');
    // Process ids above the kernel's pid_max never run.
    const stale = path.join(dir, '.out.xlsx.scorelight-4194399-0123456789abcdef.tmp');
    const live = path.join(dir, '.out.xlsx.scorelight-1-0123456789abcdef.tmp');
    await fs.writeFile(stale, 'half a workbook');
    await fs.writeFile(live, 'being written by pid 1');
    const run = await runCli([input, '--out', out]);
    expect(run.code).toBe(0);
    const names = await fs.readdir(dir);
    expect(names).not.toContain(path.basename(stale));
    expect(names).toContain(path.basename(live));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([path.basename(live)]);
  });
});

describe('overwriting', () => {
  it('keeps the permissions of the file it replaces', async () => {
    const { dir, input } = await setUp();
    const out = path.join(dir, 'out.xlsx');
    await fs.writeFile(out, 'old');
    await fs.chmod(out, 0o640);
    expect((await runCli([input, '--out', out])).code).toBe(0);
    expect((await fs.stat(out)).mode & 0o777).toBe(0o640);
    expect((await fs.readFile(out)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('compares real paths: the input reached through a symbolic link is the same file', async () => {
    const { dir, input } = await setUp();
    const link = path.join(dir, 'alias.xlsx');
    await fs.symlink(input, link);
    expect(await sameFile(link, input)).toBe(true);
    expect(await sameFile(path.join(dir, '.', 'sub', '..', BOOK), input)).toBe(true);
    expect(await sameFile(path.join(dir, 'other.xlsx'), input)).toBe(false);
  });
});
