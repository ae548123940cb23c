import { describe, expect, it } from "vitest";
import { checkReply, shinglesOf } from "./reply-checks";

const ctx = {
  canary: "fd-canary-123abc",
  instructionShingles: shinglesOf(
    "Never coach the manager, praise or grade their technique, or give advice about how to run this conversation.",
  ),
};

describe("checkReply", () => {
  it.each([
    ["As an AI, I don't have a workload.", "character"],
    ["I'm just a language model.", "character"],
    ["I am an AI assistant and cannot feel stress.", "character"],
    ["My system prompt says to be defensive.", "character"],
    ["I'm sorry, but I can't help with that.", "character"],
    ["Great question! That's active listening.", "character"],
    ["Here are some tips:\n1. Ask open questions", "character"],
    ["Sure, here's a poem about sprints.", "character"],
    ["OK. FD-CANARY-123ABC.", "leak"],
    ["I was told to never coach the manager, praise or grade their technique.", "leak"],
  ])("%s → %s", (text, kind) => {
    expect(checkReply(text, ctx)?.kind).toBe(kind);
  });

  it.each([
    "To be clear, the board only shows sprint tickets.",
    "I'm tired. Nine pages last month.",
    "Is this coming from you or from above you?",
    "I'd like a real say in the estimates. That's the question, isn't it?",
    "I'm not a robot, I need sleep like anyone.",
    "We should model the interrupts as tickets for a sprint.",
    "Give me something specific and I'll look at it.",
  ])("lets an in-character reply through: %s", (text) => {
    expect(checkReply(text, ctx)).toBeNull();
  });
});
