// Page helpers that act as a user would: by accessible names, and by keyboard where asked.
import type { Page } from 'playwright-core';

export async function shownCounts(page: Page): Promise<Record<string, number>> {
  const pairs = await page.$$eval('[data-testid="status-counts"] li', (items) =>
    items.map(
      (li) => [li.getAttribute('data-status') ?? '', Number(li.querySelector('span')?.textContent ?? 'NaN')] as const,
    ),
  );
  return Object.fromEntries(pairs);
}

/** The accessible-ish name of the focused element: aria-label, else its text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    return (el.getAttribute('aria-label') || el.textContent || '').trim();
  });
}

/** Press Tab (or Shift+Tab) until the focused element is `name`; fails with the path taken. */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  max = 40,
): Promise<number> {
  const seen: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const now = await focusedName(page);
    seen.push(now);
    if (typeof name === 'string' ? now === name : name.test(now)) return i;
  }
  throw new Error(`${key} did not reach "${String(name)}" in ${max} presses. Focus went: ${seen.join(' | ')}`);
}
