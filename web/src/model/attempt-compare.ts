import type {
  AntiPatternFlag,
  Metric,
  Metrics,
  Scorecard,
  StepResult,
} from "../../../server/rubric/scorecard.schema";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { SessionRecord } from "../../../server/sessions/record.schema";
import { formatSigned } from "./format";
import { BAND_LABELS, OUTCOME_LABELS, STEP_STATUS_LABELS } from "./labels";
import { METRIC_TEXT, metricValue } from "./metric-text";
import { pairSteps, type StepChange, stepChange } from "./step-change";
import {
  managerNumbers,
  quotesItsNote,
  renumberNote,
  replyNumbers,
  scoredTurnIndex,
} from "./transcript";

/**
 * Two attempts (two sessions) of one scenario side by side: the counted score and verdict, each
 * step of the main pattern, its flags and the conversation metrics, and what got better or worse in
 * plain sentences. Pure; the compare page renders it.
 */

/**
 * The version of a session whose score counts (server/people/verdict.ts): the branch being flown
 * when it was scored, else (rewound and not scored again) the latest branch that was, as its
 * counted score is that branch's.
 */
export interface CountedVersion {
  turns: readonly WireTurn[];
  /** The main pattern's scorecard of that version; undefined before it was scored. */
  card: Scorecard | undefined;
  /** How that version ended; null while it is being flown. */
  outcome: string | null;
  /** The concerns they told in it (hidden-truth ids). */
  revealed: ReadonlySet<string>;
}

export function countedVersion(record: SessionRecord, mainPatternId?: string): CountedVersion {
  const pick = (cards: readonly Scorecard[]) =>
    cards.find((c) => c.patternId === (mainPatternId ?? cards[0]?.patternId));
  if (record.scorecards.length > 0) {
    const active = record.branches.find((b) => b.active);
    const told =
      active?.revealed ?? record.hiddenTruth?.filter((t) => t.revealed).map((t) => t.concernId);
    return {
      turns: record.turns,
      card: pick(record.scorecards),
      outcome: record.session.outcome,
      revealed: new Set(told ?? []),
    };
  }
  const scored = record.branches
    .filter((b) => (b.scorecards?.length ?? 0) > 0)
    .toSorted((a, b) => a.createdAt - b.createdAt)
    .at(-1);
  return scored
    ? {
        turns: scored.turns,
        card: pick(scored.scorecards ?? []),
        outcome: scored.outcome,
        revealed: new Set(scored.revealed ?? []),
      }
    : {
        turns: record.turns,
        card: undefined,
        outcome: record.session.outcome,
        revealed: new Set(),
      };
}

/** When the session began: its first branch's creation. */
export const startedAt = (record: SessionRecord): number | null =>
  record.branches.length > 0 ? Math.min(...record.branches.map((b) => b.createdAt)) : null;

/** Why two sessions cannot be compared, or null when they can. */
export function notComparable(a: SessionRecord, b: SessionRecord): string | null {
  if (a.session.id === b.session.id)
    return "These are the same attempt twice: pick two different ones.";
  if (a.session.scenarioId !== b.session.scenarioId)
    return "These attempts are of two different scenarios, so their steps and scores do not line up. Pick two attempts of the same scenario.";
  if (a.ownerId !== undefined && b.ownerId !== undefined && a.ownerId !== b.ownerId)
    return "These attempts are by two different people. A comparison shows one person's progress: pick two attempts by the same person.";
  return null;
}

/** The score and verdict an attempt counts with. */
export interface ScoreSide {
  overall: number;
  passed: boolean;
  /** A reviewer's score or step statuses decided it; the machine's score and verdict are these. */
  reviewer: { machine: number; machinePassed: boolean } | null;
  /** Rewound and not scored again: this is the score it had before. */
  earlier: boolean;
}

/** One side of a step: its status as it counts (a finished review's, when it changed it). */
export interface StepSide {
  status: string;
  /** The machine's status, when a reviewer's stands in for it. */
  machineStatus?: string;
  /** The quoted words that show it, with the turn they come from ("turn 3", "their reply to turn 2"). */
  evidence: { turn: string | undefined; quote: string }[];
  /** Why this status, in the manager's numbering; empty when the quote says it already. */
  note: string;
  /** The manager's number of the first line that shows it. */
  firstTurn: number | undefined;
}

export interface StepRow {
  id: string;
  title: string;
  required: boolean;
  a: StepSide | undefined;
  b: StepSide | undefined;
  /** From the first attempt to the second; undefined when either did not apply or lacks the step. */
  change: StepChange | undefined;
}

export interface FlagHit {
  turn: string | undefined;
  quote: string;
  /**
   * A finished review set this flag aside, with the reviewer's reason: it is shown struck and
   * counts in no change (server/people/verdict.ts `setAsideFlags`, as the debrief reads them).
   */
  setAside?: string;
}

export interface FlagRow {
  id: string;
  title: string;
  critical: boolean;
  a: FlagHit[];
  b: FlagHit[];
  /**
   * By the hits that stand (not set aside). gone / fewer: better; new / more: worse; set_aside:
   * every hit on both sides was set aside, so there is nothing to compare.
   */
  change: "gone" | "fewer" | "same" | "more" | "new" | "set_aside";
}

export interface MetricRow {
  key: keyof Metrics;
  name: string;
  a: Metric | undefined;
  b: Metric | undefined;
  /** By band (poor, fair, good); undefined when either has no band. */
  change: StepChange | undefined;
}

/** Something they were holding back, and whether each attempt earned it. */
export interface ConcernRow {
  id: string;
  personaName: string;
  summary: string;
  a: boolean;
  b: boolean;
}

export interface AttemptComparison {
  scoreA: ScoreSide | null;
  scoreB: ScoreSide | null;
  /** How the version that counts ended (an outcome code), null while flown. */
  outcomeA: string | null;
  outcomeB: string | null;
  steps: StepRow[];
  flags: FlagRow[];
  metrics: MetricRow[];
  concerns: ConcernRow[];
  /** What got better from the first attempt to the second, one plain sentence each. */
  better: string[];
  /** What got worse. */
  worse: string[];
}

function scoreOf(record: SessionRecord, card: Scorecard | undefined): ScoreSide | null {
  const c = record.counted;
  if (c) {
    const byReviewer = c.reviewedOverall !== null || c.verdictByReviewer;
    return {
      overall: c.overall,
      passed: c.passed,
      reviewer: byReviewer ? { machine: c.machineOverall, machinePassed: c.machinePassed } : null,
      earlier: c.earlier,
    };
  }
  return card
    ? { overall: card.overall, passed: card.passed, reviewer: null, earlier: false }
    : null;
}

/** How the turns of one version are named: the manager's own numbering. */
function numbering(turns: readonly WireTurn[]) {
  const turnOf = scoredTurnIndex(turns);
  const numbers = managerNumbers(turns);
  const replyTo = replyNumbers(turns);
  const numberOf = (i: number) => numbers.get(i);
  /** A scored position → "turn 3", or for an employee line "their reply to turn 2". */
  const label = (position: number): string | undefined => {
    const index = turnOf(position);
    if (index === undefined) return undefined;
    const mine = numbers.get(index);
    if (mine !== undefined) return `turn ${mine}`;
    const answered = replyTo(index);
    return answered === undefined ? undefined : `their reply to turn ${answered}`;
  };
  const numberAt = (position: number) => {
    const index = turnOf(position);
    return index === undefined ? undefined : numbers.get(index);
  };
  return {
    label,
    numberAt,
    renumber: (note: string) => renumberNote(note, turnOf, numberOf, replyTo),
  };
}

function stepSide(
  s: StepResult | undefined,
  reviewed: string | undefined,
  n: ReturnType<typeof numbering>,
): StepSide | undefined {
  if (!s) return undefined;
  const status = reviewed ?? s.status;
  return {
    status,
    ...(reviewed !== undefined && reviewed !== s.status ? { machineStatus: s.status } : {}),
    evidence: s.evidence.map((e) => ({ turn: n.label(e.turn), quote: e.quote })),
    note: quotesItsNote(s) ? "" : n.renumber(s.note),
    firstTurn: s.evidence.map((e) => n.numberAt(e.turn)).find((x) => x !== undefined),
  };
}

/** The machine flags a counting review set aside on a session: "id turn" → the reviewer's reason. */
const setAsidesOf = (record: SessionRecord): ReadonlyMap<string, string> =>
  new Map((record.counted?.setAsideFlags ?? []).map((f) => [`${f.id} ${f.turn}`, f.reason]));

const flagHits = (
  flags: readonly AntiPatternFlag[],
  id: string,
  n: ReturnType<typeof numbering>,
  setAside: ReadonlyMap<string, string>,
): FlagHit[] =>
  flags
    .filter((f) => f.id === id)
    .map((f) => {
      const reason = setAside.get(`${f.id} ${f.turn}`);
      return {
        turn: n.label(f.turn),
        quote: f.quote,
        ...(reason !== undefined ? { setAside: reason } : {}),
      };
    });

const standing = (hits: readonly FlagHit[]) => hits.filter((h) => h.setAside === undefined);

const BAND_RANK: Readonly<Record<string, number>> = { poor: 0, fair: 1, good: 2 };

/** A step title ("Ask for their view") as the rest of a sentence: "ask for their view". */
export function asVerb(title: string): string {
  const [first = "", second = ""] = title;
  return second && second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

const statusWord = (status: string) =>
  status === "hit" ? "done" : status === "partial" ? "partly done" : "missed";

const at = (turn: number | undefined) => (turn === undefined ? "" : ` (turn ${turn})`);

/**
 * Compares attempt `a` (the earlier) with attempt `b`. `names` are how the sentences name them
 * ("attempt 1", "the earlier attempt"); `mainPatternId` is the scenario's first pattern, whose
 * score counts (the first scorecard when not given); `reviewer` names whoever reviewed them
 * ("your reviewer"; "the reviewer" when not given).
 */
export function compareAttempts(
  a: SessionRecord,
  b: SessionRecord,
  options: {
    names: readonly [string, string];
    mainPatternId?: string | undefined;
    reviewer?: string | undefined;
  },
): AttemptComparison {
  const [nameA] = options.names;
  const reviewer = options.reviewer ?? "the reviewer";
  const va = countedVersion(a, options.mainPatternId);
  const vb = countedVersion(b, options.mainPatternId);
  const [na, nb] = [numbering(va.turns), numbering(vb.turns)];
  const reviewedA = new Map(a.counted?.changedSteps.map((s) => [s.id, s.reviewer]) ?? []);
  const reviewedB = new Map(b.counted?.changedSteps.map((s) => [s.id, s.reviewer]) ?? []);
  const scoreA = scoreOf(a, va.card);
  const scoreB = scoreOf(b, vb.card);
  const better: string[] = [];
  const worse: string[] = [];

  if (scoreA && scoreB) {
    const d = scoreB.overall - scoreA.overall;
    const line = `Score ${scoreA.overall} → ${scoreB.overall} (${formatSigned(d, 0)}).`;
    if (d > 0) better.push(line);
    if (d < 0) worse.push(line);
    if (scoreB.passed && !scoreA.passed) better.push(`Passed now — not passed in ${nameA}.`);
    if (!scoreB.passed && scoreA.passed) worse.push(`Not passed this time — passed in ${nameA}.`);
  }

  if (va.outcome && vb.outcome && va.outcome !== vb.outcome) {
    if (vb.outcome === "resolved")
      better.push(`Resolved this time — ${outcomeWords(va.outcome)} in ${nameA}.`);
    if (va.outcome === "resolved")
      worse.push(`Not resolved this time (${outcomeWords(vb.outcome)}) — resolved in ${nameA}.`);
  }

  const steps: StepRow[] = pairSteps(va.card?.steps, vb.card?.steps).map((p) => {
    const sa = stepSide(p.a, reviewedA.get(p.id), na);
    const sb = stepSide(p.b, reviewedB.get(p.id), nb);
    return {
      id: p.id,
      title: p.title,
      required: p.a?.required ?? p.b?.required ?? false,
      a: sa,
      b: sb,
      change: stepChange(sa?.status, sb?.status),
    };
  });
  for (const s of steps) {
    if (!s.a || !s.b) continue;
    const verb = asVerb(s.title);
    if (s.change === "better")
      better.push(
        `You now ${s.b.status === "partial" ? "partly " : ""}${verb}${at(s.b.firstTurn)} — ${statusWord(s.a.status)} in ${nameA}.`,
      );
    if (s.change === "worse")
      worse.push(
        s.b.status === "partial"
          ? `You only partly ${verb} this time${at(s.b.firstTurn)} — done in ${nameA}${at(s.a.firstTurn)}.`
          : `You did not ${verb} this time — ${statusWord(s.a.status)} in ${nameA}${at(s.a.firstTurn)}.`,
      );
  }

  const flagsA = va.card?.antiPatterns ?? [];
  const flagsB = vb.card?.antiPatterns ?? [];
  const flagIds = [...new Set([...flagsA, ...flagsB].map((f) => f.id))];
  const [asideA, asideB] = [setAsidesOf(a), setAsidesOf(b)];
  const flags: FlagRow[] = flagIds.map((id) => {
    const first = flagsA.find((f) => f.id === id) ?? flagsB.find((f) => f.id === id);
    const ha = flagHits(flagsA, id, na, asideA);
    const hb = flagHits(flagsB, id, nb, asideB);
    // A flag a reviewer set aside was a misreading: only the hits that stand are compared.
    const [sa, sb] = [standing(ha).length, standing(hb).length];
    const change =
      sa === 0 && sb === 0
        ? "set_aside"
        : sb === 0
          ? "gone"
          : sa === 0
            ? "new"
            : sb < sa
              ? "fewer"
              : sb > sa
                ? "more"
                : "same";
    return {
      id,
      title: first?.title ?? id,
      critical: [...flagsA, ...flagsB].some((f) => f.id === id && f.critical),
      a: ha,
      b: hb,
      change,
    };
  });
  const where = (hits: readonly FlagHit[]) => {
    const turns = [...new Set(hits.flatMap((h) => h.turn ?? []))];
    return turns.length ? ` (${turns.join(", ")})` : "";
  };
  const lines = (n: number) => `${n} ${n === 1 ? "line" : "lines"}`;
  for (const f of flags) {
    const name = `“${f.title}”${f.critical ? " (critical)" : ""}`;
    const [fa, fb] = [standing(f.a), standing(f.b)];
    if (f.change === "gone")
      better.push(`No ${name} flag this time — flagged in ${nameA}${where(fa)}.`);
    if (f.change === "fewer")
      better.push(
        `${name} flagged on ${lines(fb.length)}${where(fb)}, down from ${fa.length} in ${nameA}.`,
      );
    if (f.change === "new") {
      const quote = fb[0] ? `: “${fb[0].quote}”` : "";
      const before = f.a.length > 0 ? `set aside by ${reviewer} in ${nameA}` : `not in ${nameA}`;
      worse.push(`New flag ${name}${where(fb)}${quote} — ${before}.`);
    }
    if (f.change === "more")
      worse.push(
        `${name} flagged on ${lines(fb.length)}${where(fb)}, up from ${fa.length} in ${nameA}.`,
      );
  }

  const ma = va.card?.metrics;
  const mb = vb.card?.metrics;
  const metrics: MetricRow[] = (Object.keys(METRIC_TEXT) as (keyof Metrics)[]).flatMap((key) => {
    const x = ma?.[key];
    const y = mb?.[key];
    if (!x && !y) return [];
    const [ra, rb] = [BAND_RANK[x?.band ?? ""], BAND_RANK[y?.band ?? ""]];
    const change: StepChange | undefined =
      ra === undefined || rb === undefined
        ? undefined
        : rb > ra
          ? "better"
          : rb < ra
            ? "worse"
            : "same";
    return [{ key, name: METRIC_TEXT[key].name, a: x, b: y, change }];
  });
  for (const m of metrics) {
    if (!m.a?.band || !m.b?.band || (m.change !== "better" && m.change !== "worse")) continue;
    const line = `${m.name}: now ${bandWord(m.b.band)} (${metricValue(m.key, m.b)}) — ${bandWord(m.a.band)} in ${nameA} (${metricValue(m.key, m.a)}).`;
    (m.change === "better" ? better : worse).push(line);
  }

  // The scenario's concerns are the same for both: read them from whichever has them.
  const truths = a.hiddenTruth?.length ? a.hiddenTruth : (b.hiddenTruth ?? []);
  const concerns: ConcernRow[] = truths.map((t) => ({
    id: t.concernId,
    personaName: t.personaName,
    summary: t.summary,
    a: va.revealed.has(t.concernId),
    b: vb.revealed.has(t.concernId),
  }));
  for (const t of concerns) {
    if (t.b && !t.a)
      better.push(
        `${t.personaName} told you what they were holding back (“${clip(t.summary)}”) — kept back in ${nameA}.`,
      );
    if (t.a && !t.b)
      worse.push(
        `${t.personaName} kept back what they told you in ${nameA} (“${clip(t.summary)}”).`,
      );
  }

  return {
    scoreA,
    scoreB,
    outcomeA: va.outcome,
    outcomeB: vb.outcome,
    steps,
    flags,
    metrics,
    concerns,
    better,
    worse,
  };
}

/** An outcome code in words inside a sentence: "ended by you", "they shut down". */
const outcomeWords = (outcome: string) => (OUTCOME_LABELS[outcome] ?? outcome).toLowerCase();

const clip = (text: string, max = 80) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const bandWord = (band: string) => BAND_LABELS[band]?.label ?? band;

/** A step status in words, for a cell or a sentence: "Done", "Partly", "Missed", "Not applicable". */
export const statusLabel = (status: string) => STEP_STATUS_LABELS[status]?.label ?? status;
