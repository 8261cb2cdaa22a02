/**
 * Numbers as the sheet shows them: the same decimals, thousands separators and "%" the source
 * used, both as prose ("22.4%") and as Excel number formats so the summary keeps real numbers.
 * Percentages are held as points (25% -> 25), like Reading.
 */
import type { Reading } from '../model';
import { formatDuration } from '../format/number-text';

export interface NumberStyle {
  percent: boolean;
  decimals: number;
  grouping: boolean;
  /** A duration held in seconds (Reading.duration): a clock in prose, seconds with their unit in cells. */
  duration?: boolean;
}

export function styleOf(r: Reading): NumberStyle {
  const style: NumberStyle = { percent: r.percent, decimals: r.decimals, grouping: r.grouping };
  if (r.duration) style.duration = true;
  return style;
}

function digits(value: number, style: NumberStyle): string {
  const fixed = Math.abs(value).toFixed(Math.max(0, Math.min(style.decimals, 10)));
  if (!style.grouping) return fixed;
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Round to the displayed precision, so 94.999 shown as 95 compares equal to 95. */
export function roundShown(value: number, decimals: number): number {
  const f = 10 ** Math.max(0, Math.min(decimals, 10));
  return Math.round(value * f) / f;
}

/** "22.4%", "1,305", "-3.5". */
export function formatValue(value: number, style: NumberStyle): string {
  // "Average call waiting time at 2:40", as the sheet shows it, not "at 160".
  if (style.duration) return formatDuration(value, style.decimals);
  const shown = roundShown(value, style.decimals);
  const sign = shown < 0 ? '-' : '';
  return `${sign}${digits(shown, style)}${style.percent ? '%' : ''}`;
}

function decimalPart(decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 10));
  return d > 0 ? `.${'0'.repeat(d)}` : '';
}

/** Excel format for a value: 22.4 (points) shows as 22.4%, without scaling by 100. */
export function valueFormat(style: NumberStyle): string {
  const base = `${style.grouping ? '#,##0' : '0'}${decimalPart(style.decimals)}`;
  // A duration's cell keeps its seconds as a real number, with the unit said: "160 sec".
  if (style.duration) return `${base}" sec"`;
  return style.percent ? `${base}"%"` : base;
}

/** Excel format for a change, always signed: +2.1 pts / -2.1 pts / 0.0 pts. */
export function changeFormat(style: NumberStyle): string {
  const base = `${style.grouping ? '#,##0' : '0'}${decimalPart(style.decimals)}`;
  const unit = style.percent ? '" pts"' : style.duration ? '" sec"' : '';
  return `+${base}${unit};-${base}${unit};${base}${unit}`;
}
