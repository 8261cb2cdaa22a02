/** Colour strings and WCAG 2 contrast, so every status and trend cell stays readable. */

/** Colours in rules are "#RRGGBB"; "" means none (no fill, or the sheet's default font colour). */
export const COLOUR_RE = /^#[0-9A-Fa-f]{6}$/;

/** What an empty fill or font colour stands for when judging contrast. */
export const DEFAULT_FILL = '#FFFFFF';
export const DEFAULT_FONT = '#000000';

export function isColour(s: unknown): s is string {
  return typeof s === 'string' && COLOUR_RE.test(s);
}

/** WCAG relative luminance of "#RRGGBB". */
export function relativeLuminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio (1 to 21) between two "#RRGGBB" colours; "" stands for the default. */
export function contrastRatio(fontColor: string, fill: string): number {
  const a = relativeLuminance(fontColor || DEFAULT_FONT);
  const b = relativeLuminance(fill || DEFAULT_FILL);
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;
