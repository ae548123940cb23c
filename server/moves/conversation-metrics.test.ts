import { describe, expect, it } from "vitest";
import {
  type ConversationMetrics,
  computeConversationMetrics,
  conversationQuality,
} from "./conversation-metrics";
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

  it("counts a say-back whatever else the turn does; the listening index codes a turn that also tells as input", () => {
    const m = computeConversationMetrics([
      employee("The pager went off every night and I barely slept."),
      manager("It sounds like the nights were exhausting, so you need to hand the pager over."),
      employee("Maybe."),
      manager("It sounds like the nights were exhausting. Research shows rotas of four work best."),
      employee("Right."),
      manager("It sounds like the nights were exhausting."),
    ]);
    // Each turn says back, then advises or informs: a mentor reads all three as saying back, as
    // the listening steps do (review 8b #5).
    expect(m.reflections).toBe(3);
    expect(m.advice).toBe(1);
    // The listening index codes a turn that also tells as input, as AnnoMI's coders do.
    expect(m.inputFreeReflections).toBe(1);
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

describe("engagedTalkShare", () => {
  it("leaves out terse replies to short turns, keeps a terse reply to a speech", () => {
    const speech = "We are changing the roadmap. ".repeat(13); // 65 words
    const m = computeConversationMetrics([
      manager("How was the week?"), // 4 words, answered "Fine." (left out)
      employee("Fine."),
      manager("What made Tuesday hard?"), // 4 words
      employee("The deploy broke twice and nobody was around."), // 8 words
      manager(speech),
      employee("Okay."), // terse, but to a speech: counted
    ]);
    expect(m.engagedTalkShare).toBeCloseTo((4 + 65) / (4 + 8 + 65 + 1), 5);
    expect(m.engagedLongestTurn).toBe(4);
    expect(m.managerTalkShare).toBeCloseTo((4 + 4 + 65) / (4 + 1 + 4 + 8 + 65 + 1), 5);
  });

  it("is null when the employee never said anything substantive", () => {
    const m = computeConversationMetrics([manager("Hi, all good?"), employee("Yep.")]);
    expect(m.engagedTalkShare).toBeNull();
    expect(m.engagedLongestTurn).toBe(-1);
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

  /** Metrics of a polite conversation: no advice, no put-downs, short turns. */
  const polite = (m: Partial<ConversationMetrics>): ConversationMetrics => {
    const all = { ...politeDefaults, ...m };
    // Every say-back here tells nothing else, so the index counts them all.
    return {
      ...all,
      inputFreeReflections: m.inputFreeReflections ?? all.reflections,
      inputFreeComplexReflections: m.inputFreeComplexReflections ?? all.complexReflections,
    };
  };
  const politeDefaults = {
    managerTurns: 9,
    employeeTurns: 9,
    managerTalkShare: 0.5,
    engagedTalkShare: 0.5,
    engagedLongestTurn: 0,
    questions: 0,
    openQuestions: 0,
    openQuestionShare: 0,
    reflections: 0,
    complexReflections: 0,
    complexReflectionShare: null,
    reflectionToQuestionRatio: 0,
    advice: 0,
    adviceWithoutPermission: 0,
    adviceWithoutPermissionPerTurn: 0,
    negativeMovesPerTurn: 0,
    longestMonologueWords: 30,
  };

  it("rates questions without a single reflection as poor (MITI 4.2: R:Q 0), however polite", () => {
    // The reviewer's resisting-feedback run: 18 questions, 0 reflections, rated 65% "fair".
    const q = conversationQuality(
      polite({ questions: 18, openQuestions: 18, openQuestionShare: 1 }),
    );
    expect(q).toBeLessThan(0.5);
  });

  it("never rates a ratio under 1:1 as good, and lets a ratio near it reach fair", () => {
    const near = polite({
      questions: 10,
      openQuestions: 9,
      openQuestionShare: 0.9,
      reflections: 8,
      complexReflections: 4,
      complexReflectionShare: 0.5,
      reflectionToQuestionRatio: 0.8,
    });
    expect(conversationQuality(near)).toBeLessThan(0.7);
    expect(conversationQuality(near)).toBeGreaterThanOrEqual(0.5);
  });

  it("does not rate restraint with one closed question and simple reflections as good", () => {
    // The reviewer's compensation-disappointment run: 83% "good" with one closed question and no
    // real reflection. Not advising and not interrupting is neutral, not good listening.
    const middling = polite({
      managerTalkShare: 0.79,
      questions: 1,
      reflections: 2,
      complexReflectionShare: 0,
      reflectionToQuestionRatio: 2,
    });
    expect(conversationQuality(middling)).toBeLessThan(0.7);
    const deep = polite({
      questions: 4,
      openQuestions: 4,
      openQuestionShare: 1,
      reflections: 8,
      complexReflections: 5,
      complexReflectionShare: 0.625,
      reflectionToQuestionRatio: 2,
    });
    expect(conversationQuality(deep)).toBeCloseTo(1, 5);
  });
});
