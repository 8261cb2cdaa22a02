/**
 * A target in another unit than the figure it is set for: "£297.5m" (money, or an amount in
 * millions) against a percentage, or "95%" against a money figure. Comparing them would rate one
 * unit against another, so the row gets no target and its note says why. Read from the cells as
 * the sheet shows them (the text typed, or the number format), not from the readings, since a
 * "%" unit column makes every reading a percentage.
 */
import type { Reading, SourceCell } from '../model';

type Unit = 'percent' | 'amount' | null;

/** Currency in a number format: "£#,##0", "[$€-1809]", "$#,##0"; a locale tag alone ("[$-409]mmm-yy") is not. */
const MONEY_FORMAT = /[£€¥]|\[\$[^\]-]|(?:^|[^[])\$/;
/** Money or a magnitude typed with the figure: "£297.5m", "$1.2bn", "125k". */
const AMOUNT_TEXT = /[£$€¥]\s?\d|\d(?:\.\d+)?\s?(?:k|m|bn|million|billion)\b/i;

/** A sheet uses a handful of number formats over thousands of cells: each is tested once (bounded). */
const MONEY_FORMATS = new Map<string, boolean>();
const MONEY_FORMATS_LIMIT = 1000;

function isMoneyFormat(code: string): boolean {
  let money = MONEY_FORMATS.get(code);
  if (money === undefined) {
    if (MONEY_FORMATS.size >= MONEY_FORMATS_LIMIT) MONEY_FORMATS.clear();
    money = MONEY_FORMAT.test(code);
    MONEY_FORMATS.set(code, money);
  }
  return money;
}

function cellUnit(cell: SourceCell): Unit {
  const typed = typeof cell.value === 'string' ? cell.value.slice(0, 120) : cell.text.slice(0, 120);
  const format = cell.numberFormat;
  if (typed.includes('%') || format.includes('%')) return 'percent';
  if ((typed !== '' && AMOUNT_TEXT.test(typed)) || isMoneyFormat(format)) return 'amount';
  return null;
}

/** Why the target cannot be compared with the actual, or null when their units agree (or say nothing). */
export function unitClash(
  target: SourceCell,
  actualCell: SourceCell | undefined,
  actual: Reading | undefined,
): string | null {
  if (!actualCell || !actual) return null;
  const t = cellUnit(target);
  if (t === null) return null;
  const a = actual.percent ? 'percent' : cellUnit(actualCell);
  if (t === 'amount' && a === 'percent')
    return `the target '${String(target.value).slice(0, 40)}' is an amount and the figure is a percentage, so they cannot be compared`;
  if (t === 'percent' && a === 'amount')
    return `the target '${String(target.value).slice(0, 40)}' is a percentage and the figure is an amount, so they cannot be compared`;
  return null;
}
