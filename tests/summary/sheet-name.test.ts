import {
  chooseSummarySheetName,
  cleanSheetText,
  numberedSheetName,
  summarySheetName,
} from '../../src/core/summary/sheet-name';
import { footerString, isSummaryMarker, leftFooterSection, summaryMarker } from '../../src/core/summary/marker';

describe('summary sheet names', () => {
  test('"<source> summary"', () => {
    expect(summarySheetName('Q2 KPIs')).toBe('Q2 KPIs summary');
  });

  test("never longer than Excel's 31 characters", () => {
    const name = summarySheetName('Children and Young People Performance 2020');
    expect(name).toBe('Children and Young summary');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(summarySheetName('x'.repeat(31))).toHaveLength(31);
  });

  test('trailing spaces left by the cut are trimmed', () => {
    expect(summarySheetName('Adult social care performance')).toBe('Adult social care summary');
  });

  test("Excel's forbidden characters \\ / ? * [ ] : are replaced", () => {
    const name = summarySheetName('Q2/Q3 [draft]: KPIs?*\\x');
    expect(name).not.toMatch(/[\\/?*[\]:]/);
    expect(name).toBe('Q2-Q3 (draft)- KPIs-x summary');
  });

  test('apostrophes become typographic (ExcelJS writes print titles unquoted)', () => {
    expect(summarySheetName("Children's KPIs")).toBe('Children’s KPIs summary');
  });

  test('control characters and runs of spaces collapse; a blank source still gives a name', () => {
    expect(cleanSheetText('A\tB\n\nC   D')).toBe('A B C D');
    expect(summarySheetName('   ')).toBe('Sheet summary');
  });

  test('a surrogate pair is never split by the cut', () => {
    const name = summarySheetName(`${'a'.repeat(22)}😀b`);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe(`${'a'.repeat(22)} summary`);
  });

  test('numbered alternatives stay within 31 characters', () => {
    expect(numberedSheetName('Q2 KPIs summary', 2)).toBe('Q2 KPIs summary (2)');
    const long = summarySheetName('x'.repeat(40));
    expect(numberedSheetName(long, 12)).toHaveLength(31);
    expect(numberedSheetName(long, 12)).toBe(`${'x'.repeat(18)} summary (12)`);
  });
});

describe('choosing the sheet to write', () => {
  test('a free name is used as it is', () => {
    expect(chooseSummarySheetName('KPIs summary', [{ name: 'KPIs', ours: false }])).toEqual({
      name: 'KPIs summary',
      replace: false,
    });
  });

  test('our earlier summary is replaced', () => {
    expect(chooseSummarySheetName('KPIs summary', [{ name: 'KPIs summary', ours: true }])).toEqual({
      name: 'KPIs summary',
      replace: true,
    });
  });

  test('a user\'s sheet with the name is left alone: "(2)", "(3)"...', () => {
    expect(chooseSummarySheetName('KPIs summary', [{ name: 'KPIs summary', ours: false }])).toEqual({
      name: 'KPIs summary (2)',
      replace: false,
    });
    expect(
      chooseSummarySheetName('KPIs summary', [
        { name: 'kpis SUMMARY', ours: false },
        { name: 'KPIs summary (2)', ours: false },
      ]),
    ).toEqual({ name: 'KPIs summary (3)', replace: false });
  });

  test('names compare without case, as Excel does; ours keeps its own spelling', () => {
    expect(chooseSummarySheetName('KPIs summary', [{ name: 'kpis summary', ours: true }])).toEqual({
      name: 'kpis summary',
      replace: true,
    });
  });

  test('our summary at "(2)" is found past the user\'s sheet', () => {
    expect(
      chooseSummarySheetName('KPIs summary', [
        { name: 'KPIs summary', ours: false },
        { name: 'KPIs summary (2)', ours: true },
      ]),
    ).toEqual({ name: 'KPIs summary (2)', replace: true });
  });

  test('"History" is reserved by Excel', () => {
    expect(chooseSummarySheetName('History', [])).toEqual({ name: 'History (2)', replace: false });
  });
});

describe('the footer marker', () => {
  test('names the source and survives a round trip through the whole footer string', () => {
    const footer = footerString({ left: summaryMarker('Q2 & Q3'), center: 'Quarter 2', right: 'Page &P of &N' });
    expect(footer).toBe('&LScorelight board summary: Q2 && Q3&CQuarter 2&RPage &P of &N');
    expect(isSummaryMarker(leftFooterSection(footer), 'Q2 & Q3')).toBe(true);
  });

  test("another source's summary, a user footer or none is not ours", () => {
    const footer = footerString({ left: summaryMarker('KPIs'), center: '', right: '' });
    expect(isSummaryMarker(leftFooterSection(footer), 'KPIs 2')).toBe(false);
    expect(isSummaryMarker(leftFooterSection('&LScorelight board summary: KPIs 2'), 'KPIs')).toBe(false);
    expect(isSummaryMarker(leftFooterSection('&CConfidential'), 'KPIs')).toBe(false);
    expect(isSummaryMarker(leftFooterSection(''), 'KPIs')).toBe(false);
    expect(isSummaryMarker(undefined, 'KPIs')).toBe(false);
  });
});
