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

/** WCAG 2.2 SC 1.4.11: graphics and symbols that carry meaning need 3:1 against what is next to them. */
export const MIN_NON_TEXT_CONTRAST = 3;

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

/** `share` of the way from `hex` to `toward` (0 = hex, 1 = toward), mixed per sRGB channel. */
function mix(hex: string, toward: string, share: number): string {
  const a = channels(hex);
  const b = channels(toward);
  return toHex(a.map((c, i) => c + (b[i] - c) * share));
}

/**
 * The colour closest to `colour` (the least mixed toward black or white, keeping its hue) that
 * reaches `min`:1 against `against`; `colour` itself when it already does. Black or white always
 * reach 4.5:1 against one of the two, so there is always an answer.
 */
export function nearestPassingColour(colour: string, against: string, min = MIN_CONTRAST): string {
  const from = colour || DEFAULT_FONT;
  const other = against || DEFAULT_FILL;
  if (contrastRatio(from, other) >= min) return from.toUpperCase();
  let best = { step: Infinity, colour: DEFAULT_FONT };
  for (const end of ['#000000', '#FFFFFF']) {
    // Steps of 1%: the suggestion is within 1% of the least change that passes.
    for (let step = 1; step <= 100 && step < best.step; step++) {
      const candidate = mix(from, end, step / 100);
      if (contrastRatio(candidate, other) >= min) {
        best = { step, colour: candidate };
        break;
      }
    }
  }
  return best.colour;
}

/** One colour pair of a status or trend look that does not reach its contrast, with a fix. */
export interface ContrastProblem {
  ratio: number;
  needed: number;
  /** The text colour to use instead (same fill). */
  suggestedFont: string;
  message: string;
}

/**
 * The contrast check the rules editor runs as the user types: the word on its fill needs 4.5:1
 * (WCAG 1.4.3); the symbol is drawn in the same colour, so the same pair covers its 3:1 (1.4.11).
 */
export function checkLookContrast(look: { fill: string; fontColor: string }): ContrastProblem | null {
  if ((look.fill && !isColour(look.fill)) || (look.fontColor && !isColour(look.fontColor))) return null;
  const ratio = contrastRatio(look.fontColor, look.fill);
  if (ratio >= MIN_CONTRAST) return null;
  const suggestedFont = nearestPassingColour(look.fontColor || DEFAULT_FONT, look.fill || DEFAULT_FILL);
  return {
    ratio,
    needed: MIN_CONTRAST,
    suggestedFont,
    message: `Text contrast ${ratio.toFixed(2)}:1 is below ${MIN_CONTRAST}:1. Nearest text colour that passes on this fill: ${suggestedFont}.`,
  };
}
