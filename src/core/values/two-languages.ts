/**
 * Text in two languages, " / " between: Welsh councils publish "Targed / Target", "C2 / Q2",
 * "Isel / Low". Where the whole says nothing a reader knows, one part may: the caller reads each.
 */
const TWO_LANGUAGES = /^([^/]{1,40}?)\s+\/\s+([^/]{1,40})$/;

/**
 * What a bilingual text says: the one reading its parts agree on, or the only part that reads.
 * Two parts that read differently ("Apr / May", "Actual / Target") say nothing.
 */
export function eitherLanguage<T>(text: string, read: (part: string) => T | null): T | null {
  const m = TWO_LANGUAGES.exec(text);
  if (!m) return null;
  const first = read(m[1]);
  const second = read(m[2]);
  if (first !== null && second !== null) return first === second ? first : null;
  return first ?? second;
}
