/** Loading a rules JSON file given with --rules; every problem becomes one readable line. */
import { promises as fs } from 'fs';
import { rulesFromJson } from '../core/rules/json';
import type { Rules } from '../core/rules/types';
import { CliError } from './cli-error';

export async function readRulesFile(file: string): Promise<Rules> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    throw new CliError(
      code === 'ENOENT' ? `Cannot find the rules file ${file}.` : `Cannot read the rules file ${file}.`,
    );
  }
  try {
    JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new CliError(`The rules file ${file} is not valid JSON (${detail}).`);
  }
  let parsed: ReturnType<typeof rulesFromJson>;
  try {
    parsed = rulesFromJson(text);
  } catch (err) {
    throw new CliError(`The rules file ${file} could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!parsed.ok) throw new CliError(`The rules file ${file} is not valid: ${parsed.errors.join('; ')}.`);
  return parsed.rules;
}
