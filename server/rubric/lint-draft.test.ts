import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type LintRule, loadContent } from "../content";
import { LintRuleSchema } from "../content/lint-rule.schema";
import { detectMoves } from "../moves";
import { lintRuleExampleIssues } from "./example-checks";
import { lintDraft } from "./index";
import { isPraiseOnly, maskQuotedStops, NONE_WENT_WRONG, suggestionFor } from "./lint-draft";

const ROOT = resolve(import.meta.dirname, "../..");
const loaded = await loadContent(ROOT);
const shipped: LintRule[] = [...loaded.content.lintRules.values()];

const rulesFired = (text: string): string[] => [
  ...new Set(lintDraft(text, shipped).flags.map((f) => f.rule)),
];

/** A rule written for these tests: a feedback draft should end with a question or a next step. */
const NO_ASK: LintRule = LintRuleSchema.parse({
  id: "no-ask",
  title: "No ask or next step",
  trigger: {
    moves: ["specific_observation", "vague_feedback", "impact_statement"],
    missing: ["open_question", "perspective_ask", "next_step", "solution_collab"],
  },
  explanation: "Feedback that asks nothing leaves the reader nowhere to go.",
  suggestion: 'End with a question: "What got in the way?"',
  examples: { flagged: ["a", "b"], clean: ["c", "d"] },
});
const ONLY_MISSING: LintRule = LintRuleSchema.parse({
  id: "no-question",
  title: "No question",
  trigger: { missing: ["open_question", "closed_question"] },
  explanation: "Nothing is asked.",
  suggestion: "Ask something.",
  examples: { flagged: ["a", "b"], clean: ["c", "d"] },
});

/** A rule for these tests: flags each "always" or "never", with a hint that quotes the word. */
const ABSOLUTE: LintRule = LintRuleSchema.parse({
  id: "absolute",
  title: "Absolute",
  trigger: { patterns: ["\\b(?:always|never)\\b"] },
  explanation: "Nobody always does anything.",
  suggestion: "Count instead.",
  hints: [
    { match: "^(always|never)$", text: "'{1}' → how many times: 'in [N] of the last [M] sprints'" },
  ],
  examples: { flagged: ["a", "b"], clean: ["c", "d"] },
});
const withTrigger = (rule: LintRule, extra: Partial<LintRule>): LintRule =>
  LintRuleSchema.parse({ ...rule, ...extra, trigger: { ...rule.trigger, ...extra.trigger } });

describe("lintDraft", () => {
  it.each([
    ["You always miss your sprint commitments.", "absolute-blame"],
    ["Honestly, you're so careless with reviews.", "character-label"],
    ["You need to be more proactive about the migration.", "vague-language"],
    ["@channel the last three deploys from Dana skipped the checklist.", "public-feedback"],
    ["Try blocking two hours a day for deep work.", "advice-without-asking"],
    ["In Tuesday's review you interrupted Wei twice.", "feedback-without-impact"],
  ])("flags %j with %s", (text, rule) => {
    expect(rulesFired(text)).toContain(rule);
  });

  it.each([
    [
      "a specific observation with its impact and a question",
      "In Tuesday's review you interrupted Wei twice. As a result, he didn't speak again in the meeting. What was going on for you?",
    ],
    ["thanks to the team", "Thanks everyone for a calm incident response last night."],
    [
      "advice after asking permission",
      "Can I share a thought about the rollout? I'd suggest splitting the migration into two deploys.",
    ],
    ["an empty draft", "   "],
  ])("leaves %s alone", (_, text) => {
    expect(lintDraft(text, shipped).flags).toEqual([]);
  });

  it("puts the flag on the exact words, with the rule's explanation and suggestion", () => {
    const text = "Good sprint overall. Honestly, you always skip the checklist.";
    const flag = lintDraft(text, shipped).flags.find((f) => f.rule === "absolute-blame");
    expect(flag && text.slice(flag.start, flag.end)).toBe("you always");
    const rule = shipped.find((r) => r.id === "absolute-blame");
    expect(flag?.message).toBe(`${rule?.title}: ${rule?.explanation}`);
    expect(flag?.suggestion).toMatch(/^Replace "always" with how many times and when: "in \[N\]/);
  });

  it("flags each occurrence once", () => {
    const text = "You always skip the checklist. You never update the ticket.";
    const spans = lintDraft(text, shipped)
      .flags.filter((f) => f.rule === "absolute-blame")
      .map((f) => text.slice(f.start, f.end));
    expect(spans).toEqual(["You always", "You never"]);
  });

  it("suppresses a rule when a move it needs missing is present", () => {
    const bare = "In Tuesday's review you interrupted Wei twice.";
    expect(lintDraft(bare, [NO_ASK]).flags.map((f) => f.rule)).toEqual(["no-ask"]);
    expect(lintDraft(`${bare} What was going on for you?`, [NO_ASK]).flags).toEqual([]);
    expect(lintDraft("Thanks for the write-up.", [NO_ASK]).flags).toEqual([]);
  });

  it("flags the whole draft for a rule that only lists missing moves", () => {
    const text = "  The deploy is on Friday.  ";
    expect(lintDraft(text, [ONLY_MISSING]).flags).toEqual([
      {
        rule: "no-question",
        start: 2,
        end: 26,
        title: "No question",
        explanation: "Nothing is asked.",
        message: "No question: Nothing is asked.",
        suggestion: "Ask something.",
      },
    ]);
    expect(lintDraft("Is the deploy on Friday?", [ONLY_MISSING]).flags).toEqual([]);
  });

  it("sorts flags by position and is deterministic", () => {
    const text = "@channel you always break the build, you're so careless.";
    const a = lintDraft(text, shipped);
    expect(a.flags.map((f) => f.start)).toEqual(
      [...a.flags.map((f) => f.start)].sort((x, y) => x - y),
    );
    expect(lintDraft(text, shipped)).toEqual(a);
  });

  it("flags a rule with `once` once per draft, on its first or last span", () => {
    const text = "You always skip the checklist. You never update the ticket.";
    const spans = (rule: LintRule) =>
      lintDraft(text, [rule]).flags.map((f) => text.slice(f.start, f.end));
    expect(spans(ABSOLUTE)).toEqual(["always", "never"]);
    expect(spans({ ...ABSOLUTE, once: "first" })).toEqual(["always"]);
    expect(spans({ ...ABSOLUTE, once: "last" })).toEqual(["never"]);
  });

  it("fires a rule with everySentence only when the draft holds nothing else", () => {
    const rule = withTrigger(ABSOLUTE, {
      trigger: { everySentence: ["^you (?:always|never) [\\w ]+[.!]*$", "^thanks[.!]*$"] },
    });
    expect(lintDraft("You always skip it. Thanks! 🎉", [rule]).flags).toHaveLength(1);
    expect(lintDraft("You always skip it. The release slipped.", [rule]).flags).toEqual([]);
  });

  it("leaves the words of a rule named in deferTo to that rule", () => {
    const again: LintRule = withTrigger(ABSOLUTE, {
      id: "again",
      trigger: { patterns: ["\\bagain\\b"], deferTo: ["absolute"] },
    });
    const owner = withTrigger(ABSOLUTE, { trigger: { patterns: ["\\byou never \\w+ again\\b"] } });
    const text = "You never test again. The build broke again.";
    const flags = lintDraft(text, [again, owner]).flags;
    expect(flags.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ["absolute", "You never test again"],
      ["again", "again"],
    ]);
  });

  it("does not fire a rule when one of its missingPatterns matches the draft", () => {
    const rule = withTrigger(NO_ASK, { trigger: { missingPatterns: ["\\bwhich meant\\b"] } });
    const bare = "In Tuesday's review you interrupted Wei twice.";
    expect(lintDraft(bare, [rule]).flags).toHaveLength(1);
    const withEffect = "In Tuesday's review you interrupted Wei twice, which meant he gave up.";
    expect(lintDraft(withEffect, [rule]).flags).toEqual([]);
  });

  it("drops a span whose own words match one of the rule's ignore patterns", () => {
    const rule = withTrigger(ABSOLUTE, { trigger: { ignore: ["^never$"] } });
    const text = "You always skip the checklist. You never update the ticket.";
    expect(lintDraft(text, [rule]).flags.map((f) => text.slice(f.start, f.end))).toEqual([
      "always",
    ]);
    expect(lintDraft("You never update the ticket.", [rule]).flags).toEqual([]);
  });

  it("keeps a rule with praise: skip off praise-only drafts, and one with praise: only on them", () => {
    const skip = withTrigger(ABSOLUTE, { trigger: { praise: "skip" } });
    const only = withTrigger(ABSOLUTE, { trigger: { praise: "only" } });
    const praise = "Thanks for always keeping the runbook current.";
    const criticism = "Thanks for the doc, but you never update the ticket.";
    expect(lintDraft(praise, [skip]).flags).toEqual([]);
    expect(lintDraft(praise, [only]).flags).toHaveLength(1);
    expect(lintDraft(criticism, [skip]).flags).toHaveLength(1);
    expect(lintDraft(criticism, [only]).flags).toEqual([]);
  });

  it.each([
    ["Shoutout to Noor for the new onboarding guide.", true],
    ["Thank you for covering Saturday's on-call shift. It really helped.", true],
    ["Thanks for staying late to finish the migration.", true],
    ["Thanks for picking up the pager again this weekend.", true],
    ["In the review you asked great questions, and Wei said it helped him.", true],
    ["Thanks for the doc. You merged the PR without the rollback step.", false],
    ["Great work on the demo, but the tests were thin.", false],
    ["Thanks. Please run the staging check next time.", false],
    ["You joined stand-up late three times last week.", false],
    ["The deploy went out on Tuesday.", false],
    ["Thanks to the pricing outage, we lost most of Tuesday.", false],
  ])("reads %j as praise only: %s", (text, expected) => {
    const present = new Set(detectMoves(text).map((m) => m.move));
    expect(isPraiseOnly(text, present)).toBe(expected);
  });

  it("fits the suggestion to the flagged words when a hint matches, else gives the rule's own", () => {
    const text = "You always skip the checklist.";
    expect(lintDraft(text, [ABSOLUTE]).flags[0]?.suggestion).toBe(
      "'always' → how many times: 'in [N] of the last [M] sprints'",
    );
    expect(suggestionFor(ABSOLUTE, "ALWAYS!")).toBe("Count instead.");
    const quoting = { ...ABSOLUTE, hints: [{ text: 'After "{0}", say why.' }] };
    expect(suggestionFor(quoting, "You skipped the checklist on the Friday release again.")).toBe(
      'After "You skipped the checklist on the…", say why.',
    );
    expect(suggestionFor(quoting, "You skipped the checklist.")).toBe(
      'After "You skipped the checklist", say why.',
    );
  });

  it("does not cut a sentence at a full stop that closes a quotation and runs on", () => {
    const text = "On PR 88 your only comment was 'No.' which left the author unsure what to fix.";
    const masked = maskQuotedStops(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain("'No,' which");
    expect(maskQuotedStops("She said 'done.' Then she left.")).toBe(
      "She said 'done.' Then she left.",
    );
    const observation = detectMoves(masked).find((m) => m.move === "specific_observation");
    expect(observation && text.slice(observation.start, observation.end)).toBe(text);
    const flag = lintDraft(text, [NO_ASK]).flags[0];
    expect(flag && text.slice(flag.start, flag.end)).toBe(text);
  });

  it("flags a short criticism once per rule, not once per sentence", () => {
    const text = "FYI your PR broke the build this morning. Please be more careful.";
    const rules = lintDraft(text, shipped).flags.map((f) => f.rule);
    expect(rules).toEqual([...new Set(rules)]);
    // "Please be more careful." is its ask, a vague one: vague language, not also missing-ask.
    expect(rules).toEqual(expect.arrayContaining(["feedback-without-impact", "vague-language"]));
    expect(rules).not.toContain("advice-without-asking");
  });

  it("loads the shipped lint rules", () => {
    expect(loaded.problems).toEqual([]);
    expect(shipped.length).toBeGreaterThanOrEqual(7);
  });
});

describe("the shipped rules on realistic drafts", () => {
  const fired = (text: string) => lintDraft(text, shipped).flags.map((f) => f.rule);

  it.each([
    [
      "praise with its effect in a 'which' clause",
      "Nice catch on the stale cache yesterday: you found it in ten minutes, which kept search up through the launch.",
    ],
    [
      "praise whose effect is what people said",
      "Your talk on tracing at Thursday's guild was really clear; three people said afterwards that it finally clicked.",
    ],
    ["a public shoutout", "Hey all, shoutout to Ravi for rewriting the deploy guide this week."],
    [
      "a thank-you note",
      "Thank you for taking my pager on Sunday, Lena. It made a real difference.",
    ],
    ["a request", "I added two comments to the export PR. Could you have another look?"],
    [
      "an observation with a quoted reply and its effect",
      "On the billing PR your only review comment was 'Why?' which left the author rewriting it blind. How could we make that clearer?",
    ],
  ])("leaves %s without false alarms", (_, text) => {
    const rules = fired(text);
    for (const wrong of [
      "feedback-without-impact",
      "missing-ask",
      "advice-without-asking",
      "appeal-to-the-crowd",
    ]) {
      expect(rules, text).not.toContain(wrong);
    }
  });

  it("reads praise from everyone as praise, not as an appeal to the crowd", () => {
    const text = "Everyone has noticed how much you've grown as a reviewer this year.";
    expect(fired(text)).not.toContain("appeal-to-the-crowd");
    expect(fired(text)).not.toContain("missing-ask");
  });

  it.each([
    ["Your design reviews are toxic. Can we talk on Thursday?", "character-label"],
    ["Folks find you hard to work with.", "character-label"],
    ["A few people said you come across a bit abrasive in planning.", "character-label"],
    ["Honestly the rollout is a disaster, fix it today", "loaded-words"],
    ["The energy in retros has been kind of off lately", "hedged-criticism"],
    ["you sort of dropped the ball on the changelog", "hedged-criticism"],
    ["Mira broke the staging deploy again.", "absolute-blame"],
    ["Everybody has noticed it.", "appeal-to-the-crowd"],
    ["Per my earlier email, the runbook still needs an owner.", "passive-aggressive"],
    ["Amazing work! Really proud of all of you.", "vague-praise"],
  ])("flags %j with %s", (text, rule) => {
    expect(fired(text)).toContain(rule);
  });

  it.each([
    ["Honestly, you can be pretty difficult to manage.", "you can be pretty difficult"],
    ["Your comments were difficult to follow on the RFC.", undefined],
  ])("puts a label in %j on the label's words", (text, words) => {
    const re = new RegExp(
      (shipped.find((r) => r.id === "character-label")?.trigger.patterns ?? []).join("|"),
      "i",
    );
    expect(re.exec(text)?.[0]).toBe(words);
  });

  it("flags criticism that only a rule's words find as missing an ask, on its sentence", () => {
    const text = "Folks find you hard to work with.";
    const ask = lintDraft(text, shipped).flags.find((f) => f.rule === "missing-ask");
    expect(ask && text.slice(ask.start, ask.end)).toBe(text);
  });

  it.each([
    ["You never update the ticket.", "absolute-blame", 'Replace "never" with how many times'],
    ["Your reviews are toxic.", "character-label", 'Replace "toxic" with what they did'],
    [
      "Please be more careful.",
      "vague-language",
      'Replace "be more careful" with what happened and what it caused',
    ],
    ["Can you be more proactive?", "vague-language", 'Replace "be more proactive" with the moment'],
    [
      "you kind of dropped the ball",
      "hedged-criticism",
      'Drop "kind of" and replace "dropped the ball"',
    ],
    ["This is a disaster.", "loaded-words", 'Replace "disaster" with what happened'],
    ["@here the deploy skipped the checklist.", "public-feedback", 'Instead of "@here"'],
  ])("fits the suggestion for %j to its words", (text, rule, start) => {
    const flag = lintDraft(text, shipped).flags.find((f) => f.rule === rule);
    expect(flag?.suggestion.startsWith(start), flag?.suggestion).toBe(true);
  });
});

describe("a summons without a topic", () => {
  const fired = (text: string) => lintDraft(text, shipped).flags.map((f) => f.rule);
  it.each([
    "We need to talk. Tomorrow 9am.",
    "Can you come see me after standup?",
    "Let's chat today. Call me.",
    "Hi Dana, can we talk later today?",
    "Please see me in my office at 4.",
    "Quick one: can I grab you for 5 minutes after lunch?",
    "I've put 30 minutes in your calendar for tomorrow. It's important.",
    // A vague "about" names no topic.
    "Can we talk about what happened yesterday?",
  ])("flags %j once, on the summons", (text) => {
    const flags = lintDraft(text, shipped).flags.filter((f) => f.rule === "summons-without-topic");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.suggestion).toMatch(/name the topic and the tone/);
  });

  it.each([
    // The topic in the summons, or in a sentence of its own.
    "Can we talk about the Q3 plan tomorrow?",
    "Can we talk tomorrow? I want to go over the Q3 plan.",
    "Let's talk through the rollout plan on Thursday.",
    "Call me when you land, the payments deploy is stuck.",
    "In Tuesday's review you interrupted Wei twice. Can we talk tomorrow?",
    // The tone named.
    "Good news! Can you call me when you're free?",
    "Nothing bad, can you come see me after standup?",
    // Not a summons.
    "Thanks for the chat today.",
    "We should talk more often about how the rota is going.",
  ])("leaves %j alone", (text) => {
    expect(fired(text)).not.toContain("summons-without-topic");
  });

  it("does not read a request to get in touch as advice", () => {
    expect(fired("Let's chat today. Call me.")).toEqual(["summons-without-topic"]);
    expect(fired("Call me when you land, the payments deploy is stuck.")).not.toContain(
      "advice-without-asking",
    );
  });
});

describe("vague praise alone", () => {
  const praise = (text: string) =>
    lintDraft(text, shipped).flags.filter((f) => f.rule === "vague-praise");
  it.each([
    // The thing named, and nothing about what was good in it.
    "Great job on the release!",
    "Great job on that!",
    "Nice work today",
    "Hi Jun, great job on the release!",
    "Well done on the launch, everyone!",
    "Great job on the payments migration. Really impressive.",
    "Amazing job with the migration, really proud of you.",
  ])("flags %j once", (text) => {
    expect(praise(text)).toHaveLength(1);
  });

  it.each([
    // What they did, a detail, or what it made possible.
    "Great job on the release: the rollback plan in it made Friday calm.",
    "Great job on the release! Thanks for staying late to get the migration out.",
    "Great job catching the expired cert.",
    "Great job on the release. Customers loved the new search.",
    "Great job on the release notes, support answered every ticket from them.",
    "Great job on the release you shipped on Friday.",
    // Criticism after it is another rule's.
    "Great work on the demo, but the error states still need tests before Friday.",
    // A thank-you note is not "great job".
    "Thanks for the update!",
  ])("leaves %j alone", (text) => {
    expect(praise(text)).toEqual([]);
  });
});

describe("an effect on other people is impact", () => {
  const withoutImpact = (text: string) =>
    lintDraft(text, shipped).flags.some((f) => f.rule === "feedback-without-impact");
  it.each([
    "Hi Dana, could we grab 30 minutes on Thursday to talk about sprint planning? We've carried work over in 3 of the last 4 sprints and Product keeps asking me about the forecast.",
    "You approved PR 311 without running it, and Jonas has been chasing me about the migration since.",
    "You merged the schema change without the staging run, and the platform team had to roll it back on Friday.",
    "You skipped the handover on Monday; customers saw failed payouts for an hour.",
    "Great job on the release: the rollback plan in it made Friday calm.",
  ])("reads the effect in %j", (text) => {
    expect(withoutImpact(text)).toBe(false);
  });

  it.each([
    // What you, I or we do is not an effect on others.
    "You've carried work over in 3 of the last 4 sprints and I keep asking you about the forecast.",
    "You've been waiting on the review of PR 311 since Monday.",
    "In Tuesday's review you interrupted Wei twice.",
  ])("still misses an effect in %j", (text) => {
    expect(withoutImpact(text)).toBe(true);
  });
});

describe('"again" after what someone did', () => {
  const flagsOf = (text: string) =>
    lintDraft(text, shipped)
      .flags.filter((f) => f.rule === "absolute-blame" || f.rule === "passive-aggressive")
      .map((f) => [f.rule, text.slice(f.start, f.end)]);
  it.each([
    ["Quick one: your PR broke prod again. Can you be more careful?", "your PR broke prod again"],
    ["you were late again", "you were late again"],
    ["Priya missed the handover again.", "Priya missed the handover again"],
    ["You were late to stand-up again.", "You were late to stand-up again"],
  ])("is blame in %j, flagged once", (text, words) => {
    expect(flagsOf(text)).toEqual([["absolute-blame", words]]);
  });

  it.each([
    // Nobody named as the one who did it: the stressed repeat is the sting.
    ["the build is broken again.", "broken again"],
    ["Not to be that guy, but the deploy broke staging again.", "broke staging again"],
  ])("is passive-aggressive in %j", (text, words) => {
    expect(flagsOf(text)).toContainEqual(["passive-aggressive", words]);
    expect(flagsOf(text).map(([rule]) => rule)).not.toContain("absolute-blame");
  });

  it("keeps a passive-aggressive opener next to the blame", () => {
    const text = "Per my last message, you missed the deadline again.";
    expect(flagsOf(text)).toEqual([
      ["passive-aggressive", "Per my last message"],
      ["absolute-blame", "you missed the deadline again"],
    ]);
  });
});

describe("reminding them they were told before", () => {
  const passive = (text: string) =>
    lintDraft(text, shipped)
      .flags.filter((f) => f.rule === "passive-aggressive")
      .map((f) => text.slice(f.start, f.end));
  it.each([
    ["Not sure if you saw this, but the ticket is still open.", "Not sure if you saw this"],
    [
      "I'm not sure if you got my last message about the migration.",
      "I'm not sure if you got my last message",
    ],
    [
      "Not sure if you had a chance to look at it, but we're still waiting on your estimate.",
      "Not sure if you had a chance to look at it",
    ],
    ["Bumping this for the third time.", "Bumping this for the third time"],
    ["For the second time, the on-call swaps go through me.", "For the second time"],
    ["As discussed multiple times, PRs need two reviewers.", "As discussed multiple times"],
  ])("flags %j", (text, words) => {
    expect(passive(text)).toEqual([words]);
    const flag = lintDraft(text, shipped).flags.find((f) => f.rule === "passive-aggressive");
    expect(flag?.suggestion).toMatch(/^Drop ".+" and restate the point on its own/);
  });

  it.each([
    // Sharing something, not chasing it.
    "Not sure if you saw the postmortem; it's worth a read.",
    "Not sure if you saw this, but Ana's write-up on the outage is great.",
    "I'm not sure if you saw the new rota yet, it starts Monday.",
    "In case you missed it, the all-hands moved to 3pm.",
    // An ordinary reminder, and a count of what happened.
    "Just circling back on the design doc: could you review it by Friday?",
    "This is the second time the deploy failed this week. What changed?",
  ])("leaves %j alone", (text) => {
    expect(passive(text)).toEqual([]);
  });
});

describe("a threat or a vague demand is not also advice", () => {
  const fired = (text: string) => lintDraft(text, shipped).flags.map((f) => f.rule);
  it.each([
    ["Keep this up and you won't have a job here much longer.", "threat"],
    ["keep this up and ppl will start to think of you as difficult tbh", "threat"],
    ["You need to be more proactive about the migration.", "vague-language"],
    ["I'd like you to step up in design reviews.", "vague-language"],
  ])("names %j %s only", (text, rule) => {
    expect(fired(text)).toContain(rule);
    expect(fired(text)).not.toContain("advice-without-asking");
  });
  it("still flags advice nobody asked for", () => {
    expect(fired("You should pair with someone on the flaky tests.")).toContain(
      "advice-without-asking",
    );
  });
});

describe("review lint2: one reading per span, and the right one", () => {
  const fired = (text: string) => lintDraft(text, shipped).flags.map((f) => f.rule);

  it.each([
    "So you're saying it's everyone's fault but yours.",
    "So what you're saying is nothing is ever your fault.",
    "In other words, the rules don't apply to you.",
  ])("a sarcastic recast %j is blame, with a hint to say back what they said", (text) => {
    const flag = lintDraft(text, shipped).flags.find((f) => f.rule === "absolute-blame");
    expect(flag?.suggestion).toMatch(
      /^Drop "(?:so you're saying|so what you're saying|in other words)"/i,
    );
  });

  it.each([
    ["If you keep pushing it'll backfire in calibration.", ["threat"]],
    ["If you keep missing your commitments, it'll count against you in your review.", ["threat"]],
    ["It would be a shame if this came up in your review.", ["threat"]],
    ["If you never update the board, don't expect a good rating.", ["threat"]],
    // An absolute in a threat's sentence is its condition: the threat's flag.
    ["Every time you push back it hurts your chances.", ["threat"]],
    ["You always miss deadlines, and one more slip and we're talking PIP.", ["threat"]],
  ])("a threat %j is flagged as a threat, and only that", (text, rules) => {
    expect(fired(text)).toEqual(rules);
  });

  it.each([
    ["Can you be more careful?", ["vague-language"]],
    ["Could you try to be more careful with the migrations?", ["vague-language"]],
    ["Can you be more proactive?", ["vague-language"]],
    // The observation before the demand still wants its effect.
    [
      "Your PR broke prod yesterday. Can you be more careful?",
      ["feedback-without-impact", "vague-language"],
    ],
  ])("a vague demand %j is vague language, not also feedback without impact", (text, rules) => {
    expect(fired(text)).toEqual(rules);
  });

  it.each([
    "So you're saying the estimates slipped because of the on-call load?",
    "You merged without the staging run and the platform team had to roll it back. So the checklist felt optional?",
  ])("a draft that ends on a question, whatever its form, has its ask: %j", (text) => {
    expect(fired(text)).not.toContain("missing-ask");
  });

  it("runs a rule after the rules it defers to, through a chain, whatever the order given", () => {
    const rule = (id: string, pattern: string, deferTo?: string[]): LintRule =>
      LintRuleSchema.parse({
        id,
        title: id,
        trigger: deferTo ? { patterns: [pattern], deferTo } : { patterns: [pattern] },
        explanation: "x",
        suggestion: "y",
        examples: { flagged: ["a", "b"], clean: ["c", "d"] },
      });
    const top = rule("top", "\\bor else\\b");
    const middle = rule("middle", "\\balways\\b", ["top"]);
    // Its words overlap middle's: dropped only if middle has run before it.
    const bottom = rule("bottom", "\\balways late\\b", ["middle"]);
    const text = "Always late again, or else.";
    for (const order of [
      [bottom, middle, top],
      [top, middle, bottom],
      [middle, bottom, top],
    ]) {
      expect(lintDraft(text, order).flags.map((f) => f.rule)).toEqual(["middle", "top"]);
    }
    const overlapping = "You always break it again or else.";
    const long = rule("long", "always.*or else");
    const chain = [rule("mid", "always break", ["long"]), long];
    expect(lintDraft(overlapping, chain).flags.map((f) => f.rule)).toEqual(["long"]);
  });

  it("asks for what happened and its effect after a vague demand for care", () => {
    const [flag] = lintDraft("Can you be more careful?", shipped).flags;
    expect(flag?.suggestion).toContain("what happened and what it caused");
  });

  it.each([
    "Great work this quarter — not a single failed payout since you took over the retry logic.",
    "Great job on the migration, no incidents at all.",
    "Thanks for the on-call week: zero pages since you fixed the alert thresholds.",
    "Brilliant quarter: zero sev-1s since you rewrote the alerting.",
    "You've never once missed a deadline this year, thank you.",
    "You never miss a deadline, it's great.",
    "Well done on the release, no failed deploys in three weeks.",
    "Not once did you miss a stand-up this quarter. Great work.",
  ])("a good result told by a negation is praise: %j", (text) => {
    expect(isPraiseOnly(text, new Set(detectMoves(text).map((m) => m.move)))).toBe(true);
    expect(fired(text)).not.toContain("missing-ask");
    expect(fired(text)).not.toContain("absolute-blame");
  });

  it.each([
    "None of this is on you; the spec changed twice.",
    "That's not on you \u2014 the deadline moved.",
    "This isn't your fault; the requirements changed late.",
    "The spec changed twice in a week, so none of this is on you.",
    "You're not to blame here; the vendor changed the API twice last week.",
    "None of this is on you. The spec changed twice.",
  ])("blame taken off them, with its reason, is reassurance, not feedback: %j", (text) => {
    expect(fired(text)).not.toContain("feedback-without-impact");
    expect(fired(text)).not.toContain("missing-ask");
  });

  it.each([
    "None of this is on you, but you skipped the handover twice on Monday.",
    "None of this is on you. You skipped the handover twice on Monday.",
    "You skipped the handover twice on Monday, and it's not your fault.",
    "I noticed you joined stand-up late three times last week.",
  ])("feedback beside a reassurance still wants its effect: %j", (text) => {
    expect(fired(text)).toContain("feedback-without-impact");
  });

  it.each([
    "You never once asked for help.",
    "Not once did you ask for help when the migration stalled.",
    "You've never once said thank you to the people who covered your on-call.",
  ])("what they never did, named by a praise word, is absolute blame: %j", (text) => {
    expect(fired(text)).toContain("absolute-blame");
  });

  it("a bad outcome at zero is the effect of the work praised", () => {
    expect(
      fired("Not a single customer complaint since the onboarding flow shipped. Great work."),
    ).toEqual([]);
  });

  it.each([
    "There's not a single test in your PR.",
    "Great work on the demo, but not a single test in your PR.",
    "Thanks for the fix. Not one of the review comments was answered though.",
    "Thanks for covering the rota, but no pages were answered on Sunday.",
    "Not a single failed payout since the retry fix, but you skipped the postmortem.",
  ])("a negated absolute that is criticism stays criticism: %j", (text) => {
    expect(isPraiseOnly(text, new Set(detectMoves(text).map((m) => m.move)))).toBe(false);
    expect(fired(text)).toContain("missing-ask");
  });

  it("feedback-without-impact reads a bad outcome at zero with the words isPraiseOnly uses", () => {
    const rule = shipped.find((r) => r.id === "feedback-without-impact");
    expect(rule?.trigger.missingPatterns).toContain(NONE_WENT_WRONG.source);
  });
});

describe("review lint4: a label passed on, a denial with 'once', a request with 'please'", () => {
  const fired = (text: string) => lintDraft(text, shipped).flags.map((f) => f.rule);

  it.each([
    "The client's email said you are lazy and don't care about deadlines.",
    "Wei told me you were condescending in the design review.",
    "The customer called you rude on the call yesterday.",
  ])("a label someone else gave, passed on, is vague language, not a label: %j", (text) => {
    expect(fired(text)).not.toContain("character-label");
    const vague = lintDraft(text, shipped).flags.find((f) => f.rule === "vague-language");
    expect(vague?.suggestion).toMatch(/^Pass on what they saw happen, not the label/);
  });

  it.each([
    "I think you are lazy.",
    "Honestly, you are lazy, as the client said.",
    "The client said you are lazy, and I agree.",
    "Everyone says you're lazy.",
  ])("a label the speaker says or takes up is still a label: %j", (text) => {
    expect(fired(text)).toContain("character-label");
  });

  it("a denial with 'once' at its end is absolute blame, with a hint to name the times", () => {
    const flag = lintDraft("You didn't ask for help once.", shipped).flags.find(
      (f) => f.rule === "absolute-blame",
    );
    expect(flag?.suggestion).toMatch(/^Replace "didn't ask for help once" with the times/);
  });

  it.each([
    ["Please be more careful.", ["vague-language"]],
    ["Be more careful, please.", ["vague-language"]],
    ["Can you be more careful?", ["vague-language"]],
  ])("a vague request %j is vague language only: its 'please' is its ask", (text, rules) => {
    expect(fired(text)).toEqual(rules);
  });

  it("'please note' tells them something: the draft still wants its ask", () => {
    expect(
      fired("You merged without a review on Friday. Please note this is the second time."),
    ).toContain("missing-ask");
  });
});

describe("the examples in every lint-rule file", () => {
  // The check `flightdeck validate` runs on a facilitator's rules: each rule with the rules it
  // names flags its flagged drafts and leaves its clean ones alone.
  // A test per example, each reading the shared check's issues at its path.
  const issues = new Map(shipped.map((rule) => [rule.id, lintRuleExampleIssues(rule, shipped)]));
  const cases = shipped.flatMap((rule) =>
    (["flagged", "clean"] as const).flatMap((kind) =>
      rule.examples[kind].map((text, i) => [rule.id, kind, text, i] as const),
    ),
  );
  it.each(cases)("%s: %s example %j", (id, kind, _text, i) => {
    const mine = (issues.get(id) ?? []).filter(
      (issue) => issue.path[1] === kind && issue.path[2] === i,
    );
    expect(mine.map((issue) => issue.message)).toEqual([]);
  });
});

describe("long runs of punctuation (the API takes up to 5,000 characters; the CLI any length)", () => {
  // Six words or more made a statement information through a regex that backtracked over a run of
  // punctuation at every length of its leading "\W*": quadratic (170 ms on 10,000 quotes). The
  // results are checked here, not the time.
  it.each(['"', "…", ",", "-", "'", ".", "!"])("lints %s × 5,000 as nothing to flag", (mark) => {
    expect(lintDraft(mark.repeat(5000), shipped).flags).toEqual([]);
    expect(detectMoves(mark.repeat(5000))).toEqual([]);
  });
  it("still counts words after a long run as one word, and six words as information", () => {
    const run = '"'.repeat(4000);
    expect(detectMoves(`${run} the release moved to next Tuesday.`).map((m) => m.move)).toContain(
      "information",
    );
    expect(detectMoves(`${run} okay, fair enough.`).map((m) => m.move)).not.toContain(
      "information",
    );
    // The same line without the run: the count of words did not change.
    expect(detectMoves("The release moved to next Tuesday.").map((m) => m.move)).toContain(
      "information",
    );
    expect(detectMoves("Okay, fair enough then.").map((m) => m.move)).not.toContain("information");
  });
  it("flags a label after a long run of spaces as it would at the start", () => {
    expect(rulesFired(`${" ".repeat(4000)}You're so careless with reviews.`)).toContain(
      "character-label",
    );
  });
});
