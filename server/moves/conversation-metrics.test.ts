import { describe, expect, it } from "vitest";
import { computeConversationMetrics, conversationQuality } from "./conversation-metrics";
import type { TranscriptTurn } from "./move.schema";

const manager = (text: string): TranscriptTurn => ({ speaker: "manager", text });
const employee = (text: string): TranscriptTurn => ({ speaker: "employee", text });

const LISTENING: TranscriptTurn[] = [
  manager("How has the on-call week been for you?"),
  employee("Honestly the pager went off every night and I barely slept."),
  manager("It sounds like the nights have been exhausting."),
  employee("Yeah. And the rollout slipped because of it."),
  manager("What would make next week more sustainable?"),
  employee("Maybe splitting nights with Sam."),
  manager("So splitting the nights with Sam would take the edge off."),
];

const LECTURING: TranscriptTurn[] = [
  manager("You need to answer pages faster. You should sleep earlier and keep your phone close."),
  employee("I was up every night."),
  manager("You always have an excuse. Did you read the runbook?"),
  employee("Yes."),
  manager("Try harder next week, and you must update the tickets."),
];

describe("computeConversationMetrics", () => {
  it("counts questions, reflections and talk share per turn", () => {
    const m = computeConversationMetrics(LISTENING);
    expect(m.managerTurns).toBe(4);
    expect(m.employeeTurns).toBe(3);
    expect(m.questions).toBe(2);
    expect(m.openQuestions).toBe(2);
    expect(m.openQuestionShare).toBe(1);
    expect(m.reflections).toBe(2);
    expect(m.reflectionToQuestionRatio).toBe(1);
    expect(m.adviceWithoutPermission).toBe(0);
    expect(m.managerTalkShare).toBeGreaterThan(0.3);
    expect(m.managerTalkShare).toBeLessThan(0.7);
  });

  it("counts unasked advice and negative moves", () => {
    const m = computeConversationMetrics(LECTURING);
    expect(m.adviceWithoutPermission).toBe(2);
    expect(m.adviceWithoutPermissionPerTurn).toBeCloseTo(2 / 3);
    expect(m.negativeMovesPerTurn).toBeGreaterThan(0);
    expect(m.longestMonologueWords).toBe(15);
  });

  it("does not count a reflection in a turn that also gives advice or information", () => {
    const m = computeConversationMetrics([
      employee("The pager went off every night and I barely slept."),
      manager("It sounds like the nights were exhausting, so you need to hand the pager over."),
      employee("Maybe."),
      manager("It sounds like the nights were exhausting. Research shows rotas of four work best."),
      employee("Right."),
      manager("It sounds like the nights were exhausting."),
    ]);
    expect(m.reflections).toBe(1);
    expect(m.advice).toBe(1);
  });

  it("does not count advice the employee asked for as unasked", () => {
    const m = computeConversationMetrics([
      employee("What should I do about the flaky tests?"),
      manager("You could quarantine them for a week."),
      employee("Okay."),
      manager("You should also rewrite the fixtures."),
    ]);
    expect(m.advice).toBe(2);
    expect(m.adviceWithoutPermission).toBe(1);
  });

  it("uses the moves it is given instead of detecting them", () => {
    const none = LISTENING.map(() => []);
    const m = computeConversationMetrics(LISTENING, none);
    expect(m.questions).toBe(0);
    expect(m.reflections).toBe(0);
  });

  it("returns zeros for an empty transcript", () => {
    const m = computeConversationMetrics([]);
    expect(m.managerTalkShare).toBe(0);
    expect(m.openQuestionShare).toBe(0);
    expect(conversationQuality(m)).toBeGreaterThanOrEqual(0);
  });
});

describe("conversationQuality", () => {
  it("ranks a listening-led conversation above a lecture", () => {
    const listening = conversationQuality(computeConversationMetrics(LISTENING));
    const lecturing = conversationQuality(computeConversationMetrics(LECTURING));
    expect(listening).toBeGreaterThan(lecturing);
    expect(listening).toBeLessThanOrEqual(1);
    expect(lecturing).toBeGreaterThanOrEqual(0);
  });
});
