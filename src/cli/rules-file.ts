/** Loading a rules JSON file given with --rules; every problem becomes one readable line. */
import { promises as fs } from 'fs';
import { rulesFromJson } from '../core/rules/json';
import { parseJsonNumbers } from '../core/rules/json-numbers';
import { isPresetName, PRESET_NAMES } from '../core/rules/presets';
import { validateRules } from '../core/rules/validate';
import type { Rules } from '../core/rules/types';
import { CliError } from './cli-error';

/**
 * A rules file that names a preset we do not have, and leaves fields to it, would silently be
 * scored on the defaults instead: refuse it. A complete rules file (as the pane exports) may carry
 * any preset name, since it is only the label of where those rules started.
 */
function checkPreset(raw: unknown, file: string): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
  const preset = (raw as { preset?: unknown }).preset;
  if (preset === undefined) return;
  if (typeof preset !== 'string')
    throw new CliError(`The rules file ${file} is not valid: "preset" must be one of ${PRESET_NAMES.join(', ')}.`);
  if (isPresetName(preset) || validateRules(raw).ok) return;
  throw new CliError(
    `The rules file ${file} names an unknown preset "${preset}" (known presets: ${PRESET_NAMES.join(', ')}).`,
  );
}

export async function readRulesFile(file: string): Promise<Rules> {
  return (await readRulesAndMappings(file)).rules;
}

/**
 * The rules, and the table mappings the file lists under "mappings" (the --map form, one string
 * each: "KPIs!A3:J48 name=B actual=D target=E"). Mappings belong to the workbook, not the rules, so
 * they are taken out before the rules are checked.
 */
export async function readRulesAndMappings(file: string): Promise<{ rules: Rules; mappings: string[] }> {
  let text: string;
  try {
    // A byte-order mark (Notepad saves one) is not part of the JSON.
    text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    throw new CliError(
      code === 'ENOENT' ? `Cannot find the rules file ${file}.` : `Cannot read the rules file ${file}.`,
    );
  }
  let raw: unknown;
  try {
    raw = parseJsonNumbers(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new CliError(`The rules file ${file} is not valid JSON (${detail}).`);
  }
  const mappings = takeMappings(file, raw);
  // "mappings" belong to the workbook and "$schema" points editors at rules.schema.json: neither is a rule.
  if (isBag(raw) && (Object.hasOwn(raw, 'mappings') || Object.hasOwn(raw, '$schema'))) {
    const rest = { ...raw };
    delete rest.mappings;
    delete rest.$schema;
    raw = rest;
    text = JSON.stringify(rest);
  }
  checkPreset(raw, file);
  let parsed: ReturnType<typeof rulesFromJson>;
  try {
    parsed = rulesFromJson(text);
  } catch (err) {
    throw new CliError(`The rules file ${file} could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!parsed.ok) throw new CliError(`The rules file ${file} is not valid: ${parsed.errors.join('; ')}.`);
  return { rules: parsed.rules, mappings };
}

function isBag(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

function hasMappingsKey(json: unknown): boolean {
  return isBag(json) && Object.hasOwn(json, 'mappings');
}

function takeMappings(file: string, json: unknown): string[] {
  if (!hasMappingsKey(json)) return [];
  const list = (json as { mappings: unknown }).mappings;
  if (!Array.isArray(list) || !list.every((m) => typeof m === 'string'))
    throw new CliError(
      `The rules file ${file}: "mappings" must be a list of mappings such as "KPIs!A3:J48 name=B actual=D target=E".`,
    );
  return list as string[];
}
