import "./zod-config";
import {
  LintResultSchema,
  SessionListSchema,
  SessionRecordSchema,
} from "../../../server/sessions/record.schema";
import { failed, failure, LOADING, ready } from "../state/load";
import { useAppStore } from "../state/store";
import { ApiError, messageOf, objectOf, requestJson } from "./http";

const store = () => useAppStore.getState();

export interface StartOptions {
  coachHints: boolean;
  difficulty?: number | undefined;
}

/** Creates a practice session (POST /api/sessions) and returns its id; the live page then attaches. */
export async function startSession(scenarioId: string, options: StartOptions): Promise<string> {
  const session = await requestJson(
    "/api/sessions",
    objectOf<{ id: string }>((d) => typeof d.id === "string"),
    {
      method: "POST",
      body: JSON.stringify({
        scenarioId,
        options: {
          coachHints: options.coachHints,
          ...(options.difficulty ? { difficulty: options.difficulty } : {}),
        },
      }),
    },
  );
  return session.id;
}

/** The debrief record of one session (GET /api/sessions/:id), re-read when asked. */
export async function loadRecord(id: string, options: { force?: boolean } = {}): Promise<void> {
  const current = store().records[id]?.status;
  if (!options.force && current === "loading") return;
  if (current !== "ready") store().setRecord(id, LOADING);
  try {
    const record = await requestJson(
      `/api/sessions/${encodeURIComponent(id)}`,
      SessionRecordSchema,
    );
    store().setRecord(id, ready(record));
  } catch (err) {
    store().setRecord(id, failure(err));
  }
}

/**
 * Reads a record that is shown again, in place (the debrief waiting for the model's second
 * opinion). A failed read leaves what is shown; the next one may do.
 */
export async function refreshRecord(id: string): Promise<void> {
  try {
    const record = await requestJson(
      `/api/sessions/${encodeURIComponent(id)}`,
      SessionRecordSchema,
    );
    store().setRecord(id, ready(record));
  } catch {
    // Kept as shown.
  }
}

/** Every attempt, newest first, with its score (GET /api/sessions). */
export async function loadHistory(): Promise<void> {
  if (store().history.status !== "ready") store().setHistory(LOADING);
  try {
    const { sessions } = await requestJson("/api/sessions", SessionListSchema);
    store().setHistory(ready(sessions));
  } catch (err) {
    store().setHistory(failure(err));
  }
}

/** My sessions on one scenario (`GET /api/sessions?scenarioId=`), for what counts toward it. */
export const loadSessions = async (scenarioId: string) =>
  (
    await requestJson(
      `/api/sessions?scenarioId=${encodeURIComponent(scenarioId)}`,
      SessionListSchema,
    )
  ).sessions;

/**
 * Deletes one of my sessions with its turns, scores and reviews (DELETE /api/sessions/:id), then
 * reads the history again.
 */
export async function deleteSession(id: string): Promise<void> {
  await requestJson(
    `/api/sessions/${encodeURIComponent(id)}`,
    { parse: () => undefined },
    {
      method: "DELETE",
    },
  );
  await loadHistory();
}

/** The download address of a transcript export. */
export const exportUrl = (id: string, format: "json" | "md") =>
  `/api/sessions/${encodeURIComponent(id)}/export?format=${format}`;

/** Runs the leadership linter on a draft (POST /api/lint). */
export async function lintDraft(text: string): Promise<void> {
  store().setLint(LOADING);
  try {
    const { flags } = await requestJson("/api/lint", LintResultSchema, {
      method: "POST",
      body: JSON.stringify({ text }),
    });
    store().setLint(ready({ text, flags: [...flags].sort((a, b) => a.start - b.start) }));
  } catch (err) {
    const message =
      err instanceof ApiError && err.status === 404
        ? "The linter is not available on this server yet."
        : messageOf(err);
    store().setLint(failed(message));
  }
}
