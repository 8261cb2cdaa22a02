/**
 * How the measure is put, which decides over what it counts: a rate "within 14 days" or "in
 * timescale" is bigger-is-better even of complaints; "average days to", "time taken", "waiting"
 * are smaller; a measure that is itself a reduction is bigger. Verbs that open the measure state its
 * aim ("Reduce ...", "Increase ..."). Every gap is bounded so the patterns stay linear.
 */
import { frame, outsideBrackets, WEIGHT, words, type Cue } from './cue';

const NUMBER =
  '(?:\\d{1,4}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|28|48|72)';
const UNIT =
  '(?:working |calendar |clear |school )?(?:days?|hours?|hrs?|weeks?|wks?|months?|mths?|minutes?|mins?|seconds?|secs?)';

/** A limit written as a sign before its figure ("waiting < 18 weeks", "handovers >60 mins"). */
const LESS = '(?:<=?|\u2264)';
const MORE = '(?:>=?|\u2265)';

/** "Avg" and "Avg." are how headers abbreviate an average. */
const AVERAGE = '(?:average|avg\\.?|mean|median)';

const SHORT_UNIT = '(?:working |calendar )?(?:days?|hours?|hrs?|weeks?|wks?|minutes?|mins?|seconds?|secs?)';

/**
 * After a standard's time limit, words that make the measure a count of those past it ("52 week
 * breaches", "12 hour trolley waits", "62 day backlog", "52+ weeks", "18 weeks or more").
 */
const NOT_PAST_LIMIT =
  '(?! ?(?:\\+|plus\\b|or (?:more|over|longer)|and over))(?!(?: [a-z&]+){0,3} (?:breach\\w*|waiters?|waits|backlogs?|trolley\\w*|patients waiting|over\\b))';

/** Aims stated by a verb at the start of the measure, after any reference code. */
export const OPENING_VERBS: readonly Cue[] = [
  frame(
    'lower',
    /^(?:to )?(?:reduc(?:e|ing)|decreas(?:e|ing)|minimi[sz]e|minimi[sz]ing|cut|tackle|tackling)\b/,
    'Reduce',
  ),
  frame('lower', /^(?:to )?contain\b/, 'Contain'),
  // A measure that opens with its cost is the cost, whatever it is the cost of ("Net cost of waste
  // collection per premises": not a collection rate). Further in, "cost" is one word among others
  // ("Satisfaction with the quality and cost of support").
  frame('lower', /^(?:(?:the|net|gross|total|average|annual|unit|estimated) )*costs? of\b/, 'Cost of'),
  frame(
    'higher',
    /^(?:to )?(?:increas(?:e|ing)|improv(?:e|ing)|raise|raising|maximi[sz]e|maximi[sz]ing|grow|growing|boost|boosting)\b(?! (?:in|of)\b)/,
    'Increase',
  ),
];

/** Frames found anywhere in the name. */
export const FRAMES: readonly Cue[] = [
  // A limit on a wait is a rate of being quick ("% waiting less than 18 weeks"): it outweighs "waiting".
  // Months and years are left out: "children under 24 months" is an age, not a deadline.
  frame(
    'higher',
    words(
      `(?:less than|under|fewer than|no (?:more|longer) than|up to) ${NUMBER} ${SHORT_UNIT}`,
      `${LESS} ?${NUMBER} ?${SHORT_UNIT}`,
    ),
    undefined,
    WEIGHT.frame + 1,
  ),
  // A time standard is a rate of being seen in time ("A&E 4-hour standard", "Cancer 28 day faster
  // diagnosis standard", "ED 4 hour performance"): it outweighs what the patients wait for.
  frame(
    'higher',
    words(`${NUMBER}[- ]${SHORT_UNIT}(?: [a-z&]+){0,3} (?:standard|performance|compliance)`),
    undefined,
    WEIGHT.frame + 1,
  ),
  // The NHS standards by their programme and time limit ("Cancer 62 day", "RTT 18 weeks
  // incomplete", "Cancer 2 week wait", "18 week RTT", "62 day cancer"): the share of patients seen
  // within the limit, so it outweighs the disease ("cancer") and the pathway ("incomplete"). Not a
  // count of those past the limit (NOT_PAST_LIMIT: "RTT 52 week breaches", "12 hour trolley waits"),
  // nor diagnostics, whose 6-week measure is published both ways.
  frame(
    'higher',
    words(
      `(?:cancer|rtt|referral to treatment|a&e|ed)(?::| -|-)? ${NUMBER}[- ]${SHORT_UNIT}${NOT_PAST_LIMIT}`,
      `${NUMBER}[- ]${SHORT_UNIT} (?:cancer|rtt|referral to treatment)${NOT_PAST_LIMIT}`,
    ),
    undefined,
    WEIGHT.frame + 1,
  ),
  // A share meeting a standard ("% of streets at an acceptable standard of litter", "homes at a
  // satisfactory level"): what is counted is the good state, however bad the subject it names.
  // "unacceptable" is not matched (no word boundary inside it): "unacceptable levels of litter" stays smaller.
  frame('higher', words('(?:acceptable|satisfactory) (?:standards?|levels?)'), undefined, WEIGHT.frame + 1),
  // Homes or services meeting a named standard ("meeting the Scottish Housing Quality Standard",
  // "meet the Decent Homes Standard"). Where they do not ("not meeting the expected standard",
  // "failing to meet the standard"), the longer frame overlaps the shorter and wins. No lookbehind:
  // EdgeHTML 18 (Excel on older Windows) has none.
  frame('higher', /\bmeet(?:ing|s)? (?:the )?(?:[a-z]+ ){0,4}standards?\b/g, 'meeting the standard', WEIGHT.frame + 1),
  frame(
    'lower',
    /\b(?:not|fail(?:ing|ed|s)? to) meet(?:ing|s)? (?:the )?(?:[a-z]+ ){0,4}standards?\b/g,
    'not meeting the standard',
    WEIGHT.frame + 1,
  ),
  // A move into work is the outcome counted, however the people are described before it ("% of
  // unemployed people assisted into work", "residents supported into employment").
  frame('higher', words('into (?:paid |sustained |sustainable |fair )?(?:work|employment|jobs?|a job)')),
  frame('band', /\bmaintain(?:ed)?\b.{0,80}?\b(?:at|current level)\b/g, 'maintained at'),
  frame('lower', /\bkeep\b.{0,80}?\b(?:under|below|less than)\b/g, 'keep under'),
  frame('higher', /\bkeep\b.{0,80}?\b(?:over|above|at least)\b/g, 'keep above'),
  // A measure that is itself a reduction ("% reduction in antisocial behaviour").
  frame(
    'higher',
    /^(?:%|percent(?:age)?|per cent) ?(?:of )?(?:reduction|decrease|fall|drop)\b|(?:%|\bpercent(?:age)?|\bper cent) (?:reduction|decrease)\b/g,
    '% reduction',
  ),
  // Timeliness: done within a time limit is good, however bad the subject.
  frame(
    'higher',
    words(
      `within (?:the )?(?:required |agreed |statutory |target |set |expected )?(?:timescales?|time ?frames?|time limits?|deadlines?)`,
    ),
  ),
  frame('higher', words('in (?:the )?(?:required |agreed |statutory )?timescales?')),
  frame(
    'higher',
    words(
      `within ${NUMBER} ${UNIT}`,
      `in ${NUMBER} ${UNIT}`,
      `under ${NUMBER} ${UNIT}`,
      'within (?:target|time|budget|sla)',
      `within the (?:target|${NUMBER} ${UNIT})`,
    ),
  ),
  frame(
    'higher',
    words(
      'on time',
      'in time',
      'on schedule',
      'timely',
      'timeliness',
      'by the due date',
      'same day',
      'next day',
      'prescribed time',
    ),
  ),
  // The time something takes is smaller-is-better.
  frame(
    'lower',
    words(
      `(?:${AVERAGE} )?time taken`,
      'time to',
      `${AVERAGE} (?:number of )?(?:working |calendar )?(?:days|weeks|hours|minutes|time)`,
      `${AVERAGE} (?:[a-z-]+ ){1,2}times?`,
      // "Average re-let days", "Average void days": the days a process takes, named after it.
      `${AVERAGE} (?:re-?let|void|processing|turnaround|clearance|decision|response|assessment|repair|resolution|closure|lead|cycle|handling) (?:working |calendar )?(?:days|weeks|hours)`,
      `${AVERAGE} (?:wait|speed of)`,
      // "Average 311 call wait": a service's number is one of the words between.
      `${AVERAGE} (?:[a-z0-9-]+ ){1,2}waits?`,
      'wait(?:s|ed)? for',
      '(?:working |calendar )?days to',
      '(?:waiting|wait) ?(?:times?|lists?)',
      'waiting',
      'waits',
      'waiters',
      'turnaround',
      'response times?',
      'processing times?',
      'how long',
    ),
  ),
  // The same limits written as signs, read outside brackets only: in brackets a limit says who is
  // counted ("% LAC (> 20 days) with a PEP": children in care over 20 days), not the measure's aim.
  outsideBrackets(frame('higher', words(`${LESS} ?${NUMBER} ?${SHORT_UNIT}`), undefined, WEIGHT.frame + 1)),
  outsideBrackets(frame('lower', words(`${MORE} ?${NUMBER} ?${UNIT}`))),
  // Outside the limit, or left unseen: smaller is better, over any positive word in the name.
  frame(
    'lower',
    words(
      'outside (?:the )?(?:timescales?|target|time limits?)',
      'out of (?:timescales?|time)',
      `(?:over|more than|longer than|exceeding|in excess of) ${NUMBER} ${UNIT}`,
      'left without being seen',
      'did not attend',
      'dna',
      'no[- ]shows?',
    ),
  ),
  // Measures that count a recurrence inside a window ("readmissions within 30 days"): the window is
  // not a deadline, so these outweigh the timeliness frames.
  frame(
    'lower',
    words(
      're-?admi\\w*',
      're-?referr\\w*',
      're-?offend\\w*',
      're-?presentations?',
      'repeat (?:referrals|victim\\w*|homeless\\w*|incidents|offend\\w*|presentations|admissions|pregnanc\\w*|abortions?)',
      'relapse\\w*',
      'deaths? within',
      'died within',
      'mortality within',
      'return(?:ed|s)? (?:to|into) (?:care|custody|hospital|prison)',
    ),
    undefined,
    WEIGHT.frame + 2,
  ),
];

/**
 * "Increase in X" is a noun: X decides when it says anything ("Increase in poverty gap" is smaller),
 * and the increase itself is the aim only when X says nothing ("Increase of foster carers").
 */
export const WEAK_FRAMES: readonly Cue[] = [
  frame('higher', words('increase (?:in|of)', 'rise in', 'growth in'), 'Increase', WEIGHT.noun),
  frame('higher', words('(?:reduction|decrease|fall|drop|decline) (?:in|of)'), 'reduction in', WEIGHT.noun),
];
