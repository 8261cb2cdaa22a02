/**
 * Excel's built-in number formats, known by id alone (ECMA-376 part 1, 18.8.30): a cell format
 * names the id and the style sheet lists no code for it. One table for reading (id to code) and
 * writing (code to id, for the locale-free ones only, so a file we write shows the same anywhere).
 */

/**
 * Number formats built into Excel by id (ECMA-376 part 1, 18.8.30), as a workbook's own formats
 * start at 164. The codes are those Excel shows for an English locale; the currency ones (5 to 8,
 * 42, 44), which follow the reader's locale, in pounds as a UK council's Excel shows them. The
 * engine reads only their decimals and grouping; the symbol is for display.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"£"#,##0;\\-"£"#,##0',
  6: '"£"#,##0;[Red]\\-"£"#,##0',
  7: '"£"#,##0.00;\\-"£"#,##0.00',
  8: '"£"#,##0.00;[Red]\\-"£"#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-',
  42: '_-"£"* #,##0_-;\\-"£"* #,##0_-;_-"£"* "-"_-;_-@_-',
  43: '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-',
  44: '_-"£"* #,##0.00_-;\\-"£"* #,##0.00_-;_-"£"* "-"??_-;_-@_-',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Ids whose code is the same in every locale; the others (currency, dates) follow the reader's. */
const LOCALE_FREE = [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 45, 46, 47, 48, 49];
const ID_OF = new Map(LOCALE_FREE.map((id) => [BUILT_IN[id], id]));

/** The code of built-in format `id`, or undefined when Excel has none by that id. */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** The built-in id a writer may use for `code`, or undefined when it needs a numFmt of its own. */
export function builtInId(code: string): number | undefined {
  return ID_OF.get(code);
}
