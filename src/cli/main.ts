/**
 * `scorelight <book.xlsx>`: score a workbook from the command line. Same engine and rules as the
 * add-in, applied through the .xlsx host. main() never throws: every failure is one stderr line and
 * a non-zero exit code (see cli-error.ts), so scripts can rely on the status.
 */
import * as path from 'path';
import type { Workbook } from 'exceljs';
import { addSummarySheet } from '../xlsx/summary-writer';
import { isSheetProtected } from '../xlsx/read-snapshot';
import { scoreWorkbook, UnknownSheetError, type ScoreWorkbookResult } from '../xlsx/score-workbook';
import { parseArgs, USAGE, type CliOptions } from './args';
import { CliError, EXIT } from './cli-error';
import { buildJsonReport } from './json-report';
import { readMapOptions } from './map-option';
import { readRulesAndMappings } from './rules-file';
import { sheetReport } from './text-report';
import { defaultOutputPath, readWorkbookFile, writeWorkbookFile } from './workbook-file';

/** Where output goes; tests pass their own to capture it. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

/** Board summaries for each scored sheet; a writer failure is reported once and does not stop the run. */
function addSummaries(wb: Workbook, outcome: ScoreWorkbookResult, io: CliIo): void {
  const reported = new Set<string>();
  for (const result of outcome.results) {
    if (result.indicators.length === 0) continue;
    try {
      addSummarySheet(wb, result, outcome.rules, outcome.scoredAt);
    } catch (err) {
      const message = firstLine(err instanceof Error ? err.message : String(err));
      if (!reported.has(message)) io.stderr(`scorelight: board summary not added: ${message}\n`);
      reported.add(message);
    }
  }
}

async function run(o: CliOptions, io: CliIo): Promise<number> {
  const fromFile = o.rules ? await readRulesAndMappings(o.rules) : undefined;
  const rules = fromFile?.rules;
  const { wb, lost } = await readWorkbookFile(o.book);
  const out = o.out ?? defaultOutputPath(o.book);
  const parts = lost.join(', ');
  // Overwriting the input would destroy them for good: refuse before doing any work.
  if (lost.length > 0 && path.resolve(out) === path.resolve(o.book)) {
    throw new CliError(
      `${o.book} contains ${parts}, which the command line cannot keep: write the scored copy elsewhere (--out) or score it in Excel with the add-in.`,
    );
  }
  const mappings = readMapOptions([...(fromFile?.mappings ?? []), ...o.maps], wb);
  let outcome: ScoreWorkbookResult;
  try {
    outcome = scoreWorkbook(wb, { sheets: o.sheets, rules, mappings });
  } catch (err) {
    if (err instanceof UnknownSheetError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
  if (lost.length > 0) {
    io.stderr(
      `scorelight: warning: ${o.book} contains ${parts}, which the scored copy will not keep (score it in Excel with the add-in to keep them).\n`,
    );
  }
  const protectedSheets = new Set(wb.worksheets.filter(isSheetProtected).map((ws) => ws.name));
  if (o.summary) addSummaries(wb, outcome, io);

  await writeWorkbookFile(wb, out);

  if (o.json) {
    io.stdout(`${JSON.stringify(buildJsonReport(outcome, protectedSheets, out), null, 2)}\n`);
  } else {
    const lines: string[] = outcome.workbookWarnings.map((w) => `Warning: ${w}`);
    for (const r of outcome.results) lines.push(...sheetReport(r, outcome.written.includes(r.sheet)), '');
    if (outcome.results.length === 0) lines.push('No sheets to score.', '');
    lines.push(`Scored workbook written to ${out}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return EXIT.OK;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT.OK;
    }
    return await run(parsed.options, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`scorelight: ${firstLine(err.message)}\n`);
      return err.exitCode;
    }
    // Anything unexpected still gets one line, never a stack trace.
    io.stderr(`scorelight: unexpected failure: ${firstLine(err instanceof Error ? err.message : String(err))}\n`);
    return EXIT.FAILURE;
  }
}
