/**
 * Years written out in words, as the Government Statistical Service's style asks ("2021 to 2022" for a
 * financial or academic year, "Q1 2023 to 2024") and as education tables name theirs ("Academic year
 * 2022/23"): rewritten to the slash form the parsers read. Only two consecutive years make one year:
 * "2019 to 2023" spans four and stays as written (not a period).
 */
const YEAR_RANGE = /\b((?:19|20)\d{2})\s+to\s+((?:19|20)\d{2})\b/g;
const YEAR_KIND = /^(?:academic|school)\s+year\s+|\s+(?:academic|school)\s+year$/;

export function spelledYearsAsSlash(l: string): string {
  const ranged = l.replace(YEAR_RANGE, (whole: string, a: string, b: string) =>
    Number(b) === Number(a) + 1 ? `${a}/${b}` : whole,
  );
  return ranged.replace(YEAR_KIND, '');
}

/**
 * "2023/24 provisional", "Final 2022/23", "2023/24 (revised)": the period of a figure and how final
 * it is. The qualifier says nothing about the period, so it is left off ("forecast" is not one: a
 * forecast is no figure of the period).
 */
const QUALIFIER =
  '\\(?(?:final|provisional|prov\\.?|revised|validated|unvalidated|draft|confirmed|estimated?|est\\.?)\\)?';
const DATA_QUALIFIER = new RegExp(`^${QUALIFIER}\\s+|\\s+${QUALIFIER}$`);

export function withoutDataQualifier(l: string): string {
  return l.replace(DATA_QUALIFIER, '');
}
