/**
 * Records when the pane first became usable: the Score button mounted and enabled, the frame that
 * shows it painted, and the main thread free again to take a click. The bench (scripts/bench/pane.ts)
 * reads this mark; in Excel it is there for anyone timing the pane in the browser's developer tools.
 */
export const USABLE_MARK = 'scorelight:score-usable';

let recorded = false;

/**
 * Call once the Score button is in the document and enabled. The frame that paints it runs after
 * this animation-frame callback; a task queued from the callback runs after that paint, once the
 * main thread has finished the frame (so an input event queued then would be handled next).
 */
export function markUsableAfterPaint(win: Window = window): void {
  if (recorded || typeof win.requestAnimationFrame !== 'function') return;
  if (typeof win.performance?.mark !== 'function') return;
  recorded = true;
  win.requestAnimationFrame(() => {
    win.setTimeout(() => win.performance.mark(USABLE_MARK), 0);
  });
}
