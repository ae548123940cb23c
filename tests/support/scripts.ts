/**
 * Manager lines for "Three missed sprint commitments" (missed-sprint-commitments) that reach an
 * agreement with the offline persona: observation, impact, their view, a reflection, a shared plan.
 */
export const AGREEING_LINES: readonly string[] = [
  "Thanks for making time. I'd like to talk about the last three sprints.",
  "In the last three sprints, the stories you committed to weren't done by the review: 5 of 8 points, then 3 of 8, then 4 of 7.",
  "Because of that, the payments team had to move their launch by a week.",
  "How does it look from your side? What's been getting in the way?",
  "That sounds like a lot to carry, with the pager week on top.",
  "What would help you commit to a number you're confident in at the next planning?",
  "So let's agree: at Monday's planning you commit only to what you're confident in, and flag blockers the day they appear. Does that work?",
  "Thanks, that's a good plan.",
];
