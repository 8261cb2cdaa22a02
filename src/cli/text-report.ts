/**
 * The readable report: per sheet, counts by status, then only what needs attention (RED, AMBER,
 * NOT_SCORED and warnings), each with its cell so the reader can find it.
 */
import { toA1 } from '../core/a1';
import { STATUSES, type ScoredIndicator, type Status } from '../core/model';
import type { SheetResult } from '../core/pipeline';
import { comparisonLines } from './text-comparisons';
import { assumedSentence } from '../core/scoring/assumed';

const EXCEPTIONS: Status[] = ['RED', 'AMBER', 'NOT_SCORED'];
/** A report a person reads: past this many lines per status or of warnings, the rest is counted, not listed. */
export const LIST_LIMIT = 25;

function more(n: number, what: string): string {
  return `  … and ${n} more ${what} (the scored workbook and --json have them all)`;
}

function where(ind: ScoredIndicator): string {
  return toA1(ind.source.statusCell ?? ind.source.nameCell);
}

function oneLine(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function exceptionLine(ind: ScoredIndicator): string {
  // The first note says why it was not scored; the warnings below carry the detail.
  const why = ind.status === 'NOT_SCORED' ? (ind.notes[0] ?? '').replace(/^Not scored:\s*/i, '') : ind.varianceText;
  const name = oneLine(ind.source.code ? `${ind.source.code} ${ind.source.name}` : ind.source.name);
  return `  ${ind.status.padEnd(10)} ${where(ind).padEnd(6)} ${name}${why ? ` — ${oneLine(why, 120)}` : ''}`;
}

export function sheetReport(result: SheetResult, written: boolean): string[] {
  const lines: string[] = [];
  const counts = new Map<Status, number>();
  for (const ind of result.indicators) counts.set(ind.status, (counts.get(ind.status) ?? 0) + 1);
  const n = result.indicators.length;
  const parts = STATUSES.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  lines.push(
    `${result.sheet}: ${n} indicator${n === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}${written ? '' : ', nothing written'}`,
  );
  for (const status of EXCEPTIONS) {
    const these = result.indicators.filter((ind) => ind.status === status);
    for (const ind of these.slice(0, LIST_LIMIT)) lines.push(exceptionLine(ind), ...comparisonLines(ind));
    if (these.length > LIST_LIMIT) lines.push(more(these.length - LIST_LIMIT, status));
  }
  const assumed = assumedSentence(result.indicators);
  if (assumed) lines.push(`  Note: ${oneLine(assumed, 400)}`);
  for (const w of result.warnings.slice(0, LIST_LIMIT))
    lines.push(`  Warning${w.cell ? ` ${w.cell}` : ''}: ${oneLine(w.message, 160)}`);
  if (result.warnings.length > LIST_LIMIT) lines.push(more(result.warnings.length - LIST_LIMIT, 'warnings'));
  return lines;
}
