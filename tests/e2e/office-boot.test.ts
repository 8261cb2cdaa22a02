/**
 * How the pane starts in real Chromium (defects 2 and 5). office.js comes from Microsoft's CDN, which
 * this machine cannot reach: the browser preview must start anyway, at once. Inside Office (the page
 * opened with Office's `_host_Info`), the pane waits for office.js and Office.onReady however slow,
 * and never falls back to the preview.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { launch, type Browser } from './support/browser';
import { serveDir, type StaticServer } from './support/static-server';

jest.setTimeout(180_000);

const dist = path.join(__dirname, '..', '..', 'dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const HOST_INFO = '_host_Info=Excel$Win32$16.01$en-GB$$$$0';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDir(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('every built page loads office.js from the Office CDN, and nothing ships a copy', () => {
  for (const page of ['taskpane.html', 'commands.html']) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    // The build minifies HTML: attribute quotes are optional.
    expect(html).toMatch(new RegExp(`src="?${CDN.replace(/[./]/g, '\\$&')}"?`));
    expect(html).not.toMatch(/src="?(\.\/)?office\.js/);
  }
  expect(readFileSync(path.join(dist, 'taskpane.html'), 'utf8')).toMatch(/<script id="?office-js"? async/);
});

test.each([
  ['unreachable', false],
  ['hanging (never answers)', true],
])('browser preview with the CDN %s: starts at once', async (_what, hang) => {
  const page = await browser.context.newPage();
  if (hang) await page.route(CDN, () => new Promise<void>(() => undefined));
  await page.goto(`${server.url}/taskpane.html`, { waitUntil: 'domcontentloaded' });
  const ready = Date.now();
  await page.getByRole('button', { name: 'Open workbook' }).waitFor({ timeout: 30_000 });
  // The old boot gave office.js 2.5 s before opening the preview; now nothing waits for it.
  expect(Date.now() - ready).toBeLessThan(2_500);
  await page.close();
});

test('inside Excel, an Office.onReady taking 4 s still opens the Excel pane, not the preview', async () => {
  const page = await browser.context.newPage();
  await page.route(CDN, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body:
        'window.Office = { onReady: () => new Promise((r) => setTimeout(() => r({ host: "Excel", platform: "PC" }), 4000)),' +
        ' context: { officeTheme: { bodyBackgroundColor: "#FFFFFF", isDarkTheme: false } } };',
    }),
  );
  await page.goto(`${server.url}/taskpane.html?${HOST_INFO}`);
  await page.waitForTimeout(3_000);
  // Still starting: not the preview.
  expect(await page.getByRole('button', { name: 'Open workbook' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Score this sheet' }).waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: 'Open workbook' }).count()).toBe(0);
  await page.close();
});

test('inside Excel with the CDN unreachable: a clear message instead of a preview', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/taskpane.html?${HOST_INFO}`);
  await page.getByText(/office\.js could not be loaded/).waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: 'Open workbook' }).count()).toBe(0);
  await page.close();
});
