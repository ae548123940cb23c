import type { Queryable, Statement } from "./db";

/** Rows as stored. JSON columns come back parsed from both drivers. */
export interface SessionRow {
  id: string;
  user_id: string;
  scenario_id: string;
  seed: number;
  options: Record<string, unknown>;
  status: "active" | "ended";
  outcome: string | null;
  active_branch_id: string | null;
  last_seq: number;
  created_at: number;
  updated_at: number;
  ended_at: number | null;
  /**
   * The connection that may write the session's turns and events (`process:connection`), set when a
   * client starts or resumes it; a write carrying another holder is refused, so a session opened on
   * two processes sharing one database is written by the latest one only.
   */
  holder: string | null;
}

export interface BranchRow {
  id: string;
  session_id: string;
  parent_branch_id: string | null;
  fork_index: number | null;
  created_at: number;
}

export interface TurnRow {
  id: string;
  session_id: string;
  branch_id: string;
  seq: number;
  idx: number;
  speaker: "manager" | "employee";
  text: string;
  status: "complete" | "streaming" | "interrupted";
  client_turn_id: string | null;
  moves: unknown;
  state: unknown;
  created_at: number;
  lease_owner: string | null;
  lease_until: number | null;
}

export interface EventRow {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
}

export interface ScorecardRow {
  id: string;
  session_id: string;
  branch_id: string;
  pattern_id: string;
  rubric_version: string;
  overall: number;
  passed: boolean;
  data: unknown;
  created_at: number;
  /** The LLM judge's second opinion (migration 17); null when none was asked. */
  judge?: unknown;
}

const json = (value: unknown) => JSON.stringify(value);

/** A manager turn, its turn_accepted event and the persona's empty streaming reply (exchanges). */
export interface ExchangeWrite {
  sessionId: string;
  branchId: string;
  idx: number;
  manager: { id: string; text: string; clientTurnId: string; moves: unknown };
  /** The turn_accepted event; `seq` and `turn.seq` are filled in by the statement. */
  accepted: { type: string; [key: string]: unknown };
  reply: { id: string; state: unknown; leaseOwner: string; leaseUntil: number };
  now: number;
  /** Written only while the session's holder is this one (none: no check). */
  holder?: string | undefined;
}

/** A durable event, with the session's next seq filled in; optionally finishing a reply (appendNextEvent). */
export interface EventWrite {
  sessionId: string;
  event: { type: string; [key: string]: unknown };
  now: number;
  finishTurn?:
    | {
        id: string;
        text: string;
        status: TurnRow["status"];
        /** Why it was interrupted, kept in the turn's state as `cause` (the model failed). */
        cause?: "model" | undefined;
      }
    | undefined;
  /** Written only while the session's holder is this one (none: no check, e.g. a reply's end). */
  holder?: string | undefined;
}

/**
 * A write for many sessions as one statement, not yet run, and how to read each write's result from
 * its rows: group commit sends several of these to the database in one round trip (Db.batch).
 */
export interface PlannedWrite<R> extends Statement {
  /** Each write's result; an Error for a write that wrote nothing (it fails alone). */
  read(rows: readonly object[]): (R | Error)[];
}

/**
 * The seq of each write's row, in order. A missing row is a write that wrote nothing, returned as
 * its error (group commit fails that write alone): the session vanished or, for a write with a
 * holder, another connection holds it now (`HeldElsewhere`).
 */
function seqsInOrder(
  writes: readonly { sessionId: string; holder?: string | undefined }[],
  rows: readonly { session_id: string; seq: number }[],
): (number | Error)[] {
  const bySession = new Map(rows.map((r) => [r.session_id, r.seq]));
  return writes.map(({ sessionId, holder }) => {
    const seq = bySession.get(sessionId);
    if (seq !== undefined) return seq;
    return holder ? new HeldElsewhere(sessionId) : new Error(`session ${sessionId} vanished`);
  });
}

/** A write refused because another connection (perhaps on another process) holds the session now. */
export class HeldElsewhere extends Error {
  constructor(readonly sessionId: string) {
    super(`session ${sessionId} is held by another connection`);
    this.name = "HeldElsewhere";
  }
}

/** SQL for practice sessions, their branches, turns, events and scorecards. Same SQL on both drivers. */
export const sessionsRepo = {
  /**
   * A new session, whole, in one statement: its user (when missing), the session row with its first
   * branch, and its `session_started` event as seq 1. One round trip and no transaction held open, so
   * a cohort starting together does not queue every other session's writes behind it.
   */
  async createSession(
    db: Queryable,
    s: {
      user: { id: string; displayName: string; roles: string[] };
      row: SessionRow;
      event: { type: string; seq: number; [key: string]: unknown };
    },
  ) {
    const { user, row, event } = s;
    await db.query(
      `WITH new_user AS (
         INSERT INTO users (id, display_name, roles, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING
       ), new_session AS (
         INSERT INTO practice_sessions (id, user_id, scenario_id, seed, options, status, active_branch_id, last_seq, created_at, updated_at, holder)
         VALUES ($5, $1, $6, $7, $8, $9, $10, $11, $4, $4, $14)
         RETURNING id
       ), new_branch AS (
         INSERT INTO branches (id, session_id, parent_branch_id, fork_index, created_at)
         SELECT $10, id, NULL, NULL, $4 FROM new_session
       )
       INSERT INTO session_events (session_id, seq, type, payload, created_at)
       SELECT id, $11, $12, $13, $4 FROM new_session`,
      [
        user.id,
        user.displayName,
        user.roles,
        row.created_at,
        row.id,
        row.scenario_id,
        row.seed,
        json(row.options),
        row.status,
        row.active_branch_id,
        event.seq,
        event.type,
        json(event),
        row.holder,
      ],
    );
  },

  /** Makes `holder` the connection that may write the session (see SessionRow.holder). */
  async setHolder(db: Queryable, sessionId: string, holder: string) {
    await db.query("UPDATE practice_sessions SET holder = $2 WHERE id = $1", [sessionId, holder]);
  },

  async insertBranch(
    db: Queryable,
    b: { id: string; sessionId: string; parentId: string; forkIndex: number; now: number },
  ) {
    await db.query(
      "INSERT INTO branches (id, session_id, parent_branch_id, fork_index, created_at) VALUES ($1, $2, $3, $4, $5)",
      [b.id, b.sessionId, b.parentId, b.forkIndex, b.now],
    );
    await db.query(
      "UPDATE practice_sessions SET active_branch_id = $2, updated_at = $3 WHERE id = $1",
      [b.sessionId, b.id, b.now],
    );
  },

  /** Makes `parentId` the line flown again and drops `branchId`, a line with no turns of its own. */
  async restoreBranch(
    db: Queryable,
    b: { sessionId: string; branchId: string; parentId: string; now: number },
  ) {
    await db.query(
      "UPDATE practice_sessions SET active_branch_id = $2, updated_at = $3 WHERE id = $1",
      [b.sessionId, b.parentId, b.now],
    );
    await db.query("DELETE FROM branches WHERE id = $1 AND session_id = $2", [
      b.branchId,
      b.sessionId,
    ]);
  },

  async insertTurn(
    db: Queryable,
    t: {
      id: string;
      sessionId: string;
      branchId: string;
      seq: number;
      idx: number;
      speaker: "manager" | "employee";
      text: string;
      status: TurnRow["status"];
      clientTurnId?: string | undefined;
      moves?: unknown;
      state?: unknown;
      leaseOwner?: string | undefined;
      leaseUntil?: number | undefined;
      now: number;
    },
  ) {
    await db.query(
      `INSERT INTO turns (id, session_id, branch_id, seq, idx, speaker, text, status, client_turn_id, moves, state, lease_owner, lease_until, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        t.id,
        t.sessionId,
        t.branchId,
        t.seq,
        t.idx,
        t.speaker,
        t.text,
        t.status,
        t.clientTurnId ?? null,
        t.moves === undefined ? null : json(t.moves),
        t.state === undefined ? null : json(t.state),
        t.leaseOwner ?? null,
        t.leaseUntil ?? null,
        t.now,
      ],
    );
  },

  /**
   * Appends a durable event with the session's next seq in one statement (seq filled into the
   * payload), optionally finishing a reply in the same statement. Returns the seq.
   */
  async appendNextEvent(
    db: Queryable,
    sessionId: string,
    event: { type: string; [key: string]: unknown },
    now: number,
    finishTurn?: { id: string; text: string; status: TurnRow["status"] },
  ): Promise<number> {
    const rows = await db.query<{ seq: number }>(
      `WITH t AS (
         UPDATE turns SET text = $5, status = $6, lease_owner = NULL, lease_until = NULL
         WHERE id = $4 AND $4::text IS NOT NULL
       ), s AS (
         UPDATE practice_sessions SET last_seq = last_seq + 1, updated_at = $3 WHERE id = $1 RETURNING last_seq
       )
       INSERT INTO session_events (session_id, seq, type, payload, created_at)
       SELECT $1, s.last_seq, $7, jsonb_set($2::jsonb, '{seq}', to_jsonb(s.last_seq)), $3 FROM s
       RETURNING seq`,
      [
        sessionId,
        json(event),
        now,
        finishTurn?.id ?? null,
        finishTurn?.text ?? null,
        finishTurn?.status ?? null,
        event.type,
      ],
    );
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error(`session ${sessionId} vanished`);
    return seq;
  },

  /**
   * Manager turns, each with its `turn_accepted` event and the persona's (still empty, streaming)
   * reply, for many sessions in one statement (data-modifying CTEs: atomic without a transaction):
   * group commit's way of writing a batch of turns. At most one exchange per session; each takes its
   * session's next two seqs (turn, reply); its rows give each turn_accepted seq, in the order given. A
   * client turn id used before fails the whole statement (unique violation) and writes nothing.
   */
  exchanges(xs: readonly ExchangeWrite[]): PlannedWrite<number> {
    return {
      sql: `WITH v AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
           session_id text, branch_id text, idx integer, manager_id text, text text,
           client_turn_id text, moves jsonb, reply_id text, state jsonb, lease_owner text,
           lease_until float8, accepted jsonb, now float8, holder text)
       ), s AS (
         UPDATE practice_sessions p SET last_seq = p.last_seq + 2, updated_at = v.now
         FROM v WHERE p.id = v.session_id AND (v.holder IS NULL OR p.holder = v.holder)
         RETURNING p.id, p.last_seq
       ), m AS (
         INSERT INTO turns (id, session_id, branch_id, seq, idx, speaker, text, status, client_turn_id, moves, created_at)
         SELECT v.manager_id, v.session_id, v.branch_id, s.last_seq - 1, v.idx, 'manager', v.text, 'complete',
                v.client_turn_id, COALESCE(v.moves, 'null'::jsonb), v.now
         FROM v JOIN s ON s.id = v.session_id
       ), r AS (
         INSERT INTO turns (id, session_id, branch_id, seq, idx, speaker, text, status, state, lease_owner, lease_until, created_at)
         SELECT v.reply_id, v.session_id, v.branch_id, s.last_seq, v.idx + 1, 'employee', '', 'streaming',
                COALESCE(v.state, 'null'::jsonb), v.lease_owner, v.lease_until, v.now
         FROM v JOIN s ON s.id = v.session_id
       )
       INSERT INTO session_events (session_id, seq, type, payload, created_at)
       SELECT v.session_id, s.last_seq - 1, 'turn_accepted',
              jsonb_set(jsonb_set(v.accepted, '{seq}', to_jsonb(s.last_seq - 1)), '{turn,seq}', to_jsonb(s.last_seq - 1)), v.now
       FROM v JOIN s ON s.id = v.session_id RETURNING session_id, seq`,
      params: [
        json(
          xs.map((x) => ({
            session_id: x.sessionId,
            branch_id: x.branchId,
            idx: x.idx,
            manager_id: x.manager.id,
            text: x.manager.text,
            client_turn_id: x.manager.clientTurnId,
            moves: x.manager.moves ?? null,
            reply_id: x.reply.id,
            state: x.reply.state ?? null,
            lease_owner: x.reply.leaseOwner,
            lease_until: x.reply.leaseUntil,
            accepted: x.accepted,
            now: x.now,
            holder: x.holder ?? null,
          })),
        ),
      ],
      read: (rows) => seqsInOrder(xs, rows as { session_id: string; seq: number }[]),
    };
  },

  /**
   * Many sessions' events (as appendNextEvent), each optionally finishing a reply, in one statement.
   * At most one event per session. Returns each event's seq, in the order given.
   */
  nextEvents(events: readonly EventWrite[]): PlannedWrite<number> {
    return {
      sql: `WITH v AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
           session_id text, payload jsonb, type text, now float8, turn_id text, text text, status text,
           cause text, holder text)
       ), t AS (
         UPDATE turns SET text = v.text, status = v.status, lease_owner = NULL, lease_until = NULL,
           state = CASE WHEN v.cause IS NOT NULL
               THEN COALESCE(turns.state, '{}'::jsonb) || jsonb_build_object('cause', v.cause)
             WHEN jsonb_typeof(turns.state) = 'object' THEN turns.state - 'cause'
             ELSE turns.state END
         FROM v WHERE turns.id = v.turn_id
       ), s AS (
         UPDATE practice_sessions p SET last_seq = p.last_seq + 1, updated_at = v.now
         FROM v WHERE p.id = v.session_id AND (v.holder IS NULL OR p.holder = v.holder)
         RETURNING p.id, p.last_seq
       )
       INSERT INTO session_events (session_id, seq, type, payload, created_at)
       SELECT v.session_id, s.last_seq, v.type, jsonb_set(v.payload, '{seq}', to_jsonb(s.last_seq)), v.now
       FROM v JOIN s ON s.id = v.session_id RETURNING session_id, seq`,
      params: [
        json(
          events.map((e) => ({
            session_id: e.sessionId,
            payload: e.event,
            type: e.event.type,
            now: e.now,
            turn_id: e.finishTurn?.id ?? null,
            text: e.finishTurn?.text ?? null,
            status: e.finishTurn?.status ?? null,
            cause: e.finishTurn?.cause ?? null,
            holder: e.holder ?? null,
          })),
        ),
      ],
      read: (rows) => seqsInOrder(events, rows as { session_id: string; seq: number }[]),
    };
  },

  /**
   * A reply the model never began (interrupted, empty) streams again, with the step played anew and
   * a lease, and its durable event, in one statement. Its state keeps `cause` "model" until it
   * finishes, so a reply a crash cuts before a word is still one to get again. Returns the event's
   * seq, or undefined when the reply is not one to get again (already retried, answered, or another
   * connection holds the session): nothing is written then.
   */
  async restartReply(
    db: Queryable,
    w: {
      sessionId: string;
      turnId: string;
      state: unknown;
      leaseOwner: string;
      leaseUntil: number;
      event: { type: string; [key: string]: unknown };
      now: number;
      holder?: string | undefined;
    },
  ): Promise<number | undefined> {
    const rows = await db.query<{ seq: number }>(
      `WITH t AS (
         UPDATE turns SET status = 'streaming', text = '', lease_owner = $5, lease_until = $6,
           state = $7::jsonb || jsonb_build_object('cause', 'model')
         WHERE id = $4 AND session_id = $1 AND status = 'interrupted' AND text = ''
           AND EXISTS (SELECT 1 FROM practice_sessions p
                       WHERE p.id = $1 AND ($8::text IS NULL OR p.holder = $8))
         RETURNING id
       ), s AS (
         UPDATE practice_sessions SET last_seq = last_seq + 1, updated_at = $3
         WHERE id = $1 AND EXISTS (SELECT 1 FROM t) RETURNING last_seq
       )
       INSERT INTO session_events (session_id, seq, type, payload, created_at)
       SELECT $1, s.last_seq, $9, jsonb_set($2::jsonb, '{seq}', to_jsonb(s.last_seq)), $3 FROM s
       RETURNING seq`,
      [
        w.sessionId,
        json(w.event),
        w.now,
        w.turnId,
        w.leaseOwner,
        w.leaseUntil,
        json(w.state),
        w.holder ?? null,
        w.event.type,
      ],
    );
    return rows[0]?.seq;
  },

  /**
   * Streaming replies' text so far and renewed leases, many in one statement. A reply that is no
   * longer streaming (finished, or interrupted by another process) is left as it is.
   */
  replyFlushes(
    replies: readonly { id: string; text: string; leaseUntil: number }[],
  ): PlannedWrite<undefined> {
    return {
      sql: `UPDATE turns SET text = v.text, lease_until = v.lease_until
       FROM jsonb_to_recordset($1::jsonb) AS v(id text, text text, lease_until float8)
       WHERE turns.id = v.id AND turns.status = 'streaming'`,
      params: [json(replies.map((r) => ({ id: r.id, text: r.text, lease_until: r.leaseUntil })))],
      read: () => replies.map(() => undefined),
    };
  },

  async findTurnByClientId(
    db: Queryable,
    sessionId: string,
    clientTurnId: string,
  ): Promise<TurnRow | undefined> {
    const rows = await db.query<TurnRow>(
      "SELECT * FROM turns WHERE session_id = $1 AND client_turn_id = $2",
      [sessionId, clientTurnId],
    );
    return rows[0];
  },

  async getSession(db: Queryable, id: string): Promise<SessionRow | undefined> {
    const rows = await db.query<SessionRow>("SELECT * FROM practice_sessions WHERE id = $1", [id]);
    return rows[0];
  },

  async listSessions(db: Queryable, userId: string, scenarioId?: string): Promise<SessionRow[]> {
    return scenarioId
      ? db.query<SessionRow>(
          "SELECT * FROM practice_sessions WHERE user_id = $1 AND scenario_id = $2 ORDER BY created_at DESC",
          [userId, scenarioId],
        )
      : db.query<SessionRow>(
          "SELECT * FROM practice_sessions WHERE user_id = $1 ORDER BY created_at DESC",
          [userId],
        );
  },

  async getBranches(db: Queryable, sessionId: string): Promise<BranchRow[]> {
    return db.query<BranchRow>(
      "SELECT * FROM branches WHERE session_id = $1 ORDER BY created_at, id",
      [sessionId],
    );
  },

  async getTurns(db: Queryable, sessionId: string): Promise<TurnRow[]> {
    return db.query<TurnRow>("SELECT * FROM turns WHERE session_id = $1 ORDER BY seq", [sessionId]);
  },

  async eventsAfter(db: Queryable, sessionId: string, seq: number): Promise<EventRow[]> {
    return db.query<EventRow>(
      "SELECT seq, type, payload FROM session_events WHERE session_id = $1 AND seq > $2 ORDER BY seq",
      [sessionId, seq],
    );
  },

  async endSession(db: Queryable, id: string, outcome: string, now: number) {
    await db.query(
      "UPDATE practice_sessions SET status = 'ended', outcome = $2, ended_at = $3, updated_at = $3 WHERE id = $1",
      [id, outcome, now],
    );
  },

  async reopenSession(db: Queryable, id: string, now: number) {
    await db.query(
      "UPDATE practice_sessions SET status = 'active', outcome = NULL, ended_at = NULL, updated_at = $2 WHERE id = $1",
      [id, now],
    );
  },

  async deleteSession(db: Queryable, id: string): Promise<boolean> {
    const rows = await db.query<{ id: string }>(
      "DELETE FROM practice_sessions WHERE id = $1 RETURNING id",
      [id],
    );
    return rows.length > 0;
  },

  async insertScorecard(db: Queryable, s: Omit<ScorecardRow, "data"> & { data: unknown }) {
    await db.query(
      `INSERT INTO scorecards (id, session_id, branch_id, pattern_id, rubric_version, overall, passed, data, created_at, judge)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        s.id,
        s.session_id,
        s.branch_id,
        s.pattern_id,
        s.rubric_version,
        s.overall,
        s.passed,
        json(s.data),
        s.created_at,
        s.judge === undefined || s.judge === null ? null : json(s.judge),
      ],
    );
  },

  /** The judge's answer (or failure) for a scorecard asked for one; the rule score stays as it was. */
  async setScorecardJudge(db: Queryable, id: string, judge: unknown) {
    await db.query("UPDATE scorecards SET judge = $2 WHERE id = $1", [id, json(judge)]);
  },

  /** Scorecard summaries (no data) of these sessions, oldest first. */
  async scoreSummaries(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    return db.query<Omit<ScorecardRow, "data" | "id" | "rubric_version">>(
      "SELECT session_id, branch_id, pattern_id, overall, passed, created_at FROM scorecards WHERE session_id = ANY($1) ORDER BY created_at",
      [sessionIds],
    );
  },

  async getScorecards(db: Queryable, sessionId: string): Promise<ScorecardRow[]> {
    return db.query<ScorecardRow>(
      "SELECT * FROM scorecards WHERE session_id = $1 ORDER BY created_at",
      [sessionId],
    );
  },

  /**
   * Replies whose streaming process is gone (its lease ran out, or it is this process after a restart)
   * become interrupted, keeping the text written so far. Returns the turns changed.
   */
  async interruptStaleReplies(db: Queryable, now: number, sessionId?: string): Promise<TurnRow[]> {
    return sessionId
      ? db.query<TurnRow>(
          `UPDATE turns SET status = 'interrupted', lease_owner = NULL, lease_until = NULL
           WHERE status = 'streaming' AND session_id = $2 AND (lease_until IS NULL OR lease_until < $1) RETURNING *`,
          [now, sessionId],
        )
      : db.query<TurnRow>(
          `UPDATE turns SET status = 'interrupted', lease_owner = NULL, lease_until = NULL
           WHERE status = 'streaming' AND (lease_until IS NULL OR lease_until < $1) RETURNING *`,
          [now],
        );
  },
};
