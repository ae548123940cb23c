import { describe, expect, it } from "vitest";
import { type Pattern, PatternSchema } from "../content/pattern.schema";
import {
  computeConversationMetrics,
  conversationQuality,
  type Move,
  type Transcript,
} from "../moves";
import { listeningQualityOf } from "./analyse-transcript";
import { rubricVersionOf, scorePatterns, scoreTranscript } from "./index";
import { ScorecardSchema } from "./scorecard.schema";

/** A feedback pattern written for these tests, so content edits cannot change what they check. */
const FEEDBACK: Pattern = PatternSchema.parse({
  id: "test-feedback",
  title: "Test feedback",
  level: "L1",
  version: "2.1.0",
  context: "A test.",
  problem: "A test.",
  steps: [
    { id: "observe", title: "Observe", evidencedBy: ["specific_observation"], required: true },
    {
      id: "impact",
      title: "Impact",
      evidencedBy: ["impact_statement"],
      required: true,
      mustFollow: ["observe"],
    },
    {
      id: "perspective",
      title: "Ask their view",
      evidencedBy: ["perspective_ask"],
      required: true,
    },
    {
      id: "listen",
      title: "Reflect",
      evidencedBy: ["reflection", "validation"],
      required: false,
      mustFollow: ["perspective"],
    },
    {
      id: "next-step",
      title: "Next step",
      evidencedBy: ["next_step"],
      required: true,
      notApplicableWhen: {
        employeeUsed: ["next_step"],
        employeeIntent: ["commit"],
        reason: "The engineer committed to a next step themselves.",
      },
    },
  ],
  antiPatterns: [
    {
      id: "label",
      title: "Labelling the person",
      moves: ["character_label"],
      critical: true,
      why: "A label cannot be fixed.",
      better: "Describe the behaviour.",
    },
    {
      id: "threat",
      title: "Threat",
      moves: ["threat"],
      critical: true,
      why: "Threats end honesty.",
      better: "State the process separately.",
    },
    {
      id: "blame",
      title: "Absolute blame",
      moves: ["blame_absolute"],
      critical: false,
      why: "Always is never true.",
      better: "Count instead.",
    },
    {
      id: "fixing-first",
      title: "Advice before asking",
      structure: "advice_before_asking",
      critical: false,
      why: "Fixes the imagined problem.",
      better: "Ask first.",
    },
    {
      id: "stack",
      title: "Question stack",
      structure: "question_stack",
      critical: false,
      why: "They answer the easiest.",
      better: "One question.",
    },
  ],
  examples: {
    good: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["open_question"] })),
    bad: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["advice"] })),
  },
  snippet: "…",
});

const OBSERVE = "In Tuesday's review you interrupted Wei three times.";
const IMPACT = "As a result, the release slipped a week.";
const PERSPECTIVE = "What do you think happened?";
const REFLECT = "I hear you, that sounds exhausting.";
const NEXT = "Let's have you own the runbook update by Thursday.";

/** Alternating manager/employee turns; the employee line is filler unless given. */
function transcript(manager: readonly string[], employee: readonly string[] = []): Transcript {
  const turns: Transcript["turns"] = [];
  manager.forEach((text, i) => {
    turns.push({ speaker: "manager", text });
    turns.push({ speaker: "employee", text: employee[i] ?? "Okay." });
  });
  return { turns };
}

const statusOf = (t: Transcript, id: string, pattern: Pattern = FEEDBACK) =>
  scoreTranscript(t, pattern).steps.find((s) => s.id === id)?.status;

describe("scoreTranscript: steps", () => {
  it.each([
    ["observe", OBSERVE, "hit"],
    ["observe", "You need to be more reliable.", "missed"],
    ["observe", "You're so careless with reviews.", "missed"],
    ["perspective", PERSPECTIVE, "hit"],
    ["perspective", "How do you see it?", "hit"],
    ["perspective", "Did you see the ticket?", "missed"],
    ["perspective", "You should block two hours a day for deep work.", "missed"],
    ["next-step", NEXT, "hit"],
    ["next-step", "We should sort this out at some point.", "missed"],
  ])("step %s on %j → %s", (step, text, status) => {
    expect(statusOf(transcript([text]), step)).toBe(status);
  });

  it("quotes the exact span and turn of the evidence", () => {
    const t = transcript(["Thanks for coming.", `Quick one. ${OBSERVE}`]);
    const step = scoreTranscript(t, FEEDBACK).steps.find((s) => s.id === "observe");
    expect(step?.evidence).toEqual([
      {
        turn: 2,
        start: 11,
        end: 11 + OBSERVE.length,
        quote: OBSERVE,
        move: "specific_observation",
      },
    ]);
    const e = step?.evidence[0];
    expect(t.turns[e?.turn ?? 0]?.text.slice(e?.start, e?.end)).toBe(OBSERVE);
  });

  it("counts a step done before the step it must follow as partial, with orderOk false", () => {
    const early = scoreTranscript(transcript([IMPACT, OBSERVE]), FEEDBACK).steps;
    expect(early.find((s) => s.id === "impact")).toMatchObject({
      status: "partial",
      orderOk: false,
    });
    const inOrder = scoreTranscript(transcript([OBSERVE, IMPACT]), FEEDBACK).steps;
    expect(inOrder.find((s) => s.id === "impact")).toMatchObject({ status: "hit", orderOk: true });
  });

  it("accepts the step in the same turn right after the one it must follow", () => {
    expect(statusOf(transcript([`${OBSERVE} ${IMPACT}`]), "impact")).toBe("hit");
  });

  it("is hit when a later repeat comes in order, even if an earlier one did not", () => {
    const t = transcript([REFLECT, PERSPECTIVE, REFLECT]);
    const listen = scoreTranscript(t, FEEDBACK).steps.find((s) => s.id === "listen");
    expect(listen?.status).toBe("hit");
    expect(listen?.evidence.every((e) => e.turn === 4)).toBe(true);
  });

  it("shows a step the employee made unnecessary as not applicable, not missed", () => {
    const t = transcript(
      [OBSERVE, PERSPECTIVE],
      ["", "I'll send you the rotation draft by Friday."],
    );
    const step = scoreTranscript(t, FEEDBACK).steps.find((s) => s.id === "next-step");
    expect(step?.status).toBe("not_applicable");
    expect(step?.note).toContain("committed to a next step themselves (turn 4)");
    expect(scoreTranscript(t, FEEDBACK).failReasons.join(" ")).not.toContain("Next step");
  });

  it("reads the persona's recorded intent for not applicable", () => {
    const t = transcript([OBSERVE, PERSPECTIVE], ["Fine.", "Sure."]);
    expect(statusOf(t, "next-step")).toBe("missed");
    const intents = [undefined, undefined, undefined, "commit"] as const;
    const card = scoreTranscript(t, FEEDBACK, { employeeIntents: intents });
    expect(card.steps.find((s) => s.id === "next-step")?.status).toBe("not_applicable");
  });

  it("scores nothing for an empty transcript and fails it", () => {
    const card = scoreTranscript({ turns: [] }, FEEDBACK);
    expect(card.steps.every((s) => s.status === "missed")).toBe(true);
    expect(card.overall).toBe(0);
    expect(card.passed).toBe(false);
  });
});

describe("scoreTranscript: anti-patterns and pass rules", () => {
  const complete = [OBSERVE, IMPACT, PERSPECTIVE, REFLECT, NEXT];

  it("passes a complete, clean conversation", () => {
    const card = scoreTranscript(transcript(complete), FEEDBACK);
    expect(card.steps.map((s) => s.status)).toEqual(["hit", "hit", "hit", "hit", "hit"]);
    expect(card.antiPatterns).toEqual([]);
    expect(card.passed).toBe(true);
    expect(card.failReasons).toEqual([]);
    expect(card.overall).toBeGreaterThanOrEqual(80);
  });

  it("fails a high score with a critical flag, saying why", () => {
    const threat = "If this happens again, I'll have to take it to HR.";
    const card = scoreTranscript(transcript([...complete, threat]), FEEDBACK);
    expect(card.overall).toBeGreaterThanOrEqual(60);
    expect(card.passed).toBe(false);
    expect(card.failReasons).toEqual(['Critical anti-pattern "Threat" on turn 11.']);
    expect(card.antiPatterns).toEqual([
      {
        id: "threat",
        title: "Threat",
        turn: 10,
        start: 0,
        end: threat.length,
        quote: threat,
        trigger: "threat",
        critical: true,
        why: "Threats end honesty.",
        better: "State the process separately.",
      },
    ]);
  });

  it("fails a missed required step even when the rest is strong", () => {
    const card = scoreTranscript(transcript([OBSERVE, IMPACT, PERSPECTIVE, REFLECT]), FEEDBACK);
    expect(card.passed).toBe(false);
    expect(card.failReasons).toEqual(['Required step "Next step" was missed.']);
  });

  it("does not fail on a missed optional step or a non-critical flag", () => {
    const card = scoreTranscript(
      transcript([OBSERVE, IMPACT, PERSPECTIVE, "You always skip the checklist.", NEXT]),
      FEEDBACK,
    );
    expect(card.steps.find((s) => s.id === "listen")?.status).toBe("missed");
    expect(card.antiPatterns.map((f) => [f.id, f.turn])).toEqual([["blame", 6]]);
    expect(card.passed).toBe(true);
  });

  it.each([
    ["a label", "You're so careless with reviews.", "label"],
    ["a threat", "Your job is on the line here.", "threat"],
    ["absolute blame", "You always miss your sprint commitments.", "blame"],
    [
      "advice before any question",
      "You should block two hours a day for deep work.",
      "fixing-first",
    ],
    ["a stack of questions", "Is everything fine? Any blockers? Is the sprint on track?", "stack"],
  ])("flags %s", (_, text, id) => {
    expect(scoreTranscript(transcript([text]), FEEDBACK).antiPatterns.map((f) => f.id)).toContain(
      id,
    );
  });

  it.each([
    ["a behaviour with a date", OBSERVE],
    ["advice after asking", `${PERSPECTIVE} You should block two hours a day for deep work.`],
    ["two questions", "What happened? What would help?"],
    ["praise", "Thanks for the incident write-up."],
  ])("does not flag %s", (_, text) => {
    expect(scoreTranscript(transcript([text]), FEEDBACK).antiPatterns).toEqual([]);
  });

  it("flags advice only while nothing has been asked", () => {
    const advice = "You should block two hours a day for deep work.";
    const flags = scoreTranscript(transcript([advice, PERSPECTIVE, advice]), FEEDBACK).antiPatterns;
    expect(flags.map((f) => [f.id, f.turn])).toEqual([["fixing-first", 0]]);
  });

  it("flags a pattern's move anti-pattern once per turn, on every turn it occurs", () => {
    const t = transcript(["You always miss standup.", OBSERVE, "You never update the ticket."]);
    expect(scoreTranscript(t, FEEDBACK).antiPatterns.map((f) => f.turn)).toEqual([0, 4]);
  });
});

describe("a penalised sentence earns no step (review 2: #6)", () => {
  const stepOf = (t: Transcript, id: string) =>
    scoreTranscript(t, FEEDBACK).steps.find((s) => s.id === id);

  it.each([
    ["observe", "You're careless, two bugs went to prod because of you.", "Labelling the person"],
    ["impact", "You're careless, two bugs went to prod because of you.", "Labelling the person"],
    [
      "impact",
      "Because you're lazy, the release slipped two weeks and Product is furious.",
      "Labelling the person",
    ],
    ["observe", "You're sloppy, the migration broke checkout on Friday.", "Labelling the person"],
    [
      "impact",
      "You're a liability, the outage cost us two enterprise customers.",
      "Labelling the person",
    ],
    [
      "impact",
      "If Sprint 44 rolls over too, this becomes a formal performance conversation with HR in the room, and it stops being a chat between the two of us.",
      "Threat",
    ],
  ])("%s is not counted from a critical sentence: %j", (id, text, flag) => {
    const t = transcript([OBSERVE, text]);
    const step = stepOf(t, id === "observe" ? "observe" : "impact");
    if (id === "observe") {
      // The clean observation on turn 1 still counts; the labelled one is never quoted.
      expect(step?.status).toBe("hit");
      expect(step?.evidence.map((e) => e.quote)).toEqual([OBSERVE]);
      const alone = stepOf(transcript([text]), "observe");
      expect(alone?.status).toBe("missed");
      expect(alone?.evidence).toEqual([]);
      expect(alone?.note).toBe(
        `Not counted: turn 1, "${text}", the same sentence was flagged as "${flag}" (critical).`,
      );
    } else {
      expect(step?.status).toBe("missed");
      expect(step?.note).toContain(`the same sentence was flagged as "${flag}" (critical)`);
    }
    // Never a hit and a critical flag on one sentence.
    const card = scoreTranscript(t, FEEDBACK);
    for (const f of card.antiPatterns.filter((a) => a.critical)) {
      for (const s of card.steps)
        for (const e of s.evidence)
          expect(e.turn === f.turn && e.start < f.end && f.start < e.end).toBe(false);
    }
  });

  it.each([
    "You always ship bugs, and the team had to stay late fixing them.",
    "You never document anything, so the on-call team lost three hours last night.",
  ])("counts a sentence with a non-critical flag at most as partial: %j", (text) => {
    const step = stepOf(transcript([OBSERVE, text]), "impact");
    expect(step?.status).toBe("partial");
    expect(step?.orderOk).toBe(true);
    expect(step?.evidence.map((e) => e.quote)).toEqual([text]);
    expect(step?.note).toBe(
      `Counted as partial: turn 3, "${text}", the same sentence was flagged as "Absolute blame".`,
    );
    // A clean statement of the impact later makes it a hit, quoting only the clean one.
    const later = stepOf(transcript([OBSERVE, text, IMPACT]), "impact");
    expect(later?.status).toBe("hit");
    expect(later?.evidence.map((e) => e.quote)).toEqual([IMPACT]);
  });

  it("leaves a clean sentence next to a flagged one in the same turn alone", () => {
    const step = stepOf(transcript([`You always skip the checklist. ${OBSERVE}`]), "observe");
    expect(step?.status).toBe("hit");
    expect(step?.evidence.map((e) => e.quote)).toEqual([OBSERVE]);
  });

  it("does not hold a flag spanning several sentences (a sandwich) against each of them", () => {
    const pattern = PatternSchema.parse({
      ...FEEDBACK,
      antiPatterns: [
        {
          id: "sandwich",
          title: "Sandwich",
          moves: ["sandwich"],
          critical: false,
          why: "w",
          better: "b",
        },
      ],
    });
    const t = transcript([
      "Your analysis in the 16 May postmortem was the best in the room. But you interrupted Wei three times in the 16 May postmortem. Anyway, the timeline doc you wrote at 4am was brilliant.",
    ]);
    const card = scoreTranscript(t, pattern);
    expect(card.antiPatterns.map((f) => f.id)).toEqual(["sandwich"]);
    expect(card.steps.find((s) => s.id === "observe")?.status).toBe("hit");
  });
});

describe("which sentences a step quotes (review 2: #14)", () => {
  const pattern = PatternSchema.parse({
    ...FEEDBACK,
    steps: [
      { id: "react", title: "Let them react", evidencedBy: ["open_question"], required: true },
      { id: "matters", title: "What matters", evidencedBy: ["perspective_ask"], required: true },
      { id: "acknowledge", title: "Acknowledge", evidencedBy: ["reflection"], required: true },
      { id: "explain", title: "Explain", evidencedBy: ["information"], required: true },
    ],
  });
  const REFLECTING =
    "It sounds like 3% felt like a signal about how you're valued, not just a number.";
  const FACTS = [
    "The org budget this year was 3.5% on average.",
    "Raises at the top of the band were smaller this year.",
    "The committee decided in March.",
  ];
  const step = (t: Transcript, id: string) =>
    scoreTranscript(t, pattern).steps.find((s) => s.id === id);

  it("prefers the sentences that explain over a reflection that also reads as information", () => {
    const explain = step(transcript([REFLECTING, ...FACTS]), "explain");
    expect(explain?.status).toBe("hit");
    expect(explain?.evidence.map((e) => e.quote)).toEqual(FACTS);
    expect(explain?.note).toBe(`Turn 3: "${FACTS[0]}" (information).`);
    // The reflection is still the acknowledgement's evidence.
    expect(step(transcript([REFLECTING, ...FACTS]), "acknowledge")?.evidence[0]?.quote).toBe(
      REFLECTING,
    );
  });

  it("keeps the weaker sentence when there is nothing better, and never changes the status", () => {
    const alone = step(transcript([REFLECTING]), "explain");
    expect(alone?.status).toBe("hit");
    expect(alone?.evidence.map((e) => e.quote)).toEqual([REFLECTING]);
    const mixed = step(transcript([REFLECTING, FACTS[0] as string]), "explain");
    // One sentence that explains is enough: the reflection is not quoted beside it.
    expect(mixed?.evidence.map((e) => e.quote)).toEqual([FACTS[0]]);
    expect(mixed?.note).toContain(FACTS[0]);
  });

  it("treats two skills on one sentence as evidence of both", () => {
    const q = "What's on your mind about the letter?";
    const t = transcript([
      q,
      "What else is going on?",
      "How do you see it?",
      "What do you think happened?",
    ]);
    expect(step(t, "react")?.evidence[0]?.quote).toBe(q);
  });
});

describe("scoreTranscript: overall, metrics and version", () => {
  it("explains the overall with the numbers it used", () => {
    const card = scoreTranscript(transcript([OBSERVE, IMPACT, PERSPECTIVE]), FEEDBACK);
    expect(card.explanation).toMatch(/Steps: 6 of 9 points/);
    expect(card.explanation).toContain(`Overall ${card.overall}/100`);
  });

  it.each([
    [["You always miss standup."], "Anti-patterns: 1 flag at −5 = −5."],
    [["Your job is on the line here."], "Anti-patterns: 1 critical at −15 = −15."],
    [
      ["You always miss standup.", "You never update the ticket.", "Your job is on the line here."],
      "Anti-patterns: 2 flags at −5 and 1 critical at −15 = −25.",
    ],
  ])("states only the penalties there are: %j (review 2: #19)", (lines, said) => {
    const card = scoreTranscript(transcript([OBSERVE, ...lines]), FEEDBACK);
    expect(card.explanation).toContain(said);
    expect(card.explanation).not.toMatch(/\b0 (flags|critical)\b/);
  });

  it("weighs critical flags more than other flags, and caps the penalty", () => {
    const base = scoreTranscript(transcript([OBSERVE, IMPACT, PERSPECTIVE, NEXT]), FEEDBACK);
    const blamed = scoreTranscript(
      transcript([OBSERVE, IMPACT, PERSPECTIVE, NEXT, "You always miss standup."]),
      FEEDBACK,
    );
    const threatened = scoreTranscript(
      transcript([OBSERVE, IMPACT, PERSPECTIVE, NEXT, "Your job is on the line here."]),
      FEEDBACK,
    );
    expect(base.overall - blamed.overall).toBeGreaterThanOrEqual(4);
    expect(blamed.overall).toBeGreaterThan(threatened.overall);
    const many = Array.from({ length: 12 }, () => "You're so careless with reviews.");
    expect(scoreTranscript(transcript(many), FEEDBACK).explanation).toContain("capped at −40");
  });

  it("bands the metrics against their references", () => {
    const t = transcript([PERSPECTIVE, REFLECT, "So the handover left you guessing.", NEXT]);
    const m = scoreTranscript(t, FEEDBACK).metrics;
    expect(m.reflectionToQuestion).toMatchObject({ value: 2, band: "good" });
    expect(m.reflectionToQuestion.source).toContain("MITI 4.2");
    expect(m.openQuestionShare).toMatchObject({ value: 1, band: "good" });
    // "That sounds exhausting" names a feeling the employee ("Okay.") did not: complex; "So the
    // handover left you guessing" restates: simple. One of two is MITI's "good" 50%.
    expect(m.complexReflectionShare).toMatchObject({ value: 0.5, band: "good" });
    const silent = scoreTranscript(transcript([PERSPECTIVE, NEXT]), FEEDBACK).metrics;
    expect(silent.complexReflectionShare).toMatchObject({ value: null, band: null });
    expect(m.longestMonologue.unit).toBe("words");
    expect(m.questions).toMatchObject({ value: 1, band: null });
  });

  describe("listening without a question, or with a put-down (review 2: #15)", () => {
    const reflections = [
      "It sounds like the on-call load has been exhausting.",
      "So you've been carrying the alerts alone since the incident.",
      "You're worn down, and it makes sense that the board feels unfair.",
    ];

    it("never reads as good listening when no question was asked", () => {
      const card = scoreTranscript(transcript(reflections), FEEDBACK);
      expect(card.metrics.questions.value).toBe(0);
      expect(card.metrics.listeningQuality.band).not.toBe("good");
      const m = computeConversationMetrics(transcript(reflections).turns);
      // The moves module reads the ratio as the number of reflections; the scorecard caps it at 1:1.
      expect(m.reflectionToQuestionRatio).toBeGreaterThan(1);
      expect(listeningQualityOf(m)).toBe(conversationQuality(m, 1));
      expect(listeningQualityOf(m)).toBeLessThan(conversationQuality(m));
    });

    it("is unchanged once a question was asked", () => {
      const t = transcript([PERSPECTIVE, ...reflections]);
      const m = computeConversationMetrics(t.turns);
      expect(m.questions).toBeGreaterThan(0);
      expect(listeningQualityOf(m)).toBe(conversationQuality(m));
    });

    it("does not count a reflection on the same sentence as a put-down", () => {
      const text = "So you're overwhelmed, which honestly is on you.";
      const t: Transcript = {
        turns: [
          { speaker: "manager", text },
          { speaker: "employee", text: "Okay." },
          { speaker: "manager", text: reflections[0] as string },
          { speaker: "employee", text: "Yes." },
        ],
      };
      const end = text.length;
      const withPutDown = scoreTranscript(t, FEEDBACK, {
        moves: [
          [
            { move: "reflection", start: 0, end },
            { move: "blame_absolute", start: 0, end },
          ],
          undefined,
          [{ move: "reflection", start: 0, end: (reflections[0] as string).length }],
        ],
      });
      expect(withPutDown.metrics.reflectionToQuestion.note).toContain("once");
      const clean = scoreTranscript(t, FEEDBACK, {
        moves: [
          [{ move: "reflection", start: 0, end }],
          undefined,
          [{ move: "reflection", start: 0, end: (reflections[0] as string).length }],
        ],
      });
      expect(clean.metrics.reflectionToQuestion.note).toContain("twice");
    });
  });

  it("uses metrics of the moves module over the same moves", () => {
    const manager: Move[] = [{ move: "open_question", start: 0, end: 5 }];
    const t: Transcript = {
      turns: [
        { speaker: "manager", text: "Hello there" },
        { speaker: "employee", text: "Hi, how are you?" },
      ],
    };
    const card = scoreTranscript(t, FEEDBACK, { moves: [manager] });
    expect(card.metrics.openQuestionShare.value).toBe(1);
    expect(card.metrics.managerTalkShare).toMatchObject({ value: 0.333, band: "good" });
  });

  it("pins the rubric version: pattern version plus a hash of what is scored", () => {
    const card = scoreTranscript(transcript([OBSERVE]), FEEDBACK);
    expect(card.rubricVersion).toMatch(/^2\.1\.0\+[0-9a-f]{8}$/);
    expect(card.rubricVersion).toBe(rubricVersionOf(FEEDBACK));
    const newExamples = { ...FEEDBACK, snippet: "changed", context: "changed" };
    expect(rubricVersionOf(newExamples)).toBe(card.rubricVersion);
    const [first, ...rest] = FEEDBACK.steps;
    const edited = { ...FEEDBACK, steps: [{ ...first, required: false }, ...rest] } as Pattern;
    expect(rubricVersionOf(edited)).not.toBe(card.rubricVersion);
    expect(rubricVersionOf(edited).startsWith("2.1.0+")).toBe(true);
  });

  it("is deterministic, leaves its input alone and matches the scorecard schema", () => {
    const t = transcript([OBSERVE, IMPACT, PERSPECTIVE, REFLECT, NEXT, "You always skip it."]);
    const frozen = structuredClone(t);
    const a = scoreTranscript(t, FEEDBACK);
    expect(scoreTranscript(t, FEEDBACK)).toEqual(a);
    expect(t).toEqual(frozen);
    expect(ScorecardSchema.parse(a)).toEqual(a);
  });

  it("scores several patterns like one at a time", () => {
    const t = transcript([OBSERVE, PERSPECTIVE, NEXT]);
    const other = { ...FEEDBACK, id: "other", steps: FEEDBACK.steps.slice(2) } as Pattern;
    expect(scorePatterns(t, [FEEDBACK, other])).toEqual([
      scoreTranscript(t, FEEDBACK),
      scoreTranscript(t, other),
    ]);
  });

  it("reuses the last transcript's moves only while its turns are unchanged", () => {
    const t = transcript([OBSERVE, IMPACT, PERSPECTIVE]);
    const before = scoreTranscript(t, FEEDBACK);
    expect(scoreTranscript(structuredClone(t), FEEDBACK)).toEqual(before);
    // Edited in place after scoring: scored as the new text, and the old text still scores as before.
    (t.turns[2] as { text: string }).text = "You always skip it.";
    const edited = scoreTranscript(t, FEEDBACK);
    expect(edited.steps.find((s) => s.id === "impact")?.status).toBe("missed");
    expect(edited.antiPatterns.map((f) => f.id)).toContain("blame");
    expect(scoreTranscript(transcript([OBSERVE, IMPACT, PERSPECTIVE]), FEEDBACK)).toEqual(before);
    t.turns.push({ speaker: "manager", text: IMPACT });
    expect(scoreTranscript(t, FEEDBACK).steps.find((s) => s.id === "impact")?.status).toBe("hit");
  });
});

describe("step notes", () => {
  it("name moves in words a manager reads, not their codes", () => {
    const card = scoreTranscript(
      {
        turns: [
          { speaker: "manager", text: "In Tuesday's retro you interrupted Wei three times." },
          { speaker: "employee", text: "Okay." },
        ],
      },
      FEEDBACK,
    );
    const observe = card.steps.find((s) => s.id === "observe");
    const listen = card.steps.find((s) => s.id === "listen");
    expect(observe?.note).toBe(
      `Turn 1: "In Tuesday's retro you interrupted Wei three times." (a specific observation).`,
    );
    expect(listen?.note).toBe(
      "No manager turn showed a reflection of what they said or an acknowledgement that their view makes sense.",
    );
    for (const step of card.steps) expect(step.note).not.toMatch(/[a-z]_[a-z]/);
  });
});
