import { randomUUID } from "node:crypto";
import type { Content, Scenario } from "../content";
import { briefingOf, castOf } from "../content";
import { ErrorCode, FlightdeckError } from "../errors";
import type { TranscriptTurn } from "../moves";
import { authorizeSession } from "../people";
import { countedScores } from "../people/counted";
import type { Store } from "../store";
import { peopleRepo } from "../store/people-repo";
import {
  type EventWrite,
  type ExchangeWrite,
  HeldElsewhere,
  sessionsRepo as repo,
  type ScorecardRow,
  type SessionRow,
  type TurnRow,
} from "../store/sessions-repo";
import { countChars } from "./char-count";
import {
  answeredTurns,
  branchTurns,
  countedLines,
  isUnanswered,
  outcomeOfLine,
  scoringInputOf,
} from "./conversation";
import { debriefOf } from "./debrief";
import type {
  EngineStep,
  PersonaEngine,
  ReplyVoice,
  Scorer,
  SessionJudge,
  SpokenReply,
} from "./engines";
import { GroupCommit, type WriteKind } from "./group-commit";
import {
  type DurableEvent,
  LIMITS,
  type SessionOptions,
  SessionOptionsSchema,
  type WireSession,
  type WireTurn,
} from "./protocol.schema";

export interface SessionServiceDeps {
  store: Store;
  content: Content;
  engine: PersonaEngine;
  voice: ReplyVoice;
  scorer: Scorer;
  /** The LLM judge's second opinion on each scorecard, asked after scoring; none without a model. */
  judge?: SessionJudge | undefined;
  clock?: () => number;
  /** Names this process in reply leases, so another process knows whose reply is streaming. */
  instanceId?: string;
  /** How long a streaming reply's lease lasts without renewal. */
  leaseMs?: number;
  /** How often partial reply text is written while streaming. */
  flushMs?: number;
  /**
   * How long a durable write waits for others to share its commit (group commit's linger). The
   * model is asked while a turn commits, so this costs a reply nothing; `turn_accepted` comes this
   * much later at most. Default 10 ms.
   */
  commitLingerMs?: number;
  /** Failures of work that runs after a message was answered (a reply finishing); logged by the caller. */
  onError?: (err: unknown, context: { sessionId: string; what: string }) => void;
  /** A session nobody has touched for this long (no socket, no reply streaming) leaves memory. */
  idleEvictMs?: number;
}

/** How often idle sessions are looked for; they are read back from the store when used again. */
const EVICT_SWEEP_MS = 60_000;

/** The durable writes that go through group commit, each kind one multi-row statement per batch. */
export const EXCHANGES: WriteKind<ExchangeWrite, number> = {
  name: "turn and turn_accepted",
  plan: (xs) => repo.exchanges(xs),
};
export const EVENTS: WriteKind<EventWrite, number> = {
  name: "event",
  plan: (events) => repo.nextEvents(events),
};
export const FLUSHES: WriteKind<{ id: string; text: string; leaseUntil: number }, undefined> = {
  name: "partial reply",
  plan: (replies) => repo.replyFlushes(replies),
};

/** Who is asking: the local user or a signed-in user (server/people). Access is the policy's call. */
export interface Actor {
  id: string;
  readonly roles?: readonly string[];
}

/** Receives a session's events while a client is attached. */
export interface SessionListener {
  event(event: DurableEvent): void;
  delta(delta: {
    seq: number;
    replyId: string;
    personaId: string;
    offset: number;
    delta: string;
  }): void;
  /** The session was deleted while this listener held it: it can't go on (the socket says so). */
  deleted?(): void;
}

interface InflightReply {
  replyId: string;
  seq: number;
  personaId: string;
  text: string;
  abort: AbortController;
  done: Promise<void>;
}

/** A session held in memory while it is in use on this process. The database stays the truth. */
/** What `create` and `start` take: `POST /api/sessions`'s body, the websocket's `start`. */
interface NewSession {
  scenarioId: string;
  seed?: number | undefined;
  options?: Partial<SessionOptions> | undefined;
}

interface Live {
  row: SessionRow;
  scenario: Scenario;
  options: Required<Pick<SessionOptions, "coachHints">> & { difficulty: number };
  branchId: string;
  turns: TurnRow[];
  sim: unknown;
  inflight?: InflightReply | undefined;
  listener?: SessionListener | undefined;
  /** Serialises operations on one session. */
  queue: Promise<unknown>;
  /** When anything last loaded it or ran on it (the clock's time); see `evictIdle`. */
  lastUsed: number;
  /**
   * This process's connection that holds the session (SessionRow.holder), once a client started or
   * resumed it here; undefined when none did (e.g. a service used without sockets): no check then.
   */
  holder?: string | undefined;
}

export interface SessionView {
  session: WireSession;
  turns: WireTurn[];
}

const toWireTurn = (t: TurnRow): WireTurn => ({
  id: t.id,
  index: t.idx,
  seq: t.seq,
  speaker: t.speaker,
  ...(t.speaker === "employee" && stateOf(t)?.speakerId
    ? { personaId: stateOf(t)?.speakerId }
    : {}),
  text: t.text,
  status: t.status,
  ...(t.client_turn_id ? { clientTurnId: t.client_turn_id } : {}),
  ...(t.status === "interrupted" && stateOf(t)?.cause ? { cause: stateOf(t)?.cause } : {}),
});

interface StoredStep {
  sim: unknown;
  speakerId: string;
  intent: string;
  reveals: string[];
  changes: unknown[];
  outcome: string | null;
  /** Why the reply stopped, when the model did it (written as the reply finishes). */
  cause?: "model";
}
const stateOf = (t: TurnRow) => (t.state ?? undefined) as StoredStep | undefined;

/**
 * Whether this line of the conversation is resolved (what it needed was reached), as the persona
 * state after its last reply holds it: the state a rewind starts from, so a rewind to a turn after
 * the agreement starts resolved.
 */
const resolvedOn = (turns: readonly TurnRow[]) => outcomeOfLine(turns) === "resolved";

/**
 * What a complete reply leaves of the session: an escalation or a shut-down ends it; agreement
 * leaves it open for the manager's closing line, unless no turn is left; the last allowed turn ends
 * it, resolved if it ever was.
 */
function outcomeAfterReply(
  stepOutcome: EngineStep["outcome"],
  atLimit: boolean,
  resolvedBefore: boolean,
): Exclude<WireSession["outcome"], null> | null {
  if (stepOutcome && stepOutcome !== "resolved") return stepOutcome;
  if (!atLimit) return null;
  return stepOutcome === "resolved" || resolvedBefore ? "resolved" : "out_of_turns";
}

/** Said under the reply that resolved the conversation; the manager closes it. */
const RESOLVED_NOTICE =
  "That's what this conversation needed. Close it as you would in the room (a follow-up, a thank-you), then press End conversation.";

/**
 * The resolved notice, saying who agreed when the reply that resolved it is an agreement: "Jun
 * agreed. That's what …", "Elena and Tomás both agreed. …" (a mediation resolves only once everyone
 * has). Review 9b #3: the news that it resolved is the one moment the manager must notice.
 */
function resolvedNotice(step: EngineStep, cast: readonly { name: string }[]): string {
  if (step.intent !== "commit" || cast.length === 0) return RESOLVED_NOTICE;
  const first = cast.map((p) => p.name.split(/\s+/)[0] ?? p.name);
  const who =
    first.length === 1
      ? `${first[0]} agreed.`
      : `${first.slice(0, -1).join(", ")} and ${first.at(-1)} ${first.length === 2 ? "both" : "all"} agreed.`;
  return `${who} ${RESOLVED_NOTICE}`;
}

/**
 * Practice sessions: lifecycle, turn order, branching, resume. Every manager turn is written before it
 * is acknowledged; a reply is written as it streams and marked interrupted if it is cut off.
 */
export class SessionService {
  private readonly live = new Map<string, Live>();
  private readonly clock: () => number;
  readonly instanceId: string;
  private readonly leaseMs: number;
  private readonly flushMs: number;
  /** Durable writes of every session, committed in batches (group commit). */
  private readonly writes: GroupCommit;
  private closing = false;
  /** Second opinions being asked of the model (off every turn's path); aborted on close. */
  private readonly judging = new Set<{ abort: AbortController; done: Promise<void> }>();
  private readonly idleEvictMs: number;
  private sweeper: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly deps: SessionServiceDeps) {
    this.writes = new GroupCommit(deps.store.db, undefined, deps.commitLingerMs ?? 10);
    this.clock = deps.clock ?? Date.now;
    this.instanceId = deps.instanceId ?? randomUUID();
    this.leaseMs = deps.leaseMs ?? 5_000;
    this.flushMs = deps.flushMs ?? 1_000;
    this.idleEvictMs = deps.idleEvictMs ?? 10 * 60_000;
  }

  /** Sessions held in memory on this process (for tests and diagnostics). */
  get liveCount(): number {
    return this.live.size;
  }

  /**
   * Forgets the sessions nobody is using: no socket attached, no reply streaming, and nothing has
   * loaded them or run on them for `idleEvictMs`. The store is the truth, so a session used again is
   * read back from it, as after a restart. The check runs again at the end of the session's own
   * queue, so an operation already queued or finishing keeps it; a caller between `load` and
   * `serial` has just set `lastUsed`, so it keeps it too. Returns how many were forgotten.
   */
  async evictIdle(): Promise<number> {
    const idle = (live: Live) =>
      !live.listener && !live.inflight && this.clock() - live.lastUsed >= this.idleEvictMs;
    let evicted = 0;
    await Promise.all(
      [...this.live].map(async ([id, live]) => {
        if (!idle(live)) return;
        const check = live.queue.then(() => {
          if (idle(live) && this.live.get(id) === live) {
            this.live.delete(id);
            evicted++;
          }
        });
        live.queue = check.catch(() => {});
        await check;
      }),
    );
    return evicted;
  }

  private get db() {
    return this.deps.store.db;
  }

  /** At start: replies left streaming by a process that is gone become interrupted. */
  async recover(): Promise<number> {
    const stale = await repo.interruptStaleReplies(this.db, this.clock());
    for (const turn of stale) await this.recordInterrupted(turn);
    return stale.length;
  }

  /** A new session (`POST /api/sessions`): written in one statement, kept in memory as written. */
  async create(actor: Actor, input: NewSession): Promise<SessionView> {
    const { live } = await this.open(actor, input);
    return {
      session: this.wireSession(live.row, live.scenario, live.branchId, live.turns),
      turns: [],
    };
  }

  /**
   * A new session with its first listener (the websocket's `start`): `create` then `attach`, without
   * reading anything back, since no one else knows the session's id yet. The replay is its
   * `session_started` event.
   */
  async start(actor: Actor, input: NewSession, listener: SessionListener) {
    const { live, started, resumed } = await this.open(actor, input, this.newHolder());
    live.listener = listener;
    return {
      id: live.row.id,
      previous: undefined as SessionListener | undefined,
      resumed,
      replay: [started] as DurableEvent[],
      inflight: undefined as InflightReply | undefined,
    };
  }

  private async open(
    actor: Actor,
    input: NewSession,
    holder?: string,
  ): Promise<{
    live: Live;
    started: DurableEvent;
    resumed: ReturnType<SessionService["resumedView"]>;
  }> {
    const scenario = this.deps.content.scenarios.get(input.scenarioId);
    if (!scenario)
      throw new FlightdeckError(ErrorCode.ScenarioNotFound, `no scenario "${input.scenarioId}"`);
    const options = SessionOptionsSchema.parse(input.options ?? {});
    const stored = {
      coachHints: options.coachHints,
      difficulty: options.difficulty ?? scenario.difficulty,
    };
    const now = this.clock();
    const branchId = randomUUID();
    // The row as `SELECT *` reads it back (same columns, same order): session_started is its first event.
    const row: SessionRow = {
      id: randomUUID(),
      user_id: actor.id,
      scenario_id: scenario.id,
      seed: input.seed ?? Math.floor(Math.random() * 2_147_483_647),
      options: stored,
      status: "active",
      outcome: null,
      active_branch_id: branchId,
      last_seq: 1,
      created_at: now,
      updated_at: now,
      ended_at: null,
      holder: holder ?? null,
    };
    const live: Live = {
      row,
      scenario,
      options: { coachHints: stored.coachHints, difficulty: stored.difficulty },
      branchId,
      turns: [],
      sim: this.deps.engine.start(scenario, this.deps.content, { difficulty: stored.difficulty }),
      queue: Promise.resolve(),
      lastUsed: now,
      holder,
    };
    const resumed = this.resumedView(live);
    const { session, briefing, limits } = resumed;
    const started: DurableEvent = { type: "session_started", seq: 1, session, briefing, limits };
    await repo.createSession(this.db, {
      user: { id: actor.id, displayName: "You", roles: ["manager"] },
      row,
      event: started,
    });
    live.lastUsed = this.clock();
    this.live.set(row.id, live);
    this.startSweeping();
    return { live, started, resumed };
  }

  /** The session and its current branch, as the manager sees it. */
  async view(actor: Actor, id: string): Promise<SessionView> {
    const live = await this.load(actor, id, true, "session.read");
    return {
      session: this.wireSession(live.row, live.scenario, live.branchId, live.turns),
      turns: live.turns.map(toWireTurn),
    };
  }

  /**
   * Attaches a listener (one per session: a new one takes over), replays the events after lastSeq and,
   * when a reply is streaming here, its text so far. Returns the previous listener, which the caller closes.
   */
  async attach(actor: Actor, id: string, lastSeq: number, listener: SessionListener) {
    return this.serial(await this.load(actor, id, true), async (live) => {
      await this.waitForForeignLease(live);
      // From now on only this connection writes the session, on whichever process it is open.
      const holder = this.newHolder();
      await repo.setHolder(this.db, id, holder);
      live.holder = holder;
      live.row.holder = holder;
      const previous = live.listener;
      live.listener = listener;
      const events = await repo.eventsAfter(this.db, id, lastSeq);
      return {
        previous,
        resumed: this.resumedView(live),
        replay: events.map((e) => e.payload as unknown as DurableEvent),
        inflight: live.inflight,
      };
    });
  }

  detach(id: string, listener: SessionListener): void {
    const live = this.live.get(id);
    if (live?.listener !== listener) return;
    live.listener = undefined;
    // The idle time before it leaves memory counts from when its last socket left.
    live.lastUsed = this.clock();
  }

  /**
   * Records a manager turn and starts the persona's reply. Idempotent by clientTurnId: a resend returns
   * the turn already stored and creates nothing.
   */
  async say(
    actor: Actor,
    id: string,
    clientTurnId: string,
    text: string,
  ): Promise<{ turn: WireTurn; seq: number; duplicate: boolean }> {
    const trimmed = text.trim();
    if (trimmed.length === 0)
      throw new FlightdeckError(ErrorCode.BadRequest, "a turn needs some text");
    // Characters as a person counts them (an emoji is one), of the text that is kept.
    const chars = countChars(trimmed);
    if (chars > LIMITS.maxTurnChars) {
      throw new FlightdeckError(
        ErrorCode.TurnTooLong,
        `a turn is limited to ${LIMITS.maxTurnChars} characters (this one has ${chars})`,
      );
    }
    const live = await this.load(actor, id, false);
    return this.serial(live, async () => {
      // A resend: in memory for this branch; older branches are caught by the unique constraint below.
      const existing = live.turns.find((t) => t.client_turn_id === clientTurnId);
      if (existing) return { turn: toWireTurn(existing), seq: existing.seq, duplicate: true };
      if (live.row.status === "ended") {
        throw new FlightdeckError(
          ErrorCode.SessionEnded,
          "this conversation has ended; rewind to a turn to try a line differently",
        );
      }
      if (live.inflight) {
        throw new FlightdeckError(
          ErrorCode.TurnOutOfOrder,
          "wait for the reply before you say the next line",
        );
      }
      // A line left unanswered uses no turn: the next one is played as if it had not been said.
      const managerTurns = countedLines(live.turns);
      // Every turn the scenario allows is used (a session that ends at the limit never gets here;
      // one written before that rule, or a race, might).
      if (managerTurns >= live.scenario.turnLimit) {
        throw new FlightdeckError(
          ErrorCode.SessionEnded,
          `every turn this scenario allows (${live.scenario.turnLimit}) is used: end the conversation, or rewind to try a line differently`,
        );
      }
      const history = this.history(live.turns);
      const step = this.deps.engine.step(live.sim, trimmed, {
        scenario: live.scenario,
        content: this.deps.content,
        seed: live.row.seed,
        turnIndex: managerTurns,
        history,
      });
      const now = this.clock();
      const managerId = randomUUID();
      const replyId = randomUUID();
      const idx = live.turns.length;
      const stored: StoredStep = {
        sim: step.state,
        speakerId: step.speakerId,
        intent: step.intent,
        reveals: step.reveals,
        changes: step.changes,
        outcome: step.outcome,
      };
      const draft = this.rowOf(
        managerId,
        id,
        live.branchId,
        0,
        idx,
        "manager",
        trimmed,
        "complete",
        clientTurnId,
        step.moves,
        null,
        now,
      );
      // The model starts now, while the turn is being committed: its first words take far longer
      // than a commit, so the write costs the manager no waiting. Nothing of the reply reaches the
      // client before turn_accepted, and a turn that fails to commit cancels it.
      const reply = this.startReply(live, replyId, step, [
        ...history,
        { speaker: "manager", text: trimmed },
      ]);
      let acceptedSeq: number;
      try {
        // Committed (in a batch with other sessions' writes) before turn_accepted is sent below.
        acceptedSeq = await this.writes.run(EXCHANGES, id, {
          sessionId: id,
          branchId: live.branchId,
          idx,
          manager: { id: managerId, text: trimmed, clientTurnId, moves: step.moves },
          accepted: { type: "turn_accepted", seq: 0, turn: toWireTurn(draft) },
          reply: {
            id: replyId,
            state: stored,
            leaseOwner: this.instanceId,
            leaseUntil: now + this.leaseMs,
          },
          now,
          holder: live.holder,
        });
      } catch (err) {
        await reply.cancel();
        if (err instanceof HeldElsewhere) throw this.heldElsewhere(live);
        if ((err as { code?: string }).code !== "23505") throw err;
        const original = await repo.findTurnByClientId(this.db, id, clientTurnId);
        if (!original) throw err;
        // Said on a line left by a rewind: acknowledging it would tell the client that this line,
        // which is not stored, was saved.
        if (!live.turns.some((t) => t.id === original.id)) {
          throw new FlightdeckError(
            ErrorCode.BadRequest,
            `the turn id "${clientTurnId}" was used for a line of an earlier attempt; send this line with a new turn id`,
          );
        }
        return { turn: toWireTurn(original), seq: original.seq, duplicate: true };
      }
      const replySeq = acceptedSeq + 1;
      const managerRow = this.rowOf(
        managerId,
        id,
        live.branchId,
        acceptedSeq,
        idx,
        "manager",
        trimmed,
        "complete",
        clientTurnId,
        step.moves,
        null,
        now,
      );
      const replyRow = this.rowOf(
        replyId,
        id,
        live.branchId,
        replySeq,
        idx + 1,
        "employee",
        "",
        "streaming",
        null,
        null,
        stored,
        now,
      );
      live.turns.push(managerRow, replyRow);
      live.sim = step.state;
      live.row.last_seq = replySeq;
      const accepted = toWireTurn(managerRow);
      live.listener?.event({ type: "turn_accepted", seq: acceptedSeq, turn: accepted });
      reply.accept(replyRow, acceptedSeq);
      return { turn: accepted, seq: acceptedSeq, duplicate: false };
    });
  }

  async hint(actor: Actor, id: string): Promise<string> {
    const live = await this.load(actor, id, false);
    return this.serial(live, async () => {
      await this.assertHolder(live);
      if (live.row.status === "ended")
        throw new FlightdeckError(
          ErrorCode.SessionEnded,
          "this conversation has ended; its debrief has the coaching",
        );
      if (!live.options.coachHints)
        throw new FlightdeckError(ErrorCode.BadRequest, "coach hints are off for this session");
      const text = this.deps.engine.hint(live.sim, {
        scenario: live.scenario,
        content: this.deps.content,
      });
      await this.appendDurable(live, (seq) => ({ type: "hint", seq, text }));
      return text;
    });
  }

  /** Starts a branch that keeps the turns before `toTurn` (a manager turn) and the persona state of then. */
  async rewind(actor: Actor, id: string, toTurn: number): Promise<SessionView> {
    const live = await this.load(actor, id, false);
    const target = live.turns.find((t) => t.idx === toTurn);
    if (!target || target.speaker !== "manager") {
      // `toTurn` is a 0-based transcript index, not the manager's own numbering ("turn 2" on the
      // debrief): say what was sent and which indexes would do (review 7, #4).
      const mine = live.turns.filter((t) => t.speaker === "manager").map((t) => t.idx);
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        `toTurn ${toTurn} is not one of your lines in this version: ${
          mine.length === 0
            ? "you have not said a line in it yet"
            : `your lines are at ${mine.join(", ")}`
        } (toTurn is the 0-based index of the line in the transcript, both speakers counted)`,
      );
    }
    await this.assertHolder(live);
    await this.cancelInflight(live);
    return this.serial(live, async () => {
      const now = this.clock();
      const branchId = randomUUID();
      const kept = live.turns.filter((t) => t.idx < toTurn);
      await this.db.transaction(async (tx) => {
        await repo.insertBranch(tx, {
          id: branchId,
          sessionId: id,
          parentId: live.branchId,
          forkIndex: toTurn,
          now,
        });
        if (live.row.status === "ended") await repo.reopenSession(tx, id, now);
      });
      live.branchId = branchId;
      live.turns = kept;
      live.sim = this.simAt(live.scenario, live.options.difficulty, kept);
      live.row.status = "active";
      live.row.outcome = null;
      live.row.active_branch_id = branchId;
      await this.appendDurable(live, (seq) => ({
        type: "branch_started",
        seq,
        session: this.wireSession(live.row, live.scenario, branchId, kept),
        turns: kept.map(toWireTurn),
        fromTurn: toTurn,
      }));
      return {
        session: this.wireSession(live.row, live.scenario, branchId, kept),
        turns: kept.map(toWireTurn),
      };
    });
  }

  /**
   * Takes the last rewind back while nothing has been said on its line: the attempt it left is
   * active again, whole, and the empty line is dropped. Not after that attempt had ended (it was
   * scored; it stays in the attempts to compare) and not once a line is said on the new one.
   */
  async undoRewind(actor: Actor, id: string): Promise<SessionView> {
    const live = await this.load(actor, id, false);
    return this.serial(live, async () => {
      await this.assertHolder(live);
      const [branches, allTurns, cards] = await Promise.all([
        repo.getBranches(this.db, id),
        repo.getTurns(this.db, id),
        repo.getScorecards(this.db, id),
      ]);
      const current = branches.find((b) => b.id === live.branchId);
      const parentId = current?.parent_branch_id;
      const refuse = (why: string) => {
        throw new FlightdeckError(ErrorCode.BadRequest, `nothing to undo: ${why}`);
      };
      if (!current || !parentId) return refuse("this line was not started by a rewind");
      if (allTurns.some((t) => t.branch_id === current.id))
        return refuse("you have said a line since going back");
      if (cards.some((c) => c.branch_id === parentId))
        return refuse("the attempt you left had ended and was scored; compare it in the debrief");
      const now = this.clock();
      await this.db.transaction(async (tx) => {
        await repo.restoreBranch(tx, { sessionId: id, branchId: current.id, parentId, now });
      });
      const remaining = branches.filter((b) => b.id !== current.id);
      live.branchId = parentId;
      live.turns = branchTurns(parentId, remaining, allTurns);
      live.sim = this.simAt(live.scenario, live.options.difficulty, live.turns);
      live.row.active_branch_id = parentId;
      const view = {
        session: this.wireSession(live.row, live.scenario, parentId, live.turns),
        turns: live.turns.map(toWireTurn),
      };
      await this.appendDurable(live, (seq) => ({
        type: "branch_started",
        seq,
        ...view,
        fromTurn: current.fork_index ?? 0,
        restored: true,
      }));
      return view;
    });
  }

  /**
   * Gets the reply to the last line, which the model never answered (LLM_FALLBACK=error): the line
   * is played again from the state before it, and its reply streams anew into the same row (no new
   * version, and the transcript, debrief and export show one exchange). The empty reply it replaces
   * held nothing; its reply_done stays in the event log. Refused, with nothing written, while a
   * reply streams, when the last reply was answered, or once the conversation has ended; a second
   * request finds the reply already streaming (or answered) and is refused the same way.
   */
  async retryReply(actor: Actor, id: string): Promise<void> {
    const live = await this.load(actor, id, false);
    return this.serial(live, async () => {
      await this.assertHolder(live);
      if (live.row.status === "ended")
        throw new FlightdeckError(
          ErrorCode.SessionEnded,
          "this conversation has ended; rewind to a turn to try a line differently",
        );
      if (live.inflight)
        throw new FlightdeckError(ErrorCode.TurnOutOfOrder, "the reply is already coming");
      const reply = live.turns.at(-1);
      const line = live.turns.at(-2);
      if (!reply || !isUnanswered(reply) || line?.speaker !== "manager")
        throw new FlightdeckError(
          ErrorCode.BadRequest,
          "there is no reply to get: the last line of this conversation was answered",
        );
      const before = live.turns.slice(0, -2);
      const history = this.history(before);
      // live.sim is the state before the line: a reply that never began moved nothing.
      const step = this.deps.engine.step(live.sim, line.text, {
        scenario: live.scenario,
        content: this.deps.content,
        seed: live.row.seed,
        turnIndex: countedLines(before),
        history,
      });
      const stored: StoredStep = {
        sim: step.state,
        speakerId: step.speakerId,
        intent: step.intent,
        reveals: step.reveals,
        changes: step.changes,
        outcome: step.outcome,
      };
      const now = this.clock();
      const streaming: TurnRow = { ...reply, text: "", status: "streaming", state: stored };
      const seq = await repo.restartReply(this.db, {
        sessionId: id,
        turnId: reply.id,
        state: stored,
        leaseOwner: this.instanceId,
        leaseUntil: now + this.leaseMs,
        event: { type: "reply_retried", seq: 0, turn: toWireTurn(streaming) },
        now,
        holder: live.holder,
      });
      if (seq === undefined) {
        // Not written: another connection holds the session, or the row changed under us.
        await this.assertHolder(live);
        throw new FlightdeckError(
          ErrorCode.TurnOutOfOrder,
          "the reply could not be asked for again; reload the conversation",
        );
      }
      Object.assign(reply, streaming, {
        lease_owner: this.instanceId,
        lease_until: now + this.leaseMs,
      });
      live.sim = step.state;
      live.row.last_seq = seq;
      live.listener?.event({ type: "reply_retried", seq, turn: toWireTurn(reply) });
      const started = this.startReply(live, reply.id, step, [
        ...history,
        { speaker: "manager", text: line.text },
      ]);
      started.accept(reply, line.seq);
    });
  }

  /** Ends the conversation by the manager's choice and scores it. */
  async end(actor: Actor, id: string): Promise<void> {
    const live = await this.load(actor, id, false);
    await this.assertHolder(live);
    await this.cancelInflight(live);
    await this.serial(live, async () => {
      // A second end (a double click, a resend after reconnecting) is answered, not left waiting.
      if (live.row.status === "ended")
        throw new FlightdeckError(
          ErrorCode.SessionEnded,
          "this conversation has already ended; its debrief is ready",
        );
      if (resolvedOn(live.turns))
        await this.finish(live, "resolved", REASONS.resolved_closed ?? "");
      else await this.finish(live, "ended", "You ended the conversation.");
    });
  }

  /** Sessions of this actor, newest first, with the score of each session's first pattern. */
  async list(actor: Actor, scenarioId?: string) {
    const rows = await repo.listSessions(this.db, actor.id, scenarioId);
    const ids = rows.map((r) => r.id);
    const [summaries, counted, firstLines] = await Promise.all([
      repo.scoreSummaries(this.db, ids),
      countedScores(this.db, this.deps.content, rows),
      peopleRepo.firstLines(this.db, ids),
    ]);
    return rows.map((row) => {
      const scenario = this.deps.content.scenarios.get(row.scenario_id);
      // The latest score of the scenario's first pattern, on the branch being flown.
      const primary = scenario?.patterns[0];
      const mine = summaries.filter((s) => s.session_id === row.id && s.pattern_id === primary);
      const score = mine.findLast((s) => s.branch_id === row.active_branch_id);
      // What it counts with, as the grid, the inbox and the debrief read it (server/people/verdict.ts):
      // a current finished review's score and step statuses in place of the machine's.
      const c = counted.get(row.id) ?? null;
      return {
        id: row.id,
        scenarioId: row.scenario_id,
        scenarioTitle: scenario?.title ?? row.scenario_id,
        status: row.status,
        outcome: row.outcome,
        createdAt: row.created_at,
        endedAt: row.ended_at,
        // Null until the manager says a line: only then is the session an attempt (docs/roles.md).
        firstLineAt: firstLines.get(row.id) ?? null,
        overall: score?.overall ?? null,
        passed: score?.passed ?? null,
        patternId: score?.pattern_id ?? null,
        earlier: score ? null : earlierScore(mine),
        reviewedOverall: score ? (c?.reviewedOverall ?? null) : null,
        counted: c,
      };
    });
  }

  /** Everything about one session: the current branch, every branch, stored scorecards and, once ended, the debrief. */
  async record(actor: Actor, id: string) {
    const live = await this.load(actor, id, !this.live.get(id)?.inflight, "session.read");
    const [branches, turns, scorecards, counted] = await Promise.all([
      repo.getBranches(this.db, id),
      repo.getTurns(this.db, id),
      repo.getScorecards(this.db, id),
      countedScores(
        this.db,
        this.deps.content,
        [{ id, scenario_id: live.row.scenario_id, active_branch_id: live.branchId }],
        true,
      ),
    ]);
    const current = scorecards.filter((c) => c.branch_id === live.branchId);
    const debrief = debriefOf(
      live.row,
      live.scenario,
      this.deps.content,
      branches,
      turns,
      this.deps.scorer,
      toWireTurn,
    );
    return {
      session: this.wireSession(live.row, live.scenario, live.branchId, live.turns),
      turns: live.turns.map(toWireTurn),
      ownerId: live.row.user_id,
      scorecards: current.map((c) => withJudge(c, this.clock())),
      // The score and verdict the attempt counts with on its main pattern (server/people/verdict.ts).
      counted: counted.get(id) ?? null,
      earlier:
        current.length > 0
          ? null
          : earlierScore(scorecards.filter((c) => c.pattern_id === live.scenario.patterns[0])),
      ...debrief,
      branches: debrief.branches.map((b) => ({
        ...b,
        scored: scorecards.some((c) => c.branch_id === b.id),
      })),
    };
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const live = await this.load(actor, id, true, "session.delete");
    await this.cancelInflight(live);
    // The cohort grid and the reviewers' inboxes keep a trace of it (who, scenario, when, whether
    // reviewed), written with the delete so neither happens without the other.
    await this.db.transaction(async (tx) => {
      await peopleRepo.recordDeletedAttempt(tx, id, this.clock());
      await repo.deleteSession(tx, id);
    });
    this.live.delete(id);
    // A tab still open on it is told now, not at its next line.
    const holder = live.listener;
    live.listener = undefined;
    holder?.deleted?.();
  }

  /** True while a reply to the session streams on this process. */
  replying(sessionId: string): boolean {
    return this.live.get(sessionId)?.inflight !== undefined;
  }

  /**
   * Resolves when no reply streams on this process, or at `deadline` (epoch ms), whichever is first:
   * a shutdown lets the replies in progress finish before `close` cuts what is left.
   */
  async settle(deadline: number): Promise<void> {
    for (;;) {
      const pending = [...this.live.values()].flatMap((l) => (l.inflight ? [l.inflight.done] : []));
      const left = deadline - Date.now();
      if (pending.length === 0 || left <= 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(pending),
        new Promise((resolve) => {
          timer = setTimeout(resolve, left);
        }),
      ]);
      clearTimeout(timer);
    }
  }

  /**
   * Stops streaming replies (each is written as interrupted) and forgets live sessions. Resolves
   * with the number of replies it cut.
   */
  async close(): Promise<number> {
    this.closing = true;
    if (this.sweeper) clearInterval(this.sweeper);
    const cut = [...this.live.values()].filter((l) => l.inflight).length;
    await Promise.all([...this.live.values()].map((l) => this.cancelInflight(l)));
    await Promise.all([...this.live.values()].map((l) => l.queue.catch(() => {})));
    for (const j of this.judging) j.abort.abort();
    await Promise.all([...this.judging].map((j) => j.done));
    await this.writes.drain();
    this.live.clear();
    return cut;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────

  /**
   * Starts the persona's reply to a turn that is still being committed. Its text is held until
   * `accept` (the turn is committed and turn_accepted sent): then the text so far goes out as one
   * delta and the rest streams. `cancel` (the turn failed to commit) stops the model and drops it.
   */
  private startReply(live: Live, replyId: string, step: EngineStep, history: TranscriptTurn[]) {
    const abort = new AbortController();
    const inflight: InflightReply = {
      replyId,
      seq: -1,
      personaId: step.speakerId,
      text: "",
      abort,
      done: Promise.resolve(),
    };
    live.inflight = inflight;
    let accepted: { row: TurnRow; seq: number } | undefined;
    let settle!: (value: { row: TurnRow; seq: number } | undefined) => void;
    const acceptance = new Promise<{ row: TurnRow; seq: number } | undefined>((resolve) => {
      settle = resolve;
    });
    let lastFlush = this.clock();
    let flushing: Promise<void> = Promise.resolve();
    const flush = () => {
      const text = inflight.text;
      flushing = flushing
        .then(() =>
          this.writes.run(FLUSHES, live.row.id, {
            id: replyId,
            text,
            leaseUntil: this.clock() + this.leaseMs,
          }),
        )
        .catch(() => {});
    };
    const send = (offset: number, delta: string) =>
      live.listener?.delta({
        seq: inflight.seq,
        replyId,
        personaId: step.speakerId,
        offset,
        delta,
      });
    const onDelta = (delta: string, reset?: boolean) => {
      if (abort.signal.aborted) return;
      if (reset) inflight.text = "";
      if (delta.length === 0 && !reset) return;
      const offset = inflight.text.length;
      inflight.text += delta;
      if (!accepted) return;
      send(offset, delta);
      if (this.clock() - lastFlush >= this.flushMs) {
        lastFlush = this.clock();
        flush();
      }
    };
    inflight.done = (async () => {
      let result: SpokenReply;
      try {
        result = await this.deps.voice.speak(
          step,
          { scenario: live.scenario, content: this.deps.content, history, sessionId: live.row.id },
          onDelta,
          abort.signal,
        );
      } catch {
        result = { text: inflight.text, status: "interrupted", notice: "The reply was cut off." };
      }
      if (abort.signal.aborted)
        result = { text: inflight.text, status: "interrupted", notice: result.notice };
      const turn = await acceptance;
      if (!turn) return;
      await flushing;
      await this.completeReply(live, turn.row, result, step);
    })()
      .catch((err) =>
        this.deps.onError?.(err, { sessionId: live.row.id, what: "finishing a reply" }),
      )
      .finally(() => {
        if (live.inflight === inflight) live.inflight = undefined;
      });
    return {
      accept: (row: TurnRow, seq: number) => {
        inflight.seq = seq;
        accepted = { row, seq };
        lastFlush = this.clock();
        if (inflight.text.length > 0) send(0, inflight.text);
        settle(accepted);
      },
      cancel: async () => {
        abort.abort();
        settle(undefined);
        await inflight.done;
      },
    };
  }

  private async completeReply(
    live: Live,
    replyRow: TurnRow,
    result: SpokenReply,
    step: EngineStep,
  ) {
    const now = this.clock();
    replyRow.text = result.text;
    replyRow.status = result.status;
    // Resolved: the conversation got what it needed, and the manager closes it (a follow-up, a
    // thank-you), as they would in the room. Ending it here cut off that last line and then
    // scored its absence.
    // The model stopped it (not a rewind, an end, or a shutdown): the transcript says so.
    const cause = result.status === "interrupted" && result.cause ? result.cause : undefined;
    if (cause) replyRow.state = { ...(replyRow.state as StoredStep), cause };
    // A reply that never began: its line counts for nothing, and the persona's state is as it was.
    if (isUnanswered(replyRow))
      live.sim = this.simAt(live.scenario, live.options.difficulty, live.turns);
    const atLimit = countedLines(live.turns) >= live.scenario.turnLimit;
    const resolvedNow = step.outcome === "resolved" && result.status === "complete" && !atLimit;
    // Two notices, never one paragraph: the model's fault and the news that it resolved.
    const draft: DurableEvent = {
      type: "reply_done",
      seq: 1,
      turn: toWireTurn(replyRow),
      ...(result.notice ? { notice: result.notice } : {}),
      ...(resolvedNow
        ? {
            resolved: true as const,
            resolvedNotice: resolvedNotice(step, castOf(live.scenario, this.deps.content)),
          }
        : {}),
    };
    const seq = await this.writes.run(EVENTS, live.row.id, {
      sessionId: live.row.id,
      event: draft,
      now,
      finishTurn: {
        id: replyRow.id,
        text: result.text,
        status: result.status,
        ...(cause ? { cause } : {}),
      },
    });
    const event = { ...draft, seq };
    live.row.last_seq = event.seq;
    // The reply is over before the client hears so: its next turn must not find it in flight.
    if (live.inflight?.replyId === replyRow.id) live.inflight = undefined;
    live.listener?.event(event);
    if (this.closing) return;
    const outcome = outcomeAfterReply(step.outcome, atLimit, resolvedOn(live.turns));
    if (outcome && result.status === "complete") {
      await this.serial(live, () => this.finish(live, outcome, REASONS[outcome] ?? ""));
    }
  }

  private async finish(live: Live, outcome: WireSession["outcome"] & string, reason: string) {
    const now = this.clock();
    await repo.endSession(this.db, live.row.id, outcome, now);
    live.row.status = "ended";
    live.row.outcome = outcome;
    await this.appendDurable(live, (seq) => ({ type: "session_ended", seq, outcome, reason }));
    const { transcript, recorded } = scoringInputOf(live.turns);
    let first: { overall: number; passed: boolean } | undefined;
    const judge = this.deps.judge;
    const toJudge: { id: string; patternId: string; scorecard: unknown }[] = [];
    for (const patternId of live.scenario.patterns) {
      const scored = this.deps.scorer.score(transcript, patternId, this.deps.content, recorded);
      if (!scored) continue;
      first ??= scored;
      const id = randomUUID();
      if (judge) toJudge.push({ id, patternId, scorecard: scored.scorecard });
      await repo.insertScorecard(this.db, {
        id,
        session_id: live.row.id,
        branch_id: live.branchId,
        pattern_id: patternId,
        rubric_version: scored.rubricVersion,
        overall: Math.round(scored.overall),
        passed: scored.passed,
        data: scored.scorecard,
        created_at: now,
        judge: judge
          ? ({ status: "asked", model: judge.model, askedAt: now } as StoredJudge)
          : null,
      });
    }
    this.askJudge(live.row.id, transcript, toJudge);
    if (first) {
      const { overall, passed } = first;
      await this.appendDurable(live, (seq) => ({
        type: "scorecard_ready",
        seq,
        sessionId: live.row.id,
        branchId: live.branchId,
        overall,
        passed,
      }));
    }
  }

  /**
   * Asks the judge for its second opinion on each scorecard just stored, in the background: the
   * scorecard and the debrief never wait for it. Its answer or its failure is written beside the
   * scorecard, which the debrief reads again until it is there. Closing aborts it, leaving "asked"
   * (read as failed once stale).
   */
  private askJudge(
    sessionId: string,
    turns: readonly TranscriptTurn[],
    cards: readonly { id: string; patternId: string; scorecard: unknown }[],
  ) {
    const judge = this.deps.judge;
    if (!judge || cards.length === 0 || this.closing) return;
    const abort = new AbortController();
    const done = (async () => {
      for (const c of cards) {
        const outcome = await judge
          .judge(turns, c.patternId, this.deps.content, c.scorecard, abort.signal)
          .catch((err: unknown) => ({
            ok: false as const,
            problem: `the judge failed: ${(err as Error).message}`,
          }));
        if (abort.signal.aborted) return;
        const stored: StoredJudge = outcome.ok
          ? { status: "done", opinion: outcome.opinion }
          : { status: "failed", model: judge.model, problem: outcome.problem };
        await repo.setScorecardJudge(this.db, c.id, stored);
      }
    })().catch((err: unknown) => this.deps.onError?.(err, { sessionId, what: "second opinion" }));
    const entry = { abort, done };
    this.judging.add(entry);
    void done.finally(() => this.judging.delete(entry));
  }

  private async appendDurable(live: Live, make: (seq: number) => DurableEvent) {
    const draft = make(1);
    const now = this.clock();
    const seq = await this.writes.run(EVENTS, live.row.id, {
      sessionId: live.row.id,
      event: draft,
      now,
    });
    const event = { ...draft, seq } as DurableEvent;
    live.row.last_seq = seq;
    live.listener?.event(event);
  }

  /** After a crash or a lost lease: the reply keeps its text, is marked interrupted, and a reply_done says so. */
  private async recordInterrupted(turn: TurnRow) {
    turn.status = "interrupted";
    await repo.appendNextEvent(
      this.db,
      turn.session_id,
      {
        type: "reply_done",
        seq: 1,
        turn: toWireTurn(turn),
        notice: "The reply was cut off; you can carry on.",
      },
      this.clock(),
    );
  }

  private async cancelInflight(live: Live) {
    const inflight = live.inflight;
    if (!inflight) return;
    inflight.abort.abort();
    await inflight.done.catch(() => {});
  }

  /** Another process may be streaming this session's reply; wait until it finishes or its lease runs out. */
  private async waitForForeignLease(live: Live) {
    for (;;) {
      const rows = await this.db.query<TurnRow>(
        "SELECT * FROM turns WHERE session_id = $1 AND status = 'streaming'",
        [live.row.id],
      );
      const foreign = rows.find((r) => r.lease_owner !== this.instanceId || !live.inflight);
      if (!foreign) return;
      if (
        (foreign.lease_until ?? 0) < this.clock() ||
        (foreign.lease_owner === this.instanceId && !live.inflight)
      ) {
        const stale = await repo.interruptStaleReplies(
          this.db,
          Number.POSITIVE_INFINITY,
          live.row.id,
        );
        for (const turn of stale) await this.recordInterrupted(turn);
        await this.reload(live);
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** What a `resumed` event carries: the session, its current branch's turns, briefing and limits. */
  private resumedView(live: Live) {
    return {
      session: this.wireSession(live.row, live.scenario, live.branchId, live.turns),
      turns: live.turns.map(toWireTurn),
      briefing: briefingOf(live.scenario, this.deps.content) as unknown as {
        id: string;
        title: string;
      },
      limits: {
        maxTurnChars: LIMITS.maxTurnChars,
        maxFrameBytes: LIMITS.maxFrameBytes,
        turnLimit: live.scenario.turnLimit,
      },
    };
  }

  private serial<T>(live: Live, fn: (live: Live) => Promise<T>): Promise<T> {
    live.lastUsed = this.clock();
    const run = live.queue
      .then(() => fn(live))
      .finally(() => {
        live.lastUsed = this.clock();
      });
    live.queue = run.catch(() => {});
    return run;
  }

  /** A connection token: this process, then a connection of it (SessionRow.holder). */
  private newHolder(): string {
    return `${this.instanceId}:${randomUUID()}`;
  }

  /**
   * Refuses an action of a connection that no longer holds the session: it was resumed on another
   * process sharing the database (on this process, the takeover closes the first socket at once).
   */
  private async assertHolder(live: Live): Promise<void> {
    if (!live.holder) return;
    const row = await repo.getSession(this.db, live.row.id);
    if (!row) throw notFound(live.row.id);
    if (row.holder !== live.holder) throw this.heldElsewhere(live);
  }

  /** The error for a connection whose session went on elsewhere; its copy here is dropped. */
  private heldElsewhere(live: Live): FlightdeckError {
    live.holder = undefined;
    live.listener = undefined;
    // What is in memory may be behind the other process: the next load reads the database.
    if (this.live.get(live.row.id) === live && !live.inflight) this.live.delete(live.row.id);
    return new FlightdeckError(
      ErrorCode.SessionTakenOver,
      "this conversation was opened in another window or tab",
    );
  }

  /** The session, once the policy allows `action` (default: playing it, which only its owner may). */
  private async load(
    actor: Actor,
    id: string,
    fresh: boolean,
    action: "session.play" | "session.read" | "session.delete" = "session.play",
  ): Promise<Live> {
    const cached = this.live.get(id);
    // Before any await: a session being loaded is in use, so the idle sweep leaves it alone.
    if (cached) cached.lastUsed = this.clock();
    if (cached && !fresh) {
      await authorizeSession(this.db, actor, cached.row, id, action);
      return cached;
    }
    const row = await repo.getSession(this.db, id);
    await authorizeSession(this.db, actor, row, id, action);
    if (!row) throw notFound(id);
    if (cached) {
      if (!cached.inflight) await this.reload(cached);
      return cached;
    }
    const scenario = this.deps.content.scenarios.get(row.scenario_id);
    if (!scenario)
      throw new FlightdeckError(
        ErrorCode.ScenarioNotFound,
        `the scenario "${row.scenario_id}" of this session is no longer in the library`,
      );
    const options = row.options as { coachHints?: boolean; difficulty?: number };
    const live: Live = {
      row,
      scenario,
      options: {
        coachHints: options.coachHints ?? true,
        difficulty: options.difficulty ?? scenario.difficulty,
      },
      branchId: row.active_branch_id ?? "",
      turns: [],
      sim: undefined,
      queue: Promise.resolve(),
      lastUsed: this.clock(),
    };
    await this.reload(live);
    this.live.set(id, live);
    this.startSweeping();
    return live;
  }

  private startSweeping() {
    if (this.sweeper || this.closing) return;
    this.sweeper = setInterval(() => {
      this.evictIdle().catch((err) =>
        this.deps.onError?.(err, { sessionId: "", what: "forgetting idle sessions" }),
      );
    }, EVICT_SWEEP_MS);
    this.sweeper.unref();
  }

  private async reload(live: Live) {
    const [row, branches, turns] = await Promise.all([
      repo.getSession(this.db, live.row.id),
      repo.getBranches(this.db, live.row.id),
      repo.getTurns(this.db, live.row.id),
    ]);
    if (!row) throw notFound(live.row.id);
    live.row = row;
    live.branchId = row.active_branch_id ?? branches[0]?.id ?? "";
    live.turns = branchTurns(live.branchId, branches, turns);
    live.sim = this.simAt(live.scenario, live.options.difficulty, live.turns);
  }

  /**
   * The hidden state after the last reply in `turns` that began (a line left unanswered moved
   * nothing), or the scenario's starting state.
   */
  private simAt(scenario: Scenario, difficulty: number, all: readonly TurnRow[]): unknown {
    const turns = answeredTurns(all);
    for (let i = turns.length - 1; i >= 0; i--) {
      const stored = stateOf(turns[i] as TurnRow);
      if (stored?.sim !== undefined) return stored.sim;
    }
    return this.deps.engine.start(scenario, this.deps.content, { difficulty });
  }

  private history(turns: readonly TurnRow[]): TranscriptTurn[] {
    return turns
      .filter((t) => t.text.length > 0)
      .map((t) => {
        const personaId = t.speaker === "employee" ? stateOf(t)?.speakerId : undefined;
        return { speaker: t.speaker, text: t.text, ...(personaId ? { personaId } : {}) };
      });
  }

  private wireSession(
    row: SessionRow,
    scenario: Scenario,
    branchId: string,
    turns: readonly TurnRow[],
  ): WireSession {
    const options = row.options as { coachHints?: boolean; difficulty?: number };
    return {
      id: row.id,
      scenarioId: row.scenario_id,
      status: row.status,
      outcome: (row.outcome as WireSession["outcome"]) ?? null,
      branchId,
      turnLimit: scenario.turnLimit,
      managerTurns: countedLines(turns),
      options: {
        coachHints: options.coachHints ?? true,
        difficulty: options.difficulty ?? scenario.difficulty,
      },
      lastSeq: row.last_seq,
      ...(row.status === "active" && resolvedOn(turns) ? { resolved: true as const } : {}),
    };
  }

  private rowOf(
    id: string,
    sessionId: string,
    branchId: string,
    seq: number,
    idx: number,
    speaker: TurnRow["speaker"],
    text: string,
    status: TurnRow["status"],
    clientTurnId: string | null,
    moves: unknown,
    state: unknown,
    now: number,
  ): TurnRow {
    return {
      id,
      session_id: sessionId,
      branch_id: branchId,
      seq,
      idx,
      speaker,
      text,
      status,
      client_turn_id: clientTurnId,
      moves,
      state,
      created_at: now,
      lease_owner: null,
      lease_until: null,
    };
  }
}

const REASONS: Record<string, string> = {
  resolved: "You reached what the conversation needed.",
  resolved_closed: "You reached what the conversation needed, and closed it.",
  escalated: "The conversation escalated past the point of repair.",
  shut_down: "They shut down and stopped engaging.",
  out_of_turns: "You used every turn this scenario allows.",
  ended: "You ended the conversation.",
};

const notFound = (id: string) =>
  new FlightdeckError(ErrorCode.SessionNotFound, `no session "${id}"`);

/** The judge column of a scorecard row (migration 17). */
type StoredJudge =
  | { status: "asked"; model: string; askedAt: number }
  | { status: "done"; opinion: unknown }
  | { status: "failed"; model: string; problem: string };

/** An answer not written this long after it was asked never will be: the server stopped first. */
export const JUDGE_STALE_MS = 10 * 60_000;

/**
 * A stored scorecard as the debrief reads it: the rule score, with the judge's opinion beside it
 * (`judge`), or what became of the asking (`judgeStatus`).
 */
function withJudge(row: ScorecardRow, now: number): unknown {
  const j = row.judge as StoredJudge | null | undefined;
  const data = row.data as Record<string, unknown>;
  if (!j) return data;
  if (j.status === "done") return { ...data, judge: j.opinion };
  if (j.status === "failed") {
    return { ...data, judgeStatus: { status: "failed", model: j.model, problem: j.problem } };
  }
  if (now - j.askedAt > JUDGE_STALE_MS) {
    const problem = "the server stopped before the model answered";
    return { ...data, judgeStatus: { status: "failed", model: j.model, problem } };
  }
  return { ...data, judgeStatus: { status: "asked", model: j.model } };
}

/**
 * Rewound after it ended: the attempt being flown has no score yet, so the session still shows the
 * latest score of the first pattern on an attempt it left (`scores` oldest first, that pattern's).
 */
function earlierScore(scores: readonly { overall: number; passed: boolean; pattern_id: string }[]) {
  const last = scores.at(-1);
  return last ? { overall: last.overall, passed: last.passed, patternId: last.pattern_id } : null;
}
