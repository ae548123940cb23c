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
