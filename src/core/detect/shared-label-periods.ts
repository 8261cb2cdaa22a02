/**
 * Period columns under one shared label: "Data 2022/23 | Data 2023/24", "Anytown 2022/23 | Anytown
 * 2023/24", "% 2022/23 | % 2023/24". Each alone is a word and a period the role words do not know;
 * two or more with the same label and different periods are the table's periods, the label naming
 * what they hold. Before, none was a period and the first (oldest) column was read as the actual.
 * A label that is a role ("Target 2022/23", "England 2022/23") keeps its role: only columns no
 * other step placed are read so.
 */
import { parsePeriodText } from '../periods';
import { provisionalOrder } from '../periods/order';
import type { Period } from '../model';
import { keywordRole, normaliseHeaderWords } from './column-words';
import { readHeaderPhrase } from './header-phrase';
import type { HeaderColumn } from './headers';

/** "<label> <period>" or "<period> <label>": the label (lowercase) and the period, or null. */
function labelAndPeriod(header: string): { label: string; period: Period } | null {
  const words = normaliseHeaderWords(header.toLowerCase()).split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 6) return null;
  // The period is the last word or two, or the first word or two.
  for (const [label, rest] of [
    [words.slice(0, -1), words.slice(-1)],
    [words.slice(0, -2), words.slice(-2)],
    [words.slice(1), words.slice(0, 1)],
    [words.slice(2), words.slice(0, 2)],
  ]) {
    if (label.length === 0) continue;
    const fields = parsePeriodText(rest.join(' '), true);
    if (!fields || fields.kind === 'baseline') continue;
    return { label: label.join(' '), period: { ...fields, label: header, order: provisionalOrder(fields) } };
  }
  return null;
}

/** Roles a shared label may have and still head periods: none, or a figure word. */
function labelMayHeadPeriods(label: string): boolean {
  // "end of year scope", "half year date": a field beside each period's figure, not the figure.
  if (readHeaderPhrase(label).head === 'not-role') return false;
  const role = keywordRole(label);
  return role === null || role === 'actual' || role === 'other';
}

/** Columns with no role whose headers share a label beside different periods: read as those periods. */
export function periodsUnderSharedLabel(columns: HeaderColumn[]): void {
  const groups = new Map<string, { col: HeaderColumn; period: Period }[]>();
  for (const col of columns) {
    // Only columns no step placed: "2016/17 end of year scope" was placed as no role by its words.
    if (col.role !== 'other' || col.evidence !== undefined) continue;
    const found = labelAndPeriod(col.label);
    if (!found || !labelMayHeadPeriods(found.label)) continue;
    const group = groups.get(found.label) ?? [];
    group.push({ col, period: found.period });
    groups.set(found.label, group);
  }
  for (const group of groups.values()) {
    const distinct = new Set(group.map((g) => g.period.order));
    if (group.length < 2 || distinct.size < group.length) continue;
    for (const { col, period } of group) {
      col.role = 'period';
      col.period = period;
      col.evidence = 'period header';
    }
  }
}
