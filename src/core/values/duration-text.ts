/**
 * A duration typed or exported as text: "00:38:12", "1:02:05", "0:07:30.5" (hours, minutes,
 * seconds). Data downloads and CSV exports write ambulance response times and call waits this way,
 * where a workbook would hold a number in a time format; both are read in seconds, so a text column
 * and a time-formatted one compare, trend and vary alike (read.ts reads the formatted ones).
 *
 * Only three parts with two-digit minutes and seconds under 60: "1:25" may be a ratio ("1:25 staff
 * to pupils") and "12:30" a time of day, so two parts are not read as a duration.
 */
const DURATION_TEXT = /^(\d{1,4}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?$/;

export interface DurationText {
  seconds: number;
  /** Decimals of the seconds as typed ("0:07:30.5" has one). */
  decimals: number;
}

/** Seconds in an "h:mm:ss" text, or null when the text is not exactly one such duration. */
export function parseDurationText(t: string): DurationText | null {
  if (t.length > 12 || t.indexOf(':') < 0) return null;
  const m = DURATION_TEXT.exec(t);
  if (!m) return null;
  const fraction = m[4] ?? '';
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(`${m[3]}${fraction ? `.${fraction}` : ''}`);
  return { seconds, decimals: fraction.length };
}
