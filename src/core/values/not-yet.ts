/**
 * Words in a figure cell that say no figure is in for the period yet: the data is late, comes on
 * another cycle, or is published later. The period has no figure (NO_DATA, the last known value
 * still quoted), not an unreadable one (NOT_SCORED), which would ask the author to fix a cell that
 * is not wrong. "Not available" alone is not one of them: it says no figure will come (N/A).
 *
 * Each kind of phrase is its own pattern, built from the same parts: what is awaited (data,
 * figures, results, the survey), when it comes (a month, a quarter, the year end, a season, a year).
 */
import { isBlankMark } from './blank-marks';

/** Single words for "nothing yet" (dash and dot marks: blank-marks.ts). */
const BLANK_WORDS = new Set(['not yet', 'tbc', 'tba', 'tbd']);

/** What is awaited: "data", "figures", "Q3 results", "the survey results", "validated outturn". */
const WHAT =
  '(?:(?:the |next |latest |final |validated |provisional |national |published |q[1-4] |year[ -]end |annual )*(?:data|figures?|results?|outturn|information|update|return|survey(?: results?)?)\\s+)?';

/** When it comes: "June", "Sept 2024", "Q4", "quarter 4 2023/24", "year end", "the autumn", "2025". */
const WHEN =
  '(?:(?:the )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|quarter [1-4]|spring|summer|autumn|winter|year[ -]end|end of (?:the )?(?:year|quarter|month)|next (?:quarter|month|year|report|update))(?:[ -]?(?:\\d{4}(?:[/-]\\d{2})?|\\d{2}(?:/\\d{2})?))?|\\d{4}(?:[/-]\\d{2})?)';

/** Before "when": "in June", "from Q4", "by the end of the year", "mid-August", "early 2025". */
const AT = '(?:(?:in|from|by|at|on|after|during|until|mid|end of|early|late|around)[ -])*';

/** The figure is due but not in: "Pending", "Awaiting data", "Not yet available", "Data to follow". */
const LATE = new RegExp(
  `^(?:pending|awaited|${WHAT}(?:not yet (?:available|known|reported|received|published|due|in)|to follow|to be (?:confirmed|reported|published|advised|validated))|${WHAT}(?:pending|awaited))$`,
);

/** Awaiting someone or something: "Awaiting ONS data", "Awaiting data from DfE", "Waiting for validation". */
const AWAITING = /^(?:awaiting|waiting for|pending)(?: [a-z0-9/&'-]+){1,6}$/;

/** Published later: "Data available June", "Results expected in Q4", "Figures published August 2024". */
const PUBLISHED_LATER = new RegExp(
  `^${WHAT}(?:(?:will be|to be|is|are|expected to be) )?(?:available|expected|published|released|reported|provided|received|confirmed|out) ${AT}${WHEN}$`,
);

/** Not before a time: "Not available until Q4", "Data not published until November". */
const NOT_UNTIL = new RegExp(
  `^${WHAT}not (?:yet )?(?:available|due|published|reported|known|released) (?:until|before) ${AT}${WHEN}$`,
);

/**
 * Another reporting cycle: "Annual measure", "Reported annually", "Year end only", "Not due", "Due
 * Q4", "Survey due Q4", "Data due March 2024", "Reported in arrears", and the cycle alone in a figure
 * cell ("Annual", "Bi-annual", "Six monthly").
 */
const OTHER_CYCLE = new RegExp(
  `^(?:(?:annual(?:ly)?|yearly|bi-?annual(?:ly)?|half[ -]yearly|six[ -]monthly|quarterly)$|(?:annual|yearly|year[ -]end|end of year|half[ -]yearly|six[ -]monthly|bi-?annual|quarterly)(?: (?:measure|indicator|figure|data|result|survey|pi|kpi|only|reporting|return|outturn))+|(?:reported|measured|collected|published|available|updated|reporting) (?:annually|yearly|quarterly|six[ -]monthly|half[ -]yearly|(?:at )?year[ -]end|(?:at )?(?:the )?end of (?:the )?year|in (?:q[1-4]|quarter [1-4])|(?:a )?(?:quarter|month|year) in arrears|in arrears)|(?:year[ -]end|end of year|q[1-4]) only|${WHAT}(?:not (?:yet )?due(?: yet)?|due ${AT}${WHEN}))$`,
);

/** Lowercase words of a short phrase, without a closing note in brackets or trailing marks. */
function phraseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/[.!*]+$/, '')
    .replace(/\s+/g, ' ');
}

/** True when a figure cell's text (already trimmed) says there is no figure for the period yet. */
export function saysNoFigureYet(text: string): boolean {
  if (text === '' || isBlankMark(text) || BLANK_WORDS.has(text.toLowerCase())) return true;
  if (text.length > 60 || !/^[a-z]/i.test(text)) return false;
  const words = phraseWords(text);
  return (
    LATE.test(words) ||
    AWAITING.test(words) ||
    PUBLISHED_LATER.test(words) ||
    NOT_UNTIL.test(words) ||
    OTHER_CYCLE.test(words)
  );
}
