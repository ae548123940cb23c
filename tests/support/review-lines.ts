/**
 * Lines a reviewer typed, kept for the tests that replay them (review 8b).
 */

/** Rosa's good promotion flight (review 8b, r2-lines), up to the check-in on turn 9. */
export const ROSA_PROMOTION: readonly string[] = [
  "Hi Marcus. I want to get straight to it because I know you've been waiting: the committee met on the 14th and decided not to promote you to Staff this cycle. I wanted you to hear it from me before the email tomorrow.",
  "Their reasoning: your delivery is clearly at the level, the p95 work proved that. What the packet didn't show was cross-team technical leadership, and there was little evidence of mentoring.",
  "That's a real disappointment, especially after the year you've had and after asking me about timing so many times.",
  "How are you seeing it? what's your read on what they said?",
  "So the mentoring part feels like a moving target, and you're not sure what would count. Did I get that right?",
  "I hear that Ana's promotion makes this harder. It makes sense that you'd feel behind.",
  "What would a plan toward H1 look like to you? I'd like us to build it together.",
  "ok so concretely: you lead one design review outside Search this quarter, and you mentor the two new hires through on-call. I write up the gap list with you by friday.",
  "Can we check in on it every two weeks, first one on december 1st?",
];

/** Rosa's mediation opener (review 8b). */
export const ROSA_MEDIATION_OPENER =
  "Thanks both for making the time. I'm not here to pick a winner on RFC-112. I want us to leave with an agreed way to decide it, and a date.";

/** Her ground rules, put to both on the second turn. */
export const ROSA_MEDIATION_RULES =
  "Two ground rules, if you're ok with them: each of you finishes without being interrupted, and we criticise designs, not people. Can we agree to that?";

/** Rosa's good mediation (review 8b), up to the summary of what both want (seven turns). */
export const ROSA_MEDIATION: readonly string[] = [
  ROSA_MEDIATION_OPENER,
  ROSA_MEDIATION_RULES,
  "Tomás, you first. what's your view of where things stand and what you need from this?",
  "So for you this is about the pages, checkout paged nine times last month and the sync path is the bottleneck. Did I get that right?",
  "Elena, same question to you. What's your view of the risks, and what would you need to see?",
  "So your concern isn't events as such, it's who ends up maintaining the kafka client in the shared libs, and that it lands on you. Is that fair?",
  "Sounds like you both want checkout to stop paging people at night, and neither of you wants to own something fragile alone. is that a fair summary?",
];

/** Her eighth turn: asking the two how they would like to decide. */
export const ROSA_MEDIATION_ASK_HOW =
  "How would you two like to decide this? what criteria would you both accept?";

/** Her plan, said on the ninth turn (she asked "Does that work for both of you?" after it). */
export const ROSA_MEDIATION_PLAN =
  "ok so: Elena lists her objections by friday, Tomás adds a failure section, and we meet on the 10th to score it against those criteria.";

/** Her closing thanks. */
export const ROSA_MEDIATION_THANKS =
  "Thank you both. I know this was uncomfortable, I appreciate it.";
