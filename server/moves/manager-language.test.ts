import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * How managers say the constructive moves in plain words (issue 4), written for these rules and
 * not taken from the evaluation lines: for each move, sentences that must carry it and
 * near-misses that must not.
 */
const has = (text: string, move: MoveKind): boolean =>
  detectMoves(text).some((m) => m.move === move);

interface Table {
  readonly move: MoveKind;
  readonly matches: readonly string[];
  readonly nearMisses: readonly string[];
}

const TABLES: readonly Table[] = [
  {
    move: "specific_observation",
    matches: [
      "Three interruptions during the design review on Friday, all while Priya was presenting.",
      "You've merged two hotfixes without review this quarter.",
      // A share of a counted set, and a pair named.
      "In both releases, two of the four migrations you owned were rolled back.",
      "Four of the seven incidents this quarter were paged to you after midnight.",
      "Two of them were merged without a second reviewer.",
      // A number after last/past counts whatever follows it.
      "Your last three status notes say the same thing.",
      // "by" that reports, not a deadline.
      "The hotfix was reverted by the on-call engineer on the 4th.",
      // The perfect, its negation and irregular past forms.
      "You've skipped the design sync since February.",
      "You haven't opened a ticket in the last two sprints.",
      "At the retro on Tuesday you spoke for most of the hour.",
      "Since the 3rd you've taken over six support escalations.",
      "One of your PRs sat in review for the last nine days.",
    ],
    nearMisses: [
      "It was those two times.",
      "You're doing three shifts a week now.",
      "One of the best demos we've had.",
      "Most of them were fine, honestly.",
      "Please get the two of the five remaining tickets reviewed by Friday.",
      "I'd like us to look at the last four sprints together.",
      "I'll check in on Monday after you've spoken to the platform team.",
      "We'll review it on the 12th once you've tested it.",
    ],
  },
  {
    move: "impact_statement",
    matches: [
      "Without that runbook, we would have been down all night.",
      "Your caching change cut the page load from 900 to 300 milliseconds.",
      "That's why the launch went so smoothly.",
      "The missed handovers are putting the release at risk.",
      "Finance asked me twice why the numbers moved, and I didn't have a good answer.",
      "When the scope changes late, design re-plans the whole flow.",
      "She asked me later to be moved off the on-call rota.",
      "The release slipped a week, which meant Support fielded the angry tickets alone.",
      "Since you stopped reviewing the infra PRs, the platform team has been merging blind.",
      "Because the migration ran late, the billing team had to freeze their changes.",
      "After the retro, the juniors stopped asking questions in the channel.",
      "Nobody else offered a theory once you'd shut the first one down.",
      "Two engineers have asked to be moved off the project.",
      "Morale on the team has taken a hit.",
      "The on-call satisfaction score dropped from 8 to 5.",
      "Honestly, that's the part that worries me.",
      "Your runbook let the night shift close the incident without paging anyone.",
      "The mobile team can't test until the API lands, so their release is slipping.",
    ],
    nearMisses: [
      "Thanks to you all for coming.",
      "That meant a lot to me, thank you.",
      "You stopped by my desk yesterday.",
      "I'll take the support queue so they stop pinging you.",
      "You wanna stop getting dragged into every incident.",
      "Let's stop doing the Friday deploys.",
      "I'd like to understand the effect of the reorg on your week.",
    ],
  },
  {
    move: "perspective_ask",
    matches: [
      "What's going through your mind right now?",
      "How are you feeling about the decision?",
      "I really want your read on the handover.",
      "I'm curious how you'd describe the last release yourself.",
      "How does that compare with what you saw?",
      "How did the launch look from where you were sitting?",
      "Is that how you remember it?",
      "What does a good month look like to you?",
      "Can you help me understand what made the estimate jump?",
      "I'd like to hear what happened on your side before I say anything else.",
      "Tell me how you read the survey results.",
      "What was going on for you during the outage?",
      "Is that fair, or am I missing something?",
      "How does that sit with you?",
      "What's your honest reaction?",
    ],
    nearMisses: [
      "That looks good to me.",
      "How was the conference?",
      "Did you file the ticket before the freeze?",
      "I understand what you mean.",
      "I'll forward the notes to you.",
    ],
  },
  {
    move: "solution_collab",
    matches: [
      "Let's write the development plan together.",
      "What would you want the plan to focus on?",
      "What if we moved the demo to its own slot?",
      "How about we rotate the triage duty?",
      "I'd like us to come up with a plan together.",
      "I'd rather we shape the rota together than I hand you one.",
      "Can we figure out what a lighter sprint would look like?",
      "How would you like our check-ins to work from now on?",
      "Let's work out a way of raising blockers earlier.",
      "What would a fair split of the reviews look like?",
    ],
    nearMisses: [
      "What if you just said no?",
      "You should split the epic into smaller stories.",
      "We shipped it together last year.",
      "How would you like your coffee?",
    ],
  },
  {
    move: "support_offer",
    matches: [
      "I'll make sure you have protected time for the course.",
      "You'll have a mentor from the platform team.",
      "We'll find you a coach for the presentations.",
      "What could I really do to make this sprint lighter?",
      "Is there something I could chase for you?",
      "Is there anything I can take off your plate before the launch?",
      "If it would help, I can sit in on the next incident review.",
      "Want me to flag it with the platform lead?",
      "Let me arrange cover for the Friday shifts.",
      "I'll try to unblock the access request today.",
      "I have budget for a contractor on the migration.",
    ],
    nearMisses: [
      "Do you want me to share what I noticed?",
      "Let me know when you're back.",
      "I'll check back with you next week.",
      "I'll send an invite for Thursday.",
      "Change the format or I'll remove you from the rota.",
    ],
  },
  {
    move: "next_step",
    matches: [
      "The expectation is that you review two designs each week.",
      "I'll mention your work at the next all-hands.",
      "So the goal is: you present one design review, starting 3 December.",
      "I'll read your draft this week.",
      "I'll raise the staffing gap at Monday's leadership sync.",
      "I'll move you to the platform rota from Wednesday.",
      "I'll hand the vendor calls to Sam starting next week.",
      "You write up the options by Thursday, I pick one on Friday.",
      "I'm moving the demo off your plate tonight.",
    ],
    nearMisses: [
      "The goal was to ship in March.",
      "Let's work out together what a fair goal looks like for the next quarter.",
      "I'll check back with you on Friday.",
      "We'll regroup on Monday.",
      "The release went out on Monday.",
    ],
  },
  {
    move: "follow_up",
    matches: [
      "We'll have weekly check-ins while the plan runs.",
      "In two weeks we'll sit down and look at the numbers.",
      "At the midpoint, we'll go through what's working.",
      "We'll compare notes on Monday the 3rd.",
      "Let's grab a coffee next Friday and see how the week was.",
      "Let's have a quick twenty minutes on the 12th.",
      "Could we look at this again in three weeks?",
      "Let's do this again in a fortnight.",
      "Shall we reconvene next month?",
      "We'll come back to how the handover went in our 1-on-1.",
      "Can we put twenty minutes in for next Tuesday?",
      "I'll ping you Friday to see how the new rota feels.",
      "Let's try it for a sprint and pick this up again afterwards.",
    ],
    nearMisses: [
      "Let's have a look at the dashboard.",
      "Let's see how it goes.",
      "The release is two weeks from now.",
      "This keeps happening.",
      "You'll be on call again next week.",
    ],
  },
  {
    move: "information",
    matches: [
      "This is a formal plan, and it runs for six weeks.",
      "The promotion isn't going ahead this cycle.",
      "Raises were capped at four percent this year.",
      "Just so you know, the offsite moved to March.",
      "Leadership has asked for headcount plans by the 10th.",
      "The interview loop is changing next quarter.",
      "The on-call guidelines say nobody does two weekends in a row.",
      "The new hiring round opens in February.",
      "To be transparent, the budget was cut in half.",
    ],
    nearMisses: [
      "You did a formal write-up, thank you.",
      "You asked for more time.",
      "How is it going?",
      "I'd like you to start on the parser.",
    ],
  },
  {
    move: "self_disclosure",
    matches: [
      "I've been worried that I left you alone with the pager.",
      "I feel bad that I didn't ask sooner.",
      "I should have stepped in at the retro.",
      "I'm still new here, so I'm learning the history too.",
      "When I first moved into management, I hated saying no.",
      "At my previous company we had five reorgs in a year.",
      "I had three managers in my first year too.",
      "I was passed over for promotion twice.",
    ],
    nearMisses: [
      "I'm not sure the estimate holds.",
      "I'll send you the doc.",
      "You've been frustrated with the rota.",
    ],
  },
  {
    move: "summary",
    matches: [
      "So, if I've got this right: the deadline moved, the spec changed, and nobody told you.",
      "Let me play that back to you.",
      "Two things stand out: the rota is uneven and the alerts are noisy.",
      "So: two incidents, one late release, and a very tired team.",
      "So we've got the hiring freeze and the roadmap change to work around.",
      "Is there anything I've left out?",
    ],
    nearMisses: [
      "So you're tired.",
      "So for the next release, you own the checklist, and I'll review it.",
      "So, anyway, let's move on.",
      "So Sam, you carried the release and it wore you out.",
    ],
  },
  {
    move: "validation",
    matches: [
      "That's a reasonable reaction after the way the reorg went.",
      "Pushing back on that estimate was perfectly reasonable.",
      "After a quarter like that, I'd be tired too.",
      "Honestly, I'd feel the same.",
      "There's nothing to be ashamed of here.",
      "Three weekends on call in a row would wear down anyone.",
      "That's a big load to carry on your own.",
    ],
    nearMisses: [
      "I'm sure it's not that bad.",
      "The deadline is reasonable.",
      "I'd be happy to take the retro.",
    ],
  },
  {
    move: "appreciation",
    matches: [
      "I appreciated the way you handled the outage call.",
      "That was the clearest incident write-up I've ever seen.",
      "Your summary was the most useful thing anyone said in planning.",
      "I want that on the record.",
    ],
    nearMisses: [
      "Thanks to the migration, the pages stopped.",
      "The build is the slowest it has been.",
    ],
  },
  {
    move: "permission_ask",
    matches: [
      "Is this a good time to go over the review?",
      "Alright if I give you my read on the demo?",
      "I have a thought about the rota. Want to hear it?",
    ],
    nearMisses: ["Is the build green?", "I want to hear from the whole team."],
  },
];

describe("managers' own words", () => {
  for (const table of TABLES) {
    describe(table.move, () => {
      it.each(table.matches)(`finds ${table.move} in %j`, (text) => {
        expect(has(text, table.move)).toBe(true);
      });
      it.each(table.nearMisses)(`finds no ${table.move} in %j`, (text) => {
        expect(has(text, table.move)).toBe(false);
      });
    });
  }
});

/** Second round (issue 4): wording families for the required steps, each with its near-misses. */
const SECOND_ROUND: readonly Table[] = [
  {
    move: "impact_statement",
    matches: [
      "The config drifted and the data team had to rebuild the dashboards.",
      "Customer success spent three days answering tickets about it.",
      "Two designers are blocked until the API lands.",
      "Because of the outage their launch dates slipped.",
      "After the argument nobody in the guild asks questions any more.",
      "A couple of new joiners asked me privately whether they did something wrong.",
      "The cleaner release meant on-call had a quiet week.",
      "That's a big part of why the board said yes.",
    ],
    nearMisses: [
      "You had to rebuild the dashboards on your own.",
      "You spent three days on the migration.",
      "That meant a lot to me.",
    ],
  },
  {
    move: "perspective_ask",
    matches: [
      "What are your biggest worries about the re-org?",
      "What's pulling you towards the platform team?",
      "Walk us through your reasoning, and then we'll hear the other side.",
    ],
    nearMisses: ["Your concerns are on the agenda for Friday."],
  },
  {
    move: "support_offer",
    matches: [
      "I'm happy to sit down with you and go through the budget.",
      "What would make the on-call week more manageable for you?",
      "Is there anything we could move to make this easier?",
      "Working from Lisbon for a month is completely on the table.",
    ],
    nearMisses: ["I'm happy to hear the launch went well."],
  },
  {
    move: "solution_collab",
    matches: [
      "Which of the milestones do you think we should cut?",
      "What rules could you both live with before we start?",
      "I want to write your growth plan with you, not for you.",
      "Let's lay out the three designs and weigh them.",
      "What would a fair process look like for picking the on-call lead?",
    ],
    nearMisses: ["I wrote the plan for you last week."],
  },
  {
    move: "follow_up",
    matches: [
      "You and I sit down every Monday until the launch.",
      "We'll get back together once the numbers are in.",
      "I'll book time with you in April to see how it's going.",
      "Our first check-in is on the 3rd.",
      "Let's pick this back up in two weeks.",
    ],
    nearMisses: ["We met on Tuesday to talk about the launch.", "Let's see how it goes."],
  },
  {
    move: "next_step",
    matches: ["The billing epic goes to you, due on the 14th."],
    nearMisses: ["The billing epic went well."],
  },
  {
    move: "information",
    matches: [
      "The answer this round is no.",
      "Bonuses were calculated from the company result and your rating.",
      "The number is final for this year.",
      "The migration is still scheduled to start in March.",
      "The data team does have an opening.",
    ],
    nearMisses: ["You're worried that anything broken will land on you.", "The answer is simple."],
  },
];

describe("managers' own words, second round", () => {
  for (const table of SECOND_ROUND) {
    describe(table.move, () => {
      it.each(table.matches)(`finds ${table.move} in %j`, (text) => {
        expect(has(text, table.move)).toBe(true);
      });
      it.each(table.nearMisses)(`finds no ${table.move} in %j`, (text) => {
        expect(has(text, table.move)).toBe(false);
      });
    });
  }
});
