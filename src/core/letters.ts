/**
 * Unicode letters and numbers as plain character-class ranges, for regular expressions that
 * EdgeHTML 18 (Excel on Windows 10 without WebView2) can parse: it has no \p{L} or \p{N}
 * property escapes. Exactly \p{L} and \p{N} within these blocks (tests/excel/edgehtml-letters.test.ts
 * checks every code point): Latin with its extensions (Welsh ŵ ŷ ẁ ỳ included), IPA, Greek, Cyrillic,
 * Hebrew, Arabic, Devanagari, Bengali, Gurmukhi, Gujarati, superscripts and number forms, circled
 * numbers, kana, CJK ideographs, full-width forms. Letters of other scripts are not counted.
 * Blocks: 0000-052F, 0590-06FF, 0900-0AFF, 1E00-1FFF, 2070-209F, 2150-218F, 2460-24FF, 3040-30FF, 4E00-9FFF, FF00-FFEF.
 */
export const LETTER_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x052f],
  [0x0590, 0x06ff],
  [0x0900, 0x0aff],
  [0x1e00, 0x1fff],
  [0x2070, 0x209f],
  [0x2150, 0x218f],
  [0x2460, 0x24ff],
  [0x3040, 0x30ff],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];

/** \p{L} in those blocks, to go inside [...]. */
export const LETTERS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1' +
  '\\u02E0-\\u02E4\\u02EC\\u02EE\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386' +
  '\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u05D0-\\u05EA' +
  '\\u05EF-\\u05F2\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06E5\\u06E6\\u06EE\\u06EF' +
  '\\u06FA-\\u06FC\\u06FF\\u0904-\\u0939\\u093D\\u0950\\u0958-\\u0961\\u0971-\\u0980\\u0985-\\u098C' +
  '\\u098F\\u0990\\u0993-\\u09A8\\u09AA-\\u09B0\\u09B2\\u09B6-\\u09B9\\u09BD\\u09CE\\u09DC\\u09DD' +
  '\\u09DF-\\u09E1\\u09F0\\u09F1\\u09FC\\u0A05-\\u0A0A\\u0A0F\\u0A10\\u0A13-\\u0A28\\u0A2A-\\u0A30' +
  '\\u0A32\\u0A33\\u0A35\\u0A36\\u0A38\\u0A39\\u0A59-\\u0A5C\\u0A5E\\u0A72-\\u0A74\\u0A85-\\u0A8D' +
  '\\u0A8F-\\u0A91\\u0A93-\\u0AA8\\u0AAA-\\u0AB0\\u0AB2\\u0AB3\\u0AB5-\\u0AB9\\u0ABD\\u0AD0' +
  '\\u0AE0\\u0AE1\\u0AF9\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57' +
  '\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4' +
  '\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC\\u2071' +
  '\\u207F\\u2090-\\u209C\\u2183\\u2184\\u3041-\\u3096\\u309D-\\u309F\\u30A1-\\u30FA\\u30FC-\\u30FF' +
  '\\u4E00-\\u9FFF\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFBE\\uFFC2-\\uFFC7\\uFFCA-\\uFFCF' +
  '\\uFFD2-\\uFFD7\\uFFDA-\\uFFDC';

/** \p{N} in those blocks, to go inside [...]. */
export const NUMBERS =
  '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u09E6-\\u09EF' +
  '\\u09F4-\\u09F9\\u0A66-\\u0A6F\\u0AE6-\\u0AEF\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2150-\\u2182' +
  '\\u2185-\\u2189\\u2460-\\u249B\\u24EA-\\u24FF\\uFF10-\\uFF19';
