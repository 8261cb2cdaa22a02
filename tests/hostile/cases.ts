/**
 * The hostile-input cases, generated into a folder at run time (never into the repo). Shared by
 * tests/hostile/cli.test.ts (what each must end in) and scripts/bench/hostile.ts (how long).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook as ExcelWorkbook, type Workbook } from 'exceljs';
import JSZip from 'jszip';
import { defaultRules } from '../../src/core/rules/presets';
import { SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from './zip-writer';

export interface HostileCase {
  name: string;
  /** The workbook given to the CLI. */
  input: string;
  /** CLI arguments (the input first). */
  args: string[];
  /** Where the scored workbook goes, when the case scores. */
  out?: string;
}

const STATE_SHEET = 'Scorelight_state';

function register(
  names: string[] = ['% calls answered in time', 'Reduce missed visits', '% reviews on time'],
): Workbook {
  const wb = new ExcelWorkbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Target', 'Actual', 'RAG']);
  names.forEach((n, i) => ws.addRow([n, 80 + i, 70 + 10 * i, '']));
  return wb;
}

/** A hand-made state sheet, as someone editing the very hidden sheet could leave it. */
function addState(wb: Workbook, json: unknown): void {
  const ws = wb.addWorksheet(STATE_SHEET);
  ws.state = 'veryHidden';
  ws.getCell('A1').value = 'Scorelight state';
  ws.getCell('B1').value = 'v1';
  ws.getCell('C1').value = 'chunks 1';
  ws.getCell('A2').value = `c${JSON.stringify(json)}`;
}

async function save(wb: Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(file);
}

function* repeat(open: string, chunk: Buffer, times: number, close: string): Iterable<Buffer> {
  yield Buffer.from(open);
  for (let i = 0; i < times; i++) yield chunk;
  yield Buffer.from(close);
}

/** `rows` x `cols` number cells, 1 MB of XML at a time. */
function* cells(rows: number, cols: number): Iterable<Buffer> {
  yield Buffer.from(SHEET_OPEN);
  let buf = '';
  for (let r = 1; r <= rows; r++) {
    buf += `<row r="${r}">${'<c><v>1</v></c>'.repeat(cols)}</row>`;
    if (buf.length > 1 << 20) {
      yield Buffer.from(buf);
      buf = '';
    }
  }
  yield Buffer.from(buf + SHEET_CLOSE);
}

type Maker = (dir: string) => Promise<HostileCase>;

const scored = (name: string, dir: string, input: string, extra: string[] = []): HostileCase => {
  const out = path.join(dir, `${name}.scored.xlsx`);
  return { name, input, args: [input, '--out', out, ...extra], out };
};

export const CASES: Record<string, Maker> = {
  /** 300 MB of XML from about 1 MB of zip. */
  'zip-bomb': async (dir) => {
    const input = path.join(dir, 'zip-bomb.xlsx');
    await writeZip(
      input,
      workbookParts(() => repeat(SHEET_OPEN, Buffer.alloc(1 << 20, 0x20), 300, SHEET_CLOSE)),
    );
    return scored('zip-bomb', dir, input);
  },

  /** 1.6 million cells: more than the CLI loads at once. */
  'huge-sheet': async (dir) => {
    const input = path.join(dir, 'huge-sheet.xlsx');
    await writeZip(
      input,
      workbookParts(() => cells(100_000, 16)),
    );
    return scored('huge-sheet', dir, input);
  },

  /** "Billion laughs" entities in the shared strings, and an external entity. */
  'entity-expansion': async (dir) => {
    const plain = path.join(dir, 'entity-plain.xlsx');
    await save(register(), plain);
    const zip = await JSZip.loadAsync(await fs.readFile(plain));
    const levels = ['<!ENTITY lol0 "lollollollollollollollollollol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const strings = (await zip.file('xl/sharedStrings.xml')!.async('string')).replace(
      /^(<\?xml[^>]*\?>)?/,
      `$1<!DOCTYPE sst [${levels.join('')}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`,
    );
    zip.file('xl/sharedStrings.xml', strings.replace('Reduce missed visits', 'Reduce &lol9; &xxe;'));
    const input = path.join(dir, 'entity-expansion.xlsx');
    await fs.writeFile(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return scored('entity-expansion', dir, input);
  },

  /** Names and notes of 50,000 characters, and a board summary that quotes them. */
  'long-cells': async (dir) => {
    const long = (lead: string) => `${lead} ${'very long words '.repeat(3200)}`.slice(0, 50_000);
    const wb = register([
      long('Reduce'),
      long('% answered'),
      long('Increase'),
      ...Array.from({ length: 40 }, (_, i) => long(`Reduce ${i}`)),
    ]);
    wb.getWorksheet('KPIs')!.getCell('F2').value = long('Note');
    const input = path.join(dir, 'long-cells.xlsx');
    await save(wb, input);
    return scored('long-cells', dir, input, ['--summary']);
  },

  /** A state sheet of a few KB claiming the whole grid on 40 sheets, with one forged fingerprint. */
  'huge-state': async (dir) => {
    const wb = register();
    const sheets: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) sheets[`Gone ${i}`] = { owned: ['A1:XFD1048576'], mappings: [] };
    sheets.KPIs = {
      owned: ['A1:XFD1048576', 'A1:D4'],
      ownedPrints: ['AAAA', 'AAAA'],
      undoBlank: ['A1:XFD1048576'],
      undo: [],
      mappings: [],
    };
    addState(wb, { version: 1, sheets });
    const input = path.join(dir, 'huge-state.xlsx');
    await save(wb, input);
    return scored('huge-state', dir, input);
  },

  /** Saved mappings that put the status on the names, or span the whole grid. */
  'bad-mappings': async (dir) => {
    const wb = register();
    addState(wb, {
      version: 1,
      sheets: {
        KPIs: {
          owned: [],
          mappings: [
            { range: 'A1:D4', orientation: 'rows', name: 0, target: 1, actual: 2, status: 0, headerCount: 1 },
            { range: 'A1:XFD1048576', orientation: 'rows', name: 0, target: 1, actual: 2, headerCount: 1 },
            { range: 'A1:D4', orientation: 'columns', name: 0, actual: 0, headerCount: 1 },
          ],
        },
      },
    });
    const input = path.join(dir, 'bad-mappings.xlsx');
    await save(wb, input);
    return scored('bad-mappings', dir, input);
  },

  /** A rules file whose label holds U+FFFE and runs to 40,000 characters. */
  'bad-label': async (dir) => {
    const input = path.join(dir, 'bad-label.xlsx');
    await save(register(), input);
    const rules = defaultRules();
    rules.status.GREEN = { ...rules.status.GREEN, label: `On track\ufffe${'!'.repeat(40_000)}` };
    const file = path.join(dir, 'bad-label.rules.json');
    await fs.writeFile(file, JSON.stringify(rules));
    return scored('bad-label', dir, input, ['--rules', file]);
  },

  /** A workbook whose worksheet part is damaged inside its compressed data. */
  'corrupt-part': async (dir) => {
    const plain = path.join(dir, 'corrupt-plain.xlsx');
    await save(register(), plain);
    const bytes = await fs.readFile(plain);
    const at = bytes.indexOf('xl/worksheets/sheet1.xml');
    // Past the local header's name: overwrite the start of the deflated data.
    for (let i = at + 30; i < at + 60 && i < bytes.length; i++) bytes[i] = 0xff;
    const input = path.join(dir, 'corrupt-part.xlsx');
    await fs.writeFile(input, bytes);
    return scored('corrupt-part', dir, input);
  },

  /** A header filled out to column XFD. */
  'xfd-header': async (dir) => {
    const wb = register();
    const ws = wb.getWorksheet('KPIs')!;
    ws.getCell(1, 16_384).value = 'Last column';
    const wide = wb.addWorksheet('Wide');
    const row = wide.getRow(1);
    for (let c = 1; c <= 16_384; c++) row.getCell(c).value = `H${c}`;
    const input = path.join(dir, 'xfd-header.xlsx');
    await save(wb, input);
    return scored('xfd-header', dir, input);
  },
};

export const CASE_NAMES = Object.keys(CASES);
