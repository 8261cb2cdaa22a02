/**
 * `scorelight <book.xlsx>`: score a workbook from the command line. Same engine and rules as the
 * add-in, applied through the .xlsx host; the scored copy is the user's own package with only
 * Scorelight's parts edited. main() never throws: every failure is one stderr line and a non-zero
 * exit code (see cli-error.ts), so scripts can rely on the status.
 */
import { basename } from 'path';
import type { ScoredIndicator } from '../core/model';
import type { RatingRecord } from '../core/summary/history';
import type { Book } from '../xlsx/book/book';
import { addSummaries as addSummarySheets, lastRatings } from '../xlsx/summary-writer';
import { scoreWorkbook, UnknownSheetError, type ScoreWorkbookResult } from '../xlsx/score-workbook';
import { plainReason } from './plain-errors';
import { parseArgs, USAGE, type CliOptions } from './args';
import { CliError, EXIT } from './cli-error';
import { buildJsonReport, type JsonReport } from './json-report';
import { readMapOptions } from './map-option';
import { readRulesAndMappings } from './rules-file';
import { buildScoredCopy } from './scored-copy';
import { sheetReport, workbookWarningLines, wrap } from './text-report';
import { checkOutputName, defaultOutputPath, readWorkbookFile, sameFile, writeWorkbookFile } from './workbook-file';

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

/**
 * Board summaries: one for the workbook when several sheets are scored, or one per sheet
 * (--summary=sheet); a writer failure is reported once and does not stop the run.
 */
function addSummaries(
  wb: Book,
  outcome: ScoreWorkbookResult,
  io: CliIo,
  perSheet: boolean,
  title: string,
  previous: Map<ScoredIndicator, RatingRecord>,
): string[] {
  const reported = new Set<string>();
  return addSummarySheets(wb, outcome.results, outcome.rules, outcome.scoredAt, {
    mode: perSheet ? 'sheet' : 'workbook',
    title,
    previous,
    onError: (err) => {
      const message = firstLine(err instanceof Error ? err.message : String(err));
      if (!reported.has(message)) io.stderr(`scorelight: board summary not added: ${message}\n`);
      reported.add(message);
    },
  });
}

async function run(o: CliOptions, io: CliIo): Promise<number> {
  const fromFile = o.rules ? await readRulesAndMappings(o.rules) : undefined;
  const rules = fromFile?.rules;
  const loaded = await readWorkbookFile(o.book);
  const { wb } = loaded;
  if (o.out) checkOutputName(o.out, loaded.macro);
  const out = o.out ?? defaultOutputPath(o.book, loaded.macro);
  const overwriting = await sameFile(out, o.book);
  const mappings = readMapOptions([...(fromFile?.mappings ?? []), ...o.maps], wb);
  let outcome: ScoreWorkbookResult;
  try {
    outcome = scoreWorkbook(wb, { sheets: o.sheets, rules, mappings });
  } catch (err) {
    if (err instanceof UnknownSheetError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
  const protectedSheets = new Set(wb.sheets.filter((ws) => ws.protected).map((ws) => ws.name));
  const found = outcome.results.some((r) => r.indicators.length > 0);
  const title = basename(o.book).replace(/\.xls[xm]$/i, '');
  // The ratings at the last report, as the summaries' Previous column shows them (for --json);
  // without --summary, as the default summary would show them (nothing is recorded then).
  let previous = new Map<ScoredIndicator, RatingRecord>();
  let summaries = found && o.summary ? addSummaries(wb, outcome, io, o.summaryPerSheet, title, previous) : [];
  if (found && o.json && !o.summary)
    previous = lastRatings(wb, outcome.results, outcome.rules, outcome.scoredAt, { title });

  let written: string | null = null;
  const workbookWarnings = [...loaded.warnings, ...outcome.workbookWarnings];
  if (found) {
    const copy = await buildScoredCopy(wb);
    // A print area widened for our columns is said with the workbook's warnings (not one: the copy is whole).
    workbookWarnings.push(...copy.warnings, ...copy.notes);
    // Overwriting the input with a copy that lacks some results would leave the file half scored.
    if (copy.warnings.length > 0 && overwriting) {
      throw new CliError(
        `${o.book} could not be scored completely (${copy.warnings[0]}): write the copy elsewhere (--out) or score it in Excel with the add-in.`,
      );
    }
    await writeWorkbookFile(copy.bytes, out);
    // The report says what the copy holds: a sheet whose part could not be edited has nothing written.
    if (copy.unwritten.length > 0) {
      const left = new Set(copy.unwritten);
      summaries = summaries.filter((n) => !left.has(n));
      outcome = {
        ...outcome,
        written: outcome.written.filter((n) => !left.has(n)),
        writtenCells: Object.fromEntries(Object.entries(outcome.writtenCells).filter(([n]) => !left.has(n))),
      };
    }
    written = out;
    for (const w of copy.warnings) io.stderr(`scorelight: warning: ${w}\n`);
  }

  if (o.json) {
    const report: JsonReport = {
      ...buildJsonReport({ ...outcome, workbookWarnings }, protectedSheets, written, previous),
      summaries,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines: string[] = workbookWarningLines(workbookWarnings);
    for (const r of outcome.results) lines.push(...sheetReport(r, outcome.written.includes(r.sheet)), '');
    if (outcome.results.length === 0) lines.push('No sheets to score.', '');
    for (const name of summaries) lines.push(`Board summary added: the sheet "${name}".`);
    if (written) lines.push(`Scored workbook written to ${written}`);
    else lines.push(...wrap('', `No KPI table was found in ${o.book}, so no scored copy was written.`, 0));
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
    // Anything unexpected still gets one line, never a stack trace, and never an engine's internals.
    io.stderr(`scorelight: unexpected failure: ${plainReason(err)}\n`);
    return EXIT.FAILURE;
  }
}
