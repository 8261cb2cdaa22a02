/**
 * The header vocabulary of SCORING.md: what a column header means by its words, case-insensitive and
 * tolerant of punctuation, "_" and units in brackets ("Target 2020/21", "Actual (%)", "measure_name").
 */
import type { ColumnRole } from './headers';
import { isBaselineHeader } from '../periods/header-words';
import { readHeaderPhrase } from './header-phrase';

// Order matters: the first matching role wins ("Performance rating" is a status, not an actual;
// "2nd Quarter Achievements" is narrative, not a period; "Update October" is narrative, not October).
// Every pattern is anchored or a plain alternation over a header capped at MAX_HEADER: linear.
const STATUS_RE =
  /^(rag|brag|rag status|rag rating|status|current status|overall status|performance status|perf status|performance rating|rating|target status|status colou?r|rag colou?r|success|red ?\/ ?amber ?\/ ?green|green ?\/ ?amber ?\/ ?red|[rg] ?\/ ?a ?\/ ?[gr]|b ?\/ ?r ?\/ ?a ?\/ ?g|symbol|traffic light|rag status (?:q[1-4]|\d{4}\/\d{2,4}))$/;
/**
 * How far off target is still amber, per indicator (SCORING.md: "an indicator ... may give
 * another"): "Tolerance", "Amber tolerance", "Tolerance (%)", "Target tolerance", "RAG tolerance";
 * or the level where amber ends and red starts ("Intervention level", "Red threshold", "Amber
 * threshold", "Amber limit": sheet-tolerance.ts reads those as levels).
 */
const TOLERANCE_RE =
  /^(?:((amber|rag|target)\s+)?tolerances?\b|intervention(?: (?:level|point|threshold))?$|(?:red|amber) (?:threshold|trigger|boundary|level|limit)$)/;
const TREND_RE = /^(trend|direction of travel|dot|travel)$/;
/**
 * A trend column headed by what it compares with ("Compared to last year", "Performance compared
 * with previous quarter", "Trend (vs last year)", "DoT since Q2", "Better or worse than last
 * year", "Improved / declined"): the direction of travel, where the trend goes (before: no role, so
 * ours went into a new column beside the author's empty one). A "Change on last year" may hold
 * figures, so it is not one.
 */
const TREND_PHRASE_RE =
  /^(?:(?:trend|direction of travel|dot)\s*(?:\([^()]{1,30}\)|(?:vs\.?|since|on|from|compared (?:to|with)|against) [^()]{1,30})|(?:performance |position )?(?:compared|comparison) (?:to|with) (?:the )?(?:last|previous|prior|preceding|same (?:period|quarter|month) last) ?(?:year|quarter|month|period|week)?|(?:better|worse|improved|improving)(?: or | ?\/ ?)(?:worse|better|same|declined|declining|deteriorated|deteriorating|worsened)(?: than [^()]{1,30})?)$/;
const VARIANCE_RE = /^(variance|variation|difference|diff|var)\b/;
const TARGET_RE =
  /^((annual|year[- ]end|yearly|monthly|quarterly|q[1-4]|\d{4}\/\d{2,4}|\d{2}\/\d{2}|\d{4})\s+)?(targets?|plan|planned|goal|standard|target value|ambitions?)\b|^tgt\b/;
/**
 * A budget for a named year ("FY2024 Budget", "2023/24 Budget", "Budget 2023/24"), as budget books
 * head the planned figure beside the year's actual: the target. A bare "Budget" may be the money a
 * service has, not what a measure should reach, so it is not read alone.
 */
const YEAR_BUDGET_RE =
  /^(?:(?:fy\s?\d{2,4}|\d{4}(?:\s?[/-]\s?\d{2,4})?)\s+(?:adopted |approved |revised )?budget(?:ed)?|budget(?:ed)?\s+(?:fy\s?\d{2,4}|\d{4}(?:\s?[/-]\s?\d{2,4})?))$/;
/**
 * A regulator's committed level ("Performance commitment level", "PCL", "Committed performance
 * level"): the level the company must reach, so the target.
 */
const COMMITMENT_RE =
  /^(?:(?:\d{4}[/-]\d{2,4} )?(?:performance )?commitment level|committed (?:performance )?level|pcl)s?(?: \d{4}[/-]\d{2,4})?$/;
/**
 * A scorecard's "Threshold" ("<=12%", ">=95%"), as NHS trusts head the standard a measure must meet:
 * the target. Not a quartile's threshold (a comparator) nor a red or amber one (tolerance, above).
 */
const THRESHOLD_RE = /^(?:(?:national|local|operational|performance|target|kpi|contract|contractual) )?thresholds?$/;
const NAME_FIRST_RE = /^description of (the )?(kpi|pi|measure|indicator|performance indicator)s?$/;
const NARRATIVE_RE =
  /(achievement|commentary|comment|update|narrative|\bnotes?\b|explanation|\baction|progress|remarks|analysis|outcome|objective|directorate|by whom|owner|lead officer|review date|description of|\bteam\b|service area|department|portfolio|\bsource\b|definition|\bpriority\b|theme|^agency( full)?( name)?\b)/;
const NAME_RE =
  /^((key )?performance |kpi |pi |the )?(measure|indicator|kpi|pi|performance indicator|key performance indicator|metric|performance measure)s?( (name|title|description|details|text))?$|^(kpi|measure|indicator|metric) description$|^description$|^(name|title|label)$|^(line )?items?( (name|description))?$|^(kpi|indicator|measure) name$|^(okr )?(key results?|okrs?)( (name|title|description|text))?$|^krs? (name|title|description|text)$|^((kpi|pi|indicator|measure|performance indicator) )?(code (&|and|\/) )?(short|full|long) (name|title|description)$|^(kpi|pi|indicator|measure) (code|ref) (&|and|\/) (name|title|description)$/;
/** An OKR sheet's key results ("Key Result", "KR description", "OKR"): the indicators, each stating its target (key-result-target.ts). */
// A bare "KR" is not one: it is also kroner.
export const KEY_RESULT_RE =
  /^(okr )?(key results?|okrs?)( (name|title|description|text))?$|^krs? (name|title|description|text)$/;
/** A compound ending in a name word ("kpi_name", "name_en", "result_indicator_title"): the phrase reader decides. */
const NAME_HEAD_RE = /(^|\s)(name|title|label|indicator|measure|kpi|metric|description)( (en|fr|cy))?$/;
/** Words a field-name compound runs to ("result indicator title"); longer is a phrase. */
const MAX_COMPOUND_WORDS = 3;
const NAME_EXTRA_RE = /\((indicator|measure|kpi)\)$/;
const CODE_RE = /^((kpi|pi|indicator|measure)\s+)?(code|ref\.?|reference|id|no\.?|ref no)$|^(ref|code)$/;
const POLARITY_RE =
  /^(polarity|good is|better is|direction of improvement|aim|higher or lower( is)? better|good performance(?: is)?|direction of good performance|is higher better|(?:desired|preferred|expected|intended|required) direction|direction|directionality|(higher|lower|bigger|smaller|more|less|high|low) (is|=) (better|good)|is (higher|lower) better|favourable( direction)?|good direction|improvement direction|ascending|descending)\b/;
const FREQUENCY_RE = /^(reporting )?(frequency|period(icity)?)$/;
const UNIT_RE = /^(units?|measure type|unit of measure|measure unit|format)$/;
const ACTUAL_RE =
  /(^|\s)(actuals?|outturn|latest|result|results|current value|current|act|ytd|value|figure|performance|score|cumulative)$|^(actuals?|outturn|latest|result|current|ytd|year to date|act)\b/;
// "Previous", "Prior value", "Previous data", "Last year's outturn", "Previous quarter actual": an
// earlier word, then a period word and/or a figure word (a bare "last" or "prior" says nothing);
// or the figure word first, as field names put it ("actual_lastweek", "value_prev", "result prior year").
// A rolling year before the current one: "Previous rolling 12 months", "Prior 12 months" (not "Last
// 12 months": that is the current one).
const EARLIER_RE =
  /^(?:previous|prev\.?|py|ly|same period last year|(?:previous|prev\.?|last|prior|preceding)(?: (?:reporting )?(?:year|quarter|month|period)(?:'?s)?(?: (?:value|data|figure|result|outturn|actual|performance|position|score))?| (?:value|data|figure|result|outturn|actual|performance|position|score))|last year actual|(?:actuals?|value|figure|result|outturn|performance|score) (?:last ?(?:week|month|quarter|year)|prev(?:ious)?(?: (?:week|month|quarter|year|period))?|prior(?: (?:week|month|quarter|year|period))?|py|ly)|(?:previous|prev\.?|prior|preceding) rolling (?:year|quarter)|(?:previous|prev\.?|prior|preceding) (?:rolling )?(?:12|twelve)[ -]months?(?: period)?)$/;

/**
 * "Last year YTD", "Previous year to date", "YTD LY": the earlier figure to date, a qualifier left
 * off before the earlier words are read (the same period's figure last year, as the trend wants).
 */
const TO_DATE_QUALIFIER = /^(?:ytd|year to date) | (?:ytd|year to date|to date|cumulative)$/;

function withoutToDate(lower: string): string {
  return lower.replace(TO_DATE_QUALIFIER, '');
}

const CURRENT_PERIOD_RE =
  /^(?:(current|latest|this|present)( reporting)? (month|quarter|qtr|year|period|week|day)('s)?( (figure|value|actual|performance|position|result|data))?|in[- ](?:month|quarter|qtr|week))$/;

/** A bracketed list of two or more words or phrases at a header's end ("(Up/Down)"); not "(Y/N)". */
const OPTIONS_RE = /\s*\((?:[a-z][a-z ]*[a-z] ?\/ ?)+[a-z][a-z ]*[a-z]\)$/;

/**
 * A rating column headed by its own choices ("Met/Not Met", "Achieved / Not achieved", "On track /
 * Off track"): the status column, as "Met target?" is.
 */
const STATUS_CHOICE_RE =
  /^(?:met|achieved|on track|on target)(?: ?\/ ?(?:partially met|partly met|partially achieved|not met|not achieved|off track|off target|at risk|some risk))+$/;

/** A direction column headed as the trend wanted ("Desired trend"): which way is good, not the trend. */
const DESIRED_TREND_RE = /^(?:desired|preferred|intended) (?:trend|direction of travel)$/;

/** Longest header read for a role: longer text is a sentence, not a header. */
const MAX_HEADER = 80;

/**
 * Header text as the role patterns read it: lowercase, "_" and a dot between words as a space, units
 * in brackets and trailing marks dropped.
 */
export function normaliseHeaderWords(lower: string): string {
  if (lower.length > MAX_HEADER) return '';
  // Most headers need nothing done: skip the replacements unless a mark they remove is present.
  if (!/[_():.*]|\s\s|^\s|\s$/.test(lower)) return lower;
  return (
    lower
      .replace(/[_\s]+/g, ' ')
      // Names made safe by R or pandas ("Desired.Direction", "Target.MMR"): a dot between letters
      // joins words. Not a dot before a space or digit ("No. of", "2016.17").
      .replace(/([a-z])\.(?=[a-z])/g, '$1 ')
      .replace(/\s*\((?:%|£|\$|no\.?|number|percentage|per ?cent|units?|days|£k|£m|count|rate)\)\s*/g, ' ')
      // The header's own key of choices ("Achieved? (Achieved/Not achieved)", "Status (On track /
      // Some risk / Off track)", "Desired trend (Up/Down)"): the words before it say the role.
      .replace(OPTIONS_RE, '')
      .replace(/[\s:.*]+$/, '')
      .replace(/^[\s:.*]+/, '')
      .trim()
  );
}

/**
 * Keyword role of a header text, or null when only the period parser (or the content) can tell.
 * Evidence in order: the SCORING.md words on the whole header; the same words on the header
 * without its period ("2016/17 end of year target"); the head word of a compound, which overrides
 * a first word that only qualifies it ("Target Status ...", "target_year", "Standard met",
 * "result_indicator_target_value"). A narrative word is never overridden ("Source of target").
 */
export function keywordRole(header: string): ColumnRole | null {
  const lower = yearToDate(normaliseHeaderWords(header.toLowerCase()));
  if (lower === '') return null;
  const joined = joinedNameRole(lower);
  if (joined) return joined;
  // "Current month", "This quarter", "Latest year": the figure for the period now, not a field of
  // dates as "target_year" is (the head word "month" would say).
  if (CURRENT_PERIOD_RE.test(lower)) return 'actual';
  if (TREND_PHRASE_RE.test(lower)) return 'trend';
  if (DESIRED_TREND_RE.test(lower)) return 'polarity';
  const whole = wordsRole(lower);
  if (whole === 'narrative' || !/[\s_]/.test(lower)) return whole;
  // "Key Result" is an OKR's indicator, not a result figure as its head word would say.
  if (KEY_RESULT_RE.test(lower)) return 'name';
  const phrase = readHeaderPhrase(lower);
  const rest = phrase.rest !== lower && phrase.rest !== '' ? wordsRole(phrase.rest) : whole;
  const found = whole ?? rest;
  if (phrase.head === null || phrase.words < 2) return found;
  // "target_year", "Standard met", "status_period": not the role their first word names. An earlier
  // figure ("Prior year"), a narrative or frequency ("Reporting period") and a rating's question
  // ("Met target?") keep theirs.
  if (phrase.head === 'not-role')
    return found === 'narrative' || found === 'frequency' || found === 'earlier' || found === 'status' ? found : null;
  if (found === null || found === 'narrative') return found ?? phrase.head;
  // "Last year's outturn", "Previous quarter actual": an earlier period's figure is the earlier figure.
  if (found === 'earlier' && phrase.head === 'actual') return found;
  return phrase.head;
}

/**
 * "Year to date" written out, and a financial year's "FYTD", are "YTD": the figure so far this year
 * ("Year to date 2023/24", "FYTD 2023/24"), not a field of dates as the head word "date" would say.
 */
function yearToDate(lower: string): string {
  if (!lower.includes('to date') && !lower.includes('to-date') && !lower.includes('fytd')) return lower;
  return lower.replace(/\b(?:financial )?year[- ]to[- ]date\b|\bfytd\b/g, 'ytd');
}

/**
 * One column headed for two things, its section rows and its rows ("Objective / Key Result", "Theme /
 * Measure", "Ref / Indicator"): the names' column when the last part names the rows and the first
 * is a name, a narrative or a code. "Actual / Target" and the like are left to the words.
 */
function joinedNameRole(lower: string): ColumnRole | null {
  if (!lower.includes('/')) return null;
  const parts = lower.split(/\s*\/\s*/);
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '' || /\d/.test(lower)) return null;
  const last = KEY_RESULT_RE.test(parts[1]) ? 'name' : wordsRole(parts[1]);
  const first = KEY_RESULT_RE.test(parts[0]) ? 'name' : wordsRole(parts[0]);
  if (last !== 'name') return null;
  return first === 'name' || first === 'narrative' || first === 'code' ? 'name' : null;
}

/**
 * A header asking whether the target was met ("Met target?", "Target achieved?", "On track?",
 * "Target met (Y/N)"): the question a rating answers, so the status column. Only as a question:
 * "Standard met" alone may head a count.
 */
const STATUS_QUESTION_RE =
  /^(?:(?:is |was )?(?:the )?(?:target|goal|standard|pcl|sla|kpi|pi|commitment|performance commitment(?: level)?) (?:met|achieved|reached)|(?:met|achieved|reached|meeting|meets|on) (?:the )?(?:target|standard)|on track|achieved|met)\s*(?:\??\s*\(y\s*\/\s*n\)|\?)$/;

/** The SCORING.md header words on a normalised header: the first pattern that matches. */
function wordsRole(lower: string): ColumnRole | null {
  if (STATUS_RE.test(lower) || STATUS_QUESTION_RE.test(lower) || STATUS_CHOICE_RE.test(lower)) return 'status';
  if (TREND_RE.test(lower)) return 'trend';
  if (VARIANCE_RE.test(lower)) return 'variance';
  // "Target trajectory" is a comparator (issue 15), never the target.
  if (/\btrajectory\b/.test(lower)) return 'comparator';
  if (TOLERANCE_RE.test(lower)) return 'tolerance';
  if (TARGET_RE.test(lower) || YEAR_BUDGET_RE.test(lower) || COMMITMENT_RE.test(lower) || THRESHOLD_RE.test(lower))
    return 'target';
  if (NAME_EXTRA_RE.test(lower) || NAME_FIRST_RE.test(lower)) return 'name';
  if (EARLIER_RE.test(lower) || EARLIER_RE.test(withoutToDate(lower))) return 'earlier';
  if (NARRATIVE_RE.test(lower)) return 'narrative';
  if (NAME_RE.test(lower)) return 'name';
  if (CODE_RE.test(lower)) return 'code';
  if (POLARITY_RE.test(lower)) return 'polarity';
  if (FREQUENCY_RE.test(lower)) return 'frequency';
  if (UNIT_RE.test(lower)) return 'unit';
  // "Q3 Cumulative" is the figure to date; "Prev. 6 months cumulative" a baseline (the period reader's).
  if (ACTUAL_RE.test(lower)) return lower.endsWith('cumulative') && isBaselineHeader(lower) ? null : 'actual';
  return null;
}

/**
 * keywordRole(header) === 'name', for the row-by-row header test: every body row's name cell is
 * asked, and only the three name patterns can give 'name', so text none of them matches (nearly
 * every indicator name) skips the rest of the chain, the unanchored narrative words among it.
 */
export function isNameHeader(header: string): boolean {
  const lower = normaliseHeaderWords(header.toLowerCase());
  if (lower === '') return false;
  const named =
    NAME_EXTRA_RE.test(lower) ||
    NAME_FIRST_RE.test(lower) ||
    NAME_RE.test(lower) ||
    KEY_RESULT_RE.test(lower) ||
    lower.includes('/');
  // A compound ending in a name word is a field name ("kpi_name", "result indicator title"), not a
  // phrase: "Increase average NET metric" in a register's row is a goal, not another table's header.
  if (!named && !(NAME_HEAD_RE.test(lower) && lower.split(' ').length <= MAX_COMPOUND_WORDS)) return false;
  return keywordRole(header) === 'name';
}
