/** Dates as Excel stores them: serial numbers of days in the workbook's date system. */

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE1904_OFFSET = 1462;

/** A JS Date (read as a UTC instant) to the serial number Excel stores. */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  // Millisecond rounding noise would otherwise turn 30/06/12 into 41090.00000000001.
  return Math.round(serial * 1e8) / 1e8;
}

/** An ISO 8601 date cell (`t="d"`, written by some tools) to a serial; undefined when not a date. */
export function isoDateToSerial(text: string, date1904 = false): number | undefined {
  // A date without a zone is a wall-clock date: read it as UTC so the serial is the day itself.
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/.test(text);
  const time = Date.parse(hasZone || !text.includes('T') ? text : `${text}Z`);
  if (Number.isNaN(time)) return undefined;
  return dateToSerial(new Date(time), date1904);
}
