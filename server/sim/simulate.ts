import { castOf, factsOf } from "../content/briefing";
import { fillSlots } from "../content/common.schema";
import type { Content } from "../content/content";
import type { Concern, Intent, Persona } from "../content/persona.schema";
import type { Scenario } from "../content/scenario.schema";
import { detectMoves, detectTopics, MOVE_INFO, withoutKindnessInPutDowns } from "../moves";
import type { Move, MoveKind, Topic, TranscriptTurn } from "../moves/move.schema";
import { contentStems } from "../moves/overlap";
import { answerFor } from "./answer";
import { checkCriteria } from "./criteria";
import { disownedDecision, promisedOutcomes } from "./disowning";
import { concedes, invites } from "./heard";
import { chooseIntent } from "./intent";
import { metConcern, namedConcern } from "./named";
import { oddAsk, repeatsLine } from "./odd-turn";
import { renderOffline } from "./offline-responder";
import type { Outcome } from "./outcome.schema";
import { buildPlan, type ReplyPlan } from "./plan";
import { newsReactions, presumedBy, tellsNews, toldNews } from "./presumes";
import { counterpartOf } from "./prompt";
import { employeeStep } from "./proposal";
import { judgeReflection, type ReflectionMisfit } from "./reflection-check";
import { createRng } from "./rng";
import { fitPersona } from "./scenario-fit";
import { repairsSide, sidesTaken } from "./sides";
import type { Change, ChangeCause, PersonaSim, SimState, Stage, StateVariable } from "./sim.schema";
import { DIFFICULTY, type Difficulty, PROMISE_MOVES, TUNING, toDifficulty } from "./tuning";
import { isContentFree, readTurn, recentContentFree, wrapUpSpans } from "./turn-kind";
import { nudge, updatePersona } from "./update-state";
import { vagueDemand } from "./vague-demand";
import { vaguePlan } from "./vague-plan";
import { type ExtraBanks, givenAwayBanks, grantedBank, sidedBanks } from "./voice-extra";

export interface StartOptions {
  /** 1 gentle … 5 hard; default the scenario's own. */
  difficulty?: number;
}

export interface StepContext {
  scenario: Scenario;
  content: Content;
  seed: number;
  /** 0-based index of this manager turn; the turn's RNG is derived from (seed, turnIndex). */
  turnIndex: number;
  /** The transcript before this manager turn (lets the detectors see reflections). */
  history?: readonly TranscriptTurn[];
}

export interface SimStep {
  state: SimState;
  moves: Move[];
  topics: Topic[];
  speakerId: string;
  intent: Intent;
  /** Concern ids revealed by this reply. */
  reveals: string[];
  /** Why each variable moved this turn (the flight recorder). */
  changes: Change[];
  /** Set when this turn ended the session; it then stays set in `state.outcome`. */
  outcome: Outcome | null;
  /** The offline responder's reply: always computed, so it is the fallback for any model. */
  reply: { text: string };
  plan: ReplyPlan;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * The manager's own part in a plan: "I'll take the next two pages", "we could split it", "let
 * me…". Not talk put off ("…and then we can talk", "we'll see", "let me think about it").
 */
const OFFERS =
  /\b(?:i'll|i will|i can|i could|i'm going to|let me|we can|we could|we'll|we will|what if we|how about we|shall we|let's)\b(?! (?:(?:then|later|maybe|just) )?(?:talk|discuss|chat|revisit|see|think|come back|circle back|look at (?:it|that|this) (?:later|again)|check in)\b)/i;

/** The intent a reaction to a proposal expresses (for the plan, the stage and the next turn). */
const REACTION_INTENT: Readonly<Record<"accept" | "hedge" | "reject", Intent>> = {
  accept: "agree",
  hedge: "ask_back",
  reject: "push_back",
};

/** The hidden state before the first manager turn. Pure; plain JSON. */
export function startSimulation(
  scenario: Scenario,
  content: Content,
  options: StartOptions = {},
): SimState {
  const difficulty = toDifficulty(options.difficulty ?? scenario.difficulty);
  const shift = DIFFICULTY[difficulty].start;
  const personas: PersonaSim[] = castOf(scenario, content).map((persona) => ({
    id: persona.id,
    trust: clamp01(persona.baseline.trust + shift.trust),
    guard: clamp01(persona.baseline.guard + shift.guard),
    stress: clamp01(persona.baseline.stress + shift.stress),
    engagement: clamp01(persona.baseline.engagement + shift.engagement),
    memory: {
      blame: 0,
      threats: 0,
      labels: 0,
      dismissals: 0,
      brokenPromises: 0,
      trustCapTurns: 0,
      quietTurns: 0,
    },
    revealed: [],
    committed: [],
    lastIntent: null,
  }));
  return {
    version: 1,
    scenarioId: scenario.id,
    difficulty,
    turn: 0,
    stage: "opening",
    topic: null,
    personas,
    recentMoves: [],
    movesUsed: [],
    promiseOpen: false,
    usedLines: [],
    lastSpeakerId: null,
    outcome: null,
    tokens: { prompt: 0, completion: 0 },
  };
}

/** "tomas" for "Tomás Herrera": lower case, accents stripped, first name. */
function firstNameKey(name: string): string {
  return (name.split(/\s+/)[0] ?? name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** A request that asks them to speak, without a question mark: "Tomás, walk me through it." */
const ASKS_BY_NAME =
  /\b(?:tell (?:me|us)|walk (?:me|us)|talk (?:me|us)|go ahead|you first|start us off|your (?:view|read|take|side) first)\b/;

/** "Elena, I'd like to hear yours after.", "…you can go second", "…in a moment": not now. */
const DEFERS = /\b(?:after(?:wards)?|later|second|in a (?:moment|minute|bit|second))[.!?…]*$/;

/**
 * The persona the manager spoke to by first name. A question (or request) to someone by name
 * outranks a remark to the other ("Tomás, thanks. Elena, how does it look?" → Elena), the first
 * such question answers first ("Tomás, your read? Elena, yours?" → Tomás), and a name put off
 * ("Elena, I'd like to hear yours after.") is not the one asked now. Without a question: in the last
 * sentence that names anyone, the first named.
 */
function addressedPersona(text: string, cast: readonly Persona[]): string | undefined {
  if (cast.length < 2) return undefined;
  const plain = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const named = plain
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => {
      let best: { id: string; at: number } | undefined;
      for (const persona of cast) {
        const m = new RegExp(`\\b${firstNameKey(persona.name)}\\b`).exec(sentence);
        if (m && (best === undefined || m.index < best.at)) best = { id: persona.id, at: m.index };
      }
      return { sentence: sentence.trim(), id: best?.id };
    })
    .filter((s): s is { sentence: string; id: string } => s.id !== undefined);
  const now = named.filter((s) => !DEFERS.test(s.sentence));
  const asked = now.find((s) => s.sentence.includes("?") || ASKS_BY_NAME.test(s.sentence));
  return asked?.id ?? now.at(-1)?.id ?? named.at(-1)?.id;
}

/** Words that put a question to everyone in the room: "both of you", "you two", "everyone". */
const TO_ALL =
  /\b(?:both of you|you both|(?:for|to|from) both|you two|the two of you|either of you|each of you|all of you|you all|y'all|everyone|everybody|you guys)\b/;

/**
 * A question put to everyone in the room: a sentence with a question mark that says so ("Does that
 * work for both of you?", "Can you two live with that?", "Is everyone ok with that?") and names no
 * one of them ("Elena, does that work for both of you?" asks Elena).
 */
function putToAll(text: string, cast: readonly Persona[]): boolean {
  const plain = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return plain
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.includes("?") && TO_ALL.test(sentence))
    .some((sentence) =>
      cast.every((p) => !new RegExp(`\\b${firstNameKey(p.name)}\\b`).test(sentence)),
    );
}

const STAGE_RANK: Readonly<Record<Stage, number>> = {
  opening: 0,
  exploring: 1,
  problem_solving: 2,
  closing: 3,
};
/** Moves a put-down can sound like: in a put-down's sentence they earn nothing (withoutKindnessInPutDowns). */
const KIND_SOUNDING: ReadonlySet<MoveKind> = new Set<MoveKind>([
  "reflection",
  "summary",
  "validation",
  "appreciation",
  "self_disclosure",
  "support_offer",
  "open_question",
  "perspective_ask",
  "specific_observation",
  "permission_ask",
  "solution_collab",
]);
/** Moves that make a turn warm enough to be thanked for (with trust to match: TUNING.warmTrust). */
const WARM_MOVES: readonly MoveKind[] = [
  "appreciation",
  "validation",
  "support_offer",
  "reflection",
  "summary",
  "self_disclosure",
];
/** Moves that put a plan or help to them: a turn with one asks more than a paraphrase checked. */
const PLAN_MOVES: readonly MoveKind[] = [
  "advice",
  "solution_collab",
  "next_step",
  "follow_up",
  "support_offer",
];
const EXPLORING_MOVES: readonly MoveKind[] = ["open_question", "perspective_ask", "reflection"];
const SOLVING_MOVES: readonly MoveKind[] = [
  "solution_collab",
  "next_step",
  "advice",
  "support_offer",
];

/** The stage from what has happened: only ever moves forward. */
function deriveStage(
  previous: Stage,
  personas: readonly PersonaSim[],
  movesUsed: readonly MoveKind[],
): Stage {
  const anyRevealed = personas.some((p) => p.revealed.length > 0);
  let stage: Stage = "opening";
  if (personas.some((p) => p.committed.length > 0)) stage = "closing";
  else if (
    anyRevealed &&
    (SOLVING_MOVES.some((m) => movesUsed.includes(m)) ||
      personas.some((p) => p.lastIntent === "propose"))
  )
    stage = "problem_solving";
  else if (anyRevealed || EXPLORING_MOVES.some((m) => movesUsed.includes(m))) stage = "exploring";
  return STAGE_RANK[stage] > STAGE_RANK[previous] ? stage : previous;
}

/** The concern this turn can bring out: trust met, guard down, invited by a move on its topic. */
function revealable(
  persona: Persona,
  p: PersonaSim,
  trustBefore: number,
  kinds: readonly MoveKind[],
  topics: readonly Topic[],
  difficulty: Difficulty,
): Concern | undefined {
  if (p.guard > DIFFICULTY[difficulty].revealGuardMax) return undefined;
  // Trust is what they felt when asked: earned on earlier turns, not bought by the asking turn.
  const trust = Math.min(trustBefore, p.trust);
  const offset = DIFFICULTY[difficulty].threshold;
  const ready = persona.concerns.filter(
    (c) =>
      !p.revealed.includes(c.id) &&
      trust >= c.trustNeeded + offset &&
      c.unlockedBy.some((k) => kinds.includes(k)) &&
      (topics.length === 0 || c.topics.some((t) => topics.includes(t))),
  );
  let best: Concern | undefined;
  for (const c of ready) if (!best || c.trustNeeded < best.trustNeeded) best = c;
  return best;
}

/**
 * The scenario's cast as it plays it (castOf, then fitPersona), once per content and scenario: it
 * depends on nothing a turn changes, and fitting every line bank to the scenario was an eighth of a
 * turn's time. Content is never changed in place (a reload makes new objects), so the cache keys on
 * the objects themselves.
 */
const FITTED = new WeakMap<Content, WeakMap<Scenario, readonly Persona[]>>();
export function fittedCast(scenario: Scenario, content: Content): readonly Persona[] {
  let byScenario = FITTED.get(content);
  if (!byScenario) {
    byScenario = new WeakMap();
    FITTED.set(content, byScenario);
  }
  let cast = byScenario.get(scenario);
  if (!cast) {
    const all = castOf(scenario, content);
    // The others in the room: a line about one of them as absent ("What did Elena say to you?") is out.
    const firstName = (p: Persona) => p.name.split(/\s+/)[0] ?? p.name;
    cast = all.map((p) =>
      fitPersona(
        p,
        scenario,
        factsOf(scenario),
        content.scenarios.values(),
        all.filter((o) => o.id !== p.id).map(firstName),
      ),
    );
    byScenario.set(scenario, cast);
  }
  return cast;
}

/** Replies (anyone's) within which a fact said is not said again by another line (review 8b #10). */
const RECENT_FACT_REPLIES = 6;

/**
 * One manager turn: detect its moves, move each persona's hidden state, choose who answers and with
 * what intent, reveal a concern if earned, decide the outcome, and render the offline reply and the
 * plan for a model. Pure: the same state, text and context give the same step.
 */
export function stepSimulation(state: SimState, managerText: string, ctx: StepContext): SimStep {
  const { scenario } = ctx;
  // Each persona as this scenario plays it: no lines about another scenario's subjects.
  const cast = fittedCast(scenario, ctx.content);
  const rng = createRng(ctx.seed, ctx.turnIndex);
  const moves = detectMoves(managerText, ctx.history ? { previous: ctx.history } : undefined);
  const topics = detectTopics(managerText);
  // A reflection that contradicts or invents what they said earns a correction, not trust.
  const known = `${fillSlots(scenario.situation, scenario.facts)} ${Object.values(scenario.facts).join(" ")}`;
  const misread: ReflectionMisfit | null = judgeReflection(
    managerText,
    moves,
    ctx.history,
    Math.max(...state.personas.map((p) => p.stress)),
    known,
  );
  // A put-down is heard as one: the kind-sounding moves of its sentence ("you're nowhere near
  // Staff" is about them, as a reflection is) earn nothing, and it hurts. The hurts are the
  // detectors' moves: one reader of a threat, a label or a dismissal for the scorecard and for them.
  // News that is not the manager's to change (the scenario's `news` for one of them), given away:
  // an outcome promised ("I can promise you'll get it in H1") or the decision disowned ("honestly I
  // think they got it wrong"). The kind-sounding moves of those sentences earn nothing, it costs
  // the one with the news trust (TUNING.givenAway), and they answer it (review 8b #11).
  const newsHolders = new Set(
    cast.filter((p) => scenario.overrides?.[p.id]?.news !== undefined).map((p) => p.id),
  );
  const promisedSpans = newsHolders.size > 0 ? promisedOutcomes(managerText) : [];
  const disownedSpans = newsHolders.size > 0 ? disownedDecision(managerText) : [];
  const givenAway: "promised" | "disowned" | undefined =
    promisedSpans.length > 0 ? "promised" : disownedSpans.length > 0 ? "disowned" : undefined;
  const givenAwaySpans = [...promisedSpans, ...disownedSpans];
  const saidBefore = (ctx.history ?? [])
    .filter((t) => t.speaker === "manager")
    .map((t) => t.text)
    .join(" ");
  const toldNow = (id: string) =>
    newsHolders.has(id) && tellsNews(scenario.overrides?.[id]?.news, managerText, saidBefore);
  const heard = withoutKindnessInPutDowns(moves, KIND_SOUNDING).filter(
    (m) =>
      !KIND_SOUNDING.has(m.move) || !givenAwaySpans.some((g) => g.start < m.end && m.start < g.end),
  );
  // Fillers ("Okay. I understand."), open-ended offers and the manager's own statements dressed as
  // reflections do not invite the truth (only `invitingKinds` can bring out a concern). A bare
  // acknowledgement or a vague offer still earns a little, diminishing trust; a statement dressed
  // as a reflection earns nothing.
  // A paraphrase checked with them ("…Did I get that right?") is held to what they said, what the
  // manager was briefed on, or what is true of them (their concerns): right, it invites.
  const grounds = `${known} ${cast.flatMap((p) => p.concerns.map((c) => c.summary)).join(" ")}`;
  const aboutThem = new Set(invites(managerText, heard, ctx.history, grounds));
  const heardKinds = [...new Set(heard.map((m) => m.move))];
  const reflecting = (k: MoveKind) => k === "reflection" || k === "summary";
  // A demand with no plan in it ("Just try to estimate better next time, okay?") is vague feedback
  // however it is tagged, and once they have told what gets in the way, their account brushed
  // aside: it costs trust and is never agreed to (vague-demand.ts).
  const demand = misread === null ? vagueDemand(managerText, moves) : null;
  const demanded: MoveKind[] = demand
    ? [
        "vague_feedback",
        ...(state.personas.some((p) => p.revealed.length > 0) ? (["dismissal"] as const) : []),
      ]
    : [];
  // A plan left open by a hedge ("ok. lets talk next week maybe") books nothing: a hedge, not a yes.
  const openPlan = misread === null && demand === null && vaguePlan(managerText, moves);
  const kinds = [
    ...new Set([
      ...heardKinds.filter((k) => !reflecting(k) || (misread === null && aboutThem.has(k))),
      ...demanded,
    ]),
  ];
  const invitingKinds = kinds.filter((k) => aboutThem.has(k));
  const difficulty = toDifficulty(state.difficulty);
  const hurts = kinds.some((k) => MOVE_INFO[k].polarity === "negative");
  const allFacts = factsOf(scenario);
  // What they raised on an earlier turn is taken in by this one (a reflection, a validation, a
  // question that gives it room, or its words said back), unless the turn hurts or misreads them.
  // A move inside a sentence that closes ("Great, sounds like we're done here.") takes nothing in.
  const closing = wrapUpSpans(managerText);
  const takingIn = heard.some(
    (m) =>
      TAKES_IN.includes(m.move) &&
      kinds.includes(m.move) &&
      !closing.some((c) => m.start >= c.start && m.end <= c.end),
  );
  const takenInBy = new Map<string, boolean>();
  const takesIn = (p: PersonaSim): boolean => {
    const known = takenInBy.get(p.id);
    if (known !== undefined) return known;
    const concerns = cast.find((c) => c.id === p.id)?.concerns ?? [];
    const ok =
      !hurts &&
      misread === null &&
      (takingIn ||
        (p.unheard ?? []).some((id) =>
          saysBack(
            managerText,
            concerns.find((c) => c.id === id),
            allFacts,
          ),
        ));
    takenInBy.set(p.id, ok);
    return ok;
  };

  // 1. Every persona in the room hears the turn; one spoken to by name feels it most. A reflection
  // to "you" (not "you both") with no name follows the one who just spoke, a misread one too: the
  // person whose view it states is the one to correct it.
  const addressed =
    addressedPersona(managerText, cast) ??
    (cast.length > 1 &&
    state.lastSpeakerId !== null &&
    heardKinds.some((k) => k === "reflection" || k === "summary" || k === "validation") &&
    /\byour?\b/i.test(managerText) &&
    !/\b(?:you (?:both|two|all)|both of you|each of you|the two of you|your (?:both|two))\b/i.test(
      managerText,
    )
      ? state.lastSpeakerId
      : undefined);
  // A side taken in a mediation ("Tomás, Elena is right", "Let's just go with Elena's call") is heard
  // by the other as their view dismissed, at full weight, whoever was addressed (sides.ts).
  // Whose work is in dispute (the scenario says): "the RFC wasn't ready" goes against its author.
  const workOf = cast.find((p) => scenario.overrides?.[p.id]?.ownsContestedWork)?.id;
  const workNames = workOf === undefined ? [] : (scenario.overrides?.[workOf]?.workNames ?? []);
  const sidedAgainst = new Set(
    sidesTaken(managerText, cast, workOf, workNames).map((s) => s.against),
  );
  // A plan put to them as a question, or one that builds on what they said, is collaboration,
  // even when the detectors read its "you could…" as advice: taking up their idea costs no trust.
  const ask = readTurn(managerText);
  // A side taken earlier and not made up for stays with the one it went against (memory.sidedOpen):
  // they push back, then withdraw. It is made up for when the manager takes the verdict back,
  // acknowledges both views (sides.ts repairsSide) or asks them for theirs, by name, with nothing
  // hurtful in the turn and no new side taken against them.
  const open = (p: PersonaSim) => (p.memory.sidedOpen ?? 0) > 0;
  // Asked for their view, not asked to agree with the verdict ("Tomás, don't you think Elena is
  // right?" is the side again, as a question).
  const asksSomething =
    (ask.question !== "" ||
      heardKinds.some((k) => k === "perspective_ask" || k === "open_question")) &&
    sidesTaken(managerText.replace(/\?/g, "."), cast, workOf, workNames).length === 0;
  const repairsAll = state.personas.some(open) && repairsSide(managerText);
  const repaired = new Set(
    state.personas
      .filter(
        (p) =>
          open(p) &&
          !sidedAgainst.has(p.id) &&
          !hurts &&
          (repairsAll || (addressed === p.id && asksSomething)),
      )
      .map((p) => p.id),
  );
  const buildsOnThem = () => {
    const lastReply = ctx.history?.findLast((t) => t.speaker === "employee");
    return (
      lastReply !== undefined &&
      overlapCount(
        contentStems(lastReply.text.toLowerCase()),
        contentStems(managerText.toLowerCase()),
      ) >= 2
    );
  };
  const felt =
    kinds.includes("advice") && !demand && (ask.proposal || buildsOnThem())
      ? [...new Set(kinds.map((k) => (k === "advice" ? "solution_collab" : k)))]
      : kinds;
  // A run of content-free prompts ("What else?", "Tell me more.") stops earning trust.
  const helpfulWeight = isContentFree(managerText)
    ? (TUNING.contentFreeWeights[recentContentFree(ctx.history)] ?? 0)
    : 1;
  const changes: Change[] = [];
  const impacts = new Map<string, number>();
  let personas = state.personas.map((p) => {
    const persona = cast.find((c) => c.id === p.id);
    if (!persona) return p;
    const against = sidedAgainst.has(p.id);
    // A side taken against them again while the last is open, or a third time: they may walk out.
    const again = against && (open(p) || (p.memory.sided ?? 0) >= 2);
    const update = updatePersona(p, persona, {
      kinds: against && !felt.includes("dismissal") ? [...felt, "dismissal"] : felt,
      recent: state.recentMoves.slice(-TUNING.repeatWindow),
      difficulty,
      weight: addressed && addressed !== p.id && !against ? TUNING.bystanderWeight : 1,
      promiseOpen: state.promiseOpen,
      helpfulWeight,
      ...(again ? { mayWalkOut: true } : {}),
    });
    changes.push(...update.changes);
    let next = update.next;
    let impact = update.impact;
    const still = !against && open(p) && !repaired.has(p.id);
    const shifts: [StateVariable, number, ChangeCause][] = [];
    if (again) shifts.push(["guard", TUNING.sidedAgainGuard, "memory"]);
    if (givenAway !== undefined && newsHolders.has(p.id)) {
      shifts.push(["trust", TUNING.givenAway.trust, "memory"]);
      shifts.push(["guard", TUNING.givenAway.guard, "memory"]);
    }
    if (still) {
      // Still unanswered: no trust earned, and they withdraw a little more each turn.
      for (const variable of ["trust", "engagement"] as const) {
        const rose = next[variable] - p[variable];
        if (rose > 0) shifts.push([variable, -rose, "limit"]);
      }
      shifts.push(["engagement", TUNING.sidedEngagement, "memory"]);
    }
    if (repaired.has(p.id)) {
      const r = TUNING.sidedRepair;
      shifts.push(["trust", r.trust, "memory"], ["guard", r.guard, "memory"]);
      shifts.push(["engagement", r.engagement, "memory"]);
    }
    for (const [variable, delta, cause] of shifts) {
      const n = nudge(next, variable, delta, cause);
      next = n.next;
      impact += Math.abs(n.change.delta);
      if (n.change.delta !== 0) changes.push(n.change);
    }
    // Told the news plainly (the scenario's `news` for them, "today we're starting a formal
    // performance improvement plan"), with no hurt in the turn: they re-engage, however quiet the
    // turn before left them (review 9a #1).
    if (!hurts && toldNow(p.id)) {
      const n = nudge(next, "engagement", TUNING.newsEngagement, "memory");
      next = n.next;
      impact += Math.abs(n.change.delta);
      if (n.change.delta !== 0) changes.push(n.change);
    }
    impacts.set(p.id, impact);
    // Quiet turns are counted from the turn after the one that left them quiet: the hurt itself is
    // not the first of them, so one brush-off has a turn or two to be put right (review 9a #1).
    const low = next.engagement <= TUNING.shutDownEngagement;
    const wasLow = p.engagement <= TUNING.shutDownEngagement;
    const memory = {
      ...next.memory,
      quietTurns: low && wasLow ? next.memory.quietTurns + 1 : 0,
    };
    if (against) {
      memory.sided = (p.memory.sided ?? 0) + 1;
      memory.sidedOpen = 1;
    } else if (open(p)) memory.sidedOpen = repaired.has(p.id) ? 0 : (p.memory.sidedOpen ?? 0) + 1;
    return { ...next, memory };
  });

  // 2. Outcomes the state forces: saturated guard or a threat on a guarded persona; silence.
  // In a mediation, the one spoken to is the one who walks out: a bystander hearing the other
  // told off does not (and does not answer for them).
  const escalatedId = personas.find(
    (p) =>
      (addressed === undefined || p.id === addressed || sidedAgainst.has(p.id)) &&
      (p.guard >= TUNING.escalateGuard ||
        (kinds.includes("threat") && p.guard >= TUNING.threatEscalateGuard)),
  )?.id;
  const shutDownId = personas.find((p) => p.memory.quietTurns >= TUNING.shutDownTurns)?.id;

  // 3. Who answers: whoever ended it, else (no question asked) the one a side was taken against,
  // else the one addressed, else one whose side taken earlier this turn made up for, else one
  // still holding it (they do not sit it out in silence), else the one most affected.
  const movesToClose =
    ask.wrapsUp || ask.proposal || kinds.some((k) => k === "next_step" || k === "follow_up");
  const stillId = personas.find((p) => (p.memory.sidedOpen ?? 0) > 1)?.id;
  // A move to close said to nobody by name ("Great, so that's the plan. Let's check in next week.")
  // is answered by one whose last words it passes over: they do not sit it out (see raisesAgain).
  const unheardId =
    cast.length > 1 && movesToClose
      ? personas.find((p) => (p.unheard ?? []).length > 0 && !takesIn(p))?.id
      : undefined;
  const speakerId =
    escalatedId ??
    shutDownId ??
    (ask.question === "" ? [...sidedAgainst][0] : undefined) ??
    addressed ??
    [...repaired][0] ??
    stillId ??
    unheardId ??
    mostAffected(personas, cast, impacts, topics, state.lastSpeakerId);
  const persona = cast.find((c) => c.id === speakerId) as Persona;
  // What the speaker felt: the turn's hurts, a side taken against them now, or one still standing.
  const sided = sidedAgainst.has(speakerId);
  const stillTurns = personas.find((p) => p.id === speakerId)?.memory.sidedOpen ?? 0;
  const still = !sided && stillTurns > 1;
  const repairedNow = repaired.has(speakerId);
  const hurt = hurts || sided || still;
  const speakerKinds: readonly MoveKind[] =
    sided && !kinds.includes("dismissal") ? [...kinds, "dismissal"] : kinds;
  let speaker = personas.find((p) => p.id === speakerId) as PersonaSim;
  const before = (id: string) => state.personas.find((p) => p.id === id) as PersonaSim;

  // What the manager did, as the detectors (and the scorecard) see it: a reflection that earns
  // nothing from this persona was still a reflection in form.
  const used = heardKinds.filter(
    (k) => misread === null || (k !== "reflection" && k !== "summary"),
  );
  const movesUsed = [...state.movesUsed, ...used.filter((k) => !state.movesUsed.includes(k))];
  const provisionalStage = deriveStage(state.stage, personas, movesUsed);
  // Nobody tells the real story in answer to the first question: the conversation must have opened
  // up (an earlier open question, perspective ask or reflection) before anything comes out.
  // Nor in a turn that hurts: an insult never unlocks the truth, however it was phrased.
  // After a commitment, thanks or a goodbye ("Thanks for hearing me out") closes the conversation:
  // it gets a closing reply, not a new concern.
  const closes =
    ask.closing || (ask.courtesy && state.personas.some((p) => p.committed.length > 0));
  // Thanks or a goodbye, and nothing else: answered in kind (after a commitment it also closes).
  const inKind = closes || ask.courtesy;
  const mayReveal =
    !escalatedId && !shutDownId && !hurt && state.stage !== "opening" && !(closes && ask.courtesy);
  // "Would that change anything for you, or is DevEx what you really want?" asks for their view,
  // whatever move the detectors saw in it: it invites a concern as a perspective ask does.
  const inviting: readonly MoveKind[] =
    ask.wants && !invitingKinds.includes("perspective_ask")
      ? [...invitingKinds, "perspective_ask"]
      : invitingKinds;
  let concern = mayReveal
    ? revealable(persona, speaker, before(speakerId).trust, inviting, topics, difficulty)
    : undefined;
  // A direct question for a fact they know ("How many hours…?") gets the fact. When the fact is
  // part of a concern not yet said, asking for it is the invitation: said if trust and guard allow
  // (as for any reveal), else a guarded "not yet" that owns the question.
  let answer =
    ask.factual && !escalatedId && !shutDownId && misread === null
      ? answerFor(persona, allFacts, scenario.facts, ask.question, new Set(state.usedLines))
      : undefined;
  let notYet = false;
  if (answer?.concern && !speaker.revealed.includes(answer.concern.id)) {
    const c = answer.concern;
    const trust = Math.min(before(speakerId).trust, speaker.trust);
    const allowed =
      mayReveal &&
      !hurt &&
      trust >= c.trustNeeded + DIFFICULTY[difficulty].threshold &&
      speaker.guard <= DIFFICULTY[difficulty].revealGuardMax;
    if (allowed) concern = c;
    else {
      notYet = true;
      answer = undefined;
    }
  }
  // A line that presumes what has not come first (a reveal line that goes on from another, a
  // rebuttal of words nobody said) is not the answer: the concern, if allowed, comes out from the
  // start.
  const managerSaid = [
    ...(ctx.history ?? []).filter((t) => t.speaker === "manager").map((t) => t.text),
    managerText,
  ].join(" ");
  const news = scenario.overrides?.[persona.id]?.news;
  const newsAbout = scenario.overrides?.[persona.id]?.newsAbout;
  const presumed = presumedBy(persona, {
    managerSaid,
    revealed: new Set(speaker.revealed),
    ...(news !== undefined ? { news } : {}),
    counterpart: counterpartOf(scenario),
  });
  if (answer && !presumed(answer.text)) answer = undefined;
  // The turn that tells them the news ("the committee decided not to promote you") gets a reaction
  // to it, not "Noted. Anything else?" or a line about something else.
  const newsNow = tellsNews(
    news,
    managerText,
    managerSaid.slice(0, Math.max(0, managerSaid.length - managerText.length)),
  );
  // The manager names something they never told them ("caring for a parent"): taken as the
  // invitation it is when trust nearly allows (a named truth is easier to confirm than to offer),
  // else met with surprise and a little more guard.
  const named =
    !escalatedId && !shutDownId && !hurt && concern === undefined
      ? namedConcern(persona.concerns, speaker.revealed, managerText, known, allFacts)
      : undefined;
  // Help that makes room for a concern's circumstances without prying ("if your Tuesday and
  // Thursday afternoons need to stay blocked, we can plan around that") is met as naming it is:
  // the concern comes out a little earlier, and nothing is lost if trust is not there yet.
  const met =
    mayReveal && concern === undefined && named === undefined
      ? metConcern(persona.concerns, speaker.revealed, managerText, inviting, allFacts)
      : undefined;
  if (
    met &&
    Math.min(before(speakerId).trust, speaker.trust) >=
      met.trustNeeded + DIFFICULTY[difficulty].threshold - TUNING.namedDiscount &&
    speaker.guard <= DIFFICULTY[difficulty].revealGuardMax
  )
    concern = met;
  let surprised = false;
  if (named) {
    const trust = Math.min(before(speakerId).trust, speaker.trust);
    if (
      mayReveal &&
      trust >= named.trustNeeded + DIFFICULTY[difficulty].threshold - TUNING.namedDiscount &&
      speaker.guard <= DIFFICULTY[difficulty].revealGuardMax
    )
      concern = named;
    else {
      surprised = true;
      const wary = nudge(speaker, "guard", TUNING.namedGuard, "memory");
      speaker = wary.next;
      personas = personas.map((p) => (p.id === speakerId ? speaker : p));
      if (wary.change.delta !== 0) changes.push(wary.change);
    }
  }
  const needed = scenario.successCriteria.concernsRevealed;
  const readyToCommit =
    needed === 0 || personas.some((p) => p.revealed.length > 0) || concern !== undefined;
  // "So you're triaging 40% of the PRs at night. Did I get that right?": a paraphrase that fits
  // (it earned its reflection above), checked with them, and putting nothing else to them.
  const confirms =
    misread === null &&
    !hurt &&
    ask.checksBack &&
    kinds.some(reflecting) &&
    !kinds.some((k) => PLAN_MOVES.includes(k));
  const chosen = chooseIntent(
    {
      p: speaker,
      archetype: persona.archetype,
      kinds: speakerKinds,
      stage: provisionalStage,
      canReveal: concern !== undefined,
      escalated: escalatedId !== undefined,
      shutDown: shutDownId !== undefined,
      readyToCommit,
      asked: ask.question !== "" && !ask.proposal,
      openAsked: ask.open && !ask.proposal && !ask.smallTalk,
    },
    rng,
  );
  const free = !escalatedId && !shutDownId;
  // "are you a bot?", "what would you do in my place?", the same line said again: a line on the
  // subject answers none of them (review 8b #13).
  const about = oddAsk(managerText);
  const saidAgain =
    about === null &&
    !ask.courtesy &&
    !ask.closing &&
    !ask.smallTalk &&
    repeatsLine(
      managerText,
      (ctx.history ?? []).filter((t) => t.speaker === "manager").map((t) => t.text),
    );
  let intent: Intent = chosen;
  let lead: keyof ExtraBanks | undefined;
  let leadBank: { id: string; lines: readonly string[] } | undefined;
  let answerToo = false;
  if (free && misread !== null) {
    intent = "push_back";
    lead = "correct";
  } else if (free && sided) {
    // The side not taken says so: "So it was decided before I walked in."
    intent = "push_back";
    lead = "sided";
  } else if (free && still) {
    // The side still stands: they push back on it ("Before we go on: I haven't agreed to
    // anything."), then withdraw (a short, closed answer) until it is made up for.
    if (stillTurns <= TUNING.sidedPushBackTurns) {
      intent = "push_back";
      lead = "sided";
      leadBank = { id: "sidedStill", lines: sidedBanks(persona).still };
    } else intent = "go_quiet";
  } else if (
    free &&
    givenAway !== undefined &&
    news !== undefined &&
    toldNews(news, managerSaid) &&
    !ask.smallTalk
  ) {
    // Once they know the news: held to the promise ("You're promising that? You don't sit on the
    // committee."), or asked what a disowned decision means for them ("If you think they got it
    // wrong, will you take it back to them?"), then their answer if they were asked something.
    leadBank = { id: givenAway, lines: givenAwayBanks(persona)[givenAway] };
    answerToo = ask.question !== "";
    if (chosen !== "reveal" && chosen !== "escalate") intent = "push_back";
  } else if (free && repairedNow && misread === null) {
    // Made up for: a guarded thanks, then their answer if they were asked something.
    leadBank = { id: "sidedRepaired", lines: sidedBanks(persona).repaired };
    answerToo = ask.question !== "";
    if (!answerToo && chosen !== "reveal") intent = "acknowledge";
  } else if (
    free &&
    !hurt &&
    misread === null &&
    chosen !== "reveal" &&
    chosen !== "commit" &&
    chosen !== "escalate" &&
    grantsRequest(managerText, ctx.history)
  ) {
    // What they asked for themselves, granted ("Could we do 1-on-1s every week?" → "Yes, weekly,
    // Tuesdays at 11."): taken up first ("Okay. That works."), then their answer if they were
    // asked something (review 9a #14).
    leadBank = { id: "granted", lines: grantedBank() };
    answerToo = ask.question !== "";
    if (!answerToo) intent = "acknowledge";
  } else if (free && surprised) {
    intent = "deflect";
    lead = "named";
  } else if (free && named && intent === "reveal") {
    lead = "named";
  } else if (free && confirms) {
    // Confirmed ("Yes. That's about it."), then more if they trust enough to say it, or the truth
    // it names if it comes out now: not a challenge (review 6 #9: "What do you want the outcome to
    // be: fewer bugs or fewer hurt feelings?").
    lead = "confirm";
    if (chosen !== "reveal") {
      intent = speaker.trust >= TUNING.openAnswerTrust ? "open_up" : "acknowledge";
      answerToo = intent === "open_up";
    }
  } else if (free && about !== null) {
    // An odd question about them gets the reaction an odd remark gets ("What? No. Can we get to the
    // point?"); the manager's part handed to them is turned back. Nothing else said with it.
    intent = "ask_back";
    lead = about;
  } else if (free && saidAgain) {
    // Noticed: "You said that. What about it?"; a question said again is answered after it.
    lead = "repeated";
    if (ask.question === "") intent = "ask_back";
    else answerToo = true;
  } else if (free && ask.smallTalk && chosen !== "reveal") {
    // "Hi Dana, how's it going?": a short answer in character, not the grievance.
    intent = "acknowledge";
    lead = "greet";
  } else if (free && inKind && chosen !== "reveal" && chosen !== "commit") {
    // "thx man", "Thanks. Talk soon.": a closing gets a short answer in kind, not an argument; so
    // does thanks before anything was agreed ("Thanks Elena, I really appreciate you being open
    // about this." got "I block changes that would have paged someone…", review 6 #9).
    intent = "acknowledge";
  } else if (free && ask.leave && chosen !== "reveal") {
    // "I want to talk about something specific today, is that ok?": a short yes, not the grievance.
    intent = "acknowledge";
    lead = "leave";
  } else if (free && notYet) {
    intent = "deflect";
    lead = "notYet";
  } else if (free && demand && chosen !== "go_quiet") {
    // "Just try to estimate better next time, okay?" gives them nothing to take on: "Estimate better
    // how? I just told you where the time goes.", never "Yes. I can work with that."
    intent = "push_back";
    lead = "vague";
  } else if (free && openPlan && chosen !== "go_quiet" && chosen !== "reveal") {
    // "Let's talk next week maybe": "Maybe, if it comes with something concrete.", never "That's
    // concrete." (review 8b #9).
    intent = "ask_back";
    lead = "hedge";
  } else if (
    free &&
    ask.leaveAsked &&
    !ask.proposal &&
    chosen !== "reveal" &&
    chosen !== "commit" &&
    chosen !== "escalate"
  ) {
    // "21 points rolled last sprint. Is now a good time to talk about it?": the yes/no it asks is
    // answered first ("Sure. Go ahead."), then what they have to say about the rest.
    lead = "leave";
    answerToo = true;
  } else if (free && ask.proposal && chosen !== "commit" && chosen !== "go_quiet") {
    // A proposal gets a reaction to it, in keeping with the state: take it, hedge, or refuse.
    const reaction =
      hurt || speaker.guard >= TUNING.rejectProposalGuard
        ? "reject"
        : speaker.trust >= TUNING.acceptProposalTrust && speaker.guard <= 0.45
          ? "accept"
          : "hedge";
    if (chosen === "reveal") lead = reaction === "reject" ? undefined : reaction;
    else if (
      reaction === "accept" &&
      readyToCommit &&
      !hurt &&
      speaker.trust >= TUNING.commitTrust
    ) {
      // "Okay. Let's do that." to a plan is a commitment to it: said as one, counted as one.
      intent = "commit";
    } else {
      lead = reaction;
      intent = reaction !== "reject" && ask.wants ? "propose" : REACTION_INTENT[reaction];
      // "What if you reviewed two design docs a month? Which one would you start with?": the
      // reaction, then their answer to the question.
      answerToo = intent === "propose";
    }
  } else if (free && ask.wants && !["reveal", "commit", "go_quiet"].includes(chosen)) {
    // "What would help you most?": their own idea of what would help, once they trust enough to
    // have one; before that a guarded answer, never a bare "yes".
    intent =
      speaker.trust >= TUNING.proposeTrust && STAGE_RANK[provisionalStage] >= 1
        ? "propose"
        : chosen === "agree" || chosen === "acknowledge"
          ? "deflect"
          : chosen;
  }

  // Agreeing needs something to agree with: to a statement of the manager's position, a cold or
  // hurtful turn, they take it in (or push back), they do not give ground (heard.ts).
  const concede =
    !sided && !still && concedes(managerText, heard, speaker, { proposal: ask.proposal });
  if (free && intent === "agree" && !concede) intent = hurt ? "push_back" : "acknowledge";

  // What they raised last, passed over by a turn that moves to close (a check-in, a plan, thanks, or
  // a turn they would only agree to or acknowledge): they do not sign off. They name it again,
  // briefly ("Before we wrap up: what I said about my estimate getting cut. Is that just staying as
  // it is?"), after taking on the step if this turn's plan was one they would commit to; the
  // conversation stays open, and a later turn that takes it in lets it resolve.
  const passedOver = (speaker.unheard ?? []).at(-1);
  const signsOff =
    movesToClose || intent === "agree" || intent === "commit" || intent === "acknowledge";
  const passedOverAgain =
    free &&
    passedOver !== undefined &&
    !hurt &&
    misread === null &&
    !takesIn(speaker) &&
    signsOff &&
    intent !== "reveal" &&
    intent !== "escalate";
  // Said after the conversation had already resolved (an agreement needs nothing left unheard, so
  // anything unheard now came after it): the plan stands and they do not reopen it. They take the
  // goodbye and ask, once and briefly, to come back to it another time ("Okay. That's concrete. I'd
  // like to come back to the mentoring next time, though."); after that, a goodbye is a goodbye.
  const afterAgreement = state.outcome === "resolved";
  const parks =
    passedOverAgain && afterAgreement && (speaker.memory.raisedAgain ?? 0) < TUNING.parkMax;
  // Passed over after naming it twice, they stop asking and withdraw: "Fine.", not "Great, Tuesday."
  const givesUp =
    passedOverAgain && !afterAgreement && (speaker.memory.raisedAgain ?? 0) >= TUNING.raiseAgainMax;
  const raisesAgain = passedOverAgain && !afterAgreement && !givesUp;
  if (parks && intent !== "commit" && intent !== "agree") intent = "acknowledge";
  if (givesUp) {
    intent = "go_quiet";
    lead = undefined;
    leadBank = undefined;
    answerToo = false;
    answer = undefined;
  }
  const commitsToo = raisesAgain && intent === "commit";
  if (raisesAgain) {
    if (!commitsToo) intent = "ask_back";
    lead = "unheard";
    leadBank = undefined;
    answerToo = false;
    answer = undefined;
  }
  const mention =
    raisesAgain || parks ? persona.concerns.find((c) => c.id === passedOver)?.mention : undefined;

  // A commitment answers what the manager proposed: this turn's step for them, else (a check-in on
  // its own) the last step put to them earlier, before they had committed to anything.
  const proposal =
    intent === "commit"
      ? proposalFor(
          managerText,
          moves,
          ctx.history,
          cast,
          speakerId,
          speaker.committed.length === 0,
        )
      : undefined;

  // 4. Words: answer the topic asked, else the conversation's topic, if the persona has lines on it.
  const conversationTopic = topics[0] ?? state.topic;
  const reactsToNews =
    newsNow &&
    !raisesAgain &&
    !hurt &&
    !["reveal", "commit", "escalate"].includes(intent) &&
    answer === undefined;
  const replyTopic =
    reactsToNews || raisesAgain || parks
      ? null
      : (topics.find((t) => persona.topicLines[t]) ??
        (conversationTopic && persona.topicLines[conversationTopic] ? conversationTopic : null));
  // "That would help" takes an offer: it needs one (help, or the manager's own action), in this turn
  // or, for a bare check ("What do you think about that?"), in the turn it checks.
  const planText =
    ask.proposal && managerText.split(/\s+/).length <= 8
      ? `${ctx.history?.findLast((t) => t.speaker === "manager")?.text ?? ""} ${managerText}`
      : managerText;
  const offered = kinds.includes("support_offer") || OFFERS.test(planText);
  const warm =
    !hurt &&
    speaker.trust >= TUNING.warmTrust &&
    (inKind || kinds.some((k) => WARM_MOVES.includes(k)));
  const said = renderOffline({
    persona,
    facts: allFacts,
    recentReplies: (ctx.history ?? [])
      .filter((t) => t.speaker === "employee")
      .slice(-RECENT_FACT_REPLIES)
      .map((t) => t.text),
    intent,
    topic: replyTopic,
    ...(concern ? { concern } : {}),
    revealed: persona.concerns.filter((c) => speaker.revealed.includes(c.id)),
    managerText,
    usedLines: new Set(state.usedLines),
    rng,
    ...(lead && !commitsToo ? { lead } : {}),
    ...(leadBank ? { leadBank } : {}),
    ...(answer ? { answer } : {}),
    ...(proposal ? { proposal } : {}),
    ...(answerToo ? { answerToo } : {}),
    ...(demand?.phrase ? { demand: demand.phrase } : {}),
    ...(mention !== undefined ? { mention } : {}),
    ...(isContentFree(managerText) ? { contentFree: true } : {}),
    warm,
    concede,
    hurt,
    ask,
    managerSaid,
    presumed,
    ...(reactsToNews ? { newsReactions: newsReactions(persona) } : {}),
    offered,
  });
  // Taking on the step, then not signing off: "Fine. I'll re-estimate it. Before we wrap up: what I
  // said about my estimate getting cut in planning. Is that just staying as it is?"
  const again = commitsToo
    ? renderOffline({
        persona,
        facts: allFacts,
        intent: "ask_back",
        topic: null,
        managerText,
        usedLines: new Set([...state.usedLines, ...said.lineIds]),
        rng,
        lead: "unheard",
        ...(mention !== undefined ? { mention } : {}),
        hurt: false,
        ask,
        managerSaid,
        presumed,
      })
    : parks
      ? // Their goodbye, then once: "I'd like to come back to the mentoring next time, though."
        renderOffline({
          persona,
          facts: allFacts,
          intent: "acknowledge",
          topic: null,
          managerText,
          usedLines: new Set([...state.usedLines, ...said.lineIds]),
          rng,
          lead: "parked",
          ...(mention !== undefined ? { mention } : {}),
          hurt: false,
          ask,
          managerSaid,
          presumed,
        })
      : undefined;
  const rendered = again
    ? { text: `${said.text} ${again.text}`, lineIds: [...said.lineIds, ...again.lineIds] }
    : said;

  // 5. Memory of what was said: reveals, commitments, the last intent.
  // What they raised is taken in by a turn that does (takesIn above). Until then an agreement does not end the conversation: "I can live with that. I estimated the
  // ledger rewrite at thirteen points…" answered by "Great. Let's check in on Tuesday." is not
  // resolved (review 5 #10).
  const takenIn = (p: PersonaSim): PersonaSim => {
    if (!p.unheard || p.unheard.length === 0 || !takesIn(p)) return p;
    const { unheard: _, ...rest } = p;
    const { raisedAgain: __, ...memory } = rest.memory;
    return { ...rest, memory };
  };
  speaker = takenIn(speaker);
  personas = personas.map((p) => (p.id === speakerId ? speaker : takenIn(p)));
  const reveals: string[] = [];
  if (concern && intent === "reveal") {
    reveals.push(concern.id);
    const relaxed = nudge(speaker, "guard", TUNING.revealGuard, "reveal");
    speaker = {
      ...relaxed.next,
      revealed: [...speaker.revealed, concern.id],
      unheard: [...(speaker.unheard ?? []), concern.id],
    };
    if (relaxed.change.delta !== 0) changes.push(relaxed.change);
  }
  speaker = {
    ...speaker,
    ...(raisesAgain || parks
      ? { memory: { ...speaker.memory, raisedAgain: (speaker.memory.raisedAgain ?? 0) + 1 } }
      : {}),
    lastIntent: intent,
    committed: intent === "commit" ? [...speaker.committed, rendered.text] : speaker.committed,
  };
  personas = personas.map((p) => (p.id === speakerId ? speaker : p));
  // One persona answers a turn. A question put to everyone in the room ("Does that work for both of
  // you?") leaves the others not having answered it, until they answer a question or a plan put to
  // them (a reply to "Thank you both" answers nothing): the debrief says whom to ask by name
  // (review 8b #14).
  const toAll = cast.length > 1 && putToAll(managerText, cast);
  personas = personas.map((p) => {
    if (p.id !== speakerId)
      return toAll ? { ...p, memory: { ...p.memory, unansweredAt: state.turn + 1 } } : p;
    if (p.memory.unansweredAt === undefined || (ask.question === "" && !ask.proposal)) return p;
    const { unansweredAt: _, ...memory } = p.memory;
    return { ...p, memory };
  });
  speaker = personas.find((p) => p.id === speakerId) as PersonaSim;

  const next: SimState = {
    ...state,
    turn: state.turn + 1,
    stage: deriveStage(provisionalStage, personas, movesUsed),
    topic: conversationTopic ?? null,
    personas,
    recentMoves: [...state.recentMoves, kinds].slice(-TUNING.repeatWindow),
    movesUsed,
    promiseOpen:
      hurts || sidedAgainst.size > 0
        ? false
        : state.promiseOpen || kinds.some((k) => PROMISE_MOVES.includes(k)),
    usedLines: [...state.usedLines, ...rendered.lineIds],
    lastSpeakerId: speakerId,
  };
  const outcome: Outcome | null = state.outcome
    ? null
    : escalatedId
      ? "escalated"
      : shutDownId
        ? "shut_down"
        : checkCriteria(next, scenario).every((c) => c.met)
          ? "resolved"
          : next.turn >= scenario.turnLimit
            ? "out_of_turns"
            : null;
  next.outcome = state.outcome ?? outcome;

  const plan = buildPlan({
    persona,
    p: speaker,
    intent,
    topic: replyTopic,
    stage: next.stage,
    kinds,
    reveal: reveals.length > 0 ? concern : undefined,
    publicFacts: scenario.facts,
    allFacts,
    offlineText: rendered.text,
    ...(parks ? { lead: "parked" as const } : lead ? { lead } : {}),
    ...(answer ? { answer: fillSlots(answer.text, allFacts) } : {}),
    ...(proposal ? { commitTo: proposal.step } : {}),
    // What the offline reply was decided to do, for the model to do in its own words.
    ...(news !== undefined && newsAbout !== undefined
      ? { news: { about: newsAbout, told: toldNews(news, managerSaid), now: newsNow } }
      : {}),
    reactsToNews,
    closes: inKind,
    warm,
    concede,
    others: cast.filter((c) => c.id !== speakerId),
  });
  return {
    state: next,
    moves,
    topics,
    speakerId,
    intent,
    reveals,
    changes,
    outcome,
    reply: { text: rendered.text },
    plan,
  };
}

/**
 * What a commitment this turn answers: the sentences of the turn that propose a step (or the whole
 * turn), and the step they ask of the speaker. A turn that asks nothing of them (a check-in, a plan
 * for "us") may follow an earlier turn that did; that step is theirs to take on, if they have not
 * committed since. In a mediation only this turn counts: an earlier step may be the other's.
 */
/** Yes words that grant a request: "yes", "sure", "let's do that", "done", "deal". */
const GRANTS =
  /^\W*(?:(?:ok(?:ay)?|so|right|great|good)[,.!]?\s+)*(?:yes|yeah|yep|sure|absolutely|definitely|of course|done|deal|agreed|let'?s do\b|we can do (?:that|it|this)|that works|happy to|i(?:'d| would) like that)\b/i;

/** A request of theirs: "Could we do 1-on-1s every week instead of skipping them?" */
const REQUEST = /\b(?:could|can) we\b|\bwould it be (?:ok(?:ay)?|possible)\b|\b(?:can|could) i\b/i;

/** A day or a time: a request taken up with a slot ("tuesdays 11am") is granted. */
const WHEN =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)(?:s|days?)?\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b/i;

/** The sentences of a turn that are not questions (a grant may end on "does that work for u?"). */
const notQuestions = (text: string) => (text.match(/[^.!?]+(?:[.!]+|$)/g) ?? []).join(" ").trim();

/**
 * The manager grants a request the one answering made in one of their last two replies ("Could we
 * do 1-on-1s every week?"), the first time a turn takes it up: one of its content words with a yes
 * or a day or time ("so weekly … tuesdays 11am"), or two of them, outside a question.
 */
function grantsRequest(
  managerText: string,
  history: readonly TranscriptTurn[] | undefined,
): boolean {
  const turns = history ?? [];
  const theirs = turns
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.speaker !== "manager")
    .slice(-2);
  const request = theirs.findLast(({ t }) => REQUEST.test(t.text));
  if (!request) return false;
  const asked = contentStems(request.t.text.toLowerCase());
  const takesUp = (text: string) => {
    const plain = notQuestions(text);
    let shared = 0;
    for (const w of contentStems(plain.toLowerCase()))
      for (const a of asked)
        if (w === a || (a.length >= 4 && w.startsWith(a)) || (w.length >= 4 && a.startsWith(w))) {
          shared++;
          break;
        }
    return shared >= 2 || (shared >= 1 && (GRANTS.test(plain) || WHEN.test(plain)));
  };
  const since = turns.slice(request.i + 1).filter((t) => t.speaker === "manager");
  return !since.some((t) => takesUp(t.text)) && takesUp(managerText);
}

function proposalFor(
  managerText: string,
  moves: readonly Move[],
  history: readonly TranscriptTurn[] | undefined,
  cast: readonly Persona[],
  speakerId: string,
  uncommitted: boolean,
): { text: string; step: string | null } {
  const others = cast
    .filter((c) => c.id !== speakerId)
    .map((c) => c.name.split(/\s+/)[0] ?? c.name);
  const proposing = (text: string, found: readonly Move[]) =>
    found
      .filter((m) => m.move === "next_step")
      .map((m) => text.slice(m.start, m.end))
      .join(" ");
  const speaker = cast.find((c) => c.id === speakerId);
  const own = speaker?.name.split(/\s+/)[0];
  // The next-step sentences first; the whole turn when they ask nothing of them ("Can you take the
  // plan home…? I'll set up the flexible hours": the detected step is the manager's own).
  const step =
    employeeStep(proposing(managerText, moves) || managerText, others) ??
    employeeStep(managerText, others) ??
    (cast.length > 1 ? employeeStep(managerText, others, own, speaker?.pronouns) : null);
  if (step !== null || !uncommitted || cast.length > 1) return { text: managerText, step };
  // The last two manager turns: a step proposed longer ago has been talked past.
  const earlier = (history ?? [])
    .filter((t) => t.speaker === "manager")
    .slice(-2)
    .reverse();
  for (const turn of earlier) {
    const earlierStep = employeeStep(proposing(turn.text, detectMoves(turn.text)));
    if (earlierStep !== null) return { text: turn.text, step: earlierStep };
  }
  return { text: managerText, step: null };
}

/** Moves that take in what they said: a reflection or summary that fits, a validation, a question that gives it room. */
const TAKES_IN: readonly MoveKind[] = [
  "reflection",
  "summary",
  "validation",
  "open_question",
  "perspective_ask",
];

/**
 * Whether the manager's turn says back two content words of what the concern's lines said, not
 * counting the words any goodbye or plan may share with it by chance (`GENERIC`).
 */
export function saysBack(
  managerText: string,
  concern: Concern | undefined,
  facts: Readonly<Record<string, string>>,
): boolean {
  if (!concern) return false;
  const said = contentStems(fillSlots(concern.revealLines.join(" "), facts).toLowerCase());
  let n = 0;
  for (const w of contentStems(managerText.toLowerCase())) if (said.has(w) && !GENERIC.has(w)) n++;
  return n >= 2;
}

/**
 * Words any goodbye or plan may share with a concern by chance: a day, a time, "next", "check",
 * "talk". "Let's check in next Thursday" does not say back "I have a final round next Thursday".
 */
const GENERIC: ReadonlySet<string> = contentStems(
  [
    "monday tuesday wednesday thursday friday saturday sunday weekend weekday",
    "january february march april may june july august september october november december",
    "today tomorrow yesterday tonight morning afternoon evening noon",
    "day days week weeks month months year years quarter hour hours minute minutes time times",
    "next last first second third this coming soon later earlier before after ago",
    "check catch follow talk chat meet meeting sync touch base come back get got make going",
    "thing things lot bit really just okay sure good great",
  ].join(" "),
);

function overlapCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

function mostAffected(
  personas: readonly PersonaSim[],
  cast: readonly Persona[],
  impacts: ReadonlyMap<string, number>,
  topics: readonly Topic[],
  lastSpeakerId: string | null,
): string {
  let best = personas[0] as PersonaSim;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const p of personas) {
    const persona = cast.find((c) => c.id === p.id);
    // Turn-taking: with equal stakes, the one who has not just spoken answers.
    const onTopic = topics.filter((t) => persona?.topicLines[t]).length * 0.03;
    const score = (impacts.get(p.id) ?? 0) + onTopic + (p.id === lastSpeakerId ? 0 : 0.02);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best.id;
}

/** The session ended by the manager (or the service): the outcome stays if one was reached. */
export function endSimulation(
  state: SimState,
  reason: Extract<Outcome, "ended" | "out_of_turns"> = "ended",
): SimState {
  return state.outcome ? state : { ...state, outcome: reason };
}

/** Adds a model's token usage to the session's count (the LLM budget reads it). */
export function recordUsage(
  state: SimState,
  usage: { prompt: number; completion: number },
): SimState {
  return {
    ...state,
    tokens: {
      prompt: state.tokens.prompt + usage.prompt,
      completion: state.tokens.completion + usage.completion,
    },
  };
}
