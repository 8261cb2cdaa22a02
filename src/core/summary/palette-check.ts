/**
 * Contrast over a whole rules palette: every status and trend look (word on its fill, 4.5:1, WCAG
 * 1.4.3; the symbol is drawn in the same colour, 3:1, WCAG 1.4.11), every style the summary
 * writes with text, and the chart's bars against the white page (3:1, WCAG 1.4.11).
 */
import { STATUSES, TRENDS } from '../model';
import { contrastRatio, DEFAULT_FILL, MIN_CONTRAST, MIN_NON_TEXT_CONTRAST } from '../rules/colour';
import type { Rules } from '../rules/types';
import { summaryStyles } from './styles';

export interface PaletteProblem {
  /** "status.AMBER text", "trend.STABLE symbol", "summary style th", "chart bar RED". */
  where: string;
  foreground: string;
  background: string;
  ratio: number;
  needed: number;
}

function pair(out: PaletteProblem[], where: string, fg: string, bg: string, needed: number): void {
  const ratio = contrastRatio(fg, bg);
  if (ratio < needed) out.push({ where, foreground: fg || 'default', background: bg || DEFAULT_FILL, ratio, needed });
}

export function paletteProblems(rules: Rules): PaletteProblem[] {
  const out: PaletteProblem[] = [];
  for (const s of STATUSES) {
    const a = rules.status[s];
    pair(out, `status.${s} text`, a.fontColor, a.fill, MIN_CONTRAST);
    if (a.symbol) pair(out, `status.${s} symbol`, a.fontColor, a.fill, MIN_NON_TEXT_CONTRAST);
    // The chart draws each status as a bar in its text colour (or fill) on the white page.
    pair(out, `chart bar ${s}`, a.fontColor || a.fill, DEFAULT_FILL, MIN_NON_TEXT_CONTRAST);
  }
  for (const t of TRENDS) {
    const a = rules.trends[t];
    pair(out, `trend.${t} text`, a.fontColor, a.fill, MIN_CONTRAST);
    if (a.symbol) pair(out, `trend.${t} symbol`, a.fontColor, a.fill, MIN_NON_TEXT_CONTRAST);
  }
  for (const [key, style] of Object.entries(summaryStyles(rules)))
    pair(out, `summary style ${key}`, style.fontColor ?? '', style.fill ?? '', MIN_CONTRAST);
  return out;
}
