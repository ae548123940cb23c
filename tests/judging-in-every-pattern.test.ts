import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../server/content";
import { scoreTranscript } from "../server/rubric";

/**
 * A threat or a character label fails the attempt in every pattern (review 2: the career pattern
 * had no threat, label or blame anti-pattern, so "If you push this, don't expect a good review"
 * scored with "Anti-patterns: none"). And a bare "Anything else?" is no invitation to talk.
 */
const { content } = await loadContent(join(import.meta.dirname, ".."));
const patterns = [...content.patterns.values()];

const oneTurn = (text: string) => ({
  turns: [
    { speaker: "manager" as const, text: "How are things going?" },
    { speaker: "employee" as const, text: "Okay, I guess. Busy." },
    { speaker: "manager" as const, text },
  ],
});

describe("judging moves are critical in every pattern", () => {
  it.each(patterns.map((p) => [p.id, p] as const))("%s", (_, pattern) => {
    for (const [line, move] of [
      ["If you push this, don't expect a good review.", "threat"],
      ["Keep this up and you won't have a job here much longer.", "threat"],
      ["You're just not a reliable engineer right now.", "character_label"],
      ["You only care about your own stuff.", "character_label"],
    ] as const) {
      const card = scoreTranscript(oneTurn(line), pattern);
      const flag = card.antiPatterns.find((f) => f.trigger === move);
      expect(flag, `${line} in ${pattern.id}`).toBeDefined();
      expect(card.passed, `${line} in ${pattern.id}`).toBe(false);
    }
  });
});

describe("a bare 'Anything else?' does not open the conversation", () => {
  const cases: [string, string][] = [
    ["weekly-one-on-one", "open"],
    ["supporting-a-struggling-report", "invite"],
    ["recognising-a-win", "their-view"],
    ["career-development-conversation", "aspirations"],
  ];
  it.each(cases)("%s / %s", (id, step) => {
    const pattern = content.patterns.get(id);
    if (!pattern) throw new Error(id);
    for (const line of [
      "Anything else?",
      "Is there anything else?",
      "Ok great. Anything else before we move on?",
    ]) {
      const card = scoreTranscript({ turns: [{ speaker: "manager", text: line }] }, pattern);
      expect(card.steps.find((s) => s.id === step)?.status, line).toBe("missed");
    }
    const asked = scoreTranscript(
      { turns: [{ speaker: "manager", text: "What else has been on your mind this week?" }] },
      pattern,
    );
    expect(asked.steps.find((s) => s.id === step)?.status).not.toBe("missed");
  });
});

describe("steps a non-committal line does not earn", () => {
  const statusOf = (id: string, step: string, lines: string[]) => {
    const pattern = content.patterns.get(id);
    if (!pattern) throw new Error(id);
    const turns = lines.flatMap((text) => [
      { speaker: "manager" as const, text },
      { speaker: "employee" as const, text: "Okay." },
    ]);
    return scoreTranscript({ turns }, pattern).steps.find((s) => s.id === step)?.status;
  };

  it.each([
    "ok great, let me know if you need anything.",
    "If you need anything, just shout.",
    "My door is always open.",
  ])("'%s' does not ask what would help", (line) => {
    expect(statusOf("supporting-a-struggling-report", "ask-what-helps", [line])).toBe("missed");
    expect(statusOf("weekly-one-on-one", "support", [line])).toBe("missed");
  });
  it("'What would make these 1-on-1s actually useful for you?' does", () => {
    expect(
      statusOf("weekly-one-on-one", "support", [
        "What would make these 1-on-1s actually useful for you?",
      ]),
    ).not.toBe("missed");
  });

  it.each([
    "It's really close though, you're doing great work.",
    "You're doing great work, don't worry about it too much.",
  ])("'%s' does not acknowledge the disappointment", (line) => {
    expect(statusOf("promotion-readiness-conversation", "acknowledge", [line])).toBe("missed");
    expect(statusOf("sharing-a-hard-decision", "acknowledge", [line])).toBe("missed");
  });
  it("praise that names the disappointment does", () => {
    expect(
      statusOf("sharing-a-hard-decision", "acknowledge", [
        "I know this is really disappointing, and you've been doing great work.",
      ]),
    ).not.toBe("missed");
  });

  it.each([
    ["delivering-difficult-feedback", "next-step", "Let's just try to do better next sprint, ok?"],
    ["sharing-a-hard-decision", "next-step", "Let's catch up again sometime."],
    ["pip-kickoff", "check-ins", "You should try to block time for code reviews each morning."],
    [
      "career-development-conversation",
      "follow-up",
      "Maybe wait until after the upgrade and we can revisit?",
    ],
  ])("%s / %s: %s", (id, step, line) => {
    expect(statusOf(id, step, [line])).toBe("missed");
  });
});

describe("asking how to share the credit recognises the contributor", () => {
  it("counts for 'Recognise the contributors too'", () => {
    const pattern = content.patterns.get("recognising-a-win");
    if (!pattern) throw new Error("recognising-a-win");
    const card = scoreTranscript(
      {
        turns: [
          {
            speaker: "manager",
            text: "I also heard Noor built the replay harness - how would you like to share the credit with her?",
          },
        ],
      },
      pattern,
    );
    expect(card.steps.find((s) => s.id === "others")?.status).not.toBe("missed");
  });
});

describe("ground rules are about how the two will talk", () => {
  const status = (text: string) => {
    const pattern = content.patterns.get("conflict-mediation-opening");
    if (!pattern) throw new Error("conflict-mediation-opening");
    return scoreTranscript({ turns: [{ speaker: "manager", text }] }, pattern).steps.find(
      (s) => s.id === "ground-rules",
    )?.status;
  };
  it("a task asked with leave is no ground rule", () => {
    expect(status("Elena, would you be willing to define the criteria by next Wednesday?")).toBe(
      "missed",
    );
  });
  it("leave asked for how they speak is", () => {
    expect(status("Can we agree that each of you finishes before the other one answers?")).not.toBe(
      "missed",
    );
  });
});

describe("evidence that is the step's, not a neighbour's (review 2, defect 14)", () => {
  const evidence = (id: string, step: string, lines: string[]) => {
    const pattern = content.patterns.get(id);
    if (!pattern) throw new Error(id);
    const turns = lines.flatMap((text) => [
      { speaker: "manager" as const, text },
      { speaker: "employee" as const, text: "Okay." },
    ]);
    const found = scoreTranscript({ turns }, pattern).steps.find((s) => s.id === step);
    return (found?.evidence ?? []).map((e) => e.quote);
  };

  it("the reaction acknowledged and the plan do not say the decision", () => {
    expect(
      evidence("promotion-readiness-conversation", "decision-first", [
        "That's really disappointing, especially after asking about it for months.",
        "Lets meet every two weeks to check progress on it, starting next Friday.",
      ]),
    ).toEqual([]);
    expect(
      evidence("promotion-readiness-conversation", "decision-first", [
        "Marcus, you didn't get promoted. The committee said no.",
      ]),
    ).not.toEqual([]);
  });

  it("one side's view said back is no neutral purpose", () => {
    expect(
      evidence("conflict-mediation-opening", "purpose", [
        "So for you the real problem is that checkout paged nine times last month and you think the current design is the cause.",
      ]),
    ).toEqual([]);
  });

  it("the manager's own commitment sets no expectation of them", () => {
    expect(
      evidence("pip-kickoff", "expectations", [
        "I'll set up the flexible hours with HR this week.",
      ]),
    ).toEqual([]);
    expect(
      evidence("pip-kickoff", "expectations", [
        "By Friday the 20th, you'll have every review assigned to you answered within two days.",
      ]),
    ).not.toEqual([]);
  });
});
