// Accessibility helpers for the e2e tests: axe over the page with the WCAG A/AA rules, display
// modes (light, dark, forced colours, 200% zoom), visible focus, and the live region's text.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the Public Sector Bodies Regulations ask. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe violations on the page, one line each: "<where>: <rule> (<impact>) <first targets>". */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  // Colours mid-transition (a message bar fading in) are not the page's colours: let them settle.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact ?? 'n/a'}) ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}${process.env.SCORELIGHT_AXE_DETAIL ? ` ${n.html} ${n.failureSummary}` : ''}`)
        .join(', ')}`,
  );
}

export type DisplayMode = 'light' | 'dark' | 'forced-colours' | 'zoom-200';
export const DISPLAY_MODES: DisplayMode[] = ['light', 'dark', 'forced-colours', 'zoom-200'];

/**
 * Put the page in a display mode. 200% zoom is CSS zoom on the root of the 320 px pane, as
 * Chromium's page zoom does: the pane then lays out in 160 CSS px with every size doubled.
 */
export async function setMode(page: Page, mode: DisplayMode): Promise<void> {
  await page.emulateMedia({
    colorScheme: mode === 'dark' ? 'dark' : 'light',
    forcedColors: mode === 'forced-colours' ? 'active' : 'none',
  });
  await page.evaluate(
    (zoom) => {
      document.documentElement.style.setProperty('zoom', zoom);
    },
    mode === 'zoom-200' ? '2' : '',
  );
  await page
    .locator(`[data-theme="${mode === 'dark' ? 'dark' : 'light'}"]`)
    .first()
    .waitFor();
}

/**
 * Visible elements of the pane (main) cut off at its right edge (WCAG 1.4.4, 1.4.10: nothing lost
 * when text is larger or the pane narrow). The browser preview's own toolbar and sheet view are
 * outside the pane, as they are outside Excel's.
 */
export async function cutOff(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      // The sheet view and the Map form's range grid scroll sideways on purpose (focusable regions).
      if (
        el.closest('[data-testid="sheet-view"]') ||
        el.closest('[data-testid="range-grid"] table') ||
        el.closest('[hidden]') ||
        el.closest('[data-tabster-dummy]')
      )
        continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.right > window.innerWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(r.right)}`,
        );
    }
    return out.slice(0, 5);
  });
  return found.map((f) => `${where}: cut off ${f}`);
}

/** axe in every display mode (and nothing cut off at 320 px and at 200%), left in light mode at 100%. */
export async function violationsInAllModes(page: Page, view: string): Promise<string[]> {
  const out: string[] = [];
  for (const mode of DISPLAY_MODES) {
    await setMode(page, mode);
    out.push(...(await axeViolations(page, `${view}, ${mode}`)));
    if (mode === 'light' || mode === 'zoom-200') out.push(...(await cutOff(page, `${view}, ${mode}`)));
  }
  await setMode(page, 'light');
  return out;
}

/**
 * Whether the focused element shows a focus indicator: an outline, a box shadow, or a border or bar
 * drawn by a ::before/::after, at least 1 px, not transparent and not scaled away, on the element or on
 * one of its two nearest ancestors (Fluent UI draws an input's focus line on its wrapper's ::after,
 * a button's ring on its own ::after). Transitions are let finish first.
 */
export async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean }> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { element: '(body)', visible: false };
    const clear = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    // A matrix with a zero scale on either axis draws nothing.
    const flat = (t: string) => /^matrix\(0, 0, |^matrix\([^,]+, [^,]+, [^,]+, 0,/.test(t);
    const seen = (s: CSSStyleDeclaration, pseudo: boolean): boolean => {
      if (pseudo && (s.content === 'none' || s.content === 'normal')) return false;
      if (flat(s.transform) || s.visibility === 'hidden' || s.opacity === '0') return false;
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !clear(s.outlineColor);
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
      const border =
        pseudo &&
        ['top', 'right', 'bottom', 'left'].some(
          (side) =>
            s.getPropertyValue(`border-${side}-style`) !== 'none' &&
            parseFloat(s.getPropertyValue(`border-${side}-width`)) >= 1 &&
            !clear(s.getPropertyValue(`border-${side}-color`)),
        );
      // A bar drawn as a filled ::after (Fluent's select underline is a gradient).
      const bar =
        pseudo &&
        (!clear(s.backgroundColor) || s.backgroundImage !== 'none') &&
        parseFloat(s.height) >= 1 &&
        parseFloat(s.width) >= 1;
      return outline || shadow || border || bar;
    };
    const candidates = [el, el.parentElement, el.parentElement?.parentElement].filter((x): x is HTMLElement => !!x);
    const visible = candidates.some(
      (c, i) =>
        (i === 0 && seen(getComputedStyle(c), false)) ||
        seen(getComputedStyle(c, '::after'), true) ||
        seen(getComputedStyle(c, '::before'), true),
    );
    const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '')
      .trim()
      .slice(0, 40);
    return {
      element: `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${name}"`,
      visible,
    };
  });
}

/** The accessible-ish name of the focused element, as tests/e2e/support/pane-page.ts reads it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    return (el.getAttribute('aria-label') || labelled || el.textContent || '').trim();
  });
}

/**
 * Tab (or Shift+Tab) until the focused element is `name`, checking at every stop that focus is
 * visible. Fails with the path taken; returns the stops without a visible indicator.
 */
export async function tabToVisibly(
  page: Page,
  name: string | RegExp,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  max = 60,
): Promise<string[]> {
  const seen: string[] = [];
  const invisible: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const now = await focusedName(page);
    seen.push(now);
    const f = await focusIndicator(page);
    if (!f.visible) invisible.push(f.element);
    if (typeof name === 'string' ? now === name : name.test(now)) return invisible;
  }
  throw new Error(`${key} did not reach "${String(name)}" in ${max} presses. Focus went: ${seen.join(' | ')}`);
}

/** Wait until the live region says something matching `text`, and return what it says. */
export async function announced(page: Page, text: RegExp): Promise<string> {
  const region = page.locator('main [data-testid="live-region"]');
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test(document.querySelector('main [data-testid="live-region"]')?.textContent ?? ''),
    [text.source, text.flags] as const,
  );
  return (await region.textContent()) ?? '';
}
