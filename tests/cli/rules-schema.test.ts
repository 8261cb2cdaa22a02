/**
 * rules.schema.json and docs/rules.md against the rules validator the program uses: every preset
 * and every example in the docs passes both; invalid files fail both.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { readRulesFile } from '../../src/cli/rules-file';
import { rulesToJson } from '../../src/core/rules/json';
import { PRESET_NAMES, presetRules } from '../../src/core/rules/presets';
import { ROOT, scratch } from './run-cli';

async function schemaCheck(): Promise<(data: unknown) => boolean> {
  const schema = JSON.parse(await fs.readFile(path.join(ROOT, 'rules.schema.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true });
  return ajv.compile(schema) as (data: unknown) => boolean;
}

/** The ```json blocks of docs/rules.md (a fenced-block split, not an XML or JSON parse). */
async function docExamples(): Promise<string[]> {
  const md = await fs.readFile(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
  return md
    .split('```json\n')
    .slice(1)
    .map((block) => block.slice(0, block.indexOf('```')));
}

async function accepted(text: string): Promise<boolean> {
  const dir = await scratch();
  const file = path.join(dir, 'rules.json');
  await fs.writeFile(file, text);
  try {
    await readRulesFile(file);
    return true;
  } catch {
    return false;
  }
}

describe('rules.schema.json', () => {
  it.each(PRESET_NAMES)('accepts the preset %s, as exported', async (name) => {
    const valid = await schemaCheck();
    expect(valid(JSON.parse(rulesToJson(presetRules(name))))).toBe(true);
    expect(await accepted(rulesToJson(presetRules(name)))).toBe(true);
  });

  it('accepts every example in docs/rules.md, as the CLI does', async () => {
    const valid = await schemaCheck();
    const examples = await docExamples();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const text of examples) {
      expect({ text, schema: valid(JSON.parse(text)) }).toEqual({ text, schema: true });
      expect({ text, cli: await accepted(text) }).toEqual({ text, cli: true });
    }
  });

  it.each([
    ['an unknown scheme', { scheme: 'rgb' }],
    ['a negative tolerance', { tolerance: { kind: 'absolute', value: -1 } }],
    ['a tolerance over 100% of target', { tolerance: { kind: 'percent-of-target', value: 150 } }],
    ['an unknown tolerance kind', { tolerance: { kind: 'percent', value: 5 } }],
    ['a colour name', { status: { RED: { label: 'Red', symbol: '', fill: 'red', fontColor: '#000000' } } }],
    ['an empty label', { status: { RED: { label: '', symbol: '', fill: '', fontColor: '#000000' } } }],
    ['an unknown status', { status: { PURPLE: { label: 'Purple', symbol: '', fill: '', fontColor: '#000000' } } }],
    ['an unknown field', { colours: {} }],
    ['an override matching nothing', { overrides: [{ match: {}, polarity: 'lower' }] }],
    ['a band without its high end', { overrides: [{ match: { code: 'X1' }, band: { low: 1 } }] }],
    ['a wrong version', { version: 2 }],
    ['a trend threshold of 5 (not 0.05)', { trend: { muchBetterThreshold: 5 } }],
    ['symbols as text', { showSymbols: 'yes' }],
  ])('rejects %s, as the CLI does', async (_what, rules) => {
    const valid = await schemaCheck();
    expect(valid(rules)).toBe(false);
    expect(await accepted(JSON.stringify(rules))).toBe(false);
  });
});
