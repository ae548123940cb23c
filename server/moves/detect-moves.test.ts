import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { detectMoves, detectMovesOf } from "./detect-moves";
import { MOVE_KINDS, type MoveKind, type TranscriptTurn } from "./move.schema";
import { MOVE_INFO } from "./move-info";

const kinds = (text: string, previous?: readonly TranscriptTurn[]): MoveKind[] =>
  detectMoves(text, previous ? { previous } : undefined).map((m) => m.move);

/** [text, move that must be found] */
const MATCHES: Record<MoveKind, readonly string[]> = {
  open_question: [
    "What got in the way this week?",
    "How did the incident review go from your side?",
    "Okay, so what would a good on-call week look like for you?",
    "Tell me more about the migration.",
    "Walk me through what happened during the deploy",
    "why do you think the estimate slipped?",
    "I'm curious how the promotion packet is coming along.",
  ],
  closed_question: [
    "Did you send the report?",
    "Is the release still on track?",
    "Have you talked to Priya about the code review?",
    "Are you okay with taking the pager next week",
    "The demo is Thursday, right?",
  ],
  reflection: [
    "So you feel like the on-call rota lands on you every time.",
    "It sounds like the last sprint was exhausting.",
    "You're frustrated that nobody read your design doc.",
    "What I'm hearing is that the estimates felt imposed on you.",
    "So you want more say in what the team picks up?",
    "You don't want to be the only one who knows the billing service.",
  ],
  validation: [
    "That makes sense given how much was on your plate.",
    "It's completely understandable to feel drained after that incident.",
    "I can see why the reorg was unsettling.",
    "That sounds really hard.",
    "I'm sorry you had to deal with that page at 3 a.m.",
  ],
  specific_observation: [
    "In Tuesday's review you interrupted Sam twice.",
    "I noticed you joined standup late three times last week.",
    "Your PR #412 sat without tests for two days.",
    "In the last two sprints you missed the planning meeting.",
  ],
  impact_statement: [
    "That meant the team had to redo the rollout plan.",
    "As a result, the release slipped by a week.",
    "It delayed the billing launch for everyone downstream.",
    "When you skipped the handover, the on-call engineer had to guess.",
  ],
  perspective_ask: [
    "How do you see it?",
    "What's your take on the retro?",
    "I'd like to hear your side of this.",
    "What am I missing here?",
  ],
  support_offer: [
    "What do you need from me?",
    "How can I help with the backlog?",
    "I can take the vendor meeting off your plate.",
    "Is there anything I can do to make on-call lighter?",
  ],
  solution_collab: [
    "What could we try next sprint?",
    "Let's figure out together how to split the migration.",
    "How might we make the handover smoother?",
    "What options do we have for the launch date?",
  ],
  next_step: [
    "You'll send the revised estimate by Friday.",
    "I'll talk to the platform team before Wednesday.",
    "Let's ship the fix by end of day tomorrow.",
    "Next step is the design doc, due on the 14th.",
  ],
  follow_up: [
    "Let's check in on this at our next 1:1.",
    "I'll follow up with you next week about the rota.",
    "Can we schedule a check-in in two weeks?",
    "We'll revisit the promotion plan after calibration.",
  ],
  permission_ask: [
    "Can I share a thought about the rollout?",
    "Would it be okay if I gave you some feedback on the demo?",
    "Do you mind if I offer a suggestion?",
    "Are you open to some feedback?",
  ],
  advice: [
    "You should pair with someone on the flaky tests.",
    "Try blocking two hours a day for deep work.",
    "I'd suggest writing the postmortem first.",
    "Have you considered splitting the ticket?",
    "Maybe you could ask the platform team for a review.",
    "Make sure you loop in security before launch.",
  ],
  information: [
    "The promotion criteria are on the career ladder page.",
    "The release is scheduled for next Thursday.",
    "Most teams rotate on-call every week.",
    "According to the incident policy, the postmortem is due within five days.",
  ],
  self_disclosure: [
    "I've been there myself when I was a new lead.",
    "When I was starting out I missed a launch date too.",
    "In my last team we had the same on-call problem.",
    "I used to dread code reviews.",
  ],
  summary: [
    "Let me summarize what we covered.",
    "To recap: the rota, the estimates and the promo packet.",
    "So far you've mentioned three things that get in the way.",
  ],
  appreciation: [
    "Thanks for jumping on the incident last night.",
    "Great job on the migration.",
    "I really appreciate how you handled the customer escalation.",
    "Well done on the launch.",
  ],
  vague_feedback: [
    "Your attitude needs to change.",
    "You need to step up.",
    "I need you to be more proactive.",
    "You have to take more ownership.",
    "Some people feel you're hard to work with.",
  ],
  blame_absolute: [
    "You always miss deadlines.",
    "You never update the tickets.",
    "It's your fault the release slipped.",
    "Every time you're on call something breaks.",
  ],
  character_label: [
    "You're lazy.",
    "You're not a team player.",
    "Honestly, you're so careless with reviews.",
    "You come across as arrogant.",
  ],
  dismissal: [
    "That's not the point.",
    "Just get over it.",
    "You're overreacting about the reorg.",
    "Stop making excuses.",
  ],
  threat: [
    "Fix it, or there will be consequences.",
    "Your job is on the line here.",
    "If this happens again, I'll have to go to HR.",
    "This is your final warning.",
  ],
  sandwich: [
    "Great job on the demo. But the tests were sloppy. Thanks for all the effort though!",
    "I really appreciate your energy. You missed two deadlines this sprint. Still, great work overall.",
  ],
};

/** [text, move that must NOT be found]: engineering-manager language that looks close. */
const NON_MATCHES: readonly (readonly [string, MoveKind])[] = [
  ["We shipped the fix before the incident review.", "open_question"],
  ["What a sprint that was.", "open_question"],
  ["How about we move standup to 10?", "open_question"],
  ["Do it by Friday.", "closed_question"],
  ["The build is green.", "closed_question"],
  ["I think we should cut scope for the launch.", "reflection"],
  ["Please update the runbook.", "reflection"],
  ["The on-call rota changes next month.", "reflection"],
  ["You missed the deadline on Tuesday.", "vague_feedback"],
  ["You always bring great energy to the retro.", "blame_absolute"],
  ["The tests are never run on the release branch.", "blame_absolute"],
  ["The billing service is a mess.", "character_label"],
  ["You're not alone in finding the migration hard.", "character_label"],
  ["Let's move on to the promotion packet.", "dismissal"],
  ["It doesn't look like the incident affected customers.", "threat"],
  ["Let's talk about the consequences-free retro format.", "next_step"],
  ["Your code review comments were thorough.", "vague_feedback"],
  ["Thanks for coming in today.", "sandwich"],
  ["Great demo. The tests were thin.", "sandwich"],
  ["Your work has been great lately.", "specific_observation"],
  ["What do you need from me?", "advice"],
  ["We had a sev-2 on the weekend.", "self_disclosure"],
  ["Can you tell me more about the outage?", "permission_ask"],
  ["Did the deploy go out?", "reflection"],
  ["I'll look into it.", "next_step"],
  ["You did the on-call handover.", "specific_observation"],
  ["The promo committee meets next week.", "follow_up"],
  // Comfort said as an imperative reassures; it proposes no step.
  ["Don't beat yourself up over the outage.", "advice"],
  ["Don't let the review comments get to you.", "advice"],
  ["Be kind to yourself this week.", "advice"],
  // The consequences of something are a topic, not a threat.
  ["What were the consequences of the outage for the team?", "threat"],
  ["It makes no difference to the release date.", "dismissal"],
  ["Come back to me if you'd like more ideas for the offsite.", "reflection"],
  ["What do you want from the next sprint?", "reflection"],
  ["The excuse field in the form is optional.", "dismissal"],
  // A judgement about the listener says nothing back about them.
  ["You always seem so careless with the handover.", "reflection"],
  // "What you're confident in" names a thing in a plan, not how they feel.
  [
    "So let's agree: you commit only to what you're confident in, and flag blockers the day they appear.",
    "reflection",
  ],
  ["Pick the tickets you're comfortable with.", "reflection"],
  // A habit since a date hands nothing over.
  ["Since the incident on 3 March, every ledger alert comes to me, rotation or not.", "next_step"],
  // A step put forward is no reflection, and a preface does not make a report a request.
  [
    "Here's a next step I'd propose: before Thursday's sprint planning, you and I split the rewrite into pieces that fit one sprint.",
    "reflection",
  ],
  ["Here's a proposal for the offsite agenda.", "next_step"],
  // Asking what would help is no advice; "if I hear you right" opens a paraphrase, not validation.
  ["What would help you here?", "advice"],
  ["What do you think would help you?", "advice"],
  ["So if I hear you right, the rewrite turned out much bigger than the estimates.", "validation"],
  ["I want the three sprints that carried over on the agenda.", "specific_observation"],
];

const MORE_MATCHES: readonly (readonly [string, MoveKind])[] = [
  [
    "Here's a next step I'd propose: before Thursday's sprint planning, you and I split the rewrite into pieces that fit one sprint, and you flag any carry-over risk to me by the Wednesday of each sprint.",
    "next_step",
  ],
  ["You flag any carry-over risk to me by the Wednesday of each sprint.", "next_step"],
  ["A walk would help you clear your head.", "advice"],
  ["I hear you, it's been a rough month.", "validation"],
  [
    "I want to talk about something specific: work has carried over in three of the last four sprints, including 21 story points from Sprint 42.",
    "specific_observation",
  ],
  ["So you're confident in the estimates, just not in the dates.", "reflection"],
  ["Don't beat yourself up over the outage.", "validation"],
  ["Be kind to yourself this week.", "validation"],
  ["Fix it, or you'll face the consequences.", "threat"],
  // Indirect questions need no question mark.
  ["So I guess I'm wondering if you've thought about the handover.", "closed_question"],
  ["What I'm really interested in is how the rota gets decided.", "open_question"],
  ["Maybe you could tell me how the incident started.", "open_question"],
  ["Tell us about the migration.", "open_question"],
  // A practice recommended as sensible, a resource named as good, a step and what it does.
  ["It's always best to write the rollback steps down first.", "advice"],
  ["Its smart to ask the platform team early.", "advice"],
  ["The staff-engineer guide is a great resource for this.", "advice"],
  ["The internal wiki has a great template for postmortems.", "advice"],
  ["That's what I'd do in your place.", "advice"],
  ["After the reorg you could seek a mentor in the platform group.", "advice"],
  ["Could you plan the cutover with the design team?", "advice"],
  ["A shared on-call calendar takes the guesswork out, and that'll help.", "advice"],
  ["The rotation doc is great for onboarding new people.", "advice"],
  ["The best thing to do now would be to hand over the pager.", "advice"],
  ["The best way to prepare for calibration is to collect your design docs.", "advice"],
  ["It won't hurt to ask the platform team.", "advice"],
  ["A habit we found useful is writing the agenda the night before.", "advice"],
  ["It helps you spot the flaky tests before the release.", "advice"],
  ["I would be direct with him about the deadline.", "advice"],
  ["This could be a chance to lead the migration.", "advice"],
  ["Honestly, you need a proper break after this launch.", "advice"],
  ["What works for me is a short walk before the review.", "advice"],
  ["I used one technique that helped: I wrote the agenda the night before.", "advice"],
  ["It might be time to hand the pager to someone else.", "advice"],
  ["It is definitely good to ask for help early.", "advice"],
  ["The best thing for you to do, is to take the week off.", "advice"],
  ["Perhaps the staff track is the right path for you.", "advice"],
  ["No need to rewrite the whole design doc.", "advice"],
  ["You really do need to hand over the pager.", "advice"],
  ["Can you just try the new template once?", "advice"],
  // An imperative after an opening word: "definitely", "first", "but", "or".
  ["Definitely block Thursday morning for the review.", "advice"],
  ["First, create a short checklist for the handover.", "advice"],
  ["Change the alert threshold before the next release.", "advice"],
  ["Show the team the latency dashboard first.", "advice"],
  ["But take Friday off after the release.", "advice"],
  ["Or hand the pager to Sam for a week.", "advice"],
  // The listener's own view said back keeps its reflection and is no advice (see NON_MATCHES).
  ["You feel you have to cover every on-call shift yourself.", "reflection"],
  // Lecturing with an adverb between "you" and "need to", or after "my guess is".
  ["Honestly, the estimate is yours, so you just need to own it.", "advice"],
  ["The way I see it is you need to hand over the pager for a month.", "advice"],
  ["The next step is to write the design doc.", "advice"],
  // Waving the listener's account away.
  ["Honestly, that sounds like excuses.", "dismissal"],
  ["Those are just excuses.", "dismissal"],
  ["Honestly, this makes no sense.", "dismissal"],
  ["Stop being so defensive about the review.", "dismissal"],
  // A wh-question after a dash, or with its wh-phrase after a preposition or at the end.
  ["One more thing - what would you change about the rota?", "open_question"],
  ["In what way did the review feel unfair?", "open_question"],
  ["The rollout went badly in what way?", "open_question"],
];

/** Close to the rules above, but not advice: comfort, a wish, a report of the listener's view. */
const NOT_ADVICE: readonly string[] = [
  "It's good to hear the migration went well.",
  "It's good to see you back after the leave.",
  "You should be proud of the launch.",
  "I don't think you should feel guilty about taking the day off.",
  "Why don't you want to take the promotion?",
  "It can be hard to try to ship and mentor at the same time.",
  "You feel you have to cover every on-call shift yourself.",
  "Do you think you have to answer every page yourself?",
  "The migration is perhaps taking longer than planned.",
  "Maybe something else is going on with the team.",
  "Is there anything that helps you feel calmer after an incident?",
  "Research shows rotas of four work best.",
  "Email is the fastest way to reach the vendor.",
  "The new dashboard is a great improvement.",
  "Change is hard for any team.",
  "The next step in the pipeline is slow.",
  "No need to apologise for the late reply.",
  "That is the right call.",
  "It was a chance to meet the new team.",
  "There will be time to discuss it on Friday.",
  // Handing over the floor is no suggestion.
  "Sam, could you start: how did the review go from your side?",
  "So you need some help with the forms?",
  "You need a badge to get into the lab.",
  "Enjoy!",
  "Stay optimistic.",
  "So you actually have to present the slides yourself, do you?",
];

describe("detectMoves", () => {
  for (const kind of MOVE_KINDS) {
    it.each(MATCHES[kind].map((t) => [t]))(`finds ${kind} in %s`, (text) => {
      expect(kinds(text)).toContain(kind);
    });
  }

  it.each(NON_MATCHES)("does not read %s as %s", (text, kind) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it.each(MORE_MATCHES)("reads %s as %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each(NOT_ADVICE.map((t) => [t]))("does not read %s as advice", (text) => {
    expect(kinds(text)).not.toContain("advice");
  });

  it.each([
    "In which case, we'll move the demo to Friday.",
    "For what it's worth, the demo went well.",
  ])("reads no question into a statement that opens with a prepositional wh-word: %s", (text) => {
    expect(kinds(text).filter((k) => k.endsWith("_question"))).toEqual([]);
  });

  it.each([
    ["Anything else on your mind?", "open_question"],
    ["Can you give me an example from the last sprint?", "open_question"],
    ["How about the retro?", "open_question"],
    ["How many pages did you get this week?", "closed_question"],
    ["How long has the migration been blocked?", "closed_question"],
    ["Is the rollback done, or not?", "closed_question"],
  ])("reads %s as %s", (text, kind) => {
    const found = kinds(text);
    expect(found).toContain(kind);
    const other = kind === "open_question" ? "closed_question" : "open_question";
    expect(found).not.toContain(other);
  });

  it.each([
    "It sounds like the rota feels unfair, is that right?",
    "So the estimates were set before you saw the tickets?",
    "So you'd rather keep the pager than hand it over, right?",
    // A reflection framed as a check is still a reflection, not a wh- or yes/no question.
    "So what you're saying is the estimates were set without you?",
    "What I'm picking up is that the reorg caught you off guard?",
    "So am I hearing that the rota is tricky for you?",
  ])("reads a reflection said as a question as a reflection: %s", (text) => {
    const found = kinds(text);
    expect(found).toContain("reflection");
    expect(found).not.toContain("closed_question");
  });

  it("treats a check after a reflection as part of it, and alone as a question", () => {
    expect(
      kinds("It sounds like the on-call load is wearing you down. Did I get that right?"),
    ).toEqual(["reflection"]);
    expect(kinds("Did I get that right?")).toEqual(["closed_question"]);
  });

  it("keeps an encourager like 'Yeah?' out of the question count", () => {
    expect(kinds("Yeah?")).toEqual([]);
    expect(kinds("Okay?")).toEqual([]);
  });

  it("keeps a request to repeat ('Sorry?') out of the question count", () => {
    expect(kinds("Sorry?")).toEqual([]);
    expect(kinds("Pardon?")).toEqual([]);
    expect(kinds("Sorry, come again?")).toEqual([]);
    expect(kinds("Sorry, what happened then?")).toEqual(["open_question"]);
  });

  it("does not count a quoted question as asking the listener", () => {
    const questions = (text: string) => kinds(text).filter((k) => k.endsWith("_question"));
    expect(questions('The client keeps asking, "why is it taking so long?"')).toEqual([]);
    expect(
      questions("Priya told me, \u201cwho even reads the runbook?\u201d Then she left."),
    ).toEqual([]);
    // A quotation that opened sentences earlier still reports.
    expect(questions('You said, "I tried. Why bother?" and closed the laptop.')).toEqual([]);
    // The question is the speaker's own when the sentence around the quotation asks it.
    expect(questions('What would make you say, "this team is not for me?"')).toEqual([
      "open_question",
    ]);
    // A turn that is wholly a quotation keeps its question; a plain one is unaffected.
    expect(questions('"Why is it taking so long?"')).toEqual(["open_question"]);
    expect(questions("Why is it taking so long?")).toEqual(["open_question"]);
  });

  it.each([
    ["Have you tried pairing with Sam on the flaky tests?", true],
    ["Could you ask the platform team for a review slot?", true],
    ["Is there anyone on the team you could talk to about the rota?", true],
    ["What have you tried so far with the flaky tests?", false],
    ["Did you try the new deploy script?", false],
    ["A team where you have to be on call every weekend is hard to staff.", false],
  ])("a question-shaped suggestion is advice: %s → %s", (text, isAdvice) => {
    expect(kinds(text).includes("advice")).toBe(isAdvice);
  });

  it.each([
    ["Pairing on it can help you ship the migration sooner.", true],
    ["You could try to split the rota with Sam.", true],
    ["Try pairing with Sam on the flaky tests.", true],
    ["Is there anything else I can help you with?", false],
    ["I'm glad I could help you with the rollout.", false],
    ["I try to block my mornings for deep work.", false],
    ["We'll try to ship it before the freeze.", false],
  ])("advice is said to the listener, not about the speaker: %s → %s", (text, isAdvice) => {
    expect(kinds(text).includes("advice")).toBe(isAdvice);
  });

  it.each([
    ["So about how many pages did you get last week?", "closed_question"],
    ["So, all the changes you made, where-where did the handover stall?", "open_question"],
    ["If the rota changed, and, what-what would help most?", "open_question"],
    ["Roughly how long has the build been red?", "closed_question"],
  ])("reads a spoken question with a hedge or a repeated wh-word: %s → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ["You said the handover doc was out of date?", "closed_question", "reflection"],
    ["So you wrote in the survey that on-call weeks feel unfair?", "closed_question", "reflection"],
    ["So you'd rather keep the pager than hand it over?", "reflection", "closed_question"],
    ["You've said the rota feels unfair.", "reflection", "closed_question"],
  ])(
    "a question citing what the listener reported asks to confirm it: %s → %s",
    (text, kind, not) => {
      const found = kinds(text);
      expect(found).toContain(kind);
      expect(found).not.toContain(not);
    },
  );

  it.each([
    ["What other kind of work do you do on the platform team", "open_question"],
    ["Which part of the review did you find hardest", "open_question"],
    ["How many tickets are you carrying this sprint", "closed_question"],
    ["What the team shipped this quarter is impressive.", undefined],
    ["When the build is red we stop merging.", undefined],
    ["When I was there the pager never stopped.", undefined],
  ])("reads a wh-question without a question mark: %s → %s", (text, kind) => {
    const found = kinds(text);
    if (kind) expect(found).toContain(kind);
    else expect(found.filter((k) => k.endsWith("_question"))).toEqual([]);
  });

  it.each([
    ["What number would you give your confidence, one to ten?", "closed_question"],
    ["Which day works for the handover?", "closed_question"],
    ["And if we moved the retro, which one would you drop?", "closed_question"],
    ["What would make the handover easier?", "open_question"],
    ["Which parts of the review felt unfair?", "open_question"],
  ])("a wh-question whose answer fills one slot is closed: %s → %s", (text, kind) => {
    const found = kinds(text);
    expect(found).toContain(kind);
    expect(found).not.toContain(kind === "open_question" ? "closed_question" : "open_question");
  });

  it.each([
    "So the rollout is what you'd rather lead, I think?",
    "That's what the team wants from the retro?",
    // A wh-word before its subject opens an embedded clause, not a question.
    "So after the reorg, what the team did was split the rota?",
    "We could meet on Friday, and you update me on the rollout and what it was like?",
  ])("reads no wh-question into a statement with a question mark: %s", (text) => {
    expect(kinds(text)).not.toContain("open_question");
  });

  it.each([
    // A quantity asked after a lead-in is still a number (MITI: closed).
    ["On a normal week, how many pages do you get?", "closed_question"],
    ["And on the last release, roughly how long did the rollback take?", "closed_question"],
    ["So after the reorg, how did the team take it?", "open_question"],
    // A wh-question after a broken-off start is what is asked.
    ["Is it-- why'd the deploy fail?", "open_question"],
    ["Was it-- who'd signed off on the rollout?", "open_question"],
    // A wh-word with its inversion asks, wherever it stands.
    ["I'm trying to picture what do you think the team would say?", "open_question"],
    // A wh-question after a quotation is still a wh-question.
    ['If Sam says, "just roll it back," what would you do?', "open_question"],
    // A wh-word that is the subject of the clause asks, as at the start of a sentence.
    ["The release went out late, but what made you stay on?", "open_question"],
    ["So, um, what brings you to the retro today?", "open_question"],
    ["There, um, what happened after the rollback?", "open_question"],
  ])("reads the question after a lead-in: %s → %s", (text, kind) => {
    const found = kinds(text);
    expect(found).toContain(kind);
    expect(found).not.toContain(kind === "open_question" ? "closed_question" : "open_question");
  });

  it.each([
    // A yes/no or conditional frame that has the listener tell, share or walk through: open.
    ["Would you mind filling me in on how the launch went?", "open_question"],
    ["I'm wondering if you can tell me a little about how the outage started?", "open_question"],
    ["How about if you share with me what worked in the last sprint?", "open_question"],
    ["Why don't we start by having you walk me through the rollout?", "open_question"],
    ["I'm wondering if you could tell me a bit about the migration", "open_question"],
    ["So maybe just start off with sharing a bit about the new team?", "open_question"],
    ["Would you like to tell me what happened at the retro?", "open_question"],
    ["Would you like to take the lead on the migration?", "closed_question"],
    // …but asking them to tell a yes or no, or the speaker offering to share, stays closed.
    ["Can you tell me if the rollback finished?", "closed_question"],
    ["Could you tell me whether Priya signed off?", "closed_question"],
    ["Are you telling me the rota was never agreed?", "closed_question"],
    ["Can I share some feedback from the review with you?", "closed_question"],
    ["Would you be willing to talk to Priya about it?", "closed_question"],
    ["Did you tell me about the outage last week?", "closed_question"],
    ["Did you describe the bug in the ticket?", "closed_question"],
    ["Is Priya sharing more about the reorg on Friday?", "closed_question"],
    // A yes/no frame around the listener's idea of a wh-question asks that question.
    ["Do you have any idea why the deploy keeps failing?", "open_question"],
    ["Have you given any thought to what you'd change about the rota?", "open_question"],
    ["Do you have a plan as to where you want to take the role?", "open_question"],
    ["Have you given any thought to other ways we could split the rota?", "open_question"],
    // …unless what it asks is itself closed, or it checks what they know.
    ["Do you have any idea how long the migration will take?", "closed_question"],
    ["Have you given any thought to whether you want the lead role?", "closed_question"],
    ["Do you know where the runbook lives?", "closed_question"],
    ["I had an idea about how to split the rota, do you want to hear it?", "closed_question"],
    ["Do you have any ideas?", "open_question"],
    // A name is the whole answer.
    ["What's your new manager's name?", "closed_question"],
    ["What was the name of the tool you used?", "closed_question"],
    ["What would you name the new service?", "open_question"],
  ])("reads what an indirect question asks for: %s → %s", (text, kind) => {
    const found = kinds(text);
    expect(found).toContain(kind);
    expect(found).not.toContain(kind === "open_question" ? "closed_question" : "open_question");
  });

  it.each([
    // "&" typed for "and" opens a later clause as "and" does: the question after it asks.
    ["Good to hear the demo went well & what made it click for the client?", "open_question"],
    ["Thanks for the notes & how did the client take the delay?", "open_question"],
    ["You covered the pager all week & did anyone offer to swap?", "closed_question"],
    // Without a question mark, or inside a name, it asks nothing.
    ["Sam & what's-his-name sorted the release out.", null],
    ["The Q&A after the demo ran long?", "closed_question"],
  ])("an ampersand before a later clause: %s → %s", (text, kind) => {
    const found = kinds(text).filter((k) => k.endsWith("_question"));
    expect(found).toEqual(kind === null ? [] : [kind]);
  });

  it.each([
    // The speaker's own hedged guess, said with a question mark, asks nothing.
    ["Maybe the deadline was just too tight?", false],
    ["Perhaps he'll come round after the retro?", false],
    ["Okay, maybe if you give it a week the rota will settle?", false],
    ["I'm guessing the review moved to March?", false],
    // A question or a request after the hedge still asks; so does a candidate answer.
    ["Maybe you could tell me more about the outage?", true],
    ["Perhaps, if you're comfortable with it, I could share what I saw in the review?", true],
    ["Maybe, is the pager the problem?", true],
    ["Maybe running, or a walk at lunch?", true],
    ["Maybe?", true],
    ["The deadline was too tight?", true],
  ])("a hedged guess with a question mark: %s → question %s", (text, asks) => {
    expect(kinds(text).some((k) => k.endsWith("_question"))).toBe(asks);
  });

  it.each([
    // Candidate answers offered right after a wh-question make it a choice: closed.
    ["Where do you usually review the tickets? At your desk or in the standup?", "closed"],
    ["What should I put in the doc? Friday or the Monday after?", "closed"],
    ["How did the handover go? Was it rushed, or did Sam have time?", "closed"],
    // …and so does a question that fixes the answer to one slot.
    ["How ready are you to take the pager? What number would you give it?", "closed"],
    // A yes/no question with no alternatives leaves the wh-question open, and so does a
    // follow-up that asks for something else…
    ["How did the handover go? Did Sam have time?", "open"],
    ["What happened at the retro? How many people came?", "open"],
    // …and so do alternatives after a statement, or a wh-question further back.
    ["The handover was rushed. Was it Sam or Priya?", "closed only"],
    ["What worries you most? The rota is fixed. Is it the pager or the reviews?", "open"],
  ])("a wh-question followed by alternatives: %s → %s", (text, expected) => {
    const found = kinds(text).filter((k) => k.endsWith("_question"));
    if (expected === "open") expect(found).toContain("open_question");
    else expect(found).not.toContain("open_question");
    if (expected === "closed only") expect(found).toEqual(["closed_question"]);
  });

  it.each([
    ["A short walk at lunch helps me clear my head.", true],
    ["Writing it down helps you calm down before the review.", true],
    ["The new dashboard helps the team spot regressions.", false],
  ])("a practice named by what it does is a suggestion: %s → %s", (text, isAdvice) => {
    expect(kinds(text).includes("advice")).toBe(isAdvice);
  });

  it.each([
    ["It sounds like the reorg worries you.", true],
    ["You feel stuck on the migration.", true],
    ["You don't sound convinced by the new rota.", true],
    ["They don't seem to mind the new rota.", false],
    ["That sounds like a great plan.", false],
    ["It sounds like a good idea to pair on it.", false],
    ["I hope you feel better after the break.", false],
    ["If you feel ready, take the lead on the launch.", false],
    ["Shipping it will make you feel lighter.", false],
  ])("a reflection says back what the listener feels or means: %s → %s", (text, isReflection) => {
    expect(kinds(text).includes("reflection")).toBe(isReflection);
  });

  it.each([
    // Praise of the person or their efforts is an affirmation, also through "it sounds like".
    ["It sounds like you're a really thoughtful lead.", "validation", "reflection"],
    [
      "You sound like a capable engineer who just needs a clearer brief.",
      "validation",
      "reflection",
    ],
    ["It sounds like you're doing all you can with the rota.", "validation", "reflection"],
    ["Sounds like you've got a solid plan for the migration.", "validation", "reflection"],
    ["You're such a considerate reviewer.", "validation", "reflection"],
    // Saying back a feeling or a situation stays a reflection.
    ["It sounds like you're a bit stuck on the migration.", "reflection", "validation"],
    ["It sounds like you're a good way through the migration already.", "reflection", undefined],
    ["It sounds like you're doing the on-call work of two people.", "reflection", "validation"],
  ])("praise of the listener is no reflection: %s → %s", (text, kind, not) => {
    const found = kinds(text);
    expect(found).toContain(kind);
    if (not) expect(found).not.toContain(not);
  });

  it.each([
    // A wish for what will help advises nothing.
    ["I hope the new rota will help you get some sleep.", false],
    ["I hope this will help with the on-call load.", false],
    ["Pairing with Sam will help you ship the migration sooner.", true],
    // A purpose clause says why, it suggests no step; a "so" after a pause or opening a
    // sentence still can.
    ["I moved the review so you can finish the migration first.", false],
    ["Priya knows the billing code, so you could ask her for a review.", true],
    ["So you could ask Priya for a review.", true],
    // A forecast reassures; "you should be clearer" still advises.
    ["Honestly, you should be fine with the extra week.", false],
    ["You should be clearer about the scope in the design review.", true],
    // An outcome promised is encouragement; a person to go to is a suggestion.
    ["You can find something better suited to you.", false],
    ["You can become whoever you want to be on this team.", false],
    ["You can find someone on the platform team to pair with.", true],
  ])("a wish, a purpose or a forecast is no advice: %s → %s", (text, isAdvice) => {
    expect(kinds(text).includes("advice")).toBe(isAdvice);
  });

  it.each([
    ["Honestly, you should be fine with the extra week.", "validation"],
    ["You can find something better suited to you.", "validation"],
  ])("a reassuring forecast is an affirmation: %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ["So you feel the rota is unfair.", true],
    ["Yeah, so you'd rather keep the pager.", true],
    ["Okay so the handover left you guessing.", true],
    ["I moved the retro so you can rest after on-call.", false],
    ["Just so you know, the code freeze starts Friday.", false],
    // A summing-up "so" needs no "you": it gathers what the listener said.
    ["So, three pages in one night.", true],
    ["Okay, so mostly the weekend rotations then.", true],
    ["So basically the estimate was set before the team saw the spec.", true],
    ["So sorry to hear about the reorg.", false],
    ["So many of us were paged that night.", false],
    ["So now we need a date for the review.", false],
    ["So let's pick a date for the review.", false],
    ["So I think we should split the ticket.", false],
    ["So don't take it personally.", false],
    ["So next: Priya drafts the rota by Thursday.", false],
    ["So the next step is a draft from you by Friday.", false],
    ["So that we can ship on Friday.", false],
    // A topic opener or the speaker's plan for the talk is no say-back.
    ["So, about the promotion packet.", false],
    ["So, back to the incident review.", false],
    ["So today we're going to talk about your on-call load.", false],
    ["So, one more thing.", false],
  ])("a summing-up 'so' says back, a purpose 'so' does not: %s → %s", (text, isReflection) => {
    expect(kinds(text).includes("reflection")).toBe(isReflection);
  });

  it.each([
    // A condition, a choice offered or a wish says nothing back about the listener.
    ["If you need me, I'm around all week.", false],
    ["Come back to me if you want to go over the packet again.", false],
    ["Take whatever you think is fair from the backlog.", false],
    ["I'm glad you think so.", false],
    ["If you're willing, we can pair on the migration.", false],
    ["I hope you don't feel singled out by the rota.", false],
    // The same verbs said of the listener still reflect.
    ["You want more say in the roadmap.", true],
    ["You think the estimates were rushed.", true],
    ["You're not ready to take the pager yet.", true],
    ["So you don't feel heard in planning.", true],
    // "How you feel" as the thing told or shared is not a feeling said back.
    ["Thanks for telling me how you feel about the reorg.", false],
    ["Plenty of new leads feel the way you feel after a first layoff.", false],
    ["It may help Sam understand how you feel about the reviews.", false],
    ["I understand how you feel about the reorg.", true],
    ["I can see you feel sidelined in planning.", true],
    ["My guess is Sam felt the same way you feel now.", false],
    // Praise after "it's great that" or "it shows how much" is an affirmation.
    ["It's great that you care so much about the new hires.", false],
    ["It shows how much you care about the team.", false],
  ])("a condition, a wish or 'how you feel' as a topic is no reflection: %s → %s", (text, is) => {
    expect(kinds(text).includes("reflection")).toBe(is);
  });

  it.each([
    // Sympathy naming the listener's state says it back; a bare "sorry" or "sorry you have to go
    // through this" names nothing they said.
    ["I'm sorry you're stuck with the pager again this month.", "reflection", true],
    ["Sorry that your promotion case was pushed to next cycle.", "reflection", true],
    ["I'm sorry you were left out of the planning thread.", "reflection", true],
    ["I'm sorry to hear that.", "reflection", false],
    ["I'm sorry you have to go through this.", "reflection", false],
    ["I'm sorry you are having to deal with all that.", "reflection", false],
    ["Sorry for the late start, the previous meeting ran over.", "reflection", false],
    // "I know how you feel" claims to share the feeling: self-disclosure, not a reflection.
    ["I know how you feel.", "reflection", false],
    ["I know how you feel.", "self_disclosure", true],
    ["I know exactly what you mean about the on-call load.", "self_disclosure", true],
    ["I went through a reorg myself, so I know how you must be feeling.", "reflection", false],
    ["I know how you handled the outage.", "self_disclosure", false],
    ["You know how the rota works.", "self_disclosure", false],
    // Praise of effort said through "it sounds like" is an affirmation, not a reflection, unless
    // the sentence goes on to the difficulty ("…, but …").
    ["It sounds like you've been working really hard on the migration.", "reflection", false],
    ["It sounds like you've been working really hard on the migration.", "validation", true],
    ["Sounds like you put a lot of thought into the rollout plan.", "validation", true],
    ["It sounds to me like you are making real progress with the new hires.", "reflection", false],
    [
      "It sounds like you've been working hard, but the reviews still feel unfair.",
      "reflection",
      true,
    ],
    ["It sounds like you've been working late every night to cover the gap.", "reflection", true],
    ["I can tell you have a lot of patience with the new hires.", "reflection", false],
    ["I can tell you have a lot of patience with the new hires.", "validation", true],
    ["I can see that you have put the effort in on the migration.", "reflection", false],
    ["I can tell you're exhausted after the launch.", "reflection", true],
    ["I can see you've been working hard, but the reviews still sting.", "reflection", true],
  ])("sympathy, shared-feeling claims and praised effort: %s → %s %s", (text, kind, is) => {
    expect(kinds(text).includes(kind as MoveKind)).toBe(is);
  });

  it.each([
    ["I also am hearing that you don't want the pager back.", true],
    ["I'm picking up though that the reorg still stings.", true],
    ["The rota, the late pages, that's what I'm picking up.", true],
    ["I just hear you're tired of the late pages.", true],
    ["I just heard from Priya about the launch date.", false],
    ["I'm picking up the new hire from the lobby at ten.", false],
    ["I'm picking up some of the on-call work Sam owned.", false],
  ])("saying what one heard, with an adverb between: %s → %s", (text, is) => {
    expect(kinds(text).includes("reflection")).toBe(is);
  });

  it.each([
    // Comfort and vouching for a reassurance are not advice; a step said with them still is.
    ["Try not to worry, the reorg won't touch your team.", "advice", false],
    ["Try not to worry, the reorg won't touch your team.", "validation", true],
    ["Trust me, you made the right call with the rollback.", "advice", false],
    ["Believe me, nobody thinks less of you for that outage.", "advice", false],
    ["Take heart, one review is only one data point.", "advice", false],
    ["Take heart, one review is only one data point.", "validation", true],
    ["Hang in there, the migration is almost done.", "validation", true],
    ["My first lead didn't trust me with the pager for months.", "advice", false],
    ["Trust me, you need to escalate this to Priya today.", "advice", true],
    ["Try not to schedule the demo on a Friday.", "advice", true],
    ["Try to get the design doc out before the planning meeting.", "advice", true],
  ])("comfort and 'trust me' are not advice: %s → %s %s", (text, kind, is) => {
    expect(kinds(text).includes(kind as MoveKind)).toBe(is);
  });

  it.each([
    ["Pairing with Sam on the flaky tests might be worth a try.", true],
    ["It's worth asking Priya how the platform team handled it.", true],
    ["Was the extra week worth the effort?", false],
    ["Honestly, the launch wasn't worth the stress.", false],
  ])("a step called worth a try is advice: %s → %s", (text, is) => {
    expect(kinds(text).includes("advice")).toBe(is);
  });

  it.each([
    // A belief handed over ("know that …") informs; the step in a sentence is still advice.
    ["You need to know that the outage wasn't your fault.", "advice", false],
    ["You need to know that the outage wasn't your fault.", "information", true],
    ["It's important to remember that the reorg was decided above both of us.", "advice", false],
    ["Remember that the review is only one data point.", "advice", false],
    ["I just need you to know that the team noticed the extra hours.", "advice", false],
    ["Try and remember that nobody expects the migration to be perfect.", "advice", false],
    ["You need to tell Priya before Friday.", "advice", true],
    ["Remember to send the rota by Thursday.", "advice", true],
    ["You need to understand the impact on the on-call team.", "advice", true],
  ])("a belief handed over is information, not advice: %s → %s %s", (text, kind, is) => {
    expect(kinds(text).includes(kind as MoveKind)).toBe(is);
  });

  it.each([
    ["I know how you feel, I have often felt that way before a big launch.", true],
    ["Honestly, I have suffered from burnout myself.", true],
    ["You have often felt left out of planning.", false],
  ])("the speaker's own experience is self-disclosure: %s → %s", (text, is) => {
    expect(kinds(text).includes("self_disclosure")).toBe(is);
  });

  it.each([
    ["I'd like to hear how you see the split with the platform team.", true],
    ["Help me understand what you think went wrong.", true],
    ["I know how you feel about the reorg.", false],
    ["I understand what you think of the new process.", false],
  ])(
    "asking for the listener's view is a perspective ask, claiming to know it is not: %s → %s",
    (text, is) => {
      expect(kinds(text).includes("perspective_ask")).toBe(is);
    },
  );

  it.each([
    ["I'm wondering if you'd be open to pairing on the migration.", true],
    ["So I wonder whether we could move the review to Friday.", true],
    ["I wonder if, um, you've had time to read the spec.", true],
    ["I wonder if the deadline is part of why the retro felt tense?", true],
    ["I wonder if the deadline is part of why the retro felt tense.", false],
    ["I'm wondering whether that's why the handover keeps slipping.", false],
    ["And I guess I wonder if it's worth writing the runbook first.", false],
  ])(
    "without a mark, wondering aloud asks only when it asks about the listener or us: %s → %s",
    (text, is) => {
      expect(kinds(text).includes("closed_question")).toBe(is);
    },
  );

  it.each([
    ["Am I hearing that the estimates felt imposed on you.", "reflection"],
    ["So am I right in thinking you'd rather keep the pager", "reflection"],
    ["Am I late for the review", "closed_question"],
  ])("a reflection framed as a check needs no question mark: %s → %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    ["Let me ask whether Friday still works for the demo", ["closed_question"]],
    ["Let me ask you what made the estimate slip", ["open_question"]],
    ["Any idea why the build broke last night", ["open_question"]],
    ["Any idea why the build broke last night?", ["open_question"]],
    ["Any idea how long the migration will take", ["closed_question"]],
    ["How might we split the on-call rota", ["open_question"]],
    ["What should the agenda for Thursday be", ["open_question"]],
    ["Let me ask Priya about the rota.", []],
    ["Any ideas are welcome in the retro.", []],
    ["No idea why the build broke, honestly.", []],
  ])("a question asked through a frame or a modal needs no mark: %s → %s", (text, expected) => {
    expect(kinds(text).filter((k) => k.endsWith("_question"))).toEqual(expected);
  });

  it("finds a paraphrase of the employee's last turn that uses no reflection phrase", () => {
    const previous: TranscriptTurn[] = [
      { speaker: "manager", text: "How was the week?" },
      {
        speaker: "employee",
        text: "Honestly the pager went off every night and the rollout slipped.",
      },
    ];
    expect(kinds("The pager every night, and then the rollout slipping.", previous)).toContain(
      "reflection",
    );
    expect(kinds("The pager every night, and then the rollout slipping.")).not.toContain(
      "reflection",
    );
    expect(kinds("Let's review the quarterly roadmap.", previous)).not.toContain("reflection");
  });

  it("gives each move the span of the sentence that shows it", () => {
    const text = "Thanks for covering on-call. What got in the way on Friday?";
    expect(detectMoves(text)).toEqual([
      { move: "appreciation", start: 0, end: 28 },
      { move: "open_question", start: 29, end: 59 },
    ]);
  });

  it("spans a sandwich from the first praise to the closing praise", () => {
    const text = "Okay. Great job on the demo. But the tests were sloppy. Thanks for the effort!";
    const sandwich = detectMoves(text).find((m) => m.move === "sandwich");
    expect(sandwich).toEqual({ move: "sandwich", start: 6, end: text.length });
  });

  it("returns moves sorted by start, with valid spans, for every example", () => {
    for (const text of Object.values(MATCHES).flat()) {
      const moves = detectMoves(text);
      for (let i = 0; i < moves.length; i++) {
        const m = moves[i];
        expect(m && m.start < m.end && m.end <= text.length).toBe(true);
        if (i > 0) expect((moves[i - 1]?.start ?? 0) <= (m?.start ?? 0)).toBe(true);
      }
    }
  });

  it("is deterministic and keeps no state between calls", () => {
    const text = "So you feel stuck? Let's figure it out together by Friday.";
    expect(detectMoves(text)).toEqual(detectMoves(text));
    detectMoves("You always miss deadlines.");
    expect(detectMoves(text)).toEqual(detectMoves(text));
  });

  it("returns no moves for an empty turn", () => {
    expect(detectMoves("")).toEqual([]);
    expect(detectMoves("   \n ")).toEqual([]);
  });

  it("describes every move with a polarity", () => {
    for (const kind of MOVE_KINDS) {
      expect(MOVE_INFO[kind].description.length).toBeGreaterThan(10);
      expect(["positive", "neutral", "negative"]).toContain(MOVE_INFO[kind].polarity);
    }
  });
});

/** Every turn of the labelled sets in eval/manager-lines (manager and employee), with the turn before. */
function labelledTurns(): { text: string; previous?: TranscriptTurn[] }[] {
  const root = join(import.meta.dirname, "..", "..", "eval", "manager-lines");
  const out: { text: string; previous?: TranscriptTurn[] }[] = [];
  const read = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) read(path);
      if (!entry.name.endsWith(".yaml")) continue;
      for (const item of parse(readFileSync(path, "utf8")) as {
        text?: string;
        turns?: TranscriptTurn[];
      }[]) {
        if (item.text !== undefined) out.push({ text: item.text });
        item.turns?.forEach((turn, i) => {
          out.push({ text: turn.text, previous: item.turns?.slice(Math.max(0, i - 4), i) });
        });
      }
    }
  };
  read(root);
  return out;
}

describe("detectMovesOf", () => {
  const turns = [
    ...labelledTurns(),
    ...Object.values(MATCHES)
      .flat()
      .map((text): { text: string; previous?: TranscriptTurn[] } => ({ text })),
  ];
  const asks: MoveKind[][] = [
    ...MOVE_KINDS.map((kind) => [kind]),
    ["next_step", "follow_up"],
    ["advice", "reflection"],
  ];

  it("finds exactly the moves of those kinds that detectMoves finds", () => {
    expect(turns.length).toBeGreaterThan(3000);
    let found = 0;
    const wrong: string[] = [];
    for (const { text, previous } of turns) {
      const context = previous ? { previous } : undefined;
      const all = detectMoves(text, context);
      for (const ask of asks) {
        const expected = JSON.stringify(all.filter((m) => ask.includes(m.move)));
        const got = JSON.stringify(detectMovesOf(text, ask, context));
        if (got !== expected) wrong.push(`${ask.join(",")} in "${text}": ${got} != ${expected}`);
        found += expected.length > 2 ? 1 : 0;
      }
    }
    expect(wrong).toEqual([]);
    // The comparison covers turns that have these moves, not only empty lists.
    expect(found).toBeGreaterThan(2000);
  });

  it("finds an employee's own next step and follow-up", () => {
    expect(
      detectMovesOf("I'll send you the rotation draft by Friday.", ["next_step"]).map(
        (m) => m.move,
      ),
    ).toEqual(["next_step"]);
    expect(detectMovesOf("I don't know, I guess it's fine.", ["next_step", "follow_up"])).toEqual(
      [],
    );
  });
});
