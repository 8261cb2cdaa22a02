/** The sentences the user reads after a scoring, in one place so ribbon and pane say the same. */
import type { SheetResult } from '../core/pipeline';
import { nowhereToWrite, nowhereToWriteMessage } from '../core/score-all-message';

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}

export function scoredMessage(result: SheetResult): string {
  if (nowhereToWrite(result)) return nowhereToWriteMessage(result);
  const skipped = result.plan.skipped?.length ?? 0;
  const base = `Scored ${plural(result.indicators.length, 'indicator')} on "${result.sheet}".`;
  return skipped > 0
    ? `${base} ${plural(skipped, 'cell')} left as they were because they hold your own content.`
    : base;
}

export function nothingFoundMessage(sheet: string): string {
  return `No KPI table found on "${sheet}", so nothing was written. If the sheet has one, map its columns in the Scorelight pane.`;
}

export function partialMessage(written: number, total: number, reason: string): string {
  return `${written} of ${total} blocks written; the sheet is partly scored: press Undo last scoring. (${reason})`;
}

export function failedBeforeWriteMessage(sheet: string, reason: string): string {
  return `Scorelight could not score "${sheet}": ${reason}. Nothing was written.`;
}

export function failedFirstBlockMessage(sheet: string, reason: string): string {
  return `Scorelight could not write the scores to "${sheet}": ${reason}. If any cell changed, Undo last scoring puts it back.`;
}

export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Excel reported an error';
}

/** The first scoring of a workbook adds Scorelight's hidden state sheet, which structure protection forbids. */
export function structureProtectedMessage(sheet: string): string {
  return `This workbook's structure is protected (Review > Protect Workbook), so Scorelight cannot add the hidden sheet where it remembers its cells, rules and undo. Nothing was written to "${sheet}". Unprotect the workbook structure, score once, then protect it again: later scorings need no new sheet.`;
}

/** A visible sheet of the user's already has the name of the sheet where Scorelight keeps its record. */
export function stateNameTakenMessage(): string {
  return `This workbook already has a sheet of its own named "Scorelight_state", where Scorelight would keep its record of the cells it writes. Scorelight does not clear a sheet that is not its own, so nothing was written: rename that sheet, then score again.`;
}

/** Excel refused to make the scoring one undo step (UndoNotSupported) and it was written step by step. */
export function ungroupedNote(): string {
  return 'Excel could not make this scoring a single undo step, so Ctrl+Z would take it back in parts: use Undo last scoring in the Scorelight pane instead.';
}

/** Undo records of other sheets dropped to keep the saved record to a sane size. */
export function undoDroppedNote(sheets: string[]): string {
  const names = sheets.map((s) => `"${s}"`).join(', ');
  return `To keep the workbook's saved record to a sane size, Undo last scoring is no longer available for ${names}.`;
}
