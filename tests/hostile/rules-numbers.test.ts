/**
 * Issue 23: numbers in odd forms in a rules file (1e309, "-0", "1,5", two figures in one value)
 * each give one plain sentence naming the field and the value as written, through the CLI with a
 * real workbook; never Infinity, NaN or null in a message, and never in the rules in use.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { rulesFromJson } from '../../src/core/rules/json';
import { decodeState, encodeState } from '../../src/core/state/codec';
import { expectOneLine, runCli, scratch } from '../cli/run-cli';

// Each case scores a real workbook through the CLI: allow a loaded 1-core machine.
jest.setTimeout(60_000);

const CASES: [string, string, RegExp][] = [
  [
    'an overflowing number',
    '{"tolerance": {"kind": "absolute", "value": 1e309}}',
    /tolerance\.value is 1e309, too large for any number Scorelight can use/,
  ],
  [
    'the largest double, ten times over',
    '{"overrides": [{"match": {"name": "Visits"}, "target": 1.7976931348623157e309}]}',
    /overrides\[0\]\.target is 1\.7976931348623157e309, too large/,
  ],
  [
    'negative overflow in a fraction',
    '{"trend": {"muchBetterThreshold": -2e400}}',
    /trend\.muchBetterThreshold is -2e400, too large/,
  ],
  [
    '"-0" in quotes',
    '{"tolerance": {"kind": "absolute", "value": "-0"}}',
    /tolerance\.value must be a number written without quotes \(0\), not the text "-0"/,
  ],
  [
    'a decimal comma',
    '{"trend": {"stableBand": "0,5"}}',
    /trend\.stableBand must be a number written with a decimal point and without quotes \(0\.5\), not the text "0,5"/,
  ],
  [
    'two figures in one value',
    '{"direction": {"band": "5 to 10"}}',
    /direction\.band must be one number, and "5 to 10" holds 2 figures/,
  ],
  [
    'a band bound typed as text',
    '{"overrides": [{"match": {"name": "Visits"}, "polarity": "band", "band": {"low": "1,5", "high": 1e999}}]}',
    /overrides\[0\]\.band\.low must be a number written with a decimal point.*; overrides\[0\]\.band\.high is 1e999, too large/,
  ],
  [
    '"Infinity" in quotes, with a byte-order mark and mappings',
    '\uFEFF{"mappings": [], "exceedMargin": {"kind": "absolute", "value": "Infinity"}}',
    /exceedMargin\.value must be a number, and "Infinity" is not one Scorelight can use/,
  ],
  [
    'an overflow beside a mapping (the file is read twice)',
    '{"mappings": [], "$schema": "x", "tolerance": {"kind": "absolute", "value": 1E+309}}',
    /tolerance\.value is 1E\+309, too large/,
  ],
];

describe('odd numbers in a rules file: one plain sentence each, naming the field and the value', () => {
  test.each(CASES)('%s', async (_name, json, message) => {
    const dir = await scratch('register.xlsx');
    const rules = path.join(dir, 'rules.json');
    await fs.writeFile(rules, json);
    const run = await runCli([path.join(dir, 'register.xlsx'), '--rules', rules]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/The rules file .*rules\.json is not valid: /);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/Infinity\b(?!")|NaN|null|\$number/);
    // Nothing written beside the workbook.
    expect((await fs.readdir(dir)).sort()).toEqual(['register.xlsx', 'rules.json']);
  });
});

describe('numbers the rules can use, however written', () => {
  test('-0 and an underflow to -0 are read as 0, never negative zero', () => {
    const read = rulesFromJson(
      '{"tolerance": {"kind": "absolute", "value": -0}, "exceedMargin": {"kind": "absolute", "value": -1e-400}}',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.is(read.rules.tolerance.value, 0)).toBe(true);
    expect(Object.is(read.rules.exceedMargin.value, 0)).toBe(true);
  });

  test('figures inside strings are left alone', () => {
    const read = rulesFromJson(
      '{"status": {"GREEN": {"label": "On target 1e309 -0", "symbol": "", "fill": "", "fontColor": ""}}}',
    );
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.rules.status.GREEN.label).toBe('On target 1e309 -0');
  });

  test('-0 in a rules file scores like 0', async () => {
    const dir = await scratch('register.xlsx');
    const rules = path.join(dir, 'rules.json');
    await fs.writeFile(rules, '{"tolerance": {"kind": "absolute", "value": -0}}');
    const run = await runCli([path.join(dir, 'register.xlsx'), '--rules', rules, '--out', path.join(dir, 'o.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

test('rules saved in the workbook with 1e309: the warning names the value, and the default rules apply', () => {
  // Encoded as Scorelight writes it, then the number edited in, checksum and length made to match.
  const json = '{"version":1,"sheets":{},"rules":{"tolerance":{"kind":"absolute","value":1e309}}}';
  const grid = encodeState({ version: 1, sheets: {} });
  const sum = (t: string): string => {
    let h = 0x811c9dc5;
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  grid[0] = ['Scorelight state', 'v1', 'chunks 1', `chars ${json.length}`, `fnv1a ${sum(json)}`];
  grid[1] = [`c${json}`, '', '', '', ''];
  const read = decodeState(grid);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.state.rules).toBeUndefined();
  expect(read.warnings.join(' ')).toMatch(/tolerance\.value is 1e309, too large/);
  expect(read.warnings.join(' ')).not.toMatch(/null|Infinity/);
});
