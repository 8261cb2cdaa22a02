/**
 * A target written as a comparator the row itself gives a figure for: "Top quartile" beside a "Top
 * quartile threshold" column (Welsh PAM and LGBF tables), "At or above the Wales average" beside a
 * "Wales average" column. The target is that figure, read from the row, not a guess (SCORING.md:
 * a target is one number; here the sheet states it in another cell). Without such a comparator on
 * the row the target stays unread (NO_TARGET, with the reason), as before.
 */
import { classifyComparatorLabel, type ComparatorLabel } from '../detect/comparator-labels';
import type { IndicatorSource, PolarityKind, Reading } from '../model';
import { readValue, type ReadOptions } from '../values/read';

export interface ComparatorTarget {
  value: Reading;
  hint?: PolarityKind;
  /** For the note: "Target: 'Top quartile', the Top quartile threshold of 360.2 in H4." */
  says: string;
}

/** "Top quartile", "To be in the top quartile", "Upper quartile (top 25%)" stripped of its brackets. */
const TOP_QUARTILE =
  /^(?:to (?:be|remain|stay) (?:in )?|be in |remain in |stay in |in )?(?:the )?(?:(?:top|first|1st) quartile|top 25 ?%)$/;

/** "At or above the Wales average", "Better than national average", "Below England average", "In line with SN". */
const AT_COMPARATOR =
  /^(at or above|at or below|above|below|better than|at least|in line with|equal to|match(?:ing)?|at)? ?(?:the )?(.{2,40}?)$/;

const WAY: Record<string, PolarityKind | undefined> = {
  'at or above': 'higher',
  above: 'higher',
  'at least': 'higher',
  'at or below': 'lower',
  below: 'lower',
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The row's one comparator the test accepts, with its label read; null where none or several do. */
function oneComparator(
  source: IndicatorSource,
  accept: (label: ComparatorLabel) => boolean,
): { label: string; cell: IndicatorSource['comparators'][number] } | null {
  const found = source.comparators.filter((c) => {
    const meaning = classifyComparatorLabel(c.label);
    return meaning !== null && accept(meaning);
  });
  return found.length === 1 ? { label: found[0].label, cell: found[0] } : null;
}

/** The figure a comparator-worded target names on its row, or null. */
export function comparatorTarget(text: string, source: IndicatorSource, opts: ReadOptions): ComparatorTarget | null {
  if (text.length > 60 || !Array.isArray(source.comparators) || source.comparators.length === 0) return null;
  const t = normalise(text);
  let pick: { label: string; cell: IndicatorSource['comparators'][number] } | null = null;
  let hint: PolarityKind | undefined;
  if (TOP_QUARTILE.test(t)) {
    // The threshold of the best quartile, whichever way is good ("Top quartile threshold", "Quartile A").
    pick = oneComparator(source, (m) => m.kind === 'quartile' && m.edge === 'best');
  } else {
    const m = AT_COMPARATOR.exec(t);
    const named = m ? classifyComparatorLabel(m[2]) : null;
    // Only a comparator with a kind of its own (national, neighbours, regional, benchmark), named
    // as the row's column is: "Maintain" or "Increase" name none.
    if (m && named && named.kind !== 'other' && named.kind !== 'quartile' && named.kind !== 'trajectory') {
      pick = oneComparator(source, (c) => c.kind === named.kind);
      hint = WAY[m[1] ?? ''];
    }
  }
  if (!pick) return null;
  const r = readValue(pick.cell.source, opts);
  if (r.kind !== 'number') return null;
  const at = `${pick.label}${pick.cell.source.text ? ` (${pick.cell.source.text})` : ''}`;
  return {
    value: r.reading,
    hint,
    says: `Target: '${text.trim()}', the row's ${at}, so ${r.reading.value}.`,
  };
}
