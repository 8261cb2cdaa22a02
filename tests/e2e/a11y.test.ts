/**
 * The pane proved with axe, in real Chromium over the production bundle: no WCAG 2.2 A/AA
 * violation in any view (Score with results and warnings, the board summary's result, an error,
 * Rules, Map table), each in light, dark, forced colours and at 200% zoom, all at 320 px wide. A
 * deliberately unlabelled control shows the check catches what it should. Keyboard-only flows
 * (score, summary, undo, rules edit, mapping) with a visible focus indicator at every stop, and the
 * live region's announced text.
 */
import { existsSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { countsSentence } from '../../src/taskpane/status-display';
import { announced, axeViolations, tabToVisibly } from './support/a11y-page';
import { checkEveryView } from './support/a11y-views';
import { launch, type Browser } from './support/browser';
import { scoreInNode, type Expected } from './support/oracle';
import { serveDir, type StaticServer } from './support/static-server';

jest.setTimeout(300_000);

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
// mixed.xlsx: Red, Amber and Green, warnings, several sheets.
const SHOWCASE = ['mixed.xlsx', 'cards.xlsx', 'register.xlsx']
  .map((f) => path.join(root, 'examples', f))
  .find((f) => existsSync(f));
const UI_WAIT = 60_000;

let server: StaticServer;
let browser: Browser;
let expected: Expected;

beforeAll(async () => {
  if (!SHOWCASE) throw new Error('No example workbook in examples/ (mixed.xlsx, cards.xlsx or register.xlsx).');
  expected = await scoreInNode(SHOWCASE);
  server = await serveDir(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPreview(): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(UI_WAIT);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole('button', { name: 'Open workbook' }).waitFor();
  return page;
}

test('no axe violation in any view, in light, dark, forced colours and at 200% zoom, 320 px wide', async () => {
  const page = await openPreview();
  const { problems, checks } = await checkEveryView(page, SHOWCASE!);
  // Eight views, four modes each.
  expect(checks).toBe(32);
  expect(problems).toEqual([]);
  await page.close();
});

test('the check catches a deliberately unlabelled control', async () => {
  const page = await openPreview();
  expect(await axeViolations(page, 'clean')).toEqual([]);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    input.id = 'unlabelled';
    document.querySelector('main')!.appendChild(input);
  });
  const found = await axeViolations(page, 'with an unlabelled input');
  // The missing label is caught (axe also finds the bare input too small a target): nothing else.
  expect(found).toContain('with an unlabelled input: label (critical) #unlabelled');
  for (const line of found) expect(line).toMatch(/ #unlabelled$/);
  await page.close();
});

test('keyboard only, focus always visible: score, summary, undo, rules edit and mapping, each announced', async () => {
  const page = await openPreview();
  const invisible: string[] = [];
  const chooserOpened = page.waitForEvent('filechooser');
  invisible.push(...(await tabToVisibly(page, 'Open workbook')));
  await page.keyboard.press('Enter');
  await (await chooserOpened).setFiles(SHOWCASE!);
  await page.getByRole('combobox', { name: /Sheet in/ }).waitFor();
  expect(await page.getByRole('combobox', { name: /Sheet in/ }).inputValue()).toBe(expected.sheet);

  // Score: the live region reads the outcome and the counts in words.
  invisible.push(...(await tabToVisibly(page, 'Score this sheet')));
  await page.keyboard.press('Enter');
  const n = expected.result.indicators.length;
  expect(await announced(page, /^Scored/)).toBe(
    `Scored ${n} indicator${n === 1 ? '' : 's'} on "${expected.sheet}". ${countsSentence(expected.result.indicators, expected.rules)}`,
  );

  // Board summary, with its accessibility check read out.
  invisible.push(...(await tabToVisibly(page, 'Create board summary')));
  await page.keyboard.press('Enter');
  expect(await announced(page, /^Board summary/)).toBe(
    `Board summary written to the sheet "${expected.sheet} summary". Accessibility: 0 issues.`,
  );

  // Undo.
  invisible.push(...(await tabToVisibly(page, 'Undo last scoring')));
  await page.keyboard.press('Enter');
  expect(await announced(page, /^Restored/)).toMatch(
    new RegExp(`^Restored \\d+ cells? on "${expected.sheet}" to how they were before the last scoring\\.$`),
  );

  // Rules: back to the tab list, arrow to Rules, open the status looks, rename Red, save.
  invisible.push(...(await tabToVisibly(page, 'Score', 'Shift+Tab')));
  await page.keyboard.press('ArrowRight');
  await page.getByRole('form', { name: 'Scoring rules' }).waitFor();
  expect(await page.getByRole('tab', { name: 'Rules' }).getAttribute('aria-selected')).toBe('true');
  invisible.push(...(await tabToVisibly(page, 'Status labels, colours and symbols')));
  await page.keyboard.press('Enter');
  invisible.push(...(await tabToVisibly(page, 'Red label')));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Off track');
  invisible.push(...(await tabToVisibly(page, 'Save rules')));
  await page.keyboard.press('Enter');
  expect(await announced(page, /^Rules saved/)).toBe('Rules saved.');

  // Mapping: arrow to Map table, take the range, choose the name and actual columns, save.
  invisible.push(...(await tabToVisibly(page, 'Rules', 'Shift+Tab')));
  await page.keyboard.press('ArrowRight');
  invisible.push(...(await tabToVisibly(page, 'Use this range')));
  await page.keyboard.press('Enter');
  expect(await announced(page, /^Using/)).toMatch(/^Using .+ Now choose the columns\.$/);
  invisible.push(...(await tabToVisibly(page, /^Indicator name\*?$/)));
  await page.keyboard.press('ArrowDown');
  invisible.push(...(await tabToVisibly(page, /^Actual\*?$/)));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  invisible.push(...(await tabToVisibly(page, 'Save mapping')));
  await page.keyboard.press('Enter');
  expect(await announced(page, /^Mapping saved/)).toMatch(
    new RegExp(`^Mapping saved for ${expected.sheet} \\S+\\. Score the sheet again to use it\\.$`),
  );
  // Saving goes back to Score, which says so.
  await page.locator('[data-testid="notice"]', { hasText: 'Mapping saved' }).waitFor();

  // Tab past the last control leaves the page (to the browser, or to Office in Excel): no element
  // has focus there, so there is nothing to show.
  expect(invisible.filter((e) => e !== '(body)')).toEqual([]);
  await page.close();
});

test('the focus check catches a control that hides its focus', async () => {
  const page = await openPreview();
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'No ring';
    b.style.outline = 'none';
    b.style.border = 'none';
    b.style.background = 'none';
    document.querySelector('main')!.prepend(b);
  });
  await expect(tabToVisibly(page, 'No ring')).resolves.toContain('button "No ring"');
  await page.close();
});
