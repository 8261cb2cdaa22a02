/**
 * The summary's styles, keyed so hosts can format all cells of one style together. Status and trend
 * colours come from the shared rules; the rest is a plain, print-friendly palette (dark blue
 * headings, light header fills, thin grey rules) that survives a greyscale printer.
 */
import { STATUSES, TRENDS, type Status, type Trend } from '../model';
import type { Rules } from '../rules/types';
import type { Direction } from './quarter-on-quarter';
import type { SummaryStyle } from './types';

const INK = '#1F3864';
const MUTED = '#595959';
const RULE = '#BFBFBF';
const HEADER_FILL = '#D9E1F2';
const HEADER_RULE = '#8EA9DB';

export const statusStyleKey = (s: Status): string => `status-${s}`;
export const trendStyleKey = (t: Trend | null): string => (t ? `trend-${t}` : 'td');
export const directionStyleKey = (d: Direction): string => `dir-${d}`;

const cellBox = { borderAll: RULE, vAlign: 'top' as const };
/** Left-aligned table text sits one indent in, clear of the right-aligned figure to its left. */
const textBox = { ...cellBox, hAlign: 'left' as const, indent: 1, wrap: true };

export function summaryStyles(rules: Rules): Record<string, SummaryStyle> {
  const styles: Record<string, SummaryStyle> = {
    title: { bold: true, size: 16, fontColor: INK },
    period: { bold: true, size: 12, fontColor: INK },
    meta: { italic: true, fontColor: MUTED },
    heading: { bold: true, size: 12, fontColor: INK, borderBottom: INK },
    narrative: { wrap: true, vAlign: 'top' },
    th: {
      bold: true,
      fill: HEADER_FILL,
      fontColor: INK,
      wrap: true,
      vAlign: 'middle',
      borderAll: HEADER_RULE,
      hAlign: 'left',
      indent: 1,
    },
    'th-num': {
      bold: true,
      fill: HEADER_FILL,
      fontColor: INK,
      wrap: true,
      vAlign: 'middle',
      hAlign: 'right',
      borderAll: HEADER_RULE,
    },
    td: { ...textBox, wrap: true },
    'td-num': { ...cellBox, hAlign: 'right' },
    'td-bold': { ...textBox, bold: true },
    'td-num-bold': { ...cellBox, hAlign: 'right', bold: true },
    none: { italic: true, fontColor: MUTED },
    note: { italic: true, size: 9, fontColor: MUTED, wrap: true, vAlign: 'top' },
    'dir-better': { ...textBox, fill: '#C6EFCE', fontColor: '#006100' },
    'dir-worse': { ...textBox, fill: '#FFC7CE', fontColor: '#9C0006' },
    'dir-same': { ...textBox, fontColor: MUTED },
    'dir-no-polarity': { ...textBox, fontColor: MUTED },
    'dir-part-quarter': { ...textBox, italic: true, fontColor: MUTED },
  };
  for (const s of STATUSES) {
    const a = rules.status[s];
    styles[statusStyleKey(s)] = {
      ...textBox,
      bold: true,
      fill: a.fill || undefined,
      fontColor: a.fontColor || undefined,
    };
  }
  for (const t of TRENDS) {
    const a = rules.trends[t];
    styles[trendStyleKey(t)] = { ...textBox, fill: a.fill || undefined, fontColor: a.fontColor || undefined };
  }
  return styles;
}
