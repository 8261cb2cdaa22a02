/**
 * The ribbon's "Score this sheet" (an ExecuteFunction command): score through scoreActiveSheet,
 * the same function as the pane, show the outcome when it needs reading, and always complete the
 * event (Excel shows the command as running until completed() is called, and times it out).
 * Feedback follows Microsoft's guidance for add-in commands: a function command does its work in
 * the document and shows the result there, and interrupts with a dialog only when the user must
 * read or do something. So a clean scoring selects the status cells it wrote (the user sees at
 * once where the scores are, without a pane or a box to dismiss), and anything else (protected
 * sheet, nothing found, a partial write, cells left alone) opens the short message dialog.
 */
import './legacy-engine';
import type { ScoreOutcome } from '../core/host';
import { showMessageDialog } from './message-dialog';
import { scoreActiveSheet } from './score-active-sheet';

export const SCORE_FUNCTION_NAME = 'scoreThisSheet';

export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  /** Page the message dialog loads (commands.html). */
  pageUrl: string;
  notify?: (message: string, pageUrl: string) => Promise<void>;
}

/** Does the user need to read this outcome? A clean, complete scoring speaks through the cells. */
export function needsMessage(outcome: ScoreOutcome): boolean {
  return !outcome.written || outcome.partial === true || (outcome.result.plan.skipped?.length ?? 0) > 0;
}

export async function runScoreCommand(event: CommandEvent, deps: CommandDeps): Promise<void> {
  const notify = deps.notify ?? showMessageDialog;
  try {
    const outcome = await scoreActiveSheet({ selectStatusCells: true });
    if (needsMessage(outcome)) await notify(outcome.message, deps.pageUrl);
  } catch (error) {
    // scoreActiveSheet reports its own failures; this is a last guard so completed() still runs.
    await notify(
      `Scorelight could not score this sheet: ${error instanceof Error ? error.message : String(error)}`,
      deps.pageUrl,
    ).catch(() => undefined);
  } finally {
    event.completed();
  }
}
