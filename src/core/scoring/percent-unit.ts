/** Whether an indicator's figures are percentages, so every reading shares one representation. */
import { formatFacts } from '../format/format-code';
import type { IndicatorSource, PeriodCell, SourceCell } from '../model';
import type { IndicatorOverride } from '../rules/types';
import { readTarget } from '../values/target';

/** A percent-formatted number, or text that reads as a percentage ("25%", "5%-7%"); unreadable text never counts. */
function isPercentCell(src: SourceCell | undefined): boolean {
  if (!src) return false;
  if (typeof src.value === 'number') return src.fraction === true || formatFacts(src.numberFormat).percent;
  if (typeof src.value !== 'string' || !src.value.includes('%')) return false;
  const t = readTarget(src);
  if (t.kind !== 'target') return false;
  return t.target.kind === 'value' ? t.target.value.percent : t.target.low.percent;
}

/** Percent unit by the override, the unit, the name, or the cells themselves. */
export function percentUnit(source: IndicatorSource, override: IndicatorOverride | undefined): boolean {
  if (typeof override?.percent === 'boolean') return override.percent;
  // The unit or name says percentage, but where every figure is a bare number in 0..1 (0.91 against
  // 0.95, no percent format) they may be fractions (91%) or small percentages (0.91%): no unit is
  // claimed, so the variance reads "0.04 below the target of 0.95", true either way.
  const unit = typeof source.unitText === 'string' ? source.unitText.slice(0, 100) : '';
  if (/%|\bper\s?cent\b|\bpercent(?:age)?\b/i.test(unit)) return !bareFractions(source);
  let name = typeof source.name === 'string' ? source.name.slice(0, 300).trim() : '';
  // Seed 003 names start with their code ("NI060 Percentage core assessments").
  if (source.code && name.toLowerCase().startsWith(source.code.toLowerCase()))
    name = name.slice(source.code.length).replace(/^[\s:.-]+/, '');
  if (/^(?:the\s+)?(?:%|percentage\b|percent\b)/i.test(name)) return !bareFractions(source);
  // Plain loops, no gathered array: this runs for every indicator over all its figures.
  if (isPercentCell(source.target) || isPercentCell(source.baseline?.source)) return true;
  return anyPercent(source.values) || anyPercent(source.targetsByPeriod);
}

/** Indexed, not for-of: every figure of every row is asked, often before this is optimised. */
function anyPercent(cells: readonly PeriodCell[] | undefined | null): boolean {
  if (cells === undefined || cells === null) return false;
  if (!Array.isArray(cells)) {
    for (const c of cells) if (isPercentCell(c?.source)) return true;
    return false;
  }
  for (let i = 0; i < cells.length; i++) if (isPercentCell(cells[i]?.source)) return true;
  return false;
}

/** Every figure and target a plain number in 0..1 (one at least not whole), none shown as a percentage. */
function bareFractions(source: IndicatorSource): boolean {
  let fraction = false;
  const ok = (src: SourceCell | undefined): boolean => {
    if (!src || src.value === null || src.value === undefined || src.value === '') return true;
    if (typeof src.value !== 'number' || isPercentCell(src)) return false;
    if (src.value < 0 || src.value > 1) return false;
    if (!Number.isInteger(src.value)) fraction = true;
    return true;
  };
  if (!ok(source.target) || !ok(source.baseline?.source)) return false;
  for (const c of source.values ?? []) if (!ok(c?.source)) return false;
  for (const c of source.targetsByPeriod ?? []) if (!ok(c?.source)) return false;
  return fraction;
}
