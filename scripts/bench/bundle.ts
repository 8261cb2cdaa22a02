/**
 * bundle.excel_path_gzip_kb and bundle.preview_path_gzip_kb: our JavaScript Chromium fetches
 * before the pane's first render, in each mode (office.js and the files it loads are Microsoft's,
 * not counted). Excel mode is entered with a stand-in office.js that reports an Excel host.
 * bundle.stylesheet_gzip_kb: the stylesheet both modes link (Griffel's CSS, extracted at build time).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { Page } from 'playwright-core';
import { launch } from '../../tests/e2e/support/browser';
import { serveDir } from '../../tests/e2e/support/static-server';

/**
 * A current Excel, as the pane meets it on opening: every requirement set supported, and the first
 * Excel.run (the pane reading its rules) not yet answered. A stand-in without requirements made the
 * pane say "needs a newer Excel", and that notice's chunk (score-details, 17 KB) was counted as if a
 * working Excel loaded it.
 */
const OFFICE_IN_EXCEL =
  'window.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }), context: { officeTheme: { isDarkTheme: false }, requirements: { isSetSupported: () => true } } };' +
  'window.Excel = { run: () => new Promise(() => undefined) };';

function ours(url: string, base: string, ext = '.js'): boolean {
  return (
    url.startsWith(base) && url.endsWith(ext) && !/\/(office|o15apptofilemappingtable)\.js$|\/telemetry\//.test(url)
  );
}

export function gzipKb(files: string[]): number {
  let bytes = 0;
  for (const f of files) bytes += gzipSync(fs.readFileSync(f), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Production build into dist/. */
export function build(root: string): void {
  const cli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  execFileSync(process.execPath, [cli, '--mode', 'production'], { cwd: root, stdio: 'pipe' });
}

async function scriptsBeforeRender(page: Page, url: string, base: string, ext = '.js'): Promise<string[]> {
  const seen = new Set<string>();
  page.on('request', (r) => {
    if (ours(r.url(), base, ext)) seen.add(new URL(r.url()).pathname);
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Score this sheet' }).waitFor({ timeout: 60000 });
  await page.waitForLoadState('networkidle');
  return [...seen];
}

export async function benchBundle(root: string): Promise<Record<string, number>> {
  build(root);
  const dist = path.join(root, 'dist');
  const server = await serveDir(dist);
  const browser = await launch();
  try {
    const excel = await browser.context.newPage();
    await excel.route('**/office.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: OFFICE_IN_EXCEL }),
    );
    const excelFiles = await scriptsBeforeRender(
      excel,
      `${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$en-GB$$$$0`,
      server.url,
    );
    const preview = await browser.context.newPage();
    const previewFiles = await scriptsBeforeRender(preview, `${server.url}/taskpane.html`, server.url);
    const styles = await browser.context.newPage();
    const styleFiles = await scriptsBeforeRender(styles, `${server.url}/taskpane.html`, server.url, '.css');
    const local = (ps: string[]) => ps.map((p) => path.join(dist, p));
    return {
      'bundle.excel_path_gzip_kb': gzipKb(local(excelFiles)),
      'bundle.preview_path_gzip_kb': gzipKb(local(previewFiles)),
      'bundle.stylesheet_gzip_kb': gzipKb(local(styleFiles)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
