import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Content, castOf, factsOf, fillSlots, loadContent } from "../content";
import { BriefingListSchema, BriefingSchema } from "../content/briefing.schema";
import { contentRoutes } from "./content-routes";
import { installErrorHandler } from "./errors";

const REPO = join(import.meta.dirname, "..", "..");
let app: FastifyInstance;
let content: Content;

beforeAll(async () => {
  const loaded = await loadContent(REPO);
  expect(loaded.problems).toEqual([]);
  content = loaded.content;
  app = Fastify();
  installErrorHandler(app);
  await app.register(contentRoutes, { content });
  await app.ready();
});

afterAll(async () => {
  await app.close();
});

async function get(url: string) {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json(), text: res.body };
}

const ids = (body: { scenarios: { id: string }[] }) => body.scenarios.map((s) => s.id).sort();

describe("GET /api/scenarios", () => {
  it("lists every scenario with its card fields", async () => {
    const { status, body } = await get("/api/scenarios");
    expect(status).toBe(200);
    expect(body.scenarios).toHaveLength(content.scenarios.size);
    const card = body.scenarios.find((s: { id: string }) => s.id === "architecture-mediation");
    expect(card).toMatchObject({
      title: "Two seniors, one architecture decision",
      level: "L2",
      track: "ic",
      skill: "mediation",
      difficulty: 4,
      estimatedMinutes: 25,
      personas: [
        { id: "tomas", name: "Tomás Herrera", role: "Senior Software Engineer, Checkout" },
        { id: "elena", name: "Elena Voss", role: "Staff Engineer, Platform Architecture" },
      ],
      patterns: [{ id: "conflict-mediation-opening", title: "Conflict mediation opening" }],
    });
  });

  it.each([
    ["level=L4", ["dismissive-code-reviews"]],
    ["track=ic", ["architecture-mediation", "career-goals-exploration"]],
    ["persona=elena", ["architecture-mediation", "dismissive-code-reviews"]],
    ["pattern=pip-kickoff", ["pip-kickoff"]],
    ["difficulty=1", ["celebrating-a-win"]],
    ["level=L1&track=ic", ["career-goals-exploration"]],
    [
      "level=L3,L4",
      ["compensation-disappointment", "dismissive-code-reviews", "lateral-move-request"],
    ],
    [
      "persona=elena&persona=priya",
      [
        "architecture-mediation",
        "burnout-signals",
        "dismissive-code-reviews",
        "lateral-move-request",
      ],
    ],
    ["persona=nobody", []],
  ])("filters by %s", async (query, expected) => {
    const { status, body } = await get(`/api/scenarios?${query}`);
    expect(status).toBe(200);
    expect(ids(body)).toEqual(expected);
  });

  it.each([
    ["level=L9", "query.level.0"],
    ["difficulty=7", "query.difficulty.0"],
    ["track=manager&levle=L1", 'query: unknown key "levle" (expected level, track,'],
  ])("rejects %s with FD_BAD_REQUEST", async (query, mention) => {
    const { status, body } = await get(`/api/scenarios?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("FD_BAD_REQUEST");
    expect(body.error.message).toContain(mention);
  });
});

describe("GET /api/scenarios/:id", () => {
  it("returns the briefing", async () => {
    const { status, body } = await get("/api/scenarios/missed-sprint-commitments");
    expect(status).toBe(200);
    expect(body.situation).toContain("3 of the last 4 sprints");
    expect(body.goal).toBeTypeOf("string");
    expect(body.patterns[0].steps.length).toBeGreaterThan(2);
  });

  it("answers what the client's schema accepts, for the list and every scenario", async () => {
    const list = BriefingListSchema.safeParse((await get("/api/scenarios")).body);
    expect(list.error?.issues ?? []).toEqual([]);
    for (const id of content.scenarios.keys()) {
      const one = BriefingSchema.safeParse((await get(`/api/scenarios/${id}`)).body);
      expect({ id, issues: one.error?.issues ?? [] }).toEqual({ id, issues: [] });
    }
  });

  it("answers 404 FD_SCENARIO_NOT_FOUND for an unknown id", async () => {
    const { status, body } = await get("/api/scenarios/no-such-scenario");
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: "FD_SCENARIO_NOT_FOUND", message: 'no scenario "no-such-scenario"' },
    });
  });

  it("never contains a persona's hidden fields, for every scenario", async () => {
    for (const scenario of content.scenarios.values()) {
      const { status, text } = await get(`/api/scenarios/${scenario.id}`);
      expect(status).toBe(200);
      const list = (await get(`/api/scenarios?persona=${scenario.personas[0]}`)).text;
      const facts = factsOf(scenario);
      const hidden = castOf(scenario, content).flatMap((p) => [
        p.innerModel.coreBelief,
        p.innerModel.copingStyle,
        ...p.innerModel.wants,
        ...p.innerModel.fears,
        ...p.concerns.flatMap((c) => [c.summary, ...c.revealLines]),
        ...Object.entries(p.sensitivities).map(
          ([move, shift]) => `"${move}":${JSON.stringify(shift)}`,
        ),
      ]);
      for (const body of [text, list]) {
        for (const key of [
          "innerModel",
          "concerns",
          "sensitivities",
          "revealLines",
          "phrases",
          "hiddenFacts",
        ]) {
          expect(body, `${scenario.id}: ${key}`).not.toContain(`"${key}"`);
        }
        for (const secret of hidden) {
          const encoded = JSON.stringify(fillSlots(secret, facts)).slice(1, -1);
          expect(body, `${scenario.id} leaks: ${secret}`).not.toContain(encoded);
        }
      }
    }
  });
});

describe("GET /api/patterns", () => {
  it("lists every pattern with the scenarios that practise it", async () => {
    const { status, body } = await get("/api/patterns");
    expect(status).toBe(200);
    expect(body.patterns).toHaveLength(content.patterns.size);
    const feedback = body.patterns.find(
      (p: { id: string }) => p.id === "delivering-difficult-feedback",
    );
    expect(feedback.scenarios.sort()).toEqual([
      "dismissive-code-reviews",
      "missed-sprint-commitments",
      "resisting-feedback",
    ]);
  });

  it("returns one pattern in full", async () => {
    const { status, body } = await get("/api/patterns/recognising-a-win");
    expect(status).toBe(200);
    expect(body.version).toBe(4);
    expect(body.examples.good.length).toBeGreaterThanOrEqual(4);
    expect(body.snippet).toBeTypeOf("string");
  });

  it("answers 404 FD_PATTERN_NOT_FOUND for an unknown id", async () => {
    const { status, body } = await get("/api/patterns/nope");
    expect(status).toBe(404);
    expect(body.error.code).toBe("FD_PATTERN_NOT_FOUND");
  });
});

describe("GET /api/engine", () => {
  it("says the offline engine plays when no model is given", async () => {
    expect(await get("/api/engine")).toMatchObject({ status: 200, body: { engine: "offline" } });
  });
  it("names the model, and nothing of where it is served or its key", async () => {
    const withModel = Fastify();
    await withModel.register(contentRoutes, {
      content,
      engine: { engine: "model", model: "llama3.1" },
    });
    const res = await withModel.inject({ method: "GET", url: "/api/engine" });
    expect(res.json()).toEqual({ engine: "model", model: "llama3.1" });
    await withModel.close();
  });
});
