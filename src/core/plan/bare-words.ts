/**
 * Status codes written the way the sheet writes them. Where the sheet's own word for a status is a
 * letter code or a colour word ("G", "R", "Green", "Yellow") and the table's status column holds
 * such codes bare (or nothing yet), it is written bare too, without our symbol, so the author's COUNTIF(...,"G") keeps
 * counting (SCORING.md "The sheet's own words and ratings"); the fill still marks the status. The
 * sheet's phrases ("above target") keep the symbol in front, as SCORING.md writes them. An empty
 * column headed by its letters ("G/A/R") gets them bare too.
 */
import type { ScoredIndicator } from '../model';
import type { SheetSnapshot } from '../snapshot';

/** A letter code or a colour word: what an author's formulas count. */
const CODE = /^(?:[a-z]|green|amber|yellow|red|blue)$/i;

/** Per table, the texts its status cells hold now, trimmed. */
function statusTexts(snapshot: SheetSnapshot, indicators: readonly ScoredIndicator[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const { source: s } of indicators) {
    if (!s.statusCell || !s.statusWords) continue;
    const v = snapshot.values[s.statusCell.row - snapshot.top]?.[s.statusCell.col - snapshot.left];
    if (typeof v !== 'string' || v.trim() === '') continue;
    let set = out.get(s.table);
    if (!set) out.set(s.table, (set = new Set()));
    set.add(v.trim());
  }
  return out;
}

/** Whether an indicator's status label is written bare (see above); built once per plan. */
export function bareStatusWords(
  snapshot: SheetSnapshot,
  indicators: readonly ScoredIndicator[],
): (ind: ScoredIndicator) => boolean {
  const texts = statusTexts(snapshot, indicators);
  return (ind) => {
    const own = ind.source.statusWords?.[ind.status];
    if (typeof own !== 'string' || ind.byDirection) return false;
    const word = own.trim();
    if (!CODE.test(word) || ind.statusLabel !== word) return false;
    // A column headed by its letters ("G/A/R") is the author's place for them, filled or not.
    if (ind.source.statusLettersHeader === true) return true;
    // Bare where the column holds codes bare (any of them: an "R" joins the author's "G" and "A"
    // bare, or COUNTIF(...,"R") would miss it), or holds nothing yet (the codes came from the
    // author's earlier column, "Previous RAG" or "Q2 RAG"). Before, only a code already in the
    // column was bare: the first "R" of a column of "G" and "A" was written "■ R".
    const held = texts.get(ind.source.table);
    if (!held || held.size === 0) return true;
    for (const t of held) if (CODE.test(t)) return true;
    return false;
  };
}
