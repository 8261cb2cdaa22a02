/**
 * The readable report: per sheet, counts by status, then only what needs attention (Red, Amber,
 * Not scored, and warnings), each with its cell so the reader can find it. Statuses are named as
 * the sheet shows them ("Red", "No data"), never by the engine's codes, and warnings are wrapped,
 * never cut off.
 */
import { toA1 } from '../core/a1';
import { STATUSES, type ScoredIndicator, type Status } from '../core/model';
import type { SheetResult } from '../core/pipeline';
import { STATUS_WORDS } from '../core/scoring/labels';
import { comparisonTexts } from './text-comparisons';
import { assumedSentence } from '../core/scoring/assumed';

const EXCEPTIONS: Status[] = ['RED', 'AMBER', 'NOT_SCORED'];
/** A report a person reads: past this many lines per status or of warnings, the rest is counted, not listed. */
export const LIST_LIMIT = 25;
/** Terminal width the report is wrapped to. */
export const WIDTH = 100;

function labelOf(status: Status, indicators: ScoredIndicator[]): string {
  const shown = indicators.find((i) => i.status === status)?.statusLabel.trim();
  return shown || STATUS_WORDS[status];
}

function more(n: number, what: string): string {
  return `  … and ${n} more ${what} (the scored workbook and --json have them all)`;
}

function where(ind: ScoredIndicator): string {
  return toA1(ind.source.statusCell ?? ind.source.nameCell);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function oneLine(text: string, max = 70): string {
  const f = flat(text);
  return f.length > max ? `${f.slice(0, max - 1)}…` : f;
}

/** Words wrapped to `width`, continuation lines indented by `indent` spaces; nothing is dropped. */
export function wrap(first: string, text: string, indent: number, width = WIDTH): string[] {
  const words = flat(text).split(' ');
  const lines: string[] = [];
  let line = first;
  // A head ending in a space ("  Red  H8 ") takes the first word directly; "Warning:" takes a space.
  let empty = first === '' || first.endsWith(' ');
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent);
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function exceptionLines(ind: ScoredIndicator, label: string, labelWidth: number): string[] {
  // The first note says why it was not scored; the warnings below carry the detail.
  const why = ind.status === 'NOT_SCORED' ? (ind.notes[0] ?? '').replace(/^Not scored:\s*/i, '') : ind.varianceText;
  const name = oneLine(ind.source.code ? `${ind.source.code} ${ind.source.name}` : ind.source.name);
  const head = `  ${label.padEnd(labelWidth)} ${where(ind).padEnd(6)} `;
  const lines = wrap(head, `${name}${why ? ` — ${why}` : ''}`, head.length);
  // How it compares (issue 15) sits under the name, wrapped like it.
  const under = ' '.repeat(head.length);
  for (const text of comparisonTexts(ind)) lines.push(...wrap(under, text, head.length + 2));
  return lines;
}

export function sheetReport(result: SheetResult, written: boolean): string[] {
  const lines: string[] = [];
  const counts = new Map<Status, number>();
  for (const ind of result.indicators) counts.set(ind.status, (counts.get(ind.status) ?? 0) + 1);
  const n = result.indicators.length;
  const parts = STATUSES.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${labelOf(s, result.indicators)}`);
  lines.push(
    `${result.sheet}: ${n} indicator${n === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}${written ? '' : ', nothing written'}`,
  );
  const labelWidth = Math.max(
    10,
    ...EXCEPTIONS.filter((s) => counts.has(s)).map((s) => labelOf(s, result.indicators).length),
  );
  for (const status of EXCEPTIONS) {
    const these = result.indicators.filter((ind) => ind.status === status);
    const label = labelOf(status, result.indicators);
    for (const ind of these.slice(0, LIST_LIMIT)) lines.push(...exceptionLines(ind, label, labelWidth));
    if (these.length > LIST_LIMIT) lines.push(more(these.length - LIST_LIMIT, label));
  }
  const assumed = assumedSentence(result.indicators);
  if (assumed) lines.push(...wrap('  Note:', assumed, 4));
  for (const w of result.warnings.slice(0, LIST_LIMIT))
    lines.push(...wrap(`  Warning${w.cell ? ` ${w.cell}` : ''}:`, w.message, 4));
  if (result.warnings.length > LIST_LIMIT) lines.push(more(result.warnings.length - LIST_LIMIT, 'warnings'));
  return lines;
}

/** Warnings about the workbook as a whole, wrapped. */
export function workbookWarningLines(warnings: string[]): string[] {
  return warnings.flatMap((w) => wrap('Warning:', w, 2));
}
