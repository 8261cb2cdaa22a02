/** Test helper: run the CLI in-process with captured output. */
import { promises as fs } from 'fs';
import { main } from '../../src/cli/main';
import { parseArgs } from '../../src/cli/args';
import { defaultOutputPath } from '../../src/cli/workbook-file';
import { packageNamespaceErrors } from '../xlsx/support/namespaces';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  if (code === 0) await expectNamespaceWellFormed(args, started);
  return { code, stdout, stderr };
}

export { EXAMPLES, FIXTURES, ROOT, expectOneLine, scratch } from './scratch';

/**
 * Every scored copy a test run writes is parsed with namespaces on, as Excel parses it: a namespace
 * error fails the test that wrote it, whatever that test checks.
 */
async function expectNamespaceWellFormed(args: string[], started: number): Promise<void> {
  const parsed = parseArgs(args);
  if (parsed.help) return;
  const out = parsed.options.out ?? defaultOutputPath(parsed.options.book);
  const st = await fs.stat(out).catch(() => undefined);
  if (!st?.isFile() || st.mtimeMs < started - 1000) return;
  const bytes = await fs.readFile(out);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return;
  // The input as it was: an overwritten input (--out naming it) has no other copy, so all is checked.
  const input = out === parsed.options.book ? undefined : await fs.readFile(parsed.options.book).catch(() => undefined);
  expect(await packageNamespaceErrors(bytes, input)).toEqual([]);
}
