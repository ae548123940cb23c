/** Concrete anchors shared by the rules: what makes a remark about work specific. */

const NUMBER_WORD =
  "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|a few|several)";
/** Counts that take a share of a set ("three of the five"): not "one of" (usually a ranking) nor "most of" (vague). */
const COUNT_WORD =
  "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)";
/** Units a "last/past/previous" span counts: "the last two sprints", "past weeks". */
const SPAN_UNIT =
  "(?:sprints?|weeks?|days?|months?|quarters?|years?|cycles?|releases?|standups?|retros?|meetings?|times?|deploys?|incidents?|tickets?|shifts?|rotations?|reviews?)";
/**
 * A ticket key ("abc-123"): "\\b[a-z]{2,}-\\d+" opened on its "-" and checked behind. Opened on its
 * letters, V8 read every word to its end looking for a "-" (a seventh of TIME_OR_COUNT's time on
 * the rubric bench). Only ever tested, like TIME_OR_COUNT, so where a match starts does not matter.
 */
export const TICKET_KEY = "-\\d+(?<=\\b[a-z]{2,}-\\d+)";

/**
 * A day, a date or a count: what turns "you're late" into an observation.
 *
 * Only ever tested (never used for the span it matches), so each alternative is spelled as the
 * shortest part that must occur: "in the last two sprints" is found by its "last two sprints".
 * Alternatives that open alike are merged ("last night", "last week", "last three PRs" are one
 * "last …" branch; "this week", "this morning" one "this …" branch): V8 tries every top-level
 * alternative at every word boundary, so fewer branches with a literal opening run faster (the
 * first round's 16 branches, some opening on an optional "(?:in )?(?:the )?", made this regex the
 * slowest of detection). Same matches on every labelled line and corpus sentence.
 */
export const TIME_OR_COUNT = [
  "(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|this (?:morning|afternoon|year|quarter|month|sprint|week)",
  // "last week", "the past three sprints", "your last four 1-on-1 notes": a number after
  // last/past counts whatever follows. ("last friday" is found by its "friday".)
  `(?:last|past|previous) (?:${NUMBER_WORD} [\\w-]+|${SPAN_UNIT})|last night`,
  `${NUMBER_WORD} of the (?:last|past) ${NUMBER_WORD}`,
  // A share of a counted set: "three of the five stories", "four of the six reviewers", "9 of 13
  // weeks", "two of them". Not "one of the best" (a ranking, so "one" is left out) nor "a few of us".
  `${COUNT_WORD} (?:out )?of (?:the |your |those |these |our |his |her |their )?(?:${NUMBER_WORD}\\b|them\\b)`,
  // Both of a pair named: "in both sprints", "both reviews".
  "both (?:sprints|reviews|retros|meetings|releases|incidents|weeks|times|postmortems|demos|tickets|prs|days|shifts)",
  // A month or weekday as the start of a run of events: "since March", "since Monday".
  "since (?:the |last )?(?:monday|tuesday|wednesday|thursday|friday|january|february|april|may|june|july|august|september|october|november|december|\\d{1,2}(?:st|nd|rd|th))",
  `(?:pr|ticket|issue|incident|jira) ?#?\\d+|#\\d+|${TICKET_KEY}`,
  // A number counting something: "21 points", "184,000 orders", "3.5%".
  // "900ms", "240 ms", "40k" count too. (A percentage is PERCENT below: no word boundary follows
  // its "%".)
  "\\d[\\d,.]*(?:\\s?(?:ms|k)|\\s+(?:extra |more |failed |open |new )?[a-z]{3,})",
  "twice|(?:three|four|several) times|zero \\w+|not (?:one|a single) \\w+",
  // Counted events in words: "three interruptions", "two stand-ups"; not a rate ("two shifts a week")
  // nor a span of time ("three days"), which plans and habits name as often as events.
  `${COUNT_WORD} (?:[\\w-]+ )?(?:interruptions|pages|incidents|tickets|points|stories|comments|reviews|prs|nights|weekends|shifts|meetings|stand-?ups|retros|bugs|outages|escalations|deadlines|sprints|releases|requests|alerts|entries|designs|docs|threads|messages|emails|complaints|reverts|rollbacks|commits|pings)(?! (?:a|per|each|every) (?:day|week|month|sprint))`,
  // A dated day: "on the 3rd", "for the 4th", "from the 1st to the 15th".
  // Opened on the number and checked behind: an opening "to the …" would pass half the sentences.
  "\\d{1,2}(?:st|nd|rd|th)(?<=\\b(?:on|for|to|from|until) (?:the )?\\d{1,2}(?:st|nd|rd|th))",
  "jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
].join("|");
/** A named meeting or artefact where a behaviour was seen. */
const NAMED_EVENT =
  "(?:in|at|during|after|before) (?:the |this |last |our |your |monday's |tuesday's |wednesday's |thursday's |friday's |yesterday's |today's )?(?:stand-?up|retro(?:spective)?|review|code review|design review|demo|planning|sprint planning|all-hands|1:1|1-on-1|one-on-one|meeting|postmortem|post-mortem|incident|on-call (?:shift|handover)|handover|launch|offsite|interview)";

/**
 * Details only an observer has, which anchor a remark about what the listener did ("you closed it
 * in about four minutes", "you ran the go/no-go at 1am", "you missed stand-up Mon and Wed") but
 * alone report nothing ("the standup moved to 10am"): in SPECIFIC_ANCHOR, not TIME_OR_COUNT.
 * Weekday short forms are spelled with the word around them ("on Wed", "Mon and"), so that the
 * opening filter (prefilter.ts) does not run the rule on every "month" or "friend".
 */
const OBSERVED_DETAIL = [
  `in (?:about |roughly |under |less than |just |around )?${NUMBER_WORD} (?:minutes|seconds)`,
  "(?:on|since|by|last) (?:mon|tues?|wed|thu|thurs|fri)|(?:mon|tues?|wed|thu|thurs|fri),? (?:and|or)",
  "\\d{1,2}(?::\\d\\d)? ?(?:am|pm)",
].join("|");

/**
 * "71%", "3.5%": a top-level alternative of its own, outside the closing \b, which never holds
 * after a "%" before a space (the first rounds' "%" branch matched only "71%x"). Spelled apart
 * rather than as a closing "(?:\b|(?<=%))", which the opening filter (prefilter.ts) cannot read.
 */
const PERCENT = "\\b\\d[\\d,.]*%";
export const TIME_OR_COUNT_ANCHOR = new RegExp(`\\b(?:${TIME_OR_COUNT})\\b|${PERCENT}`);
/** Concrete anchors: a day, a date, a number, a named meeting or artefact. */
export const SPECIFIC_ANCHOR = new RegExp(
  `\\b(?:${TIME_OR_COUNT}|${NAMED_EVENT}|${OBSERVED_DETAIL})\\b|${PERCENT}`,
);
