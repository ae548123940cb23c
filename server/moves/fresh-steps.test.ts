import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Fresh-3 round (27 November): skilled managers failed on wordings of a required step nobody had
 * tuned on. Each class is read from its shape, with sentences of our own: what they most need or
 * want, asked; what they would want from the manager or would want to try, asked in the
 * conditional; a named time followed by a meeting or a report back; a cause with what others had
 * to absorb; a season's end as a deadline.
 */
const moves = (text: string): MoveKind[] => detectMoves(text).map((m) => m.move);

const cases: [string, MoveKind, string[], string[]][] = [
  [
    "what they most need or want, asked",
    "perspective_ask",
    [
      "What's the one thing you really need from this move?",
      "What do you most want out of it, honestly?",
      "What is the part you actually care about here: the title or the scope?",
    ],
    [
      "The thing you need is a plan.",
      "What's the thing you need for the demo?",
      "I know what you want out of this.",
    ],
  ],
  [
    "what they would want from the manager, asked",
    "support_offer",
    [
      "What would you need from me to make the rota work?",
      "What might you want from me over the next month?",
      "What would you like me to take on while you're out?",
    ],
    ["What do you want from me?!", "What would you like me to say?"],
  ],
  [
    "what they would want to try, asked in the conditional",
    "solution_collab",
    [
      "What would you want to try with the review queue?",
      "What would you like to change about the rota?",
      "What would you prefer to do about the handover?",
    ],
    ["What do you want to do for lunch?", "What would you want to do this weekend?"],
  ],
  [
    "a named time, then a meeting or a report back",
    "follow_up",
    [
      "Every Monday at 9 you and I go through the board.",
      "Each fortnight, we sit down with the plan.",
      "Next Friday, you tell me whether the change helped.",
      "You tell me on Tuesday how the first week went.",
      "Can we keep this slot, Tuesdays?",
      "I'll ask you again in a week how it's going.",
    ],
    [
      "Every Tuesday we deploy the app.",
      "On Friday you told me how it went.",
      "Tell me how it went.",
      "Let's keep this slot free for the release.",
    ],
  ],
  [
    "a look back, again, at a time or event to come",
    "follow_up",
    [
      "Let's revisit the rota at the end of the quarter.",
      "We'll go over the numbers together again once the survey is out.",
      "A short check-in with each of you on Friday, then.",
      "Would it be alright if I checked in with you on Monday about it?",
      "I'll find us a slot in early March.",
      "We'll pick it up in our usual slot.",
      "There's a midpoint review in week four.",
    ],
    [
      "We reviewed it after the launch.",
      "Please review the PR after lunch.",
      "I checked the logs on Monday.",
    ],
  ],
  [
    "what it did to others or the work, without a connector",
    "impact_statement",
    [
      "That's why Sales keeps asking me for dates.",
      "It made the retro awkward for Sam.",
      "Jo ended up taking the ticket on top of her own.",
      "The release moved two weeks.",
      "Build times roughly doubled over the summer.",
      "Remarks like that land on the whole team.",
      "With one person holding all of it, we're exposed if you're out.",
      "How you write reviews sets the tone for the org.",
      "Two people mentioned it to me afterwards.",
      "Losing the week would push the migration into next quarter.",
    ],
    [
      "That's why I asked.",
      "We moved a week ago.",
      "It made the retro fun for everyone.",
      "You ended up enjoying the talk.",
    ],
  ],
  [
    "their worry, finding or reading, asked with words in between",
    "perspective_ask",
    [
      "What worries you about the new plan?",
      "How are you really finding the rota?",
      "Where do you think the gap is, honestly?",
      "What part feels most unfair to you?",
      "Could you lay out where you stand?",
      "What would feel fair to you here?",
      "Does that change anything for you?",
      "What was the intent behind that comment?",
    ],
    ["What worries me is the date.", "That feels fair to me.", "It feels fair for you."],
  ],
  [
    "help offered as a standing offer or without I'm",
    "support_offer",
    [
      "Happy to be the one who raises it with Product.",
      "I'd happily set that up for you.",
      "Any time you want a second opinion on a draft, ping me.",
      "I'll line up a second reviewer for the billing work.",
      "We have options: flexible hours, leave, a lighter sprint.",
    ],
    ["Happy to hear it.", "Any time you want to leave, go.", "We have options in the fridge."],
  ],
  [
    "a way forward made together, with words in between",
    "solution_collab",
    [
      "Shall we map out, together, what the next quarter could look like?",
      "Maybe we brainstorm options first, before anyone decides.",
      "It might be worth us thinking together about a signal for that.",
      "Between us we can find a smaller project for you.",
      "What would have to change for the rota to feel fair?",
    ],
    ["We thought about it as a team last year.", "What would have to change is your attitude."],
  ],
  [
    "a set meeting named with its day",
    "follow_up",
    [
      "We'll go through the PRs at our 1:1 on the 12th.",
      "Mondays at 9 are our check-ins from now on.",
      "Fridays will be our plan reviews.",
    ],
    ["We talked about it at our 1:1 last week.", "Mondays are busy for me."],
  ],
  [
    "what happened for them, or where they land",
    "perspective_ask",
    [
      "What happened for you in that meeting?",
      "What's really happening on your end?",
      "Where do you come down on the split?",
    ],
    ["What happened to the build?", "The logs show what happened on the server."],
  ],
  [
    "a feeling, reaction or expectation judged fair",
    "validation",
    [
      "Anger's a fair reaction to that.",
      "It's a normal thing to feel after a reorg.",
      "Going quiet is a sensible response to three managers in a year.",
      "It was a reasonable thing to expect.",
    ],
    ["That's not a reasonable response to a review.", "It's a fair price for the licence."],
  ],
  [
    "a cause with what others had to absorb",
    "impact_statement",
    [
      "The outages meant Support fielded sixty tickets in a week.",
      "The flaky tests left three reviewers waiting for days.",
      "The slip knocked the beta out of the quarter.",
    ],
    [
      "I meant to ask you about the rota.",
      "What you meant was fine.",
      "I left the doc open for comments.",
    ],
  ],
  [
    "a season's end as the deadline of a step",
    "next_step",
    [
      "Let's make it the goal: two talks given outside the team before the holidays.",
      "You'll have the draft ready by the new year.",
      "We'll ship the first cut ahead of the summer break.",
    ],
    ["During the holidays the office is closed.", "The holidays were lovely."],
  ],
];

describe.each(cases)("%s", (_name, move, yes, no) => {
  it.each(yes)(`${move}: %s`, (line) => {
    expect(moves(line)).toContain(move);
  });
  it.each(no)(`not ${move}: %s`, (line) => {
    expect(moves(line)).not.toContain(move);
  });
});
