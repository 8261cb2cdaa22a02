/**
 * Reasons a workbook could not be read, in words a user can act on. ExcelJS and the JavaScript
 * engine fail with messages about their own internals ("Cannot set properties of undefined
 * (setting 'sheetNo')"); these say what is wrong with the file instead.
 */

/** [fragment of an internal message, what it means for the user's file] */
const KNOWN: [string, string][] = [
  ["'sheetNo'", 'the workbook lists a sheet whose part is missing'],
  ["'richText'", 'a cell holds text in a form that could not be read'],
  ["'anchors'", 'a drawing could not be read'],
  ['Invalid string length', 'it is too large to read'],
  ['Array buffer allocation failed', 'it is too large to read'],
  ['out of bounds', 'a range reaches beyond the last column or row Excel allows'],
  ['Corrupted zip', 'the zip archive is damaged'],
  ['End of data reached', 'the zip archive is cut short'],
  ["Can't find end of central directory", 'the zip archive is cut short or damaged'],
  ['is this a zip file', 'it is not a zip archive'],
  ['Unexpected close tag', 'one of its XML parts is damaged'],
  ['Unclosed root tag', 'one of its XML parts is cut short'],
  ['Non-whitespace before first tag', 'one of its XML parts is not XML'],
  ['Maximum call stack size exceeded', 'one of its XML parts is nested too deeply to read'],
  ['uncompressed data size mismatch', 'the zip archive is damaged (an entry is not the size it says)'],
  ['invalid stored block lengths', 'the zip archive is damaged'],
  ['invalid block type', 'the zip archive is damaged'],
  ['incorrect header check', 'the zip archive is damaged'],
  ['unexpected end of file', 'the zip archive is cut short'],
];

/** "compression \x0C\x00 unknown": an entry packed by a method Excel never writes. */
const UNKNOWN_COMPRESSION = /compression .* unknown|unsupported compression/i;

export function plainReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  for (const [fragment, words] of KNOWN) if (message.includes(fragment)) return words;
  if (UNKNOWN_COMPRESSION.test(message)) return 'an entry of its zip archive is packed in a way Excel never writes';
  // Messages that name JavaScript internals are not for users; anything else is the first line.
  if (/\b(undefined|null|reading|setting)\b.*'/.test(message) || message.includes('TypeError'))
    return 'part of it could not be read';
  return message.split('\n')[0];
}
