/**
 * The pane's first render in preview mode, headless Chromium, median of 5 cold loads (the browser's
 * cache cleared before each), in milliseconds since the page's navigation started:
 * - pane.first_render_ms: the page's own mark (src/taskpane/boot/usable-mark.ts), taken once the Score
 *   button is mounted and enabled, the frame showing it has painted and the main thread is free to
 *   take a click. The run still checks the button is usable as Playwright sees it (trial click).
 * - pane.first_render_harness_ms: the earlier measure, performance.now() after Playwright's trial click
 *   has returned; it adds the harness's own round trips and its waits for two stable frames.
 */
import * as fs from 'fs';
import * as path from 'path';
import { launch } from '../../tests/e2e/support/browser';
import { serveDir } from '../../tests/e2e/support/static-server';
import { USABLE_MARK } from '../../src/taskpane/boot/usable-mark';
import { build } from './bundle';
import { median } from './timing';

export async function benchPane(root: string, runs = 5): Promise<Record<string, number>> {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) build(root);
  const server = await serveDir(dist);
  const browser = await launch();
  const marks: number[] = [];
  const harness: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      // Cold: nothing of the bundle in the HTTP cache, as on a first open of the pane.
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      await page.goto(`${server.url}/taskpane.html`);
      const score = page.getByRole('button', { name: 'Score this sheet' });
      await score.waitFor({ timeout: 60000 });
      // Usable: enabled and able to take a click, not only painted.
      await score.click({ trial: true, timeout: 60000 });
      harness.push(await page.evaluate(() => performance.now()));
      // The mark is queued after the paint, so it is there by now or within a frame or two.
      const mark = await page
        .waitForFunction((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime, USABLE_MARK, {
          timeout: 10000,
        })
        .catch(() => {
          throw new Error(
            `dist/ does not record "${USABLE_MARK}": rebuild it (npm run build) and run the bench again.`,
          );
        });
      marks.push(Number(await mark.jsonValue()));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    'pane.first_render_ms': Math.round(median(marks)),
    'pane.first_render_harness_ms': Math.round(median(harness)),
  };
}
