import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { loadValidContent } from "../content";
import { installErrorHandler } from "./errors";
import { lintRoutes, MAX_DRAFT_CHARS } from "./lint-routes";

const content = await loadValidContent(join(import.meta.dirname, "..", ".."));
let app: FastifyInstance | undefined;

/** The routes with the app's error handler, which turns a refusal into `{"error": …}`. */
async function build(): Promise<FastifyInstance> {
  app = Fastify();
  installErrorHandler(app);
  await app.register(lintRoutes, { content });
  return app;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("POST /api/lint", () => {
  it("returns the flags of a draft with spans, title, explanation, message and suggestion", async () => {
    const res = await (await build()).inject({
      method: "POST",
      url: "/api/lint",
      payload: { text: "Honestly, you always skip the checklist." },
    });
    expect(res.statusCode).toBe(200);
    const { flags } = res.json() as { flags: { rule: string; start: number; end: number }[] };
    expect(flags).toContainEqual(
      expect.objectContaining({ rule: "absolute-blame", start: 10, end: 20 }),
    );
    expect(Object.keys(flags[0] ?? {}).sort()).toEqual([
      "end",
      "explanation",
      "message",
      "rule",
      "start",
      "suggestion",
      "title",
    ]);
  });

  it("returns no flags for a clean draft", async () => {
    const res = await (await build()).inject({
      method: "POST",
      url: "/api/lint",
      payload: { text: "Thanks everyone for a calm incident response last night." },
    });
    expect(res.json()).toEqual({ flags: [] });
  });

  it("accepts a draft of exactly the limit", async () => {
    const res = await (await build()).inject({
      method: "POST",
      url: "/api/lint",
      payload: { text: "a".repeat(MAX_DRAFT_CHARS) },
    });
    expect(res.statusCode).toBe(200);
  });

  it.each([
    [
      "a draft over the limit",
      { text: "a".repeat(MAX_DRAFT_CHARS + 1) },
      /body\.text: expected at most 5000/,
    ],
    ["a missing text", {}, /^body\.text: missing \(expected string\)$/],
    ["a text that is not a string", { text: 42 }, /^body\.text: Invalid input: expected string/],
    [
      "an unknown field",
      { text: "hi", extra: true },
      /^body: unknown key "extra" \(expected text\)$/,
    ],
    [
      "a misspelled field (review 7: one wording for every problem)",
      { txt: "hi" },
      /^body\.text: missing \(expected string\); body: unknown key "txt" \(expected text\)$/,
    ],
  ])("answers 400 FD_BAD_REQUEST for %s", async (_, payload, message) => {
    const res = await (await build()).inject({ method: "POST", url: "/api/lint", payload });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe("FD_BAD_REQUEST");
    expect(body.error.message).toMatch(message);
  });

  it("answers malformed JSON through the app's error handler as FD_BAD_REQUEST", async () => {
    const res = await (await build()).inject({
      method: "POST",
      url: "/api/lint",
      headers: { "content-type": "application/json" },
      payload: '{"text": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: "FD_BAD_REQUEST" } });
  });
});
