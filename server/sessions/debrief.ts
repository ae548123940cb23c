import { type Content, castOf, type Scenario } from "../content";
import {
  type FlownStep,
  leftUnanswered,
  type ManagerBrief,
  managerBriefOf,
  raisedAtEnd,
  type SimState,
  saysConcern,
  stillNeeded,
} from "../sim";
import type { BranchRow, SessionRow, TurnRow } from "../store/sessions-repo";
import { answeredTurns, branchTurns, outcomeOfLine, scoringInputOf } from "./conversation";
import type { Scorer } from "./engines";

interface StoredStep {
  sim?: unknown;
  speakerId?: string;
  intent?: string;
  reveals?: string[];
  changes?: unknown[];
  outcome?: string | null;
}

export interface TrajectoryPoint {
  /** Index of the employee turn in the branch's conversation. */
  turn: number;
  speakerId: string;
  intent: string;
  /** Per persona: trust, guard, stress, engagement after this turn. */
  state: Record<string, Record<string, number>>;
  changes: unknown[];
  reveals: string[];
}

/** Pulls `{personaId: {trust, guard, stress, engagement}}` out of the engine's state without knowing its shape beyond that. */
export function visibleState(sim: unknown): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const personas = (sim as { personas?: unknown } | null)?.personas;
  const entries = Array.isArray(personas)
    ? personas.map((p) => [String((p as { id?: unknown }).id ?? ""), p] as const)
    : personas && typeof personas === "object"
      ? Object.entries(personas)
      : [];
  for (const [id, p] of entries) {
    const source = ((p as { state?: unknown }).state ?? p) as Record<string, unknown>;
    const values: Record<string, number> = {};
    for (const key of ["trust", "guard", "stress", "engagement"]) {
      if (typeof source[key] === "number") values[key] = source[key] as number;
    }
    out[id] = values;
  }
  return out;
}

export function trajectoryOf(turns: readonly TurnRow[]): TrajectoryPoint[] {
  return turns.flatMap((t) => {
    const s = t.state as StoredStep | null;
    if (t.speaker !== "employee" || !s) return [];
    return [
      {
        turn: t.idx,
        speakerId: s.speakerId ?? "",
        intent: s.intent ?? "",
        state: visibleState(s.sim),
        changes: s.changes ?? [],
        reveals: s.reveals ?? [],
      },
    ];
  });
}

/** Each manager turn of a branch with the persona state after the reply to it. */
function flownSteps(own: readonly TurnRow[]): FlownStep[] {
  return own.flatMap((t, i) => {
    if (t.speaker !== "manager") return [];
    const reply = own.slice(i + 1).find((r) => r.speaker !== "manager");
    const sim = reply?.speaker === "employee" ? (reply.state as StoredStep | null)?.sim : undefined;
    return [{ managerText: t.text, sim: sim as SimState | undefined }];
  });
}

/**
 * What the manager was told: the reveals of replies said in full. A reply the model cut partway
 * keeps its stored state (the persona goes on as if it had said it), but which of its planned
 * reveals made it into the words shown cannot be known, so none of them reads "They told you"
 * (`cutOffReveals` says they began). A reply that never began reveals nothing.
 */
export function toldIn(turns: readonly TurnRow[]): Set<string> {
  return new Set(
    answeredTurns(turns)
      .filter((t) => t.speaker === "employee" && t.status === "complete")
      .flatMap((t) => (t.state as StoredStep | null)?.reveals ?? []),
  );
}

/** Concerns a reply cut partway was to reveal and no full reply did: concern → that reply's index. */
function cutOffReveals(turns: readonly TurnRow[], told: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of answeredTurns(turns)) {
    if (t.speaker !== "employee" || t.status !== "interrupted") continue;
    for (const id of (t.state as StoredStep | null)?.reveals ?? [])
      if (!told.has(id) && !out.has(id)) out.set(id, t.idx);
  }
  return out;
}

/**
 * What the employee was holding back, and which part of it the manager earned. Shown only after the
 * session. A concern not told that the manager said in their own words (`saysConcern`) carries
 * `namedAt`: the first such line of `turns` (the version being flown) and the persona's trust after
 * their reply to it, so the debrief says "you named it yourself; they did not confirm it".
 */
export function hiddenTruthOf(
  scenario: Scenario,
  content: Content,
  revealed: ReadonlySet<string>,
  turns: readonly TurnRow[] = [],
) {
  const cut = cutOffReveals(turns, revealed);
  const namedAt = (personaId: string, brief: ManagerBrief, c: { summary: string }) => {
    const i = turns.findIndex(
      (t) => t.speaker === "manager" && saysConcern(t.text, c, brief, scenario.facts),
    );
    if (i < 0) return undefined;
    const reply = turns.slice(i + 1).find((t) => t.speaker === "employee" && t.state);
    const trust = reply
      ? visibleState((reply.state as StoredStep).sim)[personaId]?.trust
      : undefined;
    return { turn: (turns[i] as TurnRow).idx, trust: trust ?? null };
  };
  return scenario.personas.flatMap((personaId) => {
    const persona = content.personas.get(personaId);
    if (!persona) return [];
    const concerns = scenario.overrides?.[personaId]?.concerns ?? persona.concerns;
    const brief = managerBriefOf(scenario, persona);
    return concerns.map((c) => {
      const told = revealed.has(c.id);
      const cutAt = told ? undefined : cut.get(c.id);
      const named = told ? undefined : namedAt(personaId, brief, c);
      return {
        personaId,
        personaName: persona.name,
        concernId: c.id,
        summary: c.summary,
        trustNeeded: c.trustNeeded,
        unlockedBy: c.unlockedBy,
        revealed: told,
        ...(cutAt !== undefined ? { cutOffAt: { turn: cutAt } } : {}),
        ...(named ? { namedAt: named } : {}),
      };
    });
  });
}

/**
 * The full record of a session for the debrief: every branch with its turns, score and final state,
 * the hidden-state trajectory, and what the persona was not telling. The hidden parts appear only
 * once the session has ended, so the API cannot be used to peek during practice.
 */
export function debriefOf(
  row: SessionRow,
  scenario: Scenario,
  content: Content,
  branches: readonly BranchRow[],
  turns: readonly TurnRow[],
  scorer: Scorer,
  toWire: (t: TurnRow) => unknown,
) {
  const ended = row.status === "ended";
  const activeId = row.active_branch_id ?? branches[0]?.id ?? "";
  const branchViews = branches.map((b) => {
    const own = branchTurns(b.id, branches, turns);
    // A line left unanswered counts for nothing: no point on the trajectory, no reveal, no state.
    const counted = answeredTurns(own);
    const trajectory = trajectoryOf(counted);
    const last = trajectory.at(-1);
    const revealed = toldIn(own);
    const lastStep = [...counted].reverse().find((t) => t.speaker === "employee")?.state as
      | StoredStep
      | undefined;
    const { transcript, recorded } = scoringInputOf(own);
    const scorecards = ended
      ? scenario.patterns.flatMap((patternId) => {
          const scored = scorer.score(transcript, patternId, content, recorded);
          return scored ? [scored.scorecard] : [];
        })
      : [];
    // An attempt left by a rewind: the outcome its persona state held, not its last line's (a
    // closing line after the agreement reports none of its own).
    const outcome = b.id === activeId ? row.outcome : outcomeOfLine(own);
    // What it still needed to end resolved, from the hidden state after the last reply.
    const sim = lastStep?.sim as SimState | undefined;
    // A concern said in the last reply the turn limit allowed is not a miss: no turn was left.
    const nameOf = (id: string) => content.personas.get(id)?.name ?? id;
    const lastReveals = lastStep?.reveals ?? [];
    const needed =
      ended && outcome !== "resolved" && sim?.personas
        ? stillNeeded(sim, scenario, nameOf, lastReveals)
        : [];
    const atEnd =
      ended && outcome !== "resolved" && sim?.personas
        ? raisedAtEnd(sim, scenario, nameOf, lastReveals)
        : [];
    // Raised again as the manager closed and never answered, resolved or not (review 8b #15).
    const unanswered = ended
      ? leftUnanswered(flownSteps(counted), scenario, castOf(scenario, content), nameOf, outcome)
      : [];
    return {
      id: b.id,
      parentId: b.parent_branch_id,
      forkIndex: b.fork_index,
      active: b.id === activeId,
      createdAt: b.created_at,
      turns: own.map(toWire),
      managerTurns: counted.filter((t) => t.speaker === "manager").length,
      outcome,
      ...(ended
        ? {
            finalState: last?.state ?? null,
            ...(needed.length > 0 ? { stillNeeded: needed } : {}),
            ...(atEnd.length > 0 ? { raisedAtEnd: atEnd } : {}),
            ...(unanswered.length > 0 ? { unanswered } : {}),
            revealed: [...revealed],
            trajectory,
            scorecards,
          }
        : {}),
    };
  });
  const active = branchViews.find((b) => b.active);
  const revealedActive = new Set((active?.revealed as string[] | undefined) ?? []);
  return {
    branches: branchViews,
    ...(ended
      ? {
          hiddenTruth: hiddenTruthOf(
            scenario,
            content,
            revealedActive,
            branchTurns(activeId, branches, turns),
          ),
        }
      : {}),
  };
}
