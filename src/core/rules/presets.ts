/**
 * The SCORING.md defaults and the named presets councils start from. Every fill/font pair meets
 * WCAG AA contrast (4.5:1) so status words read on screen and in print.
 */
import type { Status, Trend } from '../model';
import type { Appearance, DirectionRules, Rules, StatusScheme } from './types';

/** SCORING.md "Tables without targets": a 1% band, seed 004's words. */
export function defaultDirectionRules(): DirectionRules {
  return {
    enabled: false,
    band: 0.01,
    labels: { favourable: 'Favourable', onTrack: 'On track', unfavourable: 'Unfavourable', notStarted: 'Not started' },
  };
}

function look(label: string, symbol: string, fill: string, fontColor: string): Appearance {
  return { label, symbol, fill, fontColor };
}

function defaultStatusLooks(): Record<Status, Appearance> {
  return {
    GREEN: look('Green', '●', '#C6EFCE', '#006100'),
    AMBER: look('Amber', '▲', '#FFEB9C', '#7A4500'),
    RED: look('Red', '■', '#FFC7CE', '#9C0006'),
    BLUE: look('Blue', '◆', '#BDD7EE', '#1F3864'),
    NO_DATA: look('No data', '○', '#E7E6E6', '#3B3838'),
    NO_TARGET: look('No target', '◇', '#EDEDED', '#404040'),
    // No fill: a value we could not read is not a judgement, and the warning says why.
    NOT_SCORED: look('Not scored', '', '', '#595959'),
  };
}

function defaultTrendLooks(): Record<Trend, Appearance> {
  return {
    MUCH_BETTER: look('Much better', '▲', '#C6EFCE', '#006100'),
    BIT_BETTER: look('Bit better', '△', '#FFEB9C', '#7A4500'),
    NOT_BETTER: look('Not better', '▼', '#FFC7CE', '#9C0006'),
    IMPROVING: look('Improving', '↑', '#C6EFCE', '#006100'),
    STABLE: look('Stable', '→', '#EDEDED', '#404040'),
    WORSENING: look('Worsening', '↓', '#FFC7CE', '#9C0006'),
  };
}

/** The SCORING.md defaults (seed 001 key). */
export function defaultRules(): Rules {
  return {
    version: 1,
    preset: 'seed-001',
    scheme: 'rag',
    tolerance: { kind: 'percent-of-target', value: 5 },
    exceedMargin: { kind: 'percent-of-target', value: 10 },
    trend: { scheme: 'better3', muchBetterThreshold: 0.05, stableBand: 0.01, compareWith: 'previous' },
    showSymbols: true,
    status: defaultStatusLooks(),
    trends: defaultTrendLooks(),
    overrides: [],
    quarterFold: 'last',
    comparison: {
      scheme: 'against-target',
      inLine: { kind: 'percent-of-target', value: 5 },
      areaRatings: 'sheet-place',
    },
    direction: defaultDirectionRules(),
  };
}

export const PRESET_NAMES = ['seed-001', 'brag', 'tolerance-on-track', 'amber-if-improving'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** Named presets: "seed-001" (default), "brag", "tolerance-on-track", "amber-if-improving". */
export function presetRules(name: string): Rules {
  if (!isPresetName(name)) {
    throw new Error(`Unknown rules preset "${String(name)}". Known presets: ${PRESET_NAMES.join(', ')}.`);
  }
  const rules = defaultRules();
  const scheme: Record<PresetName, StatusScheme> = {
    'seed-001': 'rag',
    brag: 'brag',
    'tolerance-on-track': 'tolerance-on-track',
    'amber-if-improving': 'amber-if-improving',
  };
  rules.preset = name;
  rules.scheme = scheme[name];
  // Seed 003's cards speak of arrows and "improving"; its scheme pairs with the improving3 key.
  if (name === 'tolerance-on-track') rules.trend.scheme = 'improving3';
  // "Improved against last year" is what decides Amber in this scheme, so the trend says the same.
  if (name === 'amber-if-improving') rules.trend.compareWith = 'same-period-last-year';
  return rules;
}
