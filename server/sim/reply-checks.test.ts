import { describe, expect, it } from "vitest";
import { cachedInstructionLines, checkReply, instructionIndex, replyChecker } from "./reply-checks";
import { createRng } from "./rng";

const INSTRUCTIONS =
  "Never coach the manager, praise or grade their technique, or give advice about how to run this conversation.";
const ctx = {
  canary: "fd-canary-123abc",
  instructionWords: instructionIndex(INSTRUCTIONS),
};

/** The plain definition of a prompt leak: some six consecutive words of the reply are six consecutive words of the instructions. */
function leaksNaively(reply: string, instructions: string): boolean {
  const words = (t: string) => t.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  const runs = (w: string[]) =>
    w.slice(0, Math.max(0, w.length - 5)).map((_, i) => w.slice(i, i + 6).join(" "));
  const known = new Set(runs(words(instructions)));
  return runs(words(reply)).some((r) => known.has(r));
}

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

describe("replyChecker (a reply checked as it streams)", () => {
  const replies = [
    "Honestly, the last two sprints got away from me. I was told to never coach the manager, praise or grade their technique.",
    "I don't know. Maybe. As an AI I would say the estimates were off, but whatever.",
    "Fine.\n- first thing\n- second thing",
    "We shipped it late, FD-canary-123abc, and nobody asked why.",
    "I kept thinking I could catch up if I stayed later, and I did not want to ask for help again.",
    "never coach the manager, praise or grade their technique",
    "Never coach the manager praise or grade their techniques either.",
  ];

  // Every way of cutting each reply into chunks of 1–7 characters, from a fixed seed.
  function* cuts(text: string, seed: number): Generator<string[]> {
    let s = seed;
    for (let round = 0; round < 40; round++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; ) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const n = 1 + (s % 7);
        chunks.push(text.slice(i, i + n));
        i += n;
      }
      yield chunks;
    }
  }

  it.each(replies)("answers as checkReply does on every prefix: %s", (reply) => {
    for (const chunks of cuts(reply, reply.length)) {
      const check = replyChecker(ctx);
      let text = "";
      for (const chunk of chunks) {
        text += chunk;
        const streamed = check(text);
        expect(streamed).toEqual(checkReply(text, ctx));
        if (streamed) break;
      }
    }
  });

  it("finds the leak at the chunk where its sixth word ends, word by word", () => {
    const check = replyChecker(ctx);
    const said = ["So", " I", " never", " coach", " the", " manager,", " praise"];
    const answers = said.map((_, i) => check(said.slice(0, i + 1).join(""))?.kind ?? null);
    // "never coach the manager praise" is five words; the sixth arrives with " or grade" below.
    expect(answers).toEqual([null, null, null, null, null, null, null]);
    expect(check(`${said.join("")} or`)).toEqual({ kind: "leak", reason: "prompt" });
  });

  it("starts over on a text that does not continue the last one", () => {
    const check = replyChecker(ctx);
    expect(check("never coach the manager praise")).toBeNull();
    expect(check("Different start: never coach the manager, praise or")).toEqual({
      kind: "leak",
      reason: "prompt",
    });
  });
});

/** The same words over several lines, some shorter than a run: runs cross one or more line breaks. */
const MULTILINE =
  "Never coach\nthe\nmanager, praise or grade their technique, or give advice\nabout how to run this\nconversation.\n\nStay in character.";

describe("the prompt-leak check against its plain definition", () => {
  it.each([
    ["on one line", INSTRUCTIONS],
    ["over several lines", MULTILINE],
  ])(
    "agrees on 3,000 replies mixing runs of the instructions with other words (instructions %s)",
    (_, instructions) => {
      const ctx = { canary: "fd-canary-123abc", instructionWords: instructionIndex(instructions) };
      const pool = instructions.split(/\s+/);
      const other = [
        "I",
        "think",
        "the",
        "sprint",
        "was",
        "late,",
        "and",
        "how",
        "to",
        "run",
        "grade",
      ];
      const rng = createRng(7, 0);
      const next = (n: number) => Math.floor(rng.next() * n);
      let leaks = 0;
      for (let k = 0; k < 3000; k++) {
        const parts: string[] = [];
        while (parts.length < 4 + next(20)) {
          if (next(3) === 0) {
            // A run of 1–8 instruction words, in order, starting anywhere.
            const at = next(pool.length);
            parts.push(...pool.slice(at, at + 1 + next(8)));
          } else parts.push(other[next(other.length)] as string);
        }
        const reply = parts.join(next(4) === 0 ? "  " : " ");
        const expected = leaksNaively(reply, instructions);
        if (expected) leaks++;
        expect(checkReply(reply, ctx)?.reason === "prompt", reply).toBe(expected);
        // And streamed word by word.
        const check = replyChecker(ctx);
        let streamed = false;
        let text = "";
        for (const piece of reply.split(/(?<= )/)) {
          text += piece;
          if (check(text)?.reason === "prompt") streamed = true;
          if (streamed) break;
        }
        expect(streamed, reply).toBe(expected);
      }
      // Both kinds were met, many times.
      expect(leaks).toBeGreaterThan(300);
      expect(leaks).toBeLessThan(2700);
    },
  );
});

describe("the instructions' line cache", () => {
  it("keeps a line the second time it is seen, not the lines that change every turn", () => {
    const before = cachedInstructionLines();
    // Fifty turns, each with its own state line: indexed for that reply, never kept.
    for (let turn = 0; turn < 50; turn++) {
      instructionIndex(
        `Your state this turn: trust ${turn} of 50, stress rising since turn ${turn}.`,
      );
    }
    expect(cachedInstructionLines()).toBe(before);
    // The persona's lines come back every turn: kept from the second time on.
    const persona =
      "You are Sam Ortiz, a backend engineer.\nYou have been on call twice this month.";
    instructionIndex(persona);
    expect(cachedInstructionLines()).toBe(before);
    instructionIndex(persona);
    expect(cachedInstructionLines()).toBe(before + 2);
    instructionIndex(persona);
    expect(cachedInstructionLines()).toBe(before + 2);
  });

  it("finds the same runs whether a line came from the cache or not", () => {
    const text = "Never coach the manager or grade their technique.\nStay in character as Sam.";
    const reply = "honestly I would never coach the manager or grade anything";
    const first = replyChecker({ canary: "fd-x", instructionWords: instructionIndex(text) })(reply);
    instructionIndex(text);
    const cached = replyChecker({ canary: "fd-x", instructionWords: instructionIndex(text) })(
      reply,
    );
    expect(first).toEqual({ kind: "leak", reason: "prompt" });
    expect(cached).toEqual(first);
  });
});
