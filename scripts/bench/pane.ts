/**
 * pane.first_render_ms (preview mode, headless Chromium, median of 7 loads) and
 * bundle.preview_path_gzip_kb (JavaScript fetched before the first render in preview mode).
 * Needs a built dist/ (the bundle group builds it; run it first or together).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium } from 'playwright-core';
import { gzipKb } from './bundle';
import { median } from './timing';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchPane(root: string, runs = 7): Promise<Record<string, number>> {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html')))
    throw new Error('bench pane: dist/taskpane.html missing: run the bundle group first');
  const server = await serve(dist);
  const port = (server.address() as AddressInfo).port;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`],
  });
  const times: number[] = [];
  const scripts = new Set<string>();
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const seen: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') seen.push(new URL(r.url()).pathname);
      });
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      await page.getByRole('button', { name: 'Score this sheet' }).waitFor({ timeout: 30000 });
      times.push(await page.evaluate(() => performance.now()));
      if (i === 0) seen.filter((p) => !p.endsWith('/office.js')).forEach((p) => scripts.add(p));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  return {
    'pane.first_render_ms': Math.round(median(times)),
    'bundle.preview_path_gzip_kb': gzipKb([...scripts].map((p) => path.join(dist, p))),
  };
}
