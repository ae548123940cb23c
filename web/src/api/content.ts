import "./zod-config";
import { BriefingListSchema, BriefingSchema } from "../../../server/content/briefing.schema";
import { type EngineInfo, isEngineInfo } from "../model/engine";
import type { PatternSummary } from "../state/library-slice";
import { failure, LOADING, ready } from "../state/load";
import { useAppStore } from "../state/store";
import { objectOf, requestJson } from "./http";

const store = () => useAppStore.getState();

/** The scenario library (GET /api/scenarios); filtering happens on the client, instantly. */
export async function loadScenarios(options: { force?: boolean } = {}): Promise<void> {
  const current = store().scenarios.status;
  if (!options.force && (current === "ready" || current === "loading")) return;
  store().setScenarios(LOADING);
  try {
    const { scenarios } = await requestJson("/api/scenarios", BriefingListSchema);
    store().setScenarios(ready(scenarios));
    for (const b of scenarios) store().setBriefing(b.id, ready(b));
  } catch (err) {
    store().setScenarios(failure(err));
  }
}

/** One scenario's briefing (GET /api/scenarios/:id). */
export async function loadBriefing(id: string, options: { force?: boolean } = {}): Promise<void> {
  const current = store().briefings[id]?.status;
  if (!options.force && (current === "ready" || current === "loading")) return;
  store().setBriefing(id, LOADING);
  try {
    const briefing = await requestJson(`/api/scenarios/${encodeURIComponent(id)}`, BriefingSchema);
    store().setBriefing(id, ready(briefing));
  } catch (err) {
    store().setBriefing(id, failure(err));
  }
}

/** Pattern titles, for history and proficiency (GET /api/patterns). */
export async function loadPatterns(): Promise<void> {
  const current = store().patterns.status;
  if (current === "ready" || current === "loading") return;
  store().setPatterns(LOADING);
  try {
    const { patterns } = await requestJson(
      "/api/patterns",
      objectOf<{ patterns: PatternSummary[] }>((d) => Array.isArray(d.patterns)),
    );
    store().setPatterns(ready(patterns));
  } catch (err) {
    store().setPatterns(failure(err));
  }
}

/** Who plays the employee here (GET /api/engine), asked once: it does not change while the server runs. */
export async function loadEngine(): Promise<void> {
  const current = store().engine.status;
  if (current === "ready" || current === "loading") return;
  store().setEngine(LOADING);
  try {
    store().setEngine(ready(await requestJson("/api/engine", objectOf<EngineInfo>(isEngineInfo))));
  } catch (err) {
    store().setEngine(failure(err));
  }
}
