/**
 * The browser preview end to end, in real Chromium over the production bundle: open an example
 * workbook, score it, check the pane against the Node .xlsx host, download the scored workbook and
 * read it back; the same by keyboard only; screenshots light and dark; and the Excel path (office.js
 * answering "Excel") never downloads ExcelJS.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { gzipSync } from 'zlib';
import type { Page } from 'playwright-core';
import { toA1 } from '../../src/core/a1';
import { openBook } from '../../src/xlsx/book/read-book';
import { readState } from '../../src/xlsx/state-sheet';
import JSZip from 'jszip';
import { writeFileSync } from 'fs';
import { BOARD_PARTS, buildBoardWorkbook } from '../fixtures/build/board-workbook';
import { convertToCsv, SOFFICE } from '../xlsx/support/libreoffice';
import { launch, type Browser } from './support/browser';
import { openXlsx, scoreInNode, type Expected } from './support/oracle';
import { shownCounts, tabTo } from './support/pane-page';
import { serveDir, type StaticServer } from './support/static-server';

jest.setTimeout(180_000);

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
/**
 * Screenshots go to an ignored folder, so `npm test` leaves the tree clean; `npm run screenshots`
 * points this at docs/screenshots to refresh the README's pictures.
 */
const shots = process.env.SCORELIGHT_SCREENSHOTS_DIR
  ? path.resolve(root, process.env.SCORELIGHT_SCREENSHOTS_DIR)
  : path.join(root, 'tests', '.artifacts', 'screenshots');
const example = (...names: string[]) => names.map((f) => path.join(root, 'examples', f)).find((f) => existsSync(f));
const EXAMPLE = example('time-series.xlsx', 'register.xlsx', 'mixed.xlsx');
/** For the screenshots: a sheet with Red, Amber and Green and a warning reads best. */
const SHOWCASE = example('mixed.xlsx', 'cards.xlsx', 'register.xlsx', 'time-series.xlsx');
const UI_WAIT = 60_000;

let server: StaticServer;
let browser: Browser;
let expected: Expected;
let tmp: string;

beforeAll(async () => {
  if (!EXAMPLE) throw new Error('No example workbook in examples/ (time-series.xlsx, register.xlsx or mixed.xlsx).');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'scorelight-e2e-'));
  mkdirSync(shots, { recursive: true });
  expected = await scoreInNode(EXAMPLE);
  server = await serveDir(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function openPreview(): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(UI_WAIT);
  await page.goto(`${server.url}/taskpane.html`);
  // office.js reports no host outside Office: the preview's own controls appear.
  await page.getByRole('button', { name: 'Open workbook' }).waitFor();
  return page;
}

/** Every status cell the Node run wrote must hold its status word in the downloaded file. */
async function checkDownloaded(file: string): Promise<void> {
  const wb = await openXlsx(file);
  const ws = wb.getWorksheet(expected.sheet);
  expect(ws).toBeDefined();
  const withCell = expected.result.indicators.filter((i) => i.source.statusCell);
  expect(withCell.length).toBeGreaterThan(0);
  for (const i of withCell) {
    const ref = i.source.statusCell!;
    const text = String(ws!.getCell(ref.row + 1, ref.col + 1).text ?? '');
    expect({ cell: toA1(ref), text }).toEqual({
      cell: toA1(ref),
      text: expect.stringContaining(i.statusLabel),
    });
  }
  // The state sheet records what Scorelight owns, so a re-score updates in place.
  const state = readState(await openBook(readFileSync(file)));
  expect(state.sheets[expected.sheet]?.owned.length ?? 0).toBeGreaterThan(0);
}

test('open, score, inspect, download: the preview shows and writes what the engine scores', async () => {
  const page = await openPreview();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open workbook' }).click(),
  ]);
  await chooser.setFiles(EXAMPLE!);
  await page.getByRole('combobox', { name: /Sheet in/ }).waitFor();
  if (expected.sheet !== (await page.getByRole('combobox', { name: /Sheet in/ }).inputValue())) {
    await page.getByRole('combobox', { name: /Sheet in/ }).selectOption(expected.sheet);
  }

  await page.getByRole('button', { name: 'Score this sheet' }).click();
  await page.getByRole('list', { name: 'Indicators by status' }).waitFor();
  expect(await shownCounts(page)).toEqual(expected.counts);
  const n = expected.result.indicators.length;
  await page.locator('.fui-MessageBarBody', { hasText: `Scored ${n} indicator` }).waitFor();
  // Never colour alone: every count carries its word.
  for (const status of Object.keys(expected.counts)) {
    const label = expected.rules.status[status as keyof typeof expected.rules.status].label;
    expect(await page.locator(`[data-testid="status-counts"] li[data-status="${status}"]`).innerText()).toContain(
      label,
    );
  }
  // The live region says it too.
  await page.waitForFunction(() =>
    /Scored/.test(document.querySelector('[data-testid="live-region"]')?.textContent ?? ''),
  );

  // Selecting an indicator shows its cell in the preview's sheet view, holding the status just written.
  const first = page.locator('[data-status-group] li button').first();
  const firstName = (await first.locator('span').first().innerText()).trim();
  const target = expected.result.indicators.find((i) => i.source.name === firstName)!;
  expect(target).toBeDefined();
  await first.click();
  const cell = toA1(target.source.statusCell ?? target.source.nameCell);
  await page.getByText(`Selected: ${expected.sheet}!${cell}`).waitFor();
  const selectedText = await page.locator('[data-testid="sheet-view"] td[data-selected="true"]').first().innerText();
  if (target.source.statusCell) expect(selectedText).toContain(target.statusLabel);

  // The board summary goes into the workbook as a new sheet.
  await page.getByRole('button', { name: 'Create board summary' }).click();
  const notice = page.locator('[data-testid="notice"]', { hasText: 'Board summary' });
  await notice.waitFor();
  const summarySheet = /the sheet "(.+)"\./.exec(await notice.innerText())?.[1];
  expect(summarySheet).toBeTruthy();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download scored workbook' }).click(),
  ]);
  // The same name the command line gives its output.
  expect(download.suggestedFilename()).toBe(path.basename(EXAMPLE!).replace(/\.xlsx$/, '.scored.xlsx'));
  const saved = path.join(tmp, 'mouse.xlsx');
  await download.saveAs(saved);
  await checkDownloaded(saved);
  expect((await openXlsx(saved)).getWorksheet(summarySheet!)).toBeDefined();
  await page.close();
});

test('a board macro workbook downloads with its charts, pivot, slicer, controls, custom XML and macros byte for byte', async () => {
  const input = path.join(tmp, 'board.xlsm');
  writeFileSync(input, await buildBoardWorkbook());
  const page = await openPreview();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open workbook' }).click(),
  ]);
  await chooser.setFiles(input);
  await page.getByRole('combobox', { name: /Sheet in/ }).waitFor();
  await page.getByRole('combobox', { name: /Sheet in/ }).selectOption('Qtr 2 2020-21');
  await page.getByRole('button', { name: 'Score this sheet' }).click();
  await page.locator('.fui-MessageBarBody', { hasText: 'Scored' }).waitFor();
  await page.getByRole('button', { name: 'Create board summary' }).click();
  await page.locator('[data-testid="notice"]', { hasText: 'Board summary' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download scored workbook' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('board.scored.xlsm');
  const saved = path.join(tmp, 'board.scored.xlsm');
  await download.saveAs(saved);
  await page.close();

  const before = await JSZip.loadAsync(readFileSync(input));
  const after = await JSZip.loadAsync(readFileSync(saved));
  for (const name of BOARD_PARTS) {
    const original = await before.file(name)?.async('nodebuffer');
    expect(original).toBeDefined();
    expect({ name, bytes: await after.file(name)?.async('nodebuffer') }).toEqual({ name, bytes: original });
  }
  const wb = await openXlsx(saved);
  expect(String(wb.getWorksheet('Qtr 2 2020-21')?.getCell('H8').value)).toMatch(/Red/);
  expect(wb.getWorksheet('Qtr 2 2020-21 summary')).toBeDefined();
  if (SOFFICE) expect(await convertToCsv(saved)).toMatch(/Red/);
  else console.warn('LibreOffice is not installed: the conversion check of the downloaded board workbook is skipped.');
});

test('keyboard only: Tab and Enter through open, score, select and download', async () => {
  const page = await openPreview();
  // Listen first: Playwright turns on file-chooser interception asynchronously, and an Enter pressed
  // before that opens Chromium's own (headless, invisible) dialog instead.
  const chooserOpened = page.waitForEvent('filechooser');
  await tabTo(page, 'Open workbook');
  await page.keyboard.press('Enter');
  const chooser = await chooserOpened;
  await chooser.setFiles(EXAMPLE!);
  await page.getByRole('combobox', { name: /Sheet in/ }).waitFor();
  if (expected.sheet !== (await page.getByRole('combobox', { name: /Sheet in/ }).inputValue())) {
    await page.getByRole('combobox', { name: /Sheet in/ }).selectOption(expected.sheet);
  }

  await tabTo(page, 'Score this sheet');
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Indicators by status' }).waitFor();
  expect(await shownCounts(page)).toEqual(expected.counts);

  // From the action bar, Tab reaches the first indicator (worst first), then Enter selects its cell.
  const firstName = (
    await page.locator('[data-status-group] li button').first().locator('span').first().innerText()
  ).trim();
  const presses = await tabTo(page, new RegExp(`^${firstName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // Past the other actions, the status filter and the group's toggle: no detour through other results.
  expect(presses).toBeLessThanOrEqual(12);
  await page.keyboard.press('Enter');
  await page.getByText(/^Selected: /).waitFor();

  await tabTo(page, 'Download scored workbook', 'Shift+Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const saved = path.join(tmp, 'keyboard.xlsx');
  await download.saveAs(saved);
  await checkDownloaded(saved);
  await page.close();
});

/** Visible elements whose right edge passes the viewport (the sheet view scrolls on purpose). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (
        el.closest('[data-testid="sheet-view"]') ||
        el.closest('[data-testid="range-grid"] table') ||
        el.closest('[hidden]')
      )
        continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.right > window.innerWidth + 1) {
        const cls = String(el.getAttribute('class') ?? '').split(' ')[0];
        out.push(
          `${el.tagName.toLowerCase()}.${cls} "${(el.textContent ?? '').slice(0, 40)}" right=${Math.round(r.right)}`,
        );
      }
    }
    return out.slice(0, 10);
  });
}

test('the pane fits 320 px in every view, light and dark (screenshots)', async () => {
  const page = await openPreview();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open workbook' }).click(),
  ]);
  await chooser.setFiles(SHOWCASE!);
  await page.getByRole('combobox', { name: /Sheet in/ }).waitFor();
  await page.getByRole('button', { name: 'Score this sheet' }).click();
  await page.getByRole('list', { name: 'Indicators by status' }).waitFor();
  await page.waitForFunction(() =>
    /Scored/.test(document.querySelector('[data-testid="live-region"]')?.textContent ?? ''),
  );
  expect(await overflowing(page)).toEqual([]);
  await page.screenshot({ path: path.join(shots, 'pane-light.png'), fullPage: true });

  // Dark: the preview follows the system theme (in Excel, the Office theme: see the Excel-path test).
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('[data-theme="dark"]').waitFor();
  const bg = await page.locator('[data-theme="dark"]').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toMatch(/^rgb\((\d{1,2}), \1, \1\)$/); // a dark neutral
  await page.screenshot({ path: path.join(shots, 'pane-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  for (const view of ['Rules', 'Map table']) {
    await page.getByRole('tab', { name: view }).click();
    if (view === 'Rules') {
      await page.getByRole('button', { name: 'Status labels, colours and symbols' }).click();
      await page.getByRole('button', { name: 'Add override' }).click();
    } else {
      await page.getByRole('button', { name: 'Use this range' }).click();
      await page.getByRole('form', { name: 'Map the table' }).waitFor();
    }
    expect({ view, overflowing: await overflowing(page) }).toEqual({ view, overflowing: [] });
  }
  await page.close();
});

/** gzip sizes of the JS files a page fetched, by file. */
function gzipSizes(files: string[]): { total: number; files: Record<string, number> } {
  const out: Record<string, number> = {};
  for (const f of files) out[f] = gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length;
  return { total: Object.values(out).reduce((a, b) => a + b, 0), files: out };
}

test('inside Excel (office.js reports a host) the pane loads without the workbook reader and follows the Office theme', async () => {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(UI_WAIT);
  // Stand in for office.js in Excel with the Dark Gray theme; the real host calls fail, which is fine here.
  await page.route('**/office.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'window.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }), context: { officeTheme: { bodyBackgroundColor: "#262626", isDarkTheme: true } } };',
    }),
  );
  // Our bundles only: office.js and the files it loads (o15apptofilemappingtable.js, telemetry/...) are Microsoft's.
  const ours = (url: string) =>
    url.startsWith(server.url) &&
    url.endsWith('.js') &&
    !/\/(office|o15apptofilemappingtable)\.js$|\/telemetry\//.test(url);
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (ours(r.url())) fetched.push(path.basename(new URL(r.url()).pathname));
  });
  await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$en-GB$$$$0`); // As Office opens it.
  await page.getByRole('button', { name: 'Score this sheet' }).waitFor();
  await page.locator('[data-theme="dark"]').waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.getByRole('button', { name: 'Open workbook' }).count()).toBe(0);
  expect(fetched.some((f) => /^preview/.test(f))).toBe(false);
  expect(fetched.some((f) => /^excel-host\./.test(f))).toBe(true);
  // The board summary's builder and writer wait until a summary is asked for (office-env.ts).
  expect(fetched.some((f) => /^excel-summary\./.test(f))).toBe(false);
  expect(readdirSync(dist).some((f) => /^excel-summary\./.test(f))).toBe(true);
  const excel = gzipSizes(fetched);

  // For comparison, the preview path's scripts (measured, not asserted).
  const preview = await openPreview();
  const previewFiles = new Set<string>();
  preview.on('request', (r) => {
    if (ours(r.url())) previewFiles.add(path.basename(new URL(r.url()).pathname));
  });
  await preview.reload();
  await preview.getByRole('button', { name: 'Open workbook' }).waitFor();
  await preview.waitForLoadState('networkidle');
  // The first render does not wait for the workbook reader and the engine: they load when the pane
  // is first used (here a key press), or a little after the page has loaded.
  if (![...previewFiles].some((f) => /^preview-host\./.test(f))) {
    const hostRequest = preview.waitForRequest((r) => /\/preview-host\.[^/]*\.js$/.test(r.url()));
    await preview.keyboard.press('Tab');
    await hostRequest;
  }
  await preview.waitForLoadState('networkidle');
  expect([...previewFiles].some((f) => /^preview-host\./.test(f))).toBe(true);
  const prev = gzipSizes([...previewFiles]);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `Bundle sizes (gzip -9): Excel path ${kb(excel.total)} ${JSON.stringify(excel.files)}; ` +
      `preview path ${kb(prev.total)} ${JSON.stringify(prev.files)}`,
  );
  // The preview reads and edits packages itself (JSZip and saxes): no workbook library of ~255 KB
  // (ExcelJS, as before) is built or fetched, so the preview path stays close to the Excel path.
  expect(readdirSync(dist).some((f) => /exceljs/i.test(f))).toBe(false);
  expect(prev.total - excel.total).toBeLessThan(100 * 1024);
  await preview.close();
  await page.close();
});

test('screenshots were written', () => {
  const files = readdirSync(shots);
  expect(files).toEqual(expect.arrayContaining(['pane-light.png', 'pane-dark.png']));
});
