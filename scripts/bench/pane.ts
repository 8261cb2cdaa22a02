/** pane.first_render_ms: preview mode in headless Chromium, from navigation to the primary button, median of 7. */
import * as fs from 'fs';
import * as path from 'path';
import { launch } from '../../tests/e2e/support/browser';
import { serveDir } from '../../tests/e2e/support/static-server';
import { build } from './bundle';
import { median } from './timing';

export async function benchPane(root: string, runs = 7): Promise<Record<string, number>> {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) build(root);
  const server = await serveDir(dist);
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole('button', { name: 'Score this sheet' }).waitFor({ timeout: 60000 });
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
