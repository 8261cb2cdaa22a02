/**
 * The look half of the undo fingerprint: a four-character code of exactly the format properties
 * scoring set on a cell, kept in the state beside the text's fingerprint (SheetState.looks).
 * "Undo last scoring" reads the cell's look in the same sync as its value and restores the cell
 * only while both still match, so a fill, font colour, weight or wrap the user applied over a
 * scored cell (text untouched) is never overwritten.
 *
 * The code is a scope letter and 18 bits of FNV-1a (core/state/fingerprint.ts):
 * - scope: which optional properties scoring set, so undo compares (and writes back) those and no
 *   others. Scoring always sets the fill (a colour, or none) and the weight; the font colour only
 *   where the rules give one, the wrap only on variance sentences. 'A' + 1 (font colour) + 2 (wrap);
 * - hash: of those properties as Excel reads them back (#RRGGBB upper case; a fill colour whatever
 *   pattern the cell keeps; no fill as pattern None). A chance match with a user's change is about
 *   one in 260,000 changed cells, and only lets undo put back the look from before scoring.
 * NO_LOOK marks an owned cell whose look scoring did not decide (a header that copied its table's
 * header look, a cell the user had edited): undo compares its text only.
 */
import { fingerprint } from '../core/state/fingerprint';
import type { XlCellProps } from './excel-api';

export const NO_LOOK = '----';

export interface LookScope {
  fontColor: boolean;
  wrap: boolean;
}

const SCOPES = 'ABCD';

function colour(c: string | undefined): string {
  if (c === undefined) return '';
  const t = c.trim();
  return /^#?[0-9a-f]{6}$/i.test(t) ? `#${t.replace('#', '').toUpperCase()}` : t.toLowerCase();
}

/** The properties in scope, as one string: what the hash is taken over. */
function canonical(p: XlCellProps, scope: LookScope): string {
  const fill = p.format?.fill;
  const font = p.format?.font;
  const parts = [
    !fill || fill.pattern === 'None' || fill.color === undefined ? 'fill:none' : `fill:${colour(fill.color)}`,
    `bold:${font?.bold === true ? 1 : 0}`,
  ];
  if (scope.fontColor) parts.push(`font:${colour(font?.color)}`);
  if (scope.wrap) parts.push(`wrap:${p.format?.wrapText === true ? 1 : 0}`);
  return parts.join('|');
}

/** The code of the look scoring writes (cell-format.ts styleProps: what it sends, not what it reads). */
export function lookPrint(written: XlCellProps): string {
  const scope: LookScope = {
    fontColor: written.format?.font?.color !== undefined,
    wrap: written.format?.wrapText !== undefined,
  };
  return SCOPES[(scope.fontColor ? 1 : 0) + (scope.wrap ? 2 : 0)] + fingerprint(canonical(written, scope)).slice(1);
}

/** Which properties a code covers; null for NO_LOOK or a code this version cannot read. */
export function lookScope(code: string | undefined): LookScope | null {
  if (code === undefined || code.length !== 4) return null;
  const i = SCOPES.indexOf(code[0]);
  if (i < 0) return null;
  return { fontColor: (i & 1) !== 0, wrap: (i & 2) !== 0 };
}

/** Does a look read from Excel (getCellProperties) still match the code? Unreadable codes match. */
export function holdsLook(read: XlCellProps | undefined, code: string | undefined): boolean {
  const scope = lookScope(code);
  if (!scope || !code) return true;
  if (!read) return false;
  return code.slice(1) === fingerprint(canonical(read, scope)).slice(1);
}
