import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { ReactionsSchema } from "../content/persona.schema";
import { parseScript, playScript } from "./play-script";
import { employeeStep, lineAnswers } from "./proposal";
import { stepSimulation } from "./simulate";
import { extraBanks } from "./voice-extra";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const script = (id: string) =>
  parseScript(readFileSync(new URL(`../../eval/personas/${id}.good.txt`, import.meta.url), "utf8"));

describe("employeeStep", () => {
  it("takes the step put to the employee, in their words, and stops where another subject starts", () => {
    expect(
      employeeStep(
        "So the next step: you'll split the reconciliation work into smaller tickets before Thursday's sprint planning, and I'll flag the incident follow-up work to Product. Does that work for you?",
      ),
    ).toBe("split the reconciliation work into smaller tickets before Thursday's sprint planning");
    expect(
      employeeStep(
        "Let's agree: you lead the design review for the billing service by the end of the month, and we check in on the 15th.",
      ),
    ).toBe("lead the design review for the billing service by the end of the month");
    expect(
      employeeStep(
        "Let's agree: you'll let people finish before you respond in the next two postmortems, I'll pair Wei with you on the retry service this sprint.",
      ),
    ).toBe("let people finish before I respond in the next two postmortems");
    expect(employeeStep("Can you send me the draft by Friday?")).toBe(
      "send you the draft by Friday",
    );
    expect(employeeStep("Let's meet weekly, and you'll bring one thing that's on your mind.")).toBe(
      "bring one thing that's on my mind",
    );
  });

  it("finds no step in a plan for both of them, a check-in, or the manager's own action", () => {
    for (const text of [
      "Let's put ledger alerts on the real rotation from next sprint, and you and I review the interrupt log at our 1-on-1 next Thursday.",
      "Let's check in on Friday after planning to see how it went.",
      "I'll write down what the review would need to see by next Friday.",
    ])
      expect(employeeStep(text), text).toBeNull();
  });

  it("leaves a step put to someone else by name to them", () => {
    const text = "Tomás, you'll add the cost section, and Elena, you'll review it by Friday.";
    expect(employeeStep(text, ["Elena"])).toBe("add the cost section");
    expect(employeeStep(text, ["Tomás"])).toBe("review it by Friday");
  });
});

describe("employeeStep, a plan put as a question", () => {
  it.each([
    [
      "How about you log every interrupt for the next sprint and we bring that log to planning?",
      "log every interrupt for the next sprint",
    ],
    [
      "What if you led the design review across the two teams, and mentored one of the new engineers?",
      "lead the design review across the two teams, and mentor one of the new engineers",
    ],
    [
      "What if you reviewed two other teams' design docs a month?",
      "review two other teams' design docs a month",
    ],
    ["What if you scheduled a retro with Wei?", "schedule a retro with Wei"],
    ["What if you shared the runbook and logged the pages?", "share the runbook and log the pages"],
    ["What if you tried pairing with Wei?", "try pairing with Wei"],
  ])("%s", (text, step) => {
    expect(employeeStep(text)).toBe(step);
  });

  it("takes no step from a plan for them and someone else, or a question about what they want", () => {
    expect(employeeStep("What if you and Noor presented it at the all-hands?")).toBeNull();
    expect(employeeStep("What would help you most between now and June?")).toBeNull();
    // A question about what they want or think asks no step ("I'll want that" is no commitment).
    expect(employeeStep("Would you want that?")).toBeNull();
    expect(employeeStep("How would you like to share the credit with her?")).toBeNull();
    expect(employeeStep("Would you agree that the dates slipped?")).toBeNull();
  });
});

describe("reactions.commitTo", () => {
  it("must carry the proposed step once, and no fact of a scenario", () => {
    expect(
      ReactionsSchema.safeParse({ commitTo: ["Fine. I'll {step}.", "I'll {step}."] }).success,
    ).toBe(true);
    const bad = ReactionsSchema.safeParse({
      commitTo: ["I'll do it.", "I'll {step} on {project}."],
    });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["commitTo.0", "commitTo.1"]);
  });
});

describe("lineAnswers", () => {
  const proposal =
    "So the next step: you'll split the reconciliation work into smaller tickets before Thursday's sprint planning. Does that work?";
  it("needs the step's verb and nothing of substance the manager did not say", () => {
    const step = employeeStep(proposal);
    // Four shared words (reconciliation, before, Thursday, planning), and still a different plan.
    expect(
      lineAnswers(
        "I'll re-estimate the ledger reconciliation rewrite with Wei before Thursday's planning.",
        proposal,
        step,
      ),
    ).toBe(false);
    expect(lineAnswers("I'll have the runbook draft in the wiki by Friday.", proposal, step)).toBe(
      false,
    );
    expect(lineAnswers("I'll split the reconciliation work before planning.", proposal, step)).toBe(
      true,
    );
  });
});

describe("a commitment answers what the manager proposed (review: ux 8)", () => {
  // The reviewer's lines (offline engine): each ends with a step put to the employee.
  const CASES: Array<{ id: string; lines: string[]; step: string; invented: RegExp }> = [
    {
      id: "missed-sprint-commitments",
      lines: [
        "Thanks for making time, Dana. I'd like to talk about sprint commitments: in 3 of the last 4 sprints work has carried over, including 21 story points from Sprint 42 on the ledger reconciliation rewrite.",
        "The impact has been that Product has asked me twice why the Payments forecast keeps slipping, and Wei picked up one of your tickets at planning. What's your read on it?",
        "It sounds like the estimates felt unrealistic to you and you've been carrying more than the board shows. Is that right?",
        "What would help? What could we change so the commitments match what's actually possible?",
        "So the next step: you'll split the reconciliation work into smaller tickets before Thursday's sprint planning, and I'll flag the incident follow-up work to Product. Does that work for you?",
        "Let's check in on Friday after planning to see how it went. Thank you for being open with me, Dana.",
      ],
      step: "split the reconciliation work into smaller tickets",
      invented: /runbook|re-estimate|log every interrupt|pair with|flag scope/i,
    },
    {
      id: "dismissive-code-reviews",
      lines: [
        "Elena, thanks for making time. I'd like to talk about code review comments. On three PRs last week, including Sam's retry-logic change on Tuesday, your comments were one line like 'this is wrong, redo it' with no explanation.",
        "The impact has been that two of the newer engineers have stopped requesting your review, and Sam told me he now waits until you're offline to merge. What's your read on it?",
        "It sounds like you're frustrated that the same mistakes keep coming back, and you feel like you're the only one holding the quality bar.",
        "That makes sense; you've carried a lot of the review load. What would help you give the context without it taking all your time?",
        "So the next step: you'll add a one-line why to each blocking comment starting this week, and I'll set up the review rotation so you're not on every PR by Friday. Does that work?",
        "Let's check in at our 1-on-1 next Thursday to see how it's going. Thanks for hearing me out, Elena.",
      ],
      step: "add a one-line why to each blocking comment",
      invented: /review guide|office hours|pick two codeowners|talk to the engineer/i,
    },
    {
      id: "promotion-not-yet",
      lines: [
        ...script("promotion-not-yet").slice(0, -1),
        "Let's agree: you lead the design review for the billing service by the end of the month, and we check in on the 15th.",
      ],
      step: "lead the design review for the billing service",
      invented: /query-understanding|rotation|gap list|mentor/i,
    },
  ];

  it.each(CASES)("$id: the employee takes on the step proposed, over eight seeds", (c) => {
    const scenario = scenarioOf(content, c.id);
    let commits = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const played = playScript(scenario, content, c.lines, { seed });
      for (const step of played.steps) {
        if (step.intent !== "commit") continue;
        commits++;
        expect(step.reply.text, `seed ${seed}`).toContain(c.step);
        expect(step.reply.text, `seed ${seed}`).not.toMatch(c.invented);
        // The model is asked for that step, but the step (the manager's words) stays out of the
        // system prompt: it reads it in the manager's message.
        expect(step.plan.intentGuide).toContain("Commit to the step the manager proposed for you");
        expect(step.plan.intentGuide).not.toContain(c.step);
        expect(step.plan.example).not.toContain(c.step);
      }
      if (played.outcome === "resolved") {
        const said = played.state.personas.flatMap((p) => p.committed).join(" ");
        expect(said, `seed ${seed}`).toContain(c.step);
      }
    }
    expect(commits).toBeGreaterThan(0);
  });

  it("a check-in after a step put to them takes on that step, not another", () => {
    const scenario = scenarioOf(content, "missed-sprint-commitments");
    const lines = CASES[0]?.lines as string[];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      // Up to the reveal, then the step put to her, met with a hedge (as at a harder difficulty).
      const played = playScript(scenario, content, lines.slice(0, 4), { seed });
      const history = [
        ...played.turns.map((t) => ({ speaker: t.speaker, text: t.text })),
        { speaker: "manager" as const, text: lines[4] as string },
        { speaker: "employee" as const, text: "Maybe. I'd want to think about it." },
      ];
      const step = stepSimulation(played.state, lines[5] as string, {
        scenario,
        content,
        seed,
        turnIndex: 5,
        history,
      });
      expect(step.intent, `seed ${seed}`).toBe("commit");
      expect(step.reply.text).toContain("split the reconciliation work into smaller tickets");
      expect(step.reply.text).not.toMatch(CASES[0]?.invented as RegExp);
    }
  });

  it("a plan that asks no step of them gets a plain yes, never a deliverable of their own", () => {
    // "I'll write down what the review would need to see" (the manager's); "Let's take you off the rotation".
    for (const id of ["compensation-disappointment", "burnout-signals"]) {
      const scenario = scenarioOf(content, id);
      const persona = content.personas.get(scenario.personas[0] as string);
      const own = scenario.overrides?.[persona?.id ?? ""]?.phrases?.commit ?? [];
      for (const seed of [1, 2, 3, 4, 5]) {
        const played = playScript(scenario, content, script(id), { seed });
        const step = played.steps.at(-1);
        expect(step?.intent).toBe("commit");
        expect(played.outcome).toBe("resolved");
        expect(extraBanks(persona ?? {}).accept).toContain(step?.reply.text);
        for (const line of [...(persona?.phrases.commit ?? []), ...own])
          expect(step?.reply.text).not.toContain(line.slice(0, 20));
      }
    }
  });
});

describe("employeeStep, a step put to them by name (review 8 #7)", () => {
  // Said to the two of them: the named one's own "her"/"his" is theirs ("my"), another's stays.
  it.each([
    [
      "ok so: Elena lists her objections by friday, Tomás adds a failure section, and we meet on the 10th. Does that work for both of you?",
      "Elena",
      "she/her",
      "list my objections by friday",
    ],
    [
      "What if Elena writes up her concerns about the client library before Thursday?",
      "Elena",
      "she/her",
      "write up my concerns about the client library before Thursday",
    ],
    [
      "Tomás revises his RFC with a rollback plan by the 5th, and Elena reviews it.",
      "Tomás",
      "he/him",
      "revise my RFC with a rollback plan by the 5th",
    ],
    ["Elena reviews his RFC by Friday.", "Elena", "she/her", "review his RFC by Friday"],
  ])("%s", (text, own, pronouns, step) => {
    expect(employeeStep(text, [], own, pronouns)).toBe(step);
  });
});
