import type { Queryable } from "./db";

/** Rows as stored (migration 3). Times are epoch milliseconds. */
export interface UserRow {
  id: string;
  email: string | null;
  display_name: string;
  roles: string[];
  password_hash: string | null;
  created_at: number;
  /** When an admin disabled the account (migration 10); null while it may sign in. */
  disabled_at: number | null;
  /** The admin who disabled it. */
  disabled_by: string | null;
}

export interface AuthSessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

/** What a deleted attempt leaves behind (migration 9): no transcript, score or note. */
export interface DeletedAttemptRow {
  session_id: string;
  user_id: string;
  scenario_id: string;
  started_at: number;
  /** Null: deleted before the manager's first line (kept only because it was shared). */
  first_line_at: number | null;
  /** A reviewer had finished a review of it. */
  reviewed: boolean;
  deleted_at: number;
}

export interface ThrottleRow {
  key: string;
  failures: number;
  blocked_until: number;
  updated_at: number;
}

export interface InvitationRow {
  id: string;
  email: string;
  roles: string[];
  cohort_id: string | null;
  created_by: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  used_by: string | null;
  /** When the invited person declined it, signed in (migration 12): it no longer works. */
  declined_at?: number | null;
  /** The name the inviter gave with the email (migration 16), if any. */
  name?: string | null;
}

export interface CohortRow {
  id: string;
  name: string;
  created_by: string | null;
  created_at: number;
}

export interface CohortMemberRow {
  cohort_id: string;
  user_id: string;
  /** member: a manager in the progress grid; mentor: reviews what members share with them. */
  role: "facilitator" | "member" | "mentor";
  added_at: number;
}

export interface AssignmentRow {
  id: string;
  cohort_id: string;
  scenario_id: string;
  /** The due date, "YYYY-MM-DD" (migration 7): the same calendar day for everyone; null for none. */
  due_date: string | null;
  target_score: number;
  min_attempts: number;
  max_attempts: number | null;
  created_by: string | null;
  created_at: number;
  /** When it was removed (migration 6); null while assigned. Assigning the scenario again restores it. */
  removed_at?: number | null;
}

export interface ReviewRow {
  session_id: string;
  reviewer_id: string;
  status: "open" | "done";
  created_at: number;
  updated_at: number;
  done_at: number | null;
  /**
   * When the session's owner last opened its debrief with this review there (migration 11; set on
   * every review of the session since replies): null, never. Finished after it: new to the owner.
   */
  owner_seen_at?: number | null;
  /** When the reviewer last read the replies in their threads (migration 15); null: never. */
  replies_seen_at?: number | null;
}

export interface CommentRow {
  id: string;
  session_id: string;
  author_id: string;
  turn_id: string;
  /** The comment this one answers (migration 15); null for a first comment. */
  parent_id?: string | null;
  text: string;
  created_at: number;
  updated_at: number;
}

export interface AdjustmentRow {
  id: string;
  session_id: string;
  author_id: string;
  pattern_id: string;
  /** null for an adjustment of the overall score. */
  step_id: string | null;
  machine_status: string | null;
  status: string | null;
  machine_score: number | null;
  score: number | null;
  reason: string;
  created_at: number;
  updated_at: number;
}

/** A machine flag a reviewer set aside, with why (migration 14). */
export interface FlagSetAsideRow {
  id: string;
  session_id: string;
  author_id: string;
  pattern_id: string;
  /** The anti-pattern's id; with `turn`, the flag on the scorecard. */
  flag_id: string;
  turn: number;
  /** The machine's quote and title when it was set aside. */
  quote: string;
  title: string;
  critical: boolean;
  reason: string;
  created_at: number;
  updated_at: number;
}

/** A practice session as the people features see it: no turns, no hidden state. */
export interface SessionBriefRow {
  id: string;
  user_id: string;
  scenario_id: string;
  status: "active" | "ended";
  outcome: string | null;
  active_branch_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface ScoreRow {
  session_id: string;
  branch_id: string;
  pattern_id: string;
  overall: number;
  /** The machine's verdict (absent in rows read without it). */
  passed?: boolean;
  data: unknown;
  created_at: number;
}

const one = <T>(rows: T[]): T | undefined => rows[0];

/**
 * SQL: the session `s` was scored again after review `r` was last finished or adjusted by its
 * reviewer (a rewind made lines the reviewer never read): the review is of an earlier version.
 */
const SCORED_SINCE_REVIEW = `EXISTS (SELECT 1 FROM scorecards c WHERE c.session_id = s.id
  AND c.created_at > GREATEST(r.done_at, COALESCE((SELECT MAX(a.updated_at) FROM review_adjustments a
    WHERE a.session_id = s.id AND a.author_id = r.reviewer_id), 0),
    COALESCE((SELECT MAX(f.updated_at) FROM review_flag_set_asides f
    WHERE f.session_id = s.id AND f.author_id = r.reviewer_id), 0)))`;

/**
 * SQL: replies by someone else in the threads reviewer `sh.user_id` started on session `s`, written
 * after they last read them (`r`, their review, may be null: then never).
 */
const UNREAD_REPLIES = `(SELECT count(*) FROM review_comments rc
  JOIN review_comments root ON root.id = rc.parent_id
  WHERE rc.session_id = s.id AND root.author_id = sh.user_id AND rc.author_id <> sh.user_id
    AND rc.created_at > COALESCE(r.replies_seen_at, 0))`;

/**
 * SQL: note `rc` on session `s` is new to the session's owner: written by someone else after the
 * owner last opened the debrief (`r`, its author's review, holds when: `owner_seen_at`), and either
 * a reply (an answer in a thread) or a comment added after its author's review was marked done
 * (a comment in a review still open, or finished since, is told by the finished review itself).
 */
const NEW_TO_OWNER = `rc.author_id <> s.user_id AND rc.created_at > COALESCE(r.owner_seen_at, 0)
  AND (rc.parent_id IS NOT NULL OR (r.status = 'done' AND rc.created_at > r.done_at))`;

/** SQL for accounts, sign-in sessions, cohorts, assignments, shares and reviews. Same SQL on both drivers. */
export const peopleRepo = {
  // ── users ──
  async insertUser(
    db: Queryable,
    u: {
      id: string;
      email: string | null;
      displayName: string;
      roles: readonly string[];
      passwordHash: string | null;
      now: number;
    },
  ) {
    await db.query(
      `INSERT INTO users (id, email, display_name, roles, password_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [u.id, u.email, u.displayName, u.roles, u.passwordHash, u.now],
    );
  },
  /**
   * Inserts a user unless their email has an account already (made meanwhile by a parallel
   * request, which this waits for); false then, and nothing is inserted.
   */
  async insertUserIfNewEmail(
    db: Queryable,
    u: {
      id: string;
      email: string;
      displayName: string;
      roles: readonly string[];
      passwordHash: string;
      now: number;
    },
  ) {
    const rows = await db.query(
      `INSERT INTO users (id, email, display_name, roles, password_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [u.id, u.email, u.displayName, u.roles, u.passwordHash, u.now],
    );
    return rows.length > 0;
  },
  async getUser(db: Queryable, id: string) {
    return one(await db.query<UserRow>("SELECT * FROM users WHERE id = $1", [id]));
  },
  async getUserByEmail(db: Queryable, email: string) {
    return one(await db.query<UserRow>("SELECT * FROM users WHERE email = $1", [email]));
  },
  async getUsers(db: Queryable, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db.query<UserRow>('SELECT * FROM users WHERE id = ANY($1) ORDER BY id COLLATE "C"', [
      ids,
    ]);
  },
  async listUsers(db: Queryable) {
    return db.query<UserRow>(
      "SELECT * FROM users WHERE email IS NOT NULL ORDER BY created_at, id",
      [],
    );
  },
  async setRoles(db: Queryable, id: string, roles: readonly string[]) {
    await db.query("UPDATE users SET roles = $2 WHERE id = $1", [id, roles]);
  },
  async setDisplayName(db: Queryable, id: string, name: string) {
    await db.query("UPDATE users SET display_name = $2 WHERE id = $1", [id, name]);
  },
  /**
   * Disables (`at` a time) or enables (`at` null) an account. Disabling the last enabled admin is
   * refused (false, nothing changed). The enabled admins' rows are locked first, so within a
   * transaction two admins disabling each other at once cannot both succeed: the second sees the
   * first's change.
   */
  async setDisabled(db: Queryable, id: string, at: number | null, by: string | null) {
    if (at !== null) {
      const admins = await db.query<{ id: string }>(
        `SELECT id FROM users WHERE 'admin' = ANY(roles) AND disabled_at IS NULL
           AND email IS NOT NULL ORDER BY id FOR UPDATE`,
        [],
      );
      if (admins.some((a) => a.id === id) && admins.every((a) => a.id === id)) return false;
    }
    await db.query("UPDATE users SET disabled_at = $2, disabled_by = $3 WHERE id = $1", [
      id,
      at,
      by,
    ]);
    return true;
  },
  async setPassword(db: Queryable, id: string, hash: string) {
    await db.query("UPDATE users SET password_hash = $2 WHERE id = $1", [id, hash]);
  },

  // ── sign-in sessions (the id is a hash of the cookie's token) ──
  async insertAuthSession(db: Queryable, s: AuthSessionRow) {
    await db.query(
      `INSERT INTO auth_sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [s.id, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at],
    );
  },
  async getAuthSession(db: Queryable, id: string) {
    return one(await db.query<AuthSessionRow>("SELECT * FROM auth_sessions WHERE id = $1", [id]));
  },
  async touchAuthSession(db: Queryable, id: string, now: number, expiresAt: number) {
    await db.query("UPDATE auth_sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1", [
      id,
      now,
      expiresAt,
    ]);
  },
  async deleteAuthSession(db: Queryable, id: string) {
    await db.query("DELETE FROM auth_sessions WHERE id = $1", [id]);
  },
  // ── password resets (the id is a hash of the link's token) ──
  async insertPasswordReset(
    db: Queryable,
    r: { id: string; user_id: string; created_by: string; created_at: number; expires_at: number },
  ) {
    // One working link per account: a new one closes the ones before it.
    await db.query(
      "UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL",
      [r.user_id, r.created_at],
    );
    await db.query(
      `INSERT INTO password_resets (id, user_id, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [r.id, r.user_id, r.created_by, r.created_at, r.expires_at],
    );
  },
  async getPasswordReset(db: Queryable, id: string) {
    const rows = await db.query<{
      id: string;
      user_id: string;
      expires_at: number;
      used_at: number | null;
    }>("SELECT id, user_id, expires_at, used_at FROM password_resets WHERE id = $1", [id]);
    return rows[0];
  },
  /** Marks a reset link used; false when it was already (two tabs, one link). */
  async markPasswordResetUsed(db: Queryable, id: string, now: number): Promise<boolean> {
    const rows = await db.query<{ id: string }>(
      "UPDATE password_resets SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id",
      [id, now],
    );
    return rows.length > 0;
  },

  /** Ends every sign-in of a user but one; returns the ids ended. */
  async deleteOtherAuthSessions(db: Queryable, userId: string, keepId: string): Promise<string[]> {
    const rows = await db.query<{ id: string }>(
      "DELETE FROM auth_sessions WHERE user_id = $1 AND id <> $2 RETURNING id",
      [userId, keepId],
    );
    return rows.map((r) => r.id);
  },
  async deleteAuthSessionsOf(db: Queryable, userId: string) {
    await db.query("DELETE FROM auth_sessions WHERE user_id = $1", [userId]);
  },
  async deleteExpiredAuthSessions(db: Queryable, now: number) {
    await db.query("DELETE FROM auth_sessions WHERE expires_at < $1", [now]);
  },

  // ── login throttle ──
  async getThrottle(db: Queryable, key: string) {
    return one(await db.query<ThrottleRow>("SELECT * FROM login_throttle WHERE key = $1", [key]));
  },
  async clearThrottle(db: Queryable, key: string) {
    await db.query("DELETE FROM login_throttle WHERE key = $1", [key]);
  },
  /** Counters last touched before `before` whose block has ended. */
  async deleteStaleThrottles(db: Queryable, before: number) {
    await db.query("DELETE FROM login_throttle WHERE updated_at < $1 AND blocked_until < $1", [
      before,
    ]);
  },
  /**
   * Counts an attempt on a key before its password is checked, in one statement, so parallel
   * attempts each see the ones before them: the count goes up by one and, past the rule's free
   * failures, the key is blocked as if this attempt failed (the wait doubles per failure, up to
   * maxMs). Undefined, and nothing counted, while the key is blocked.
   */
  async reserveThrottle(
    db: Queryable,
    key: string,
    now: number,
    rule: { freeFailures: number; baseMs: number; maxMs: number },
    firstBlockedUntil: number,
  ) {
    return one(
      await db.query<{ failures: number; blocked_until: number }>(
        `INSERT INTO login_throttle AS t (key, failures, blocked_until, updated_at)
         VALUES ($1, 1, $6::float8, $2::float8)
         ON CONFLICT (key) DO UPDATE SET
           failures = t.failures + 1,
           blocked_until = CASE WHEN t.failures + 1 > $3::integer
             THEN $2::float8 + LEAST($5::float8,
               $4::float8 * power(2::float8, LEAST(t.failures - $3::integer, 40)))
             ELSE 0 END,
           updated_at = $2::float8
         WHERE t.blocked_until <= $2::float8
         RETURNING failures, blocked_until`,
        [key, now, rule.freeFailures, rule.baseMs, rule.maxMs, firstBlockedUntil],
      ),
    );
  },
  /** Adds one to a plain counter (never blocked): failures of one email from one address. */
  async countThrottle(db: Queryable, key: string, now: number) {
    await db.query(
      `INSERT INTO login_throttle AS t (key, failures, blocked_until, updated_at) VALUES ($1, 1, 0, $2)
       ON CONFLICT (key) DO UPDATE SET failures = t.failures + 1, updated_at = $2`,
      [key, now],
    );
  },
  /** A failed attempt's block counts from its answer: moves it later, never earlier. */
  async extendThrottleBlock(db: Queryable, key: string, blockedUntil: number, now: number) {
    await db.query(
      `UPDATE login_throttle SET blocked_until = GREATEST(blocked_until, $2::float8), updated_at = $3
       WHERE key = $1`,
      [key, blockedUntil, now],
    );
  },
  /**
   * A sign-in succeeded: the address's count gives back what the plain counter `pairKey` holds (the
   * attempts of this email from this address, this one included) and the counter goes. The block
   * this attempt set (`reservedBlock`) ends; anyone else's failures and blocks stay.
   */
  async refundThrottle(db: Queryable, key: string, pairKey: string, reservedBlock: number) {
    await db.query(
      `WITH pair AS (DELETE FROM login_throttle WHERE key = $2 RETURNING failures)
       UPDATE login_throttle SET
         failures = GREATEST(failures - COALESCE((SELECT sum(failures) FROM pair), 0), 0),
         blocked_until = CASE WHEN blocked_until = $3::float8 THEN 0 ELSE blocked_until END
       WHERE key = $1`,
      [key, pairKey, reservedBlock],
    );
  },

  /**
   * An attempt counted by reserveThrottle succeeded and should not count: the key loses one, and
   * the block that attempt set (`reservedBlock`) ends; anyone else's failures and blocks stay.
   */
  async giveBackThrottle(db: Queryable, key: string, reservedBlock: number) {
    await db.query(
      `UPDATE login_throttle SET
         failures = GREATEST(failures - 1, 0),
         blocked_until = CASE WHEN blocked_until = $2::float8 THEN 0 ELSE blocked_until END
       WHERE key = $1`,
      [key, reservedBlock],
    );
  },

  // ── invitations (the id is a hash of the link's token) ──
  async insertInvitation(db: Queryable, i: Omit<InvitationRow, "used_at" | "used_by">) {
    await db.query(
      `INSERT INTO invitations (id, email, roles, cohort_id, created_by, created_at, expires_at, name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        i.id,
        i.email,
        i.roles,
        i.cohort_id,
        i.created_by,
        i.created_at,
        i.expires_at,
        i.name ?? null,
      ],
    );
  },
  async getInvitation(db: Queryable, id: string) {
    return one(await db.query<InvitationRow>("SELECT * FROM invitations WHERE id = $1", [id]));
  },
  /** Marks an unused, unexpired invitation used; undefined when another request got there first. */
  async useInvitation(db: Queryable, id: string, userId: string, now: number) {
    return one(
      await db.query<InvitationRow>(
        `UPDATE invitations SET used_at = $3, used_by = $2
         WHERE id = $1 AND used_at IS NULL AND declined_at IS NULL AND expires_at > $3
         RETURNING *`,
        [id, userId, now],
      ),
    );
  },
  /** Invitations into a cohort nobody has used yet (expired ones included), newest first. */
  async openInvitations(db: Queryable, cohortId: string) {
    return db.query<InvitationRow>(
      "SELECT * FROM invitations WHERE cohort_id = $1 AND used_at IS NULL ORDER BY created_at DESC, id",
      [cohortId],
    );
  },
  /** The unused, unexpired invitations for an email, newest first (what a signed-in person is offered). */
  async openInvitationsFor(db: Queryable, email: string, now: number) {
    return db.query<InvitationRow>(
      `SELECT * FROM invitations WHERE email = $1 AND used_at IS NULL AND declined_at IS NULL
         AND expires_at > $2
       ORDER BY created_at DESC, id`,
      [email, now],
    );
  },
  /** The invited person declines an open invitation; false when it was no longer open. */
  async declineInvitation(db: Queryable, id: string, now: number) {
    const rows = await db.query<{ id: string }>(
      `UPDATE invitations SET declined_at = $2
       WHERE id = $1 AND used_at IS NULL AND declined_at IS NULL RETURNING id`,
      [id, now],
    );
    return rows.length > 0;
  },
  /** Invitations into no cohort (made on the Accounts page) nobody has used yet, newest first. */
  async openInvitationsWithoutCohort(db: Queryable) {
    return db.query<InvitationRow>(
      "SELECT * FROM invitations WHERE cohort_id IS NULL AND used_at IS NULL ORDER BY created_at DESC, id",
      [],
    );
  },
  /** Deletes an unused invitation; false when there is none (used, or never made). */
  async deleteOpenInvitation(db: Queryable, id: string) {
    const rows = await db.query(
      "DELETE FROM invitations WHERE id = $1 AND used_at IS NULL RETURNING id",
      [id],
    );
    return rows.length > 0;
  },
  /** Deletes the unused invitations of one email into one cohort (null: into no cohort); how many. */
  async deleteOpenInvitationsOf(db: Queryable, email: string, cohortId: string | null) {
    const rows = await db.query(
      `DELETE FROM invitations
       WHERE email = $1 AND cohort_id IS NOT DISTINCT FROM $2 AND used_at IS NULL RETURNING id`,
      [email, cohortId],
    );
    return rows.length;
  },

  // ── cohorts ──
  /**
   * Inserts a cohort unless its creator already has one of the same name (migration 13's unique
   * index, which a create running at the same moment may have taken first): false then.
   */
  async insertCohort(db: Queryable, c: CohortRow) {
    const rows = await db.query(
      `INSERT INTO cohorts (id, name, created_by, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [c.id, c.name, c.created_by, c.created_at],
    );
    return rows.length === 1;
  },
  /** Cohorts this user created, whether or not they still run them (migration 13 keys names by creator). */
  async cohortsCreatedBy(db: Queryable, userId: string) {
    return db.query<CohortRow>(
      "SELECT * FROM cohorts WHERE created_by = $1 ORDER BY created_at, id",
      [userId],
    );
  },
  async getCohort(db: Queryable, id: string) {
    return one(await db.query<CohortRow>("SELECT * FROM cohorts WHERE id = $1", [id]));
  },
  /** Renames a cohort; false when its creator has another cohort of that name (migration 13). */
  async renameCohort(db: Queryable, id: string, name: string) {
    try {
      await db.query("UPDATE cohorts SET name = $2 WHERE id = $1", [id, name]);
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === "23505") return false;
      throw err;
    }
  },
  async deleteCohort(db: Queryable, id: string) {
    await db.query("DELETE FROM cohorts WHERE id = $1", [id]);
  },
  async listCohorts(db: Queryable) {
    return db.query<CohortRow>("SELECT * FROM cohorts ORDER BY created_at, id", []);
  },
  async cohortsOf(db: Queryable, userId: string) {
    return db.query<CohortRow>(
      `SELECT DISTINCT c.* FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
       WHERE m.user_id = $1 ORDER BY c.created_at, c.id`,
      [userId],
    );
  },
  async addMember(
    db: Queryable,
    m: { cohortId: string; userId: string; role: CohortMemberRow["role"]; now: number },
  ) {
    await db.query(
      `INSERT INTO cohort_members (cohort_id, user_id, role, added_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [m.cohortId, m.userId, m.role, m.now],
    );
  },
  async removeMember(db: Queryable, cohortId: string, userId: string, role: string) {
    const rows = await db.query(
      "DELETE FROM cohort_members WHERE cohort_id = $1 AND user_id = $2 AND role = $3 RETURNING user_id",
      [cohortId, userId, role],
    );
    return rows.length > 0;
  },
  async members(db: Queryable, cohortId: string) {
    return db.query<CohortMemberRow>(
      "SELECT * FROM cohort_members WHERE cohort_id = $1 ORDER BY added_at, user_id",
      [cohortId],
    );
  },
  /** Facilitators of every cohort this user is a member of. */
  async facilitatorsOf(db: Queryable, userId: string) {
    const rows = await db.query<{ user_id: string }>(
      `SELECT DISTINCT f.user_id FROM cohort_members m
       JOIN cohort_members f ON f.cohort_id = m.cohort_id AND f.role = 'facilitator'
       WHERE m.user_id = $1 AND m.role = 'member'`,
      [userId],
    );
    return rows.map((r) => r.user_id);
  },

  // ── assignments ──
  async insertAssignment(db: Queryable, a: AssignmentRow) {
    await db.query(
      `INSERT INTO assignments (id, cohort_id, scenario_id, due_date, target_score, min_attempts, max_attempts, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        a.id,
        a.cohort_id,
        a.scenario_id,
        a.due_date,
        a.target_score,
        a.min_attempts,
        a.max_attempts,
        a.created_by,
        a.created_at,
      ],
    );
  },
  /** An assignment still in force (not removed). */
  async getAssignment(db: Queryable, id: string) {
    return one(
      await db.query<AssignmentRow>(
        "SELECT * FROM assignments WHERE id = $1 AND removed_at IS NULL",
        [id],
      ),
    );
  },
  /** The removed assignment of a scenario in a cohort, if it was assigned there before. */
  async removedAssignment(db: Queryable, cohortId: string, scenarioId: string) {
    return one(
      await db.query<AssignmentRow>(
        "SELECT * FROM assignments WHERE cohort_id = $1 AND scenario_id = $2 AND removed_at IS NOT NULL",
        [cohortId, scenarioId],
      ),
    );
  },
  /** Assigns a removed assignment again with new settings; it keeps its id and when it was first made. */
  async restoreAssignment(
    db: Queryable,
    id: string,
    a: Pick<AssignmentRow, "due_date" | "target_score" | "min_attempts" | "max_attempts">,
  ) {
    await db.query(
      "UPDATE assignments SET due_date = $2, target_score = $3, min_attempts = $4, max_attempts = $5, removed_at = NULL WHERE id = $1",
      [id, a.due_date, a.target_score, a.min_attempts, a.max_attempts],
    );
  },
  async updateAssignment(
    db: Queryable,
    id: string,
    a: Pick<AssignmentRow, "due_date" | "target_score" | "min_attempts" | "max_attempts">,
  ) {
    await db.query(
      "UPDATE assignments SET due_date = $2, target_score = $3, min_attempts = $4, max_attempts = $5 WHERE id = $1",
      [id, a.due_date, a.target_score, a.min_attempts, a.max_attempts],
    );
  },
  /**
   * Removes an assignment softly: the grid drops it, and assigning the scenario again in the cohort
   * brings it back with every attempt since it was first assigned.
   */
  async removeAssignment(db: Queryable, id: string, now: number) {
    await db.query("UPDATE assignments SET removed_at = $2 WHERE id = $1", [id, now]);
  },
  async assignmentsOfCohort(db: Queryable, cohortId: string) {
    return db.query<AssignmentRow>(
      "SELECT * FROM assignments WHERE cohort_id = $1 AND removed_at IS NULL ORDER BY created_at, id",
      [cohortId],
    );
  },
  /** Assignments of every cohort the user is a member of. */
  async assignmentsOfMember(db: Queryable, userId: string) {
    return db.query<AssignmentRow>(
      `SELECT a.* FROM assignments a JOIN cohort_members m ON m.cohort_id = a.cohort_id
       WHERE m.user_id = $1 AND m.role = 'member' AND a.removed_at IS NULL
       ORDER BY a.due_date NULLS LAST, a.created_at`,
      [userId],
    );
  },

  // ── practice sessions, read for people features ──
  async sessionBrief(db: Queryable, id: string) {
    return one(
      await db.query<SessionBriefRow>(
        "SELECT id, user_id, scenario_id, status, outcome, active_branch_id, created_at, updated_at FROM practice_sessions WHERE id = $1",
        [id],
      ),
    );
  },
  /**
   * Attempts of these users on these scenarios: their sessions in which the manager said at least one
   * line (Start pressed and left is no attempt), each with when that first line was said, in that
   * order.
   */
  async attemptsOfUsers(db: Queryable, userIds: readonly string[], scenarioIds: readonly string[]) {
    if (userIds.length === 0 || scenarioIds.length === 0) return [];
    return db.query<SessionBriefRow & { first_line_at: number; outcome: string | null }>(
      `SELECT * FROM (
         SELECT s.id, s.user_id, s.scenario_id, s.status, s.outcome, s.active_branch_id, s.created_at, s.updated_at,
           (SELECT MIN(t.created_at) FROM turns t WHERE t.session_id = s.id AND t.speaker = 'manager') AS first_line_at
         FROM practice_sessions s WHERE s.user_id = ANY($1) AND s.scenario_id = ANY($2)
       ) a WHERE a.first_line_at IS NOT NULL ORDER BY a.first_line_at, a.id`,
      [userIds, scenarioIds],
    );
  },
  /**
   * The branches of these sessions and their manager lines (where each is, not what it says): for
   * the line on which a conversation ended, on the branch being flown (conversation.ts branchTurns).
   */
  async managerLinesOf(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return { branches: [], lines: [] };
    const [branches, lines] = await Promise.all([
      db.query<{
        id: string;
        session_id: string;
        parent_branch_id: string | null;
        fork_index: number | null;
      }>(
        "SELECT id, session_id, parent_branch_id, fork_index FROM branches WHERE session_id = ANY($1)",
        [sessionIds],
      ),
      db.query<{ session_id: string; branch_id: string; idx: number; seq: number }>(
        "SELECT session_id, branch_id, idx, seq FROM turns WHERE session_id = ANY($1) AND speaker = 'manager'",
        [sessionIds],
      ),
    ]);
    return { branches, lines };
  },
  /**
   * Before a session is deleted: a record of it, when it was an attempt (a line of the manager's)
   * or shared with a reviewer, so the cohort grid can count it as deleted and the reviewers' inbox
   * can say it went. Who, which scenario, when, and whether a review of it was finished; nothing
   * it said. Every reviewer it was shared with is listed, with how far their review went.
   */
  async recordDeletedAttempt(db: Queryable, sessionId: string, now: number) {
    const rows = await db.query<{ session_id: string }>(
      `INSERT INTO deleted_attempts
         (session_id, user_id, scenario_id, started_at, first_line_at, reviewed, deleted_at)
       SELECT * FROM (
         SELECT s.id, s.user_id, s.scenario_id, s.created_at,
           (SELECT MIN(t.created_at) FROM turns t
             WHERE t.session_id = s.id AND t.speaker = 'manager') AS first_line_at,
           EXISTS (SELECT 1 FROM reviews r WHERE r.session_id = s.id AND r.status = 'done') AS reviewed,
           $2::float8 AS deleted_at
         FROM practice_sessions s WHERE s.id = $1
       ) d
       WHERE d.first_line_at IS NOT NULL
         OR EXISTS (SELECT 1 FROM session_shares sh WHERE sh.session_id = $1)
       ON CONFLICT (session_id) DO NOTHING
       RETURNING session_id`,
      [sessionId, now],
    );
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO deleted_attempt_reviewers
         (session_id, user_id, shared_at, review_status, review_done_at, review_updated_at)
       SELECT sh.session_id, sh.user_id, sh.created_at, r.status, r.done_at, r.updated_at
       FROM session_shares sh
       LEFT JOIN reviews r ON r.session_id = sh.session_id AND r.reviewer_id = sh.user_id
       WHERE sh.session_id = $1
       ON CONFLICT DO NOTHING`,
      [sessionId],
    );
  },
  /** Deleted attempts (with a line of the manager's) of these users on these scenarios. */
  async deletedAttemptsOfUsers(
    db: Queryable,
    userIds: readonly string[],
    scenarioIds: readonly string[],
  ) {
    if (userIds.length === 0 || scenarioIds.length === 0) return [];
    return db.query<DeletedAttemptRow>(
      `SELECT * FROM deleted_attempts
       WHERE user_id = ANY($1) AND scenario_id = ANY($2) AND first_line_at IS NOT NULL
       ORDER BY first_line_at, session_id`,
      [userIds, scenarioIds],
    );
  },
  /** Deleted sessions that had been shared with this reviewer, with how far their review went. */
  async deletedSharedWith(db: Queryable, userId: string) {
    return db.query<
      DeletedAttemptRow & {
        shared_at: number;
        review_status: "open" | "done" | null;
        review_done_at: number | null;
        review_updated_at: number | null;
      }
    >(
      `SELECT d.*, r.shared_at, r.review_status, r.review_done_at, r.review_updated_at
       FROM deleted_attempt_reviewers r JOIN deleted_attempts d ON d.session_id = r.session_id
       WHERE r.user_id = $1 ORDER BY r.shared_at, d.session_id`,
      [userId],
    );
  },
  /** When the manager said their first line in each of these sessions; absent: not a word yet. */
  async firstLines(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return new Map<string, number>();
    const rows = await db.query<{ session_id: string; first_line_at: number }>(
      `SELECT session_id, MIN(created_at) AS first_line_at FROM turns
       WHERE session_id = ANY($1) AND speaker = 'manager' GROUP BY session_id`,
      [sessionIds],
    );
    return new Map(rows.map((r) => [r.session_id, Number(r.first_line_at)]));
  },
  async sessionBriefs(db: Queryable, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db.query<SessionBriefRow>(
      "SELECT id, user_id, scenario_id, status, outcome, active_branch_id, created_at, updated_at FROM practice_sessions WHERE id = ANY($1)",
      [ids],
    );
  },
  /** Overall scores (no scorecard data) of these sessions, oldest first. */
  async overallScores(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    return db.query<Omit<ScoreRow, "data"> & { passed: boolean }>(
      "SELECT session_id, branch_id, pattern_id, overall, passed, created_at FROM scorecards WHERE session_id = ANY($1) ORDER BY created_at",
      [sessionIds],
    );
  },
  /** Full scorecards of these sessions, oldest first. */
  async scorecards(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    return db.query<ScoreRow>(
      "SELECT session_id, branch_id, pattern_id, overall, passed, data, created_at FROM scorecards WHERE session_id = ANY($1) ORDER BY created_at",
      [sessionIds],
    );
  },
  async turnIds(db: Queryable, sessionId: string) {
    const rows = await db.query<{ id: string }>("SELECT id FROM turns WHERE session_id = $1", [
      sessionId,
    ]);
    return rows.map((r) => r.id);
  },

  // ── shares ──
  async share(db: Queryable, sessionId: string, userId: string, now: number) {
    await db.query(
      `INSERT INTO session_shares (session_id, user_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [sessionId, userId, now],
    );
  },
  async unshare(db: Queryable, sessionId: string, userId: string) {
    const rows = await db.query(
      "DELETE FROM session_shares WHERE session_id = $1 AND user_id = $2 RETURNING user_id",
      [sessionId, userId],
    );
    return rows.length > 0;
  },
  async sharesOf(db: Queryable, sessionId: string) {
    return db.query<{ user_id: string; created_at: number }>(
      "SELECT user_id, created_at FROM session_shares WHERE session_id = $1 ORDER BY created_at",
      [sessionId],
    );
  },
  async sharedWith(db: Queryable, userId: string) {
    return db.query<{ session_id: string; created_at: number }>(
      "SELECT session_id, created_at FROM session_shares WHERE user_id = $1 ORDER BY created_at DESC",
      [userId],
    );
  },

  // ── reviews ──
  async getReview(db: Queryable, sessionId: string, reviewerId: string) {
    return one(
      await db.query<ReviewRow>(
        "SELECT * FROM reviews WHERE session_id = $1 AND reviewer_id = $2",
        [sessionId, reviewerId],
      ),
    );
  },
  async putReview(db: Queryable, r: ReviewRow) {
    await db.query(
      `INSERT INTO reviews (session_id, reviewer_id, status, created_at, updated_at, done_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (session_id, reviewer_id) DO UPDATE SET status = $3, updated_at = $5, done_at = $6`,
      [r.session_id, r.reviewer_id, r.status, r.created_at, r.updated_at, r.done_at],
    );
  },
  async reviewsOfSessions(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    return db.query<ReviewRow>(
      "SELECT * FROM reviews WHERE session_id = ANY($1) ORDER BY created_at",
      [sessionIds],
    );
  },
  /**
   * The owner opened the session's finished reviews: each is seen as it is now (one done again
   * later is new again). Returns how many were new.
   */
  async markReviewsSeen(db: Queryable, sessionId: string, now: number) {
    const notes = await db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM review_comments rc
       JOIN practice_sessions s ON s.id = rc.session_id
       LEFT JOIN reviews r ON r.session_id = rc.session_id AND r.reviewer_id = rc.author_id
       WHERE rc.session_id = $1 AND ${NEW_TO_OWNER}`,
      [sessionId],
    );
    const rows = await db.query<{ reviewer_id: string }>(
      `UPDATE reviews SET owner_seen_at = $2
       WHERE session_id = $1 AND status = 'done'
         AND (owner_seen_at IS NULL OR owner_seen_at < done_at)
       RETURNING reviewer_id`,
      [sessionId, now],
    );
    // Every review's notes are read as they are now: a reply or a late comment after this is new.
    await db.query("UPDATE reviews SET owner_seen_at = $2 WHERE session_id = $1", [sessionId, now]);
    return rows.length + Number(notes[0]?.n ?? 0);
  },
  /**
   * How many of a user's sessions have something new to them since they last opened the debrief:
   * a finished review, or a reply or late comment by someone else (`NEW_TO_OWNER`).
   */
  async unseenReviewedSessions(db: Queryable, ownerId: string) {
    const rows = await db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM practice_sessions s
       WHERE s.user_id = $1 AND (
         EXISTS (SELECT 1 FROM reviews r WHERE r.session_id = s.id AND r.status = 'done'
           AND (r.owner_seen_at IS NULL OR r.owner_seen_at < r.done_at))
         OR EXISTS (SELECT 1 FROM review_comments rc
           LEFT JOIN reviews r ON r.session_id = rc.session_id AND r.reviewer_id = rc.author_id
           WHERE rc.session_id = s.id AND ${NEW_TO_OWNER}))`,
      [ownerId],
    );
    return Number(rows[0]?.n ?? 0);
  },
  /**
   * What `unseenReviewedSessions` counts, by kind, over all the owner's sessions: finished reviews
   * not opened since they were finished, and the replies and late comments new to them.
   */
  async newToOwner(db: Queryable, ownerId: string) {
    const rows = await db.query<{
      reviews: number | string;
      replies: number | string;
      comments: number | string;
    }>(
      `SELECT
         (SELECT count(*) FROM reviews r JOIN practice_sessions s ON s.id = r.session_id
          WHERE s.user_id = $1 AND r.status = 'done'
            AND (r.owner_seen_at IS NULL OR r.owner_seen_at < r.done_at)) AS reviews,
         count(*) FILTER (WHERE rc.parent_id IS NOT NULL) AS replies,
         count(*) FILTER (WHERE rc.parent_id IS NULL) AS comments
       FROM review_comments rc
       JOIN practice_sessions s ON s.id = rc.session_id
       LEFT JOIN reviews r ON r.session_id = rc.session_id AND r.reviewer_id = rc.author_id
       WHERE s.user_id = $1 AND ${NEW_TO_OWNER}`,
      [ownerId],
    );
    const row = rows[0];
    return {
      reviews: Number(row?.reviews ?? 0),
      replies: Number(row?.replies ?? 0),
      comments: Number(row?.comments ?? 0),
    };
  },
  /** Per session of the owner's, and author: the replies and late comments new to the owner. */
  async newNotesForOwner(db: Queryable, ownerId: string, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    const rows = await db.query<{
      session_id: string;
      author_id: string;
      replies: number | string;
      comments: number | string;
    }>(
      `SELECT rc.session_id, rc.author_id,
         count(*) FILTER (WHERE rc.parent_id IS NOT NULL) AS replies,
         count(*) FILTER (WHERE rc.parent_id IS NULL) AS comments
       FROM review_comments rc
       JOIN practice_sessions s ON s.id = rc.session_id
       LEFT JOIN reviews r ON r.session_id = rc.session_id AND r.reviewer_id = rc.author_id
       WHERE s.user_id = $1 AND rc.session_id = ANY($2) AND ${NEW_TO_OWNER}
       GROUP BY rc.session_id, rc.author_id
       ORDER BY min(rc.created_at)`,
      [ownerId, sessionIds],
    );
    return rows.map((r) => ({
      sessionId: r.session_id,
      authorId: r.author_id,
      replies: Number(r.replies),
      comments: Number(r.comments),
    }));
  },
  /** How many sessions shared with a reviewer (and not deleted) their review is not done of. */
  async awaitingReview(db: Queryable, reviewerId: string) {
    const rows = await db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM session_shares sh
       JOIN practice_sessions s ON s.id = sh.session_id
       LEFT JOIN reviews r ON r.session_id = sh.session_id AND r.reviewer_id = sh.user_id
       WHERE sh.user_id = $1 AND (r.status IS NULL OR r.status <> 'done' OR ${SCORED_SINCE_REVIEW}
         OR ${UNREAD_REPLIES} > 0)`,
      [reviewerId],
    );
    return Number(rows[0]?.n ?? 0);
  },
  /**
   * Of those `awaitingReview` counts, how many wait only because of a reply to the reviewer's
   * comments they have not read (their review is done, and of the session as it is).
   */
  async awaitingOnlyReplies(db: Queryable, reviewerId: string) {
    const rows = await db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM session_shares sh
       JOIN practice_sessions s ON s.id = sh.session_id
       JOIN reviews r ON r.session_id = sh.session_id AND r.reviewer_id = sh.user_id
       WHERE sh.user_id = $1 AND r.status = 'done' AND NOT ${SCORED_SINCE_REVIEW}
         AND ${UNREAD_REPLIES} > 0`,
      [reviewerId],
    );
    return Number(rows[0]?.n ?? 0);
  },
  async doneReviews(db: Queryable) {
    return db.query<ReviewRow>("SELECT * FROM reviews WHERE status = 'done'", []);
  },

  async insertComment(db: Queryable, c: CommentRow) {
    await db.query(
      `INSERT INTO review_comments (id, session_id, author_id, turn_id, parent_id, text, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        c.id,
        c.session_id,
        c.author_id,
        c.turn_id,
        c.parent_id ?? null,
        c.text,
        c.created_at,
        c.updated_at,
      ],
    );
  },
  /** Per session shared with the reviewer: replies by others in their threads they have not read. */
  async unreadReplies(db: Queryable, reviewerId: string, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return new Map<string, number>();
    const rows = await db.query<{ session_id: string; n: number | string }>(
      `SELECT s.id AS session_id, ${UNREAD_REPLIES} AS n FROM session_shares sh
       JOIN practice_sessions s ON s.id = sh.session_id
       LEFT JOIN reviews r ON r.session_id = s.id AND r.reviewer_id = sh.user_id
       WHERE sh.user_id = $1 AND s.id = ANY($2)`,
      [reviewerId, sessionIds],
    );
    return new Map(rows.map((r) => [r.session_id, Number(r.n)]));
  },
  /** The reviewer read the replies in their threads on a session; false without a review row. */
  async markRepliesSeen(db: Queryable, sessionId: string, reviewerId: string, now: number) {
    const rows = await db.query(
      `UPDATE reviews SET replies_seen_at = $3 WHERE session_id = $1 AND reviewer_id = $2
       RETURNING session_id`,
      [sessionId, reviewerId, now],
    );
    return rows.length > 0;
  },
  async getComment(db: Queryable, id: string) {
    return one(await db.query<CommentRow>("SELECT * FROM review_comments WHERE id = $1", [id]));
  },
  async updateComment(db: Queryable, id: string, text: string, now: number) {
    await db.query("UPDATE review_comments SET text = $2, updated_at = $3 WHERE id = $1", [
      id,
      text,
      now,
    ]);
  },
  async deleteComment(db: Queryable, id: string) {
    await db.query("DELETE FROM review_comments WHERE id = $1", [id]);
  },
  async comments(db: Queryable, sessionId: string) {
    return db.query<CommentRow>(
      "SELECT * FROM review_comments WHERE session_id = $1 ORDER BY created_at, id",
      [sessionId],
    );
  },

  /** One adjustment per author, session, pattern and step (null step: the overall score). */
  async upsertAdjustment(db: Queryable, a: AdjustmentRow) {
    return one(
      await db.query<AdjustmentRow>(
        `INSERT INTO review_adjustments (id, session_id, author_id, pattern_id, step_id, machine_status, status, machine_score, score, reason, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (session_id, author_id, pattern_id, step_id) DO UPDATE
           SET machine_status = $6, status = $7, machine_score = $8, score = $9, reason = $10, updated_at = $12
         RETURNING *`,
        [
          a.id,
          a.session_id,
          a.author_id,
          a.pattern_id,
          a.step_id,
          a.machine_status,
          a.status,
          a.machine_score,
          a.score,
          a.reason,
          a.created_at,
          a.updated_at,
        ],
      ),
    ) as AdjustmentRow;
  },
  async getAdjustment(db: Queryable, id: string) {
    return one(
      await db.query<AdjustmentRow>("SELECT * FROM review_adjustments WHERE id = $1", [id]),
    );
  },
  async updateAdjustment(
    db: Queryable,
    id: string,
    patch: { status: string | null; score: number | null; reason: string; now: number },
  ) {
    await db.query(
      "UPDATE review_adjustments SET status = $2, score = $3, reason = $4, updated_at = $5 WHERE id = $1",
      [id, patch.status, patch.score, patch.reason, patch.now],
    );
  },
  async deleteAdjustment(db: Queryable, id: string) {
    await db.query("DELETE FROM review_adjustments WHERE id = $1", [id]);
  },
  async adjustments(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    return db.query<AdjustmentRow>(
      "SELECT * FROM review_adjustments WHERE session_id = ANY($1) ORDER BY created_at, id",
      [sessionIds],
    );
  },

  /** One set-aside per author, session, pattern and flag: a second replaces the first. */
  async upsertFlagSetAside(db: Queryable, f: FlagSetAsideRow) {
    return one(
      await db.query<FlagSetAsideRow>(
        `INSERT INTO review_flag_set_asides (id, session_id, author_id, pattern_id, flag_id, turn, quote, title, critical, reason, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (session_id, author_id, pattern_id, flag_id, turn) DO UPDATE
           SET quote = $7, title = $8, critical = $9, reason = $10, updated_at = $12
         RETURNING *`,
        [
          f.id,
          f.session_id,
          f.author_id,
          f.pattern_id,
          f.flag_id,
          f.turn,
          f.quote,
          f.title,
          f.critical,
          f.reason,
          f.created_at,
          f.updated_at,
        ],
      ),
    ) as FlagSetAsideRow;
  },
  async getFlagSetAside(db: Queryable, id: string) {
    return one(
      await db.query<FlagSetAsideRow>("SELECT * FROM review_flag_set_asides WHERE id = $1", [id]),
    );
  },
  async updateFlagSetAside(db: Queryable, id: string, reason: string, now: number) {
    await db.query("UPDATE review_flag_set_asides SET reason = $2, updated_at = $3 WHERE id = $1", [
      id,
      reason,
      now,
    ]);
  },
  async deleteFlagSetAside(db: Queryable, id: string) {
    await db.query("DELETE FROM review_flag_set_asides WHERE id = $1", [id]);
  },
  async flagSetAsides(db: Queryable, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    return db.query<FlagSetAsideRow>(
      "SELECT * FROM review_flag_set_asides WHERE session_id = ANY($1) ORDER BY created_at, id",
      [sessionIds],
    );
  },
};
