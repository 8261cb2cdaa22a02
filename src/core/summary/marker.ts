/**
 * How a writer recognises a summary sheet it made: the printed footer names the source sheet
 * ("Scorelight board summary: Q2 KPIs"). A footer is kept by Excel, LibreOffice and ExcelJS, reads
 * well on paper, and a user's own sheet of the same name will not carry it, so it is never replaced.
 */

const PREFIX = 'Scorelight board summary: ';

/** "&" starts a code in Excel headers and footers; a literal one is written "&&". */
export function escapeFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The left footer section that marks a summary of `source`. */
export function summaryMarker(source: string): string {
  return escapeFooterText(PREFIX + source);
}

/**
 * The left section of a whole footer string ("&LScorelight...&RPage &P of &N"), as Excel stores it.
 * A footer without section codes is all centre; then there is no left section.
 */
export function leftFooterSection(footer: string): string {
  let section = '';
  let out = '';
  for (let i = 0; i < footer.length; i++) {
    const ch = footer[i];
    if (ch === '&' && i + 1 < footer.length) {
      const next = footer[i + 1];
      if (next === 'L' || next === 'C' || next === 'R') {
        section = next;
        i++;
        continue;
      }
      // Keep other codes ("&&", "&P") as they are, so a marker compares in its escaped form.
      if (section === 'L') out += ch + next;
      i++;
      continue;
    }
    if (section === 'L') out += ch;
  }
  return out;
}

/** Whole footer string as written to .xlsx (ExcelJS oddFooter). */
export function footerString(footer: { left: string; center: string; right: string }): string {
  return `&L${footer.left}&C${footer.center}&R${footer.right}`;
}

/** Is this left footer section the marker for `source`? */
export function isSummaryMarker(leftSection: string | null | undefined, source: string): boolean {
  return typeof leftSection === 'string' && leftSection === summaryMarker(source);
}
