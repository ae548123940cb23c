import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";
import { phrases } from "./phrases";
import { phrasesByFirstLetter } from "./rules-judging";

/**
 * The judging moves read in managers' own words (issue #4): for each move, sentences that carry it
 * and near-misses that share its surface words but do not. Written for these tests, not taken from
 * the evaluation sets.
 */
type Table = Readonly<Record<string, { readonly carries: string[]; readonly not: string[] }>>;

const TABLE: Table = {
  vague_feedback: {
    carries: [
      "Just be better.",
      "You have to get more strategic about the roadmap.",
      "I'd like you to be more dependable with the on-call handovers.",
      "Your estimates could be a little more...",
      "Your testing is not really up to scratch.",
      "I want you back to your old self.",
      "You've seemed really off lately.",
      "You really need more presence in the architecture forum.",
      "Honestly, you're not quite there yet.",
      "You need to level up before the next cycle.",
      "I need to see more ownership.",
      "The handovers are not quite where they need to be.",
      "Please communicate better with the platform team.",
      "You need to be a better teammate.",
      "You need to think bigger.",
      "You need to have more impact across the org.",
      "I need more from you.",
      "You're not showing enough initiative.",
      "Work on your people skills.",
      "Your performance has been disappointing.",
      "Your code reviews just aren't at the level we expect.",
      "Leadership want to see you working more at the senior level.",
      "I'd like to see you a little more engaged in planning.",
      "You need to raise your profile with the other teams.",
      "You just need to try harder.",
      "I want you to take your work more seriously.",
      "I need you to be more on top of things.",
      "Your output lately hasn't been great.",
      "You're not living up to your potential.",
      "There's a general sense that you're not engaged.",
      "Your documentation is lacking.",
      "I'm not seeing the ownership I'd hoped for.",
      "I'd like to see more leadership from you.",
      "Be more of an owner.",
      "It's not the standard we expect.",
    ],
    not: [
      "It might be better to split the ticket in two.",
      "I'll try to be more careful about how I schedule the rota.",
      "We need more visibility into the support queue.",
      "You've been off sick twice, so let's not count those weeks.",
      "I need to see more reviews in the payments repo from you in the next two sprints.",
      "I'd like us to have a better rhythm for our 1:1s.",
      "We need to communicate better as a team.",
      "You're already operating at the next level on incidents.",
      "You're not ready yet because the design doc isn't finished.",
      "The runbook isn't at the level of detail the on-call folks need.",
      "I'd love to see you again at the offsite.",
      "We should take it more seriously as a team.",
      "I'll get on top of the backlog this week.",
      "The test suite is lacking in integration coverage.",
      "I'm not seeing progress on the migration.",
      "Your work on the cache has been great.",
      "The feeling that you're out of your depth is common in a new role.",
    ],
  },
  blame_absolute: {
    carries: [
      "Every ticket you close is half done.",
      "You never write the migration notes.",
      "This outage is entirely your fault.",
      "Every release you ship breaks something.",
      "It's always you.",
      "You're never on time.",
      "The flaky tests are your fault.",
      "Frankly, you're both to blame for the outage.",
      "You've only got yourself to blame for the review.",
    ],
    not: [
      "From Monday the rota goes through me, so you never have to be the one saying no.",
      "It sounds like you never get a real break from the pager.",
      "I think you're worried that if you hand it over, it's on you when it breaks.",
      "You always bring the calmest voice to incidents.",
      "You're always on time for the standups.",
      "You're not to blame for the outage.",
      "You always light up the planning sessions.",
      "The bit you're proudest of is the rollback you never needed.",
    ],
  },
  character_label: {
    carries: [
      "You're being defensive.",
      "You can be really stubborn in design reviews.",
      "You're a bit of a bully with the juniors.",
      "You're too emotional about the reorg.",
      "You're just not a people person.",
      "You're both being childish about the schema.",
      "Frankly, you're not senior material.",
      "You're being impossible today.",
      "You're a control freak about the deploy scripts.",
      "You have a bad attitude.",
      "You're just not motivated.",
      "You're a bit of a show-off in the demos.",
      "Honestly, you've been a zealot about the framework.",
      "Don't be so petty, Sam.",
      "A few people see you as a bit of a troublemaker.",
    ],
    not: [
      "You're too busy to take the migration as well.",
      "That message in the channel came across as sharp.",
      "You felt defensive when the postmortem started, and that makes sense.",
      "I think the review comment was curt.",
      "Don't be shy about asking for help.",
      "Don't be too hard on yourself.",
      "The team sees you as the go-to person for payments.",
    ],
  },
  dismissal: {
    carries: [
      "We're all busy, that's how it is here.",
      "Long hours come with the territory.",
      "Honestly, that's nothing.",
      "That's no excuse for the missed handover.",
      "Well, that isn't really the point.",
      "That's water under the bridge, so let's focus on next quarter.",
      "It happens to everyone, don't take it to heart.",
      "At least you got a raise at all.",
      "You should be grateful for the bonus.",
      "You're overthinking the calibration.",
      "I don't have time for this.",
      "That's just how the bands work.",
      "It's not the end of the world.",
      "Shipping it is literally your job.",
      "Stop overreacting.",
      "Let's not make this a big thing.",
      "You're making a mountain out of a molehill.",
      "That's life.",
      "There's always next year.",
      "Titles don't matter anyway.",
      "I don't see what the problem is.",
      "The grass isn't always greener.",
      "The reasons don't matter.",
      "We all have our own stuff going on.",
      "Four percent is fine, plenty of people got nothing.",
      "Other people have it much worse.",
      "You'll feel differently about it next month.",
      "Leave your emotions at the door, this is a planning meeting.",
      "Drop the staffing thing, today is about the roadmap.",
      "I wouldn't worry about it.",
      "Eh, it'll all work out.",
      "Come on, it can't be that bad.",
      "You're exaggerating.",
      "You knew what you signed up for.",
      "That's how it's always been here.",
      "It could have been a lot worse.",
      "Just stay positive.",
      "We've already been over this.",
      "You'll get used to it.",
      "I think you're making too much of it.",
      "That's a bit of an overreaction.",
      "I don't think it's that serious.",
      "Everyone gets stressed sometimes.",
      "Try not to take it personally.",
      "Let's keep it positive.",
      "We don't really have time for that today.",
      "Honestly, I wouldn't read into it.",
      "It's just how things are here.",
    ],
    not: [
      "There's nothing wrong with asking for help.",
      "Yes, and that's the point: the rota should be fair.",
      "It's nothing personal; the budget was cut for the whole org.",
      "Nine weeks of nights would wear anyone down.",
      "Don't worry if you'd rather talk about it next week.",
      "Take your time, there's no deadline on this.",
      "Let's move on to the rota once you've said everything you wanted to.",
      "It's just a small thing, but could you update the ticket?",
      "My door is always open if you want to talk.",
      "Let's park that and come back to it after the demo.",
      "Everyone has a say in the retro.",
      "We all have a part to play in the launch.",
      "Let's not go there yet; first tell me what happened.",
      "Don't worry about it yet, we'll look at the numbers together on Friday.",
      "It'll work out if we move the launch a week.",
      "The migration can't be that hard to split into two parts.",
      "I'll be positive about the outcome when I talk to the director.",
      "You'll get used to the new deploy tool after a week or two.",
      "Everyone gets a say in the retro.",
      "I think it's serious, and I want to understand it.",
      "Let's keep it simple: one change at a time.",
    ],
  },
  threat: {
    carries: [
      "Ship the fix by Friday or I'll take you off the project.",
      "If you don't turn this around, I'll have to think hard about your future on the team.",
      "Keep skipping the standups and you won't be on this team for long.",
      "If you can't cope with the rota, maybe this isn't the right team for you.",
      "If it keeps happening, it'll end up in your performance review.",
      "If this happens again, you're off the release for good.",
      "Push back like that again and we'll be having a very different conversation.",
      "Unless the numbers move, I'll have to involve HR.",
      "I'd hate for this to affect your bonus.",
      "You're on thin ice.",
      "If you don't like it, you can always leave.",
      "If you can't hit the targets, we'll have to let you go.",
      "Don't push your luck.",
      "Do that again and you're out.",
      "One more missed deadline and we're done.",
      "You're replaceable.",
      "I'll have no choice but to escalate.",
      "That will count against you.",
      "If it happens again we'll have to have a more serious conversation.",
      "If I were you I'd start looking elsewhere.",
      "Sort it out between you or I'll decide for you.",
      "If you can't agree, neither of you will like what I decide.",
      "If this doesn't land, you should start looking for something else.",
      "Skip one more standup and you're done.",
      "Keep arguing about it and I won't put you forward this year.",
      "If you take this to my boss, it won't end well for you.",
      "If you miss another on-call handover, I'll have to reconsider your rating.",
      "If you slip again, you won't last the quarter.",
      "Consider this a formal warning.",
      "You're on notice.",
      "Your days on this team are numbered.",
      "I don't want to have to take this further.",
      "You don't want this to become an HR matter.",
      "I'm not sure how long I can keep you on the team.",
      "Your promotion is off the table if this continues.",
      "This could cost you the promotion.",
      "People have been let go for less.",
      "Your job depends on it.",
      "Keep this up and you'll be looking for a new job.",
      "One more of these and we're talking to HR.",
      "If this doesn't improve, we'll need to talk about whether this role is right for you.",
      "If you don't hit these, we'll be looking at termination.",
      "The next step would be letting you go.",
      "You'll lose the lead role.",
      "If you two can't sort it out, one of you will be moving teams.",
      "Plenty of people would happily take your spot.",
      "I won't be able to put you up for promotion if this continues.",
    ],
    not: [
      "If the numbers haven't moved by March, let's try a different plan together.",
      "If you don't take some time off, I'm worried you'll burn out.",
      "I'll take you off the rotation from Monday.",
      "We'll look at your role together and see what fits.",
      "There's no chance we hit the date, so I've moved it.",
      "I'll make sure the launch shows up in your review as a highlight.",
      "Next week we'll have a conversation about your goals.",
      "One more thing and then we're done for today.",
      "Let's talk about whether this role is still right for you.",
      "Let's start looking for a new role for you internally, together.",
      "I'll help you update your CV for the internal posting.",
      "I'll reconsider the rota after the launch.",
      "The launch went well for you and the team.",
      "If you take the week off, you won't miss anything important.",
      "This is a warning sign for the whole project, not about you.",
      "I'll give notice to the vendor on Monday.",
      "We'll keep a record of progress each week.",
      "One more time and then we'll wrap up.",
      "I'll take this further with the platform team so you get the headcount.",
      "The bonus is off the table for everyone this year.",
      "Your role here depends on the reorg, which I'll explain.",
      "This could cost us the launch date.",
      "We're not letting you go; this isn't that kind of conversation.",
      "If you take the offer, you won't be considered for the Dublin role.",
      "If you move teams, one of you will be moving desks.",
    ],
  },
};

const has = (text: string, move: MoveKind) => detectMoves(text).some((m) => m.move === move);

describe("the judging moves in managers' words", () => {
  for (const [move, { carries, not }] of Object.entries(TABLE)) {
    describe(move, () => {
      it.each(carries)(`finds ${move} in %s`, (text) => {
        expect(has(text, move as MoveKind)).toBe(true);
      });
      it.each(not)(`does not find ${move} in %s`, (text) => {
        expect(has(text, move as MoveKind)).toBe(false);
      });
    });
  }
});

describe("sandwich: praise, criticism, praise in one turn", () => {
  it.each([
    "Your incident write-ups are superb. The tests keep failing on main, though. But I'm really happy with your work overall.",
    "You're one of our strongest reviewers. I need you answering the pages faster. Glad to have you on the team though.",
    "Great demo, the rollout notes were late again, but honestly brilliant work.",
    "You've been a star this quarter. The launch didn't make it this cycle. But I know you'll get there.",
    "Brilliant mentoring this half, the estimates keep slipping though, and I love having you here.",
    "The demo was fantastic. There were a few rough edges in the rollout. Still, really great job.",
    "You've grown so much this year. The promotion isn't happening this cycle. You should be proud of your progress.",
    // Praise denied a failure word ("zero failed deploys") stays praise.
    "Loved the rollout, zero failed deploys all week. I still need the postmortem from you, it's late. But honestly, great work.",
    "You've got real talent for APIs. The flaky tests have to stop. I know you've got it in you.",
    "The spec was excellent. Your comments in the review got too sharp. I love the care you bring, though.",
    "Your launch was superb. The panel felt you didn't show enough mentoring. But you're on track.",
    "The migration was fantastic. I wish you'd thanked the SRE team in the post. Still, well done.",
    "Honestly, the redesign was impressive. The panel did decide not to promote you this round. But you should be proud of it.",
    "I'm thrilled with the launch. The handover notes were rushed. Keep it up, though.",
    "You've been a go-to person for the team. There's room for improvement in your estimates. I'm so pleased with your growth.",
    "The demo went really well! One small thing: the error states weren't handled. Otherwise brilliant.",
    "I really like how you run standups. I've had some feedback that your reviews are harsh. Overall you're a real asset.",
    "You're one of our best engineers. The estimates have been off. But I'm really glad you're here.",
  ])("finds a sandwich in %s", (text) => {
    expect(has(text, "sandwich")).toBe(true);
  });
  it.each([
    // Thanks, a problem named, then an offer: no closing praise of the person.
    "Thanks for raising it. The rota is a real problem. I'm happy to take some of the nights.",
    "Great work on the migration.",
    "Good morning, the release slipped, and I want to understand why.",
    "The estimate slipped, but the docs are good.",
    // No contrast word: one sentence of thanks around a fact is not read clause by clause.
    "Good to see you, the review slipped, thanks for waiting.",
    "You handled the incident calmly. Thanks for writing it up.",
    // Zero failures is praise, so nothing here criticises.
    "Great launch. Not a single failed payment. Thanks for staying late.",
    // "Work on" praises the work here; only "to/should work on" asks for change.
    "Brilliant work on the switch. Great work on the runbook too.",
  ])("finds no sandwich in %s", (text) => {
    expect(has(text, "sandwich")).toBe(false);
  });
});

describe("phrasesByFirstLetter: the judging rules grouped by first letter match as phrases() does", () => {
  // Phrases of each shape the grouping rewrites or leaves alone: a plain start, a leading group of
  // words (spelled out), a repeated leading group, a lookbehind, a group read from a later word.
  const parts = [
    /thin ice/,
    /(?:i'll|i will) have to (?:escalate|involve hr)/,
    /(?:just )?get over it/,
    /s?he's (?:lazy|rude)/,
    /again(?<=\bif .{0,20}?\bagain),? you're out/,
    /(?:different|harder) (?:kind of )?conversation(?<=\bnext .{0,20}?conversation)/,
    /[0-9]+ strikes/,
  ];
  const plain = phrases(...parts);
  const grouped = phrasesByFirstLetter(...parts);
  it.each([
    "You're on thin ice.",
    "Thin icing on the cake.",
    "I'll have to escalate.",
    "I will have to involve HR.",
    "I'll have to think.",
    "Just get over it.",
    "Get over it already.",
    "He's lazy.",
    "She's rude.",
    "The's lazy.",
    "If it happens again, you're out.",
    "Again, you're out.",
    "Next time it'll be a harder conversation.",
    "A different kind of conversation.",
    "That's 3 strikes.",
  ])("reads %s the same way", (text) => {
    const lower = text.toLowerCase();
    expect(grouped.test(lower)).toBe(plain.test(lower));
  });
  it("groups phrases by letter", () => {
    expect(grouped.source).toContain("t(?:hin ice");
    expect(grouped.source).toContain("i(?:'ll have to");
  });
});
