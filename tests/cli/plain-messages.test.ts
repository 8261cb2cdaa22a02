/**
 * Failures from inside libraries reach the user as one plain sentence naming the file: a zip entry
 * packed by an unknown method, an entry cut short, XML nested past the parser's stack; and a rules
 * file saved with a byte-order mark is simply read.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { expectOneLine, runCli, scratch } from './run-cli';

jest.setTimeout(60_000);

/** The compression method of every local and central header set to `method`. */
function setMethod(zip: Buffer, method: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt16LE(method, i + 8);
    else if (sig === 0x02014b50) out.writeUInt16LE(method, i + 10);
  }
  return out;
}

const INTERNALS = /\\x|\bBug\b|Corrupted zip|End of data|call stack|compression .* unknown|undefined/;

test('a zip entry packed by a method Excel never writes: one sentence naming the file', async () => {
  const dir = await scratch('register.xlsx');
  const file = path.join(dir, 'register.xlsx');
  await fs.writeFile(file, setMethod(await fs.readFile(file), 12));
  const run = await runCli([file]);
  expect(run.code).toBe(1);
  expectOneLine(run.stderr);
  expect(run.stderr).toContain('register.xlsx');
  expect(run.stderr).not.toMatch(INTERNALS);
});

test('a workbook cut short: one sentence naming the file', async () => {
  const dir = await scratch('register.xlsx');
  const file = path.join(dir, 'register.xlsx');
  const bytes = await fs.readFile(file);
  await fs.writeFile(file, bytes.subarray(0, bytes.length - 40));
  const run = await runCli([file]);
  expect(run.code).toBe(1);
  expectOneLine(run.stderr);
  expect(run.stderr).toContain('register.xlsx');
  expect(run.stderr).not.toMatch(INTERNALS);
});

test('styles nested 100,000 deep: scored or refused in one sentence, never a stack overflow', async () => {
  const dir = await scratch('register.xlsx');
  const file = path.join(dir, 'register.xlsx');
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const deep = `${'<extLst>'.repeat(100_000)}${'</extLst>'.repeat(100_000)}`;
  zip.file('xl/styles.xml', styles.replace('</styleSheet>', `${deep}</styleSheet>`));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const run = await runCli([file, '--out', path.join(dir, 'out.xlsx')]);
  if (run.code !== 0) expectOneLine(run.stderr);
  expect(run.stderr).not.toMatch(INTERNALS);
});

test('a rules file with a byte-order mark is read', async () => {
  const dir = await scratch('register.xlsx');
  const rules = path.join(dir, 'rules.json');
  await fs.writeFile(rules, `\uFEFF${JSON.stringify({ version: 1, preset: 'brag' })}`);
  const run = await runCli([path.join(dir, 'register.xlsx'), '--rules', rules, '--out', path.join(dir, 'out.xlsx')]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});
