import { describe, expect, it } from "vitest";
import { shippedContent } from "../../tests/support/shipped-content";
import { extraBanks } from "../sim/voice-extra";
import { acceptsStep } from "./agreement";

/**
 * Review 6 (27 November), item 6: "Agree a specific next step" was Done while the employee answered
 * the plan with "Maybe. I'd want to see the numbers first." or "Hm. Okay.". The scorecard reads a
 * reply with no recorded intent with acceptsStep; the personas' own lines keep it honest.
 */
const content = await shippedContent();

describe("acceptsStep on the personas' own lines", () => {
  for (const persona of content.personas.values()) {
    const extra = extraBanks(persona);
    it(`${persona.id}: every commitment and every accepting reaction agrees`, () => {
      for (const line of [...(persona.phrases.commit ?? []), ...extra.accept])
        expect(acceptsStep(line), line).toBe(true);
    });
    it(`${persona.id}: no hedge, refusal or escalation agrees`, () => {
      for (const line of [...extra.hedge, ...extra.reject, ...(persona.phrases.escalate ?? [])])
        expect(acceptsStep(line), line).toBe(false);
    });
    it(`${persona.id}: no acknowledgement or thanks alone agrees`, () => {
      for (const line of persona.phrases.acknowledge ?? [])
        expect(acceptsStep(line), line).toBe(false);
    });
  }
});

describe("acceptsStep on replies from transcripts", () => {
  it.each([
    "Okay. That's actually reasonable.",
    "Fine.",
    "Thursday. Fine.",
    "The 9th works.",
    "Okay, let's do that.",
    "Yes, Friday works.",
    "Elena: Fine.",
    "Deal.",
    "I'll draft the review guide by next Friday.",
    "Hm. Yes, that's workable.",
  ])("agrees: %s", (reply) => expect(acceptsStep(reply)).toBe(true));

  it.each([
    "Maybe. I'd want to see the numbers first.",
    "Hm. Okay.",
    "Huh. Okay.",
    "Noted.",
    "Okay. Thursdays at 2. We'll see.",
    "No. That treats the symptom.",
    "That's not reasonable.",
    "I'll take this to the architecture council.",
    "Anything else?",
    "Okay. Thanks.",
    "okay. thanks.",
    "Thanks, I guess.",
    "Noted. Thanks.",
    "Cool.",
    "Good to hear.",
  ])("does not agree: %s", (reply) => expect(acceptsStep(reply)).toBe(false));

  // The manager offering to act themselves leaves them nothing to take on but the offer: thanks
  // takes it (the labelled conversations read it so, eval/manager-lines/fresh).
  it.each([
    [
      "okay. thanks.",
      "Done. I'll take you off primary for the next two rotations starting Monday; Lars covers.",
    ],
    ["ok. thank you. really.", "ill post the new schedule by EOD friday"],
    [
      "okay. thanks.",
      "Okay. I’ll draft a handover plan with Hamid and send it to you by Wednesday the 18th.",
    ],
  ])("thanks for the manager's own offer agrees: %s", (reply, step) =>
    expect(acceptsStep(reply, step)).toBe(true),
  );
  it.each([
    [
      "Okay. Thanks.",
      "So you pick a second codeowner by Friday and draft the review guide. Does that work?",
    ],
    ["Noted. Thanks.", "Let's have you present the design at Thursday's review."],
  ])("thanks for a step asked of them does not agree: %s", (reply, step) =>
    expect(acceptsStep(reply, step)).toBe(false),
  );
});
