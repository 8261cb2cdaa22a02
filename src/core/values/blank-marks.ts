/**
 * Marks people type into a figure or target cell for "nothing here": a dash of any kind ("-",
 * "--", "–", "—", "―", the minus sign) or dots (".", "..", "…"). SCORING.md's "`-` for not yet";
 * published tables set it as an en or em dash. Such a cell is blank, never a word: a "2024 Target"
 * column with "—" on half its rows still holds targets (NO_TARGET on those rows).
 */
const MARK = /^(?:[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]{1,3}|\.{1,3}|\u2026)$/;

/** True when the trimmed text is only a dash or dot mark. */
export function isBlankMark(text: string): boolean {
  return text.length <= 3 && MARK.test(text);
}
