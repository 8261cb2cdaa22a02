// Every view of the pane in the browser preview, each checked with axe in every display mode:
// shared by tests/e2e/a11y.test.ts and the a11y bench group.
import type { Page } from 'playwright-core';
import { DISPLAY_MODES, violationsInAllModes } from './a11y-page';

/**
 * From a fresh preview page: start, an error shown, Score with results and warnings, the board
 * summary's result, Rules (panels open, an override, then a failing colour), Map table (form, then
 * its problems). Returns every problem line and how many view-and-mode checks ran.
 */
export async function checkEveryView(page: Page, workbook: string): Promise<{ problems: string[]; checks: number }> {
  const problems: string[] = [];
  let views = 0;
  const check = async (view: string) => {
    views++;
    problems.push(...(await violationsInAllModes(page, view)));
  };
  await check('start');

  // An error shown: scoring before a workbook is open.
  await page.getByRole('button', { name: 'Score this sheet' }).click();
  await page.locator('[data-testid="notice"]').waitFor();
  await check('error shown');

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open workbook' }).click(),
  ]);
  await chooser.setFiles(workbook);
  const sheetPicker = page.getByRole('combobox', { name: /Sheet in/ });
  await sheetPicker.waitFor();
  // mixed.xlsx's protected sheet is scored with a warning (nothing written): results and warnings together.
  if ((await sheetPicker.locator('option', { hasText: 'Locked register' }).count()) > 0)
    await sheetPicker.selectOption('Locked register');
  await page.getByRole('button', { name: 'Score this sheet' }).click();
  await page.getByRole('list', { name: 'Indicators by status' }).waitFor();
  await page.getByRole('list', { name: 'Warnings' }).waitFor();
  await check('score with results and warnings');

  await page.getByRole('button', { name: 'Create board summary' }).click();
  await page.getByTestId('summary-accessibility').waitFor();
  await check('board summary created');

  await page.getByRole('tab', { name: 'Rules' }).click();
  await page.getByRole('button', { name: 'Status labels, colours and symbols' }).click();
  await page.getByRole('button', { name: 'Trend labels, colours and symbols' }).click();
  await page.getByRole('button', { name: 'Add override' }).click();
  await check('rules');
  // A colour that fails contrast: the warning and its suggestion shown.
  await page.getByRole('textbox', { name: 'Amber text colour', exact: true }).fill('#FFC000');
  await page.getByTestId('contrast-problem').waitFor();
  await check('rules with a contrast warning');

  await page.getByRole('tab', { name: 'Map table' }).click();
  // An empty range box takes the sheet's used range.
  await page.getByRole('button', { name: 'Use this range' }).click();
  await page.getByRole('form', { name: 'Map the table' }).waitFor();
  await check('map table');
  await page.getByRole('button', { name: 'Save mapping' }).click();
  await page.getByTestId('mapping-problems').waitFor();
  await check('map table with problems');
  return { problems, checks: views * DISPLAY_MODES.length };
}
