/**
 * Annotations UK official statistics put beside a figure or a header (the Government Statistical
 * Service's symbols for tables): "[note 3]" points to a note, "[p]" provisional, "[r]" revised,
 * "[e]" estimated, "[u]" low reliability, and footnote marks ("*", "†"). They qualify the figure or
 * the header; they are not part of it: "85.2 [p]" is 85.2, "89.5¹" (a footnote number in
 * superscript, after a figure, a bracket or a space: "km²" keeps its square) is 89.5, "2022-23 [note 2]" is the year 2022-23,
 * "Target [note 1]" is a target header. A marker standing alone in a cell ("[x]", "[c]") says why
 * there is no figure (SYMBOL_MEANINGS).
 */

/** One annotation at the end of the text: a bracketed symbol or note reference, or footnote marks. */
const TRAILING_ANNOTATION =
  /\s*(?:\[(?:[a-z]{1,2}|low|notes? ?\d{1,3}[a-z]?(?:(?:,| and| to|-) ?\d{1,3}[a-z]?)*|\d{1,2})\]|[*†‡]+)$/i;

/**
 * A footnote number in superscript at the end, read as one only after a figure, a bracket, "%" or a
 * space ("89.5¹", "98.4 ³"; "km²" keeps its square). Checked by hand, not with a lookbehind: Excel's
 * EdgeHTML pane cannot parse one (tests/excel/edgehtml-syntax.test.ts).
 */
const SUPERSCRIPT_TAIL = /[¹²³⁰⁴-⁹]+$/;
const BEFORE_FOOTNOTE = /[\d%)\]\s]/;

/** Where the last annotation of `t` starts, or -1. */
function lastAnnotationAt(t: string): number {
  const m = TRAILING_ANNOTATION.exec(t);
  if (m) return m.index;
  const s = SUPERSCRIPT_TAIL.exec(t);
  return s && s.index > 0 && BEFORE_FOOTNOTE.test(t[s.index - 1]) ? s.index : -1;
}

/** Whether the text's last character other than spaces can end an annotation: ] * † ‡ or a superscript digit (most text is answered here). */
function mayEndInAnnotation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  if (i < 0) return false;
  const last = text.charCodeAt(i);
  return last === 93 || last === 42 || last === 0x2020 || last === 0x2021 || isSuperscriptDigit(last);
}

/** ¹ ² ³ and ⁰ ⁴ ... ⁹: a footnote's number, raised. */
function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

/**
 * The text without the annotations at its end ("85.2 [p] [note 3]" -> "85.2"), trimmed; the text
 * itself when it has none, or when nothing would be left ("[x]" stays "[x]": it is the cell's content).
 */
export function withoutAnnotations(text: string): string {
  if (text.length === 0 || text.length > 300 || !mayEndInAnnotation(text)) return text;
  let t = text.trimEnd();
  // A few at most ("12.5 [p] [note 4]*"): each pass removes one.
  for (let i = 0; i < 4 && mayEndInAnnotation(t); i++) {
    const at = lastAnnotationAt(t);
    if (at < 0) break;
    t = t.slice(0, at).trimEnd();
  }
  return t.length > 0 ? t : text;
}

/** What a statistical symbol standing alone in a cell means: why the cell holds no figure. */
const SYMBOL_MEANINGS: Record<string, string> = {
  '[x]': 'not available',
  '[z]': 'not applicable',
  '[c]': 'withheld to protect confidentiality',
  '[u]': 'too unreliable to publish',
  '[w]': 'no data',
  '[low]': 'too small to show',
  ':': 'not available',
};

/** The meaning of a lone statistical symbol ("[x]": "not available"), or undefined. */
export function statisticalSymbol(text: string): string | undefined {
  return text.length <= 5 ? SYMBOL_MEANINGS[text.trim().toLowerCase()] : undefined;
}
