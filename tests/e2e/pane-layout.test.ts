/**
 * The pane a performance officer reaches for (issue 25), in real Chromium over the production bundle
 * at the pane's usual widths: the board summary button in view after scoring and while the results
 * scroll, Red first, Enter on an indicator brings its cell into view, the range box lives in Map table
 * and starts empty for each workbook, and the Map form names columns by their headers and shows them all.
 */
import { existsSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './support/browser';
import { serveDir, type StaticServer } from './support/static-server';

jest.setTimeout(240_000);

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const example = (name: string) => path.join(root, 'examples', name);
// mixed.xlsx's first sheet has Red, Amber and Green and more indicators than fit one screen.
const MIXED = example('mixed.xlsx');
const REGISTER = example('register.xlsx');
const UI_WAIT = 60_000;
const HEIGHT = 700;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  for (const f of [MIXED, REGISTER]) if (!existsSync(f)) throw new Error(`${f} is missing`);
  server = await serveDir(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPreview(width: number): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(UI_WAIT);
  await page.setViewportSize({ width, height: HEIGHT });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole('button', { name: 'Open workbook' }).waitFor();
  return page;
}

async function openBook(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open workbook' }).click(),
  ]);
  await chooser.setFiles(file);
  await page.getByRole('combobox', { name: new RegExp(`Sheet in ${path.basename(file)}`) }).waitFor();
}

/** Whether the element is wholly inside the viewport, as the user sees it now. */
async function inView(page: Page, selector: Parameters<Page['locator']>[0]): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    });
}

describe.each([320, 450])('at %i px wide', (width) => {
  test('after scoring, Create board summary is in view, and stays in view while the results scroll; Red comes first', async () => {
    const page = await openPreview(width);
    await openBook(page, MIXED);
    await page.getByRole('button', { name: 'Score this sheet' }).click();
    await page.getByRole('list', { name: 'Indicators by status' }).waitFor();
    const summary = page.getByRole('button', { name: 'Create board summary' });
    // The scoring's outcome and results appear below the bar: the page is now taller than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    expect(await summary.evaluate((el) => el.getAttribute('data-next'))).toBe('true');
    await summary.scrollIntoViewIfNeeded();
    expect(await inView(page, 'role=button[name="Create board summary"]')).toBe(true);
    // Scroll to the end of the results: the action bar is still on screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView(page, 'role=button[name="Create board summary"]')).toBe(true);
    expect(await inView(page, 'role=button[name="Undo last scoring"]')).toBe(true);

    const groups = await page.$$eval('[data-status-group]', (els) =>
      els.map((e) => e.getAttribute('data-status-group')),
    );
    expect(groups[0]).toBe('RED');
    expect(groups.indexOf('AMBER')).toBeLessThan(groups.indexOf('GREEN'));
    await page.close();
  });

  test('Enter on an indicator brings its cell into view in the sheet view', async () => {
    const page = await openPreview(width);
    await openBook(page, MIXED);
    await page.getByRole('button', { name: 'Score this sheet' }).click();
    const first = page.locator('[data-status-group="RED"] li button').first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Selected: /).waitFor();
    await page.waitForFunction(() => {
      const td = document.querySelector('[data-testid="sheet-view"] td[data-selected="true"]');
      if (!td) return false;
      const r = td.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    // Focus stays on the indicator, so the next Tab carries on through the results.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-status-group]') !== null)).toBe(true);
    await page.close();
  });

  test('the range box is in Map table only, empty for each workbook; the form names columns by their headers and shows every column', async () => {
    const page = await openPreview(width);
    await openBook(page, MIXED);
    // Not on the Score view.
    expect(await page.getByRole('textbox', { name: /Range to map/ }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Map table' }).click();
    const box = page.getByRole('textbox', { name: /Range to map/ });
    await box.fill('a4:h20');
    await page.getByRole('button', { name: 'Use this range' }).click();
    await page.getByRole('form', { name: 'Map the table' }).waitFor();
    const options = await page
      .getByRole('combobox', { name: /Indicator name/ })
      .locator('option')
      .allInnerTexts();
    expect(options).toContain('Column C: Performance Measure (Indicator)');
    expect(options).toContain('Column H: Rag Status');
    const letters = await page.getByTestId('range-grid').locator('thead th').allInnerTexts();
    expect(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    // The grid scrolls sideways inside the pane; nothing pushes the page wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    await openBook(page, REGISTER);
    await page.getByRole('tab', { name: 'Map table' }).click();
    expect(await page.getByRole('textbox', { name: /Range to map/ }).inputValue()).toBe('');
    expect(await page.getByRole('form', { name: 'Map the table' }).count()).toBe(0);
    await page.close();
  });
});

test('the pane marks when Score this sheet became usable: after it is shown enabled and a frame has painted, once', async () => {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(UI_WAIT);
  // Before the bundle runs: note when the Score button is first in the page enabled, and when the
  // next frame after that begins.
  await page.addInitScript(() => {
    const seen = window as unknown as { shownAt?: number; frameAt?: number };
    const observer = new MutationObserver(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Score this sheet');
      if (!button || seen.shownAt !== undefined || button.getAttribute('aria-disabled') === 'true') return;
      seen.shownAt = performance.now();
      requestAnimationFrame(() => (seen.frameAt = performance.now()));
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.url}/taskpane.html`);
  const marks = () =>
    page.evaluate(() => performance.getEntriesByName('scorelight:score-usable', 'mark').map((m) => m.startTime));
  await page.waitForFunction(() => performance.getEntriesByName('scorelight:score-usable', 'mark').length > 0);
  const [usable] = await marks();
  const { shownAt, frameAt } = await page.evaluate(() => {
    const w = window as unknown as { shownAt?: number; frameAt?: number };
    return { shownAt: w.shownAt, frameAt: w.frameAt };
  });
  expect(shownAt).toBeGreaterThan(0);
  expect(frameAt).toBeGreaterThanOrEqual(shownAt as number);
  expect(usable).toBeGreaterThan(frameAt as number);
  // Usable as the user finds it: Playwright's checks (visible, stable, enabled, receives the click) pass.
  await page.getByRole('button', { name: 'Score this sheet' }).click({ trial: true });
  // Scoring disables and re-enables the button: still one mark, the first.
  await openBook(page, REGISTER);
  await page.getByRole('button', { name: 'Score this sheet' }).click();
  await page.getByRole('button', { name: 'Create board summary' }).and(page.locator('[data-next="true"]')).waitFor();
  expect(await marks()).toEqual([usable]);
  await page.close();
});
