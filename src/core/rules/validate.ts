/**
 * Checks a rule set field by field. Rules arrive from JSON typed by hand, so every message names the
 * field and says what would be right ("tolerance.value must not be negative").
 */
import { stripForbidden } from '../text-limits';
import { STATUSES, TRENDS } from '../model';
import { contrastRatio, isColour, MIN_CONTRAST } from './colour';
import { numberProblem, shownNumber } from './json-numbers';
import type { RulesValidation } from './types';

export const STATUS_SCHEMES = ['rag', 'brag', 'tolerance-on-track', 'amber-if-improving'] as const;
export const TREND_SCHEMES = ['better3', 'improving3'] as const;
export const TREND_BASES = ['previous', 'same-period-last-year'] as const;
export const TOLERANCE_KINDS = ['percent-of-target', 'absolute'] as const;
export const POLARITIES = ['higher', 'lower', 'band'] as const;
export const QUARTER_FOLDS = ['last', 'sum', 'mean'] as const;

export const RULE_FIELDS = [
  'version',
  'preset',
  'scheme',
  'tolerance',
  'exceedMargin',
  'trend',
  'showSymbols',
  'status',
  'trends',
  'overrides',
  'quarterFold',
  'comparison',
  'direction',
] as const;

export const COMPARISON_SCHEMES = ['against-target', 'compare-with-national'] as const;
export const AREA_RATINGS = ['sheet-place', 'describe'] as const;

type Bag = Record<string, unknown>;

export function isBag(v: unknown): v is Bag {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const number = shownNumber(v);
  if (number !== undefined) return number;
  try {
    return typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
}

function oneOf(errors: string[], field: string, v: unknown, allowed: readonly string[]): void {
  if (typeof v !== 'string' || !allowed.includes(v)) {
    errors.push(`${field} must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${show(v)})`);
  }
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * The message when `v` is not a finite number: the field, and the value as its author wrote it
 * (1e309, "1,5", "5 to 10") with what is wrong with it; else `expected` and the value.
 */
function notNumber(field: string, v: unknown, expected = 'must be a number'): string | undefined {
  if (finite(v)) return undefined;
  const problem = numberProblem(v);
  return problem ? `${field} ${problem}` : `${field} ${expected} (got ${show(v)})`;
}

function checkTolerance(errors: string[], field: string, v: unknown): void {
  if (!isBag(v)) {
    errors.push(`${field} must be an object such as { "kind": "percent-of-target", "value": 5 }`);
    return;
  }
  oneOf(errors, `${field}.kind`, v.kind, TOLERANCE_KINDS);
  const value = v.value;
  const bad = notNumber(`${field}.value`, value);
  if (bad || !finite(value)) errors.push(bad ?? `${field}.value must be a number`);
  else if (value < 0) errors.push(`${field}.value must not be negative (got ${value})`);
  else if (v.kind === 'percent-of-target' && value > 100) {
    errors.push(`${field}.value is a percentage of the target and must be between 0 and 100 (got ${value})`);
  }
}

function checkTrend(errors: string[], v: unknown): void {
  if (!isBag(v)) {
    errors.push('trend must be an object with scheme, muchBetterThreshold, stableBand and compareWith');
    return;
  }
  oneOf(errors, 'trend.scheme', v.scheme, TREND_SCHEMES);
  oneOf(errors, 'trend.compareWith', v.compareWith, TREND_BASES);
  const much = v.muchBetterThreshold;
  const stable = v.stableBand;
  // Thresholds are fractions: 0.05 means 5%.
  const muchRule = 'must be a fraction above 0 and at most 1, e.g. 0.05 for 5%';
  const stableRule = 'must be a fraction from 0 up to (not including) 1, e.g. 0.01 for 1%';
  const muchBad = notNumber('trend.muchBetterThreshold', much, muchRule);
  if (muchBad) errors.push(muchBad);
  else if (finite(much) && (much <= 0 || much > 1)) errors.push(`trend.muchBetterThreshold ${muchRule} (got ${much})`);
  const stableBad = notNumber('trend.stableBand', stable, stableRule);
  if (stableBad) errors.push(stableBad);
  else if (finite(stable) && (stable < 0 || stable >= 1)) errors.push(`trend.stableBand ${stableRule} (got ${stable})`);
  if (finite(much) && finite(stable) && much > 0 && stable >= 0 && stable >= much) {
    errors.push(
      `trend.stableBand (${stable}) must be smaller than trend.muchBetterThreshold (${much}): thresholds out of order`,
    );
  }
}

/** Labels and symbols are written into thousands of cells: a word or two, of characters a cell can hold. */
const MAX_LABEL_CHARS = 100;
const MAX_SYMBOL_CHARS = 8;

function checkWords(errors: string[], field: string, text: string, max: number): void {
  if (text.length > max) errors.push(`${field} is ${text.length} characters long; at most ${max} are allowed`);
  if (stripForbidden(text) !== text || /[\t\n\r]/.test(text))
    errors.push(`${field} holds a control or non-character code (such as U+FFFE) that a workbook cannot store`);
}

function checkLooks(errors: string[], field: string, v: unknown, keys: readonly string[]): void {
  if (!isBag(v)) {
    errors.push(`${field} must be an object with an entry for each of ${keys.join(', ')}`);
    return;
  }
  for (const k of Object.keys(v))
    if (!keys.includes(k)) errors.push(`${field}.${k} is not a known entry (known: ${keys.join(', ')})`);
  for (const k of keys) {
    const a = v[k];
    const f = `${field}.${k}`;
    if (!isBag(a)) {
      errors.push(`${f} must be an object with label, symbol, fill and fontColor`);
      continue;
    }
    if (typeof a.label !== 'string' || a.label.trim() === '') errors.push(`${f}.label must be a non-empty string`);
    else checkWords(errors, `${f}.label`, a.label, MAX_LABEL_CHARS);
    if (typeof a.symbol !== 'string') errors.push(`${f}.symbol must be a string ("" for none)`);
    else checkWords(errors, `${f}.symbol`, a.symbol, MAX_SYMBOL_CHARS);
    let coloursOk = true;
    for (const c of ['fill', 'fontColor'] as const) {
      if (a[c] !== '' && !isColour(a[c])) {
        errors.push(`${f}.${c} must be a colour "#RRGGBB" or "" for none (got ${show(a[c])})`);
        coloursOk = false;
      }
    }
    if (coloursOk) {
      const ratio = contrastRatio(String(a.fontColor), String(a.fill));
      if (ratio < MIN_CONTRAST) {
        errors.push(
          `${f}: fontColor ${show(a.fontColor)} on fill ${show(a.fill)} has contrast ${ratio.toFixed(2)}:1, below the ${MIN_CONTRAST}:1 needed to read it`,
        );
      }
    }
  }
}

function checkOverride(errors: string[], i: number, v: unknown): void {
  const f = `overrides[${i}]`;
  if (!isBag(v)) {
    errors.push(`${f} must be an object with a "match"`);
    return;
  }
  const m = v.match;
  const code = isBag(m) ? m.code : undefined;
  const name = isBag(m) ? m.name : undefined;
  const has = (s: unknown): boolean => typeof s === 'string' && s.trim() !== '';
  if (!isBag(m) || (!has(code) && !has(name))) {
    errors.push(`${f}.match must give a code or a name to match the indicator by`);
  } else {
    if (code !== undefined && typeof code !== 'string') errors.push(`${f}.match.code must be a string`);
    if (name !== undefined && typeof name !== 'string') errors.push(`${f}.match.name must be a string`);
  }
  if (v.polarity !== undefined) oneOf(errors, `${f}.polarity`, v.polarity, POLARITIES);
  if (v.tolerance !== undefined) checkTolerance(errors, `${f}.tolerance`, v.tolerance);
  const target = v.target === undefined ? undefined : notNumber(`${f}.target`, v.target);
  if (target) errors.push(target);
  if (v.band !== undefined) {
    const b = v.band;
    const low = isBag(b) ? notNumber(`${f}.band.low`, b.low) : undefined;
    const high = isBag(b) ? notNumber(`${f}.band.high`, b.high) : undefined;
    if (low || high) for (const m of [low, high]) if (m) errors.push(m);
    if (!isBag(b) || !finite(b.low) || !finite(b.high)) {
      if (!low && !high) errors.push(`${f}.band must be { "low": number, "high": number }`);
    } else if (b.low > b.high) errors.push(`${f}.band.low (${b.low}) must not be above ${f}.band.high (${b.high})`);
  }
  if (v.quarterFold !== undefined) oneOf(errors, `${f}.quarterFold`, v.quarterFold, QUARTER_FOLDS);
  if (v.percent !== undefined && typeof v.percent !== 'boolean') errors.push(`${f}.percent must be true or false`);
}

function checkComparison(errors: string[], v: unknown): void {
  if (!isBag(v)) {
    errors.push('comparison must be an object with scheme, inLine and areaRatings');
    return;
  }
  oneOf(errors, 'comparison.scheme', v.scheme, COMPARISON_SCHEMES);
  checkTolerance(errors, 'comparison.inLine', v.inLine);
  oneOf(errors, 'comparison.areaRatings', v.areaRatings, AREA_RATINGS);
}

/** The direction-of-travel rules for target-less tables (optional: absent means the defaults). */
function checkDirection(errors: string[], v: unknown): void {
  if (v === undefined) return;
  if (!isBag(v)) {
    errors.push('direction must be an object such as { "enabled": true, "band": 0.01 }');
    return;
  }
  if (typeof v.enabled !== 'boolean') errors.push('direction.enabled must be true or false');
  const bandRule = 'must be a number from 0 to 1 (0.01 = 1%)';
  const band = notNumber('direction.band', v.band, bandRule);
  if (band) errors.push(band);
  else if (finite(v.band) && (v.band < 0 || v.band > 1)) errors.push(`direction.band ${bandRule} (got ${v.band})`);
  if (!isBag(v.labels)) {
    errors.push('direction.labels must be an object with favourable, onTrack, unfavourable and notStarted');
    return;
  }
  for (const k of ['favourable', 'onTrack', 'unfavourable', 'notStarted']) {
    const label = v.labels[k];
    if (typeof label !== 'string' || label.trim() === '' || label.length > 100)
      errors.push(`direction.labels.${k} must be a word or short phrase (1 to 100 characters)`);
  }
}

/** Every problem with a complete rule set, one message each. */
export function validateRules(rules: unknown): RulesValidation {
  const errors: string[] = [];
  try {
    if (!isBag(rules)) return { ok: false, errors: ['rules must be a JSON object'] };
    for (const k of Object.keys(rules)) {
      if (!(RULE_FIELDS as readonly string[]).includes(k))
        errors.push(`${k} is not a known rules field (known: ${RULE_FIELDS.join(', ')})`);
    }
    if (rules.version !== 1) errors.push(`version must be 1 (got ${show(rules.version)})`);
    if (typeof rules.preset !== 'string') errors.push('preset must be a string');
    oneOf(errors, 'scheme', rules.scheme, STATUS_SCHEMES);
    checkTolerance(errors, 'tolerance', rules.tolerance);
    checkTolerance(errors, 'exceedMargin', rules.exceedMargin);
    checkTrend(errors, rules.trend);
    if (typeof rules.showSymbols !== 'boolean') errors.push('showSymbols must be true or false');
    checkLooks(errors, 'status', rules.status, STATUSES);
    checkLooks(errors, 'trends', rules.trends, TRENDS);
    if (!Array.isArray(rules.overrides)) errors.push('overrides must be a list');
    else rules.overrides.forEach((o, i) => checkOverride(errors, i, o));
    oneOf(errors, 'quarterFold', rules.quarterFold, QUARTER_FOLDS);
    if (rules.comparison !== undefined) checkComparison(errors, rules.comparison);
    checkDirection(errors, rules.direction);
  } catch {
    errors.push('rules could not be checked');
  }
  return { ok: errors.length === 0, errors };
}
