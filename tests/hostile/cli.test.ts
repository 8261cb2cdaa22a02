/**
 * The hostile-input suite (issue 12): each case, generated at run time, ends in one clear line or a
 * correct result, within the test's time bound, and the input file is left byte for byte as it was.
 * Speed is measured by `npm run bench -- hostile` (hostile.max_ms), not asserted here.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import type { Book } from '../../src/xlsx/book/book';
import { openBook } from '../../src/xlsx/book/read-book';
import { valueAt } from '../helpers/book';
import { expectOneLine, runCli, type CliRun } from '../cli/run-cli';
import { CASES, type HostileCase } from './cases';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

/** What XML 1.0 allows in text. */
const XML_OK = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const BOUND_MS = 120_000;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-hostile-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sha(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** Run a case through the CLI, checking the input is unchanged whatever happens. */
async function run(name: string): Promise<{ c: HostileCase; run: CliRun }> {
  const c = await CASES[name](dir);
  const before = await sha(c.input);
  const result = await runCli(c.args);
  expect(await sha(c.input)).toBe(before);
  return { c, run: result };
}

function decode(xml: string): string {
  return xml.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '',
  );
}

/** Cell texts over Excel's limit in a workbook (the user's own, which we never change). */
async function longTexts(file: string): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Set<string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !entry.name.endsWith('.xml')) continue;
    for (const m of (await entry.async('string')).matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g))
      if (decode(m[1]).length > 32_767) out.add(decode(m[1]));
  }
  return out;
}

/** Every XML part holds only characters XML allows, and no cell text we wrote passes Excel's 32,767. */
async function expectExcelCanOpen(file: string, theirs: Set<string> = new Set()): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !name.endsWith('.xml')) continue;
    const xml = await entry.async('string');
    expect([name, XML_OK.test(xml)]).toEqual([name, true]);
    for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g))
      if (!theirs.has(decode(m[1]))) expect(decode(m[1]).length).toBeLessThanOrEqual(32_767);
  }
}

async function openFile(file: string): Promise<Book> {
  return openBook(await fs.readFile(file));
}

/** A1:C4 of KPIs (names, targets, figures) as values. */
function kpiBlock(book: Book): unknown[] {
  const out: unknown[] = [];
  for (let row = 1; row <= 4; row++) for (const col of ['A', 'B', 'C']) out.push(valueAt(book, 'KPIs', `${col}${row}`));
  return out;
}

function refused(r: CliRun, message: RegExp): void {
  expect(r.code).not.toBe(0);
  expectOneLine(r.stderr);
  expect(r.stderr).toMatch(message);
}

describe('hostile input through the CLI', () => {
  it(
    'a zip bomb is refused before it is unpacked',
    async () => {
      const { run: r } = await run('zip-bomb');
      refused(r, /unpacks to more than/);
    },
    BOUND_MS,
  );

  it(
    'a sheet of 1.6 million cells is refused before loading, not with an out-of-memory abort',
    async () => {
      const { c, run: r } = await run('huge-sheet');
      refused(r, /more than 1,500,000 cells \(sheet "KPIs" alone/);
      await expect(fs.access(c.out!)).rejects.toThrow();
    },
    BOUND_MS,
  );

  it(
    'entity expansion and external entities expand nothing and read no file',
    async () => {
      const { c, run: r } = await run('entity-expansion');
      if (r.code !== 0) {
        expectOneLine(r.stderr);
        return;
      }
      const out = await fs.readFile(c.out!);
      expect(out.length).toBeLessThan(1_000_000);
      expect(out.toString('latin1')).not.toMatch(/root:x:0/);
      await expectExcelCanOpen(c.out!);
    },
    BOUND_MS,
  );

  it(
    '50,000-character cells: scored, and the summary quoting them stays within Excel limits',
    async () => {
      const { c, run: r } = await run('long-cells');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const theirs = await longTexts(c.input);
      expect(theirs.size).toBeGreaterThan(0);
      await expectExcelCanOpen(c.out!, theirs);
      // The summary sheets are ours: every text in them fits a cell, long ones cut with a count.
      const wb = await openFile(c.out!);
      const ours = wb.sheets.filter((ws) => ws.name !== 'KPIs' && ws.visibility === 'visible');
      expect(ours.length).toBeGreaterThan(0);
      let cut = 0;
      for (const ws of ours)
        for (const row of ws.rows.values())
          for (const cell of row.values()) {
            const t = typeof cell.value === 'string' ? cell.value : '';
            expect(t.length).toBeLessThanOrEqual(32_767);
            if (/ \.\.\. and \d+ more/.test(t)) cut++;
          }
      expect(cut).toBeGreaterThan(0);
    },
    BOUND_MS,
  );

  it(
    'a state claiming the whole grid on 40 sheets: scored, nothing of the user cleared',
    async () => {
      const { c, run: r } = await run('huge-state');
      expect(r.code).toBe(0);
      const before = await openFile(c.input);
      const after = await openFile(c.out!);
      expect(kpiBlock(after)).toEqual(kpiBlock(before));
      expect(kpiBlock(before)).toContain('Measure');
      expect(String(valueAt(after, 'KPIs', 'D2'))).toMatch(/green|amber|red/i);
    },
    BOUND_MS,
  );

  it(
    'bad saved mappings are refused with a message each, names and figures untouched',
    async () => {
      const { c, run: r } = await run('bad-mappings');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/same column/);
      expect(r.stdout).toMatch(/no columns right of it/);
      const before = await openFile(c.input);
      const after = await openFile(c.out!);
      expect(kpiBlock(after)).toEqual(kpiBlock(before));
      expect(kpiBlock(before)).toContain('Measure');
    },
    BOUND_MS,
  );

  it(
    'a rules label with U+FFFE and 40,000 characters is refused in one line',
    async () => {
      const { c, run: r } = await run('bad-label');
      refused(r, /label/);
      await expect(fs.access(c.out!)).rejects.toThrow();
    },
    BOUND_MS,
  );

  it(
    'a damaged worksheet part is refused in one line',
    async () => {
      const { run: r } = await run('corrupt-part');
      refused(r, /damaged|not an Excel workbook|could not/i);
    },
    BOUND_MS,
  );

  // Issue 12 items 6/7: a header out to XFD is skipped with a warning.
  it(
    'a header filled out to column XFD: that sheet skipped with a warning, the rest scored',
    async () => {
      const { run: r } = await run('xfd-header');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/KPIs/);
    },
    BOUND_MS,
  );
});

describe('odd output paths', () => {
  async function book(): Promise<string> {
    const c = await CASES['bad-mappings'](dir);
    return c.input;
  }

  // Issue 12 items 6/7: a FIFO is not a regular file, refused.
  it(
    '--out at a FIFO is refused and the FIFO stays a FIFO',
    async () => {
      const input = await book();
      const fifo = path.join(dir, 'pipe.xlsx');
      execFileSync('mkfifo', [fifo]);
      const before = await sha(input);
      const r = await runCli([input, '--out', fifo]);
      expect(await sha(input)).toBe(before);
      refused(r, /not a regular file|FIFO|pipe/i);
      expect((await fs.lstat(fifo)).isFIFO()).toBe(true);
    },
    BOUND_MS,
  );

  // Issue 12 items 6/7: a symlinked target is refused, not replaced.
  it(
    '--out at a symlink does not replace the link',
    async () => {
      const input = await book();
      const target = path.join(dir, 'target.xlsx');
      await fs.writeFile(target, 'precious');
      const link = path.join(dir, 'link.xlsx');
      await fs.symlink(target, link);
      const r = await runCli([input, '--out', link]);
      refused(r, /link/i);
      expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
      expect(await fs.readFile(target, 'utf8')).toBe('precious');
    },
    BOUND_MS,
  );

  // Issue 12 items 6/7: --out must end in .xlsx.
  it(
    '--out not ending in .xlsx is refused',
    async () => {
      const input = await book();
      const r = await runCli([input, '--out', path.join(dir, 'report.txt')]);
      refused(r, /\.xlsx/);
    },
    BOUND_MS,
  );
});
