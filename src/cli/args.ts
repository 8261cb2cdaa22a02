/** Command line parsing for `scorelight`. Hand-written: four options do not warrant a dependency. */
import { CliError, EXIT } from './cli-error';

export interface CliOptions {
  book: string;
  out?: string;
  sheets: string[];
  rules?: string;
  summary: boolean;
  /** --summary=sheet: one summary per scored sheet instead of one for the workbook. */
  summaryPerSheet: boolean;
  json: boolean;
  /** Table mappings typed with --map ("KPIs!A3:J48 name=B actual=D target=E"). */
  maps: string[];
}

export type ParsedArgs = { help: true } | { help: false; options: CliOptions };

export const USAGE = `Usage: scorelight <book.xlsx> [--out <scored.xlsx>] [--sheet <name>]... [--rules <rules.json>] [--map <mapping>]... [--summary[=sheet]] [--json] [--help]

Scores every KPI table in the workbook (RAG status, trend, variance) and writes the scored copy
beside it as <book>.scored.xlsx, unless --out names another file.

  --out <file>      where to write the scored workbook (may name the input to overwrite it)
  --sheet <name>    score only this sheet; repeat for several
  --rules <file>    rules JSON to use instead of the rules saved in the workbook (or the defaults)
  --map <mapping>   read a table the way you say, e.g. --map "KPIs!A3:J48 name=B actual=D target=E status=G"
                    (periods=C,D,E for period columns oldest first; header=N header rows); kept in the workbook
  --summary         also add a board summary: one for the workbook when several sheets are scored
  --summary=sheet   a board summary for each scored sheet instead
  --json            print one JSON report on stdout instead of the readable report
  --help            show this help

Exit status: 0 scored, 1 the workbook or rules could not be read or written, 2 wrong command line.`;

/** Options that take a value, with or without "=": --out x, --out=x. */
const WITH_VALUE = new Set(['--out', '--sheet', '--rules', '--map']);
const FLAGS = new Set(['--summary', '--json', '--help', '-h']);

export function parseArgs(argv: string[]): ParsedArgs {
  const files: string[] = [];
  const o: Omit<CliOptions, 'book'> = { sheets: [], summary: false, summaryPerSheet: false, json: false, maps: [] };
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (WITH_VALUE.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new CliError(`${name} needs a value (see --help).`, EXIT.USAGE);
      if (name === '--out') o.out = value;
      else if (name === '--rules') o.rules = value;
      else if (name === '--map') o.maps.push(value);
      else o.sheets.push(value);
    } else if (name === '--summary' && eq > 0) {
      const value = arg.slice(eq + 1);
      if (value !== 'sheet' && value !== 'workbook')
        throw new CliError(`--summary takes "sheet" or "workbook" (see --help).`, EXIT.USAGE);
      o.summary = true;
      o.summaryPerSheet = value === 'sheet';
    } else if (FLAGS.has(name)) {
      if (eq > 0) throw new CliError(`${name} takes no value (see --help).`, EXIT.USAGE);
      if (name === '--summary') o.summary = true;
      else if (name === '--json') o.json = true;
      else help = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`Unknown option ${name} (see --help).`, EXIT.USAGE);
    } else {
      files.push(arg);
    }
  }
  if (help) return { help: true };
  if (files.length === 0)
    throw new CliError('No workbook given. Usage: scorelight <book.xlsx> [options] (see --help).', EXIT.USAGE);
  if (files.length > 1)
    throw new CliError(`One workbook at a time; got ${files.length}: ${files.join(', ')}.`, EXIT.USAGE);
  return { help: false, options: { book: files[0], ...o } };
}
