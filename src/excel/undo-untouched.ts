/**
 * Is an undo cell still exactly what the last scoring left there? Its text (fingerprint), its look
 * code and its number format; anything else is the user's edit since, and undo leaves it.
 */
import type { CellValue } from '../core/snapshot';
import { holdsPrint } from '../core/state/fingerprint';
import type { SheetState } from '../core/state/types';
import { CLEARED_PROPS } from './cell-format';
import type { XlCellProps } from './excel-api';
import { holdsLook, lookPrint, NO_LOOK } from './look-print';

/** The look code of a cell the scoring cleared: no fill, not bold (cell-format.ts CLEARED_PROPS). */
const CLEARED_LOOK = lookPrint(CLEARED_PROPS);

/** The look code scoring recorded for a cell, or undefined where it recorded none. */
export function lookCode(a1: string, state: SheetState, owned: Set<string>): string | undefined {
  if (!state.looks) return undefined;
  const ours = owned.has(a1) && state.prints?.has(a1) === true;
  if (!ours) return CLEARED_LOOK;
  return Object.hasOwn(state.looks, a1) ? state.looks[a1] : undefined;
}

/**
 * Does the cell still hold exactly what the scoring left there: the text it wrote (or empty where
 * it cleared) and the look it gave (fill, weight, and the font colour and wrap where it set them)?
 * A state saved before look codes (no `looks`) is checked on its text only, as it was then: a fill
 * or colour the user applied since over a cell whose text they kept is not seen there.
 */
export function untouched(
  value: unknown,
  lookNow: XlCellProps | undefined,
  formatNow: unknown,
  a1: string,
  state: SheetState,
  owned: Set<string>,
): boolean {
  const prints = state.prints;
  if (!prints) return true; // A record saved before fingerprints: nothing to compare with.
  const print = owned.has(a1) ? prints.get(a1) : undefined;
  const wrote = print !== undefined;
  const textKept = wrote
    ? holdsPrint(value as CellValue, print)
    : // A cell the scoring cleared: still empty.
      value === '' || value === null || value === undefined;
  // The number format scoring set (planChanges): one the user chose since is their edit. Checked
  // with the look codes only, so a state saved before them still undoes on its text alone.
  // Only where scoring decided the look (a header copies its table's header format afterwards).
  const code = lookCode(a1, state, owned);
  const formatKept =
    code === undefined || code === NO_LOOK || typeof formatNow !== 'string' || formatNow === (wrote ? '@' : 'General');
  return textKept && formatKept && holdsLook(lookNow, code);
}
