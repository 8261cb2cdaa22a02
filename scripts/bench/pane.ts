/**
 * pane.first_render_ms: preview mode in headless Chromium, from navigation to the Score button being
 * usable, median of 5 cold loads (the browser's cache cleared before each).
 */
import * as fs from 'fs';
import * as path from 'path';
import { launch } from '../../tests/e2e/support/browser';
import { serveDir } from '../../tests/e2e/support/static-server';
import { build } from './bundle';
import { median } from './timing';

export async function benchPane(root: string, runs = 5): Promise<Record<string, number>> {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) build(root);
  const server = await serveDir(dist);
  const browser = await launch();
  const times: number[] = [];
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
      // Milliseconds since this page's navigation started.
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { 'pane.first_render_ms': Math.round(median(times)) };
}
