/** Loading a rules JSON file given with --rules; every problem becomes one readable line. */
import { promises as fs } from 'fs';
import { rulesFromJson } from '../core/rules/json';
import type { Rules } from '../core/rules/types';
import { CliError } from './cli-error';

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
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    throw new CliError(
      code === 'ENOENT' ? `Cannot find the rules file ${file}.` : `Cannot read the rules file ${file}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new CliError(`The rules file ${file} is not valid JSON (${detail}).`);
  }
  const mappings = takeMappings(file, json);
  if (mappings.length > 0 || hasMappingsKey(json)) {
    const rest = { ...(json as Record<string, unknown>) };
    delete rest.mappings;
    text = JSON.stringify(rest);
  }
  let parsed: ReturnType<typeof rulesFromJson>;
  try {
    parsed = rulesFromJson(text);
  } catch (err) {
    throw new CliError(`The rules file ${file} could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!parsed.ok) throw new CliError(`The rules file ${file} is not valid: ${parsed.errors.join('; ')}.`);
  return { rules: parsed.rules, mappings };
}

function hasMappingsKey(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && Object.hasOwn(json, 'mappings');
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
