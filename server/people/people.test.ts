import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASES, freshDatabase, type TestDatabase } from "../../tests/support/databases";
import { type Content, loadValidContent } from "../content";
import { type Db, openStore, type Store } from "../store";
import type { AccountChange } from "./account-events";
import { assignmentInput, CohortService, cohortNameKey as cohortKey } from "./cohorts";
import { dueDateEndsAt, utcDate } from "./due-date";
import { createPeople, type People } from "./people";
import { CohortSchema, CohortSummarySchema, ProgressSchema } from "./people.schema";
import type { User } from "./user";

const SCENARIO = "missed-sprint-commitments";
const PATTERN = "delivering-difficult-feedback";
const HOUR = 3_600_000;

describe.each(DATABASES)("people services on %s", (kind) => {
  let database: TestDatabase;
  let store: Store;
  let content: Content;
  let people: People;
  let now = 1_000_000;
  const changes: AccountChange[] = [];
  let admin: User;

  const code = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (err: { code?: string }) => err.code ?? String(err),
    );

  /** An account made by the CLI path, with a known password. */
  async function account(email: string, ...roles: User["roles"][number][]) {
    return (await people.accounts.upsertUser({ email, password: "a long password", roles })).user;
  }

  /** A finished session with a scorecard, written the way the session service writes it. */
  async function practised(
    owner: User,
    overall: number,
    stepStatus = "hit",
    /** The rules' verdict: a cell is done only with an attempt that passed. */
    passed = true,
  ) {
    const id = `s-${Math.random().toString(36).slice(2)}`;
    now += 1000;
    await store.db.query(
      `INSERT INTO practice_sessions (id, user_id, scenario_id, seed, status, active_branch_id, created_at, updated_at)
       VALUES ($1, $2, $3, 1, 'ended', $4, $5, $5)`,
      [id, owner.id, SCENARIO, `${id}-b`, now],
    );
    await store.db.query("INSERT INTO branches (id, session_id, created_at) VALUES ($1, $2, $3)", [
      `${id}-b`,
      id,
      now,
    ]);
    await store.db.query(
      `INSERT INTO turns (id, session_id, branch_id, seq, idx, speaker, text, status, created_at)
       VALUES ($1, $2, $3, 1, 0, 'manager', 'a secret line', 'complete', $4)`,
      [`${id}-t0`, id, `${id}-b`, now],
    );
    const card = {
      patternId: PATTERN,
      overall,
      steps: [
        { id: "observe", status: stepStatus },
        { id: "impact", status: "missed" },
      ],
    };
    await store.db.query(
      `INSERT INTO scorecards (id, session_id, branch_id, pattern_id, rubric_version, overall, passed, data, created_at)
       VALUES ($1, $2, $3, $4, '1', $5, $6, $7, $8)`,
      [`${id}-c`, id, `${id}-b`, PATTERN, overall, passed, JSON.stringify(card), now],
    );
    return id;
  }

  /** A session opened with Start and left: no line of the manager's yet. */
  async function started(owner: User) {
    const id = `e-${Math.random().toString(36).slice(2)}`;
    now += 1000;
    await store.db.query(
      `INSERT INTO practice_sessions (id, user_id, scenario_id, seed, status, active_branch_id, created_at, updated_at)
       VALUES ($1, $2, $3, 1, 'active', $4, $5, $5)`,
      [id, owner.id, SCENARIO, `${id}-b`, now],
    );
    await store.db.query("INSERT INTO branches (id, session_id, created_at) VALUES ($1, $2, $3)", [
      `${id}-b`,
      id,
      now,
    ]);
    return id;
  }

  /** The manager's first line in a session opened earlier. */
  async function said(sessionId: string) {
    now += 1000;
    await store.db.query(
      `INSERT INTO turns (id, session_id, branch_id, seq, idx, speaker, text, status, created_at)
       VALUES ($1, $2, $3, 1, 0, 'manager', 'a late first line', 'complete', $4)`,
      [`${sessionId}-t0`, sessionId, `${sessionId}-b`, now],
    );
  }

  beforeAll(async () => {
    database = await freshDatabase(kind);
    store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    content = await loadValidContent(".");
    people = await createPeople({ store, content, mode: "password", clock: () => now });
    people.events.subscribe((c) => changes.push(c));
    admin = await account("admin@example.com", "admin");
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  describe("sign-in", () => {
    it("signs in with the right password and stores only a hash of the cookie token", async () => {
      const result = await people.accounts.signIn(
        "admin@example.com",
        "a long password",
        "1.1.1.1",
      );
      if (!result.ok) throw new Error("sign-in failed");
      expect(result.user.roles).toEqual(["admin"]);
      const rows = await store.db.query<{ id: string }>("SELECT id FROM auth_sessions");
      expect(rows.map((r) => r.id)).not.toContain(result.token);
      expect(rows.map((r) => r.id)).toContain(result.authSessionId);
      expect((await people.accounts.authenticate(result.token))?.user.id).toBe(admin.id);
      expect(await people.accounts.authenticate(`${result.token}x`)).toBeNull();
    });

    it("refuses a wrong password and an unknown email alike", async () => {
      expect(await people.accounts.signIn("admin@example.com", "wrong", "1.1.1.2")).toEqual({
        ok: false,
        reason: "wrong",
      });
      expect(await people.accounts.signIn("nobody@example.com", "wrong", "1.1.1.2")).toEqual({
        ok: false,
        reason: "wrong",
      });
    });

    it("backs off after repeated failures, even for the right password, until the wait passes", async () => {
      await account("target@example.com", "manager");
      for (let i = 0; i < 5; i++)
        await people.accounts.signIn("target@example.com", "guess", "2.2.2.2");
      const wrong = await people.accounts.signIn("target@example.com", "guess", "2.2.2.2");
      expect(wrong).toEqual({ ok: false, reason: "wrong" });
      const blocked = await people.accounts.signIn(
        "target@example.com",
        "a long password",
        "3.3.3.3",
      );
      expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMs: 5000 });
      now += 5000;
      const allowed = await people.accounts.signIn(
        "target@example.com",
        "a long password",
        "3.3.3.3",
      );
      expect(allowed.ok).toBe(true);
      // A success clears the count: the next failure is free again.
      await people.accounts.signIn("target@example.com", "guess", "3.3.3.3");
      const after = await people.accounts.signIn(
        "target@example.com",
        "a long password",
        "3.3.3.3",
      );
      expect(after.ok).toBe(true);
    });

    it("ends a sign-in on sign-out and tells the sockets", async () => {
      const result = await people.accounts.signIn(
        "admin@example.com",
        "a long password",
        "1.1.1.3",
      );
      if (!result.ok) throw new Error("sign-in failed");
      await people.accounts.signOut(result.authSessionId, admin.id);
      expect(await people.accounts.authenticate(result.token)).toBeNull();
      expect(changes).toContainEqual({
        reason: "signed_out",
        userId: admin.id,
        authSessionId: result.authSessionId,
      });
    });

    it("lets a sign-in lapse after its lifetime, and clears lapsed rows at the next sign-in", async () => {
      const result = await people.accounts.signIn(
        "admin@example.com",
        "a long password",
        "1.1.1.4",
      );
      if (!result.ok) throw new Error("sign-in failed");
      await people.accounts.signIn("stale@example.com", "guess", "1.1.1.4");
      now += 15 * 24 * HOUR;
      expect(await people.accounts.authenticate(result.token)).toBeNull();
      expect(
        await store.db.query(
          "SELECT key FROM login_throttle WHERE key = 'email:stale@example.com'",
        ),
      ).toHaveLength(1);
      await people.accounts.signIn("admin@example.com", "a long password", "1.1.1.5");
      const lapsed = await store.db.query("SELECT id FROM auth_sessions WHERE expires_at <= $1", [
        now,
      ]);
      expect(lapsed).toEqual([]);
      expect(
        await store.db.query(
          "SELECT key FROM login_throttle WHERE key = 'email:stale@example.com'",
        ),
      ).toEqual([]);
    });
  });

  describe("invitations", () => {
    it("creates an account from a link once, and never twice", async () => {
      const { token } = await people.accounts.createInvitation(admin, {
        email: "new@example.com",
        roles: ["mentor"],
        expiresInHours: 24,
      });
      expect(await people.accounts.lookupInvitation(token)).toMatchObject({
        email: "new@example.com",
        roles: ["mentor"],
        hasAccount: false,
        invitedBy: { displayName: admin.displayName },
      });
      const accepted = await people.accounts.acceptInvitation(
        token,
        { displayName: "New", password: "another long one" },
        null,
      );
      expect(accepted.user).toMatchObject({ email: "new@example.com", roles: ["mentor"] });
      // The new account is signed in: its token authenticates as that user.
      const signedIn = await people.accounts.authenticate(accepted.signIn?.token ?? "");
      expect(signedIn?.user.email).toBe("new@example.com");
      expect(
        await code(
          people.accounts.acceptInvitation(
            token,
            { displayName: "Again", password: "x".repeat(12) },
            null,
          ),
        ),
      ).toBe("FD_NOT_FOUND");
      expect(await code(people.accounts.lookupInvitation(token))).toBe("FD_NOT_FOUND");
    });

    it("refuses an expired link", async () => {
      const { token } = await people.accounts.createInvitation(admin, {
        email: "late@example.com",
        roles: ["manager"],
        expiresInHours: 1,
      });
      now += 2 * HOUR;
      expect(
        await code(
          people.accounts.acceptInvitation(
            token,
            { displayName: "Late", password: "x".repeat(12) },
            null,
          ),
        ),
      ).toBe("FD_NOT_FOUND");
    });

    it("adds the roles to a signed-in account of the invited email, and to nobody else's", async () => {
      const mentor = await account("both@example.com", "mentor");
      const other = await account("other@example.com", "manager");
      const { token } = await people.accounts.createInvitation(admin, {
        email: "both@example.com",
        roles: ["manager"],
        expiresInHours: 24,
      });
      expect(await code(people.accounts.acceptInvitation(token, {}, other))).toBe("FD_FORBIDDEN");
      const { user } = await people.accounts.acceptInvitation(token, {}, mentor);
      expect([...user.roles].sort()).toEqual(["manager", "mentor"]);
    });

    it("lets a manager invite nobody", async () => {
      const manager = await account("inviter@example.com", "manager");
      expect(
        await code(
          people.accounts.createInvitation(manager, {
            email: "x@example.com",
            roles: ["manager"],
            expiresInHours: 1,
          }),
        ),
      ).toBe("FD_FORBIDDEN");
    });
  });

  describe("cohorts, assignments and progress", () => {
    it("runs a cohort from invitation to a done cell in the grid and its CSV", async () => {
      const facilitator = await account("fac@example.com", "facilitator");
      const cohort = await people.cohorts.create(facilitator, "Spring leads");
      const { token } = await people.cohorts.invite(facilitator, cohort.id, {
        email: "lead@example.com",
        roles: ["manager"],
        expiresInHours: 24,
      });
      const { user: lead } = await people.accounts.acceptInvitation(
        token,
        { displayName: "Lead", password: "lead password 1" },
        null,
      );
      const assignment = await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate: utcDate(now + 48 * HOUR),
        targetScore: 70,
        minAttempts: 1,
        maxAttempts: null,
      });
      expect((await people.cohorts.mine(lead))[0]).toMatchObject({
        id: assignment.id,
        cohortName: "Spring leads",
        progress: { status: "not_started", attempts: 0 },
      });
      await practised(lead, 55);
      await practised(lead, 82);
      const grid = await people.cohorts.progress(facilitator, cohort.id);
      expect(grid.rows).toHaveLength(1);
      expect(grid.rows[0]?.cells[0]).toMatchObject({ status: "done", bestScore: 82, attempts: 2 });
      const { csv } = await people.cohorts.progressCsv(facilitator, cohort.id);
      expect(csv).toContain("Lead,lead@example.com,");
      expect(csv).toContain(",done,82,70,2,");
      // The member sees the cohort's assignments, never its members or their progress.
      const asMember = await people.cohorts.read(lead, cohort.id);
      expect(asMember).not.toHaveProperty("members");
      expect(await code(people.cohorts.progress(lead, cohort.id))).toBe("FD_FORBIDDEN");
      const stranger = await account("fac2@example.com", "facilitator");
      expect(await code(people.cohorts.progress(stranger, cohort.id))).toBe("FD_NOT_FOUND");
      expect(
        await code(
          people.cohorts.updateAssignment(stranger, assignment.id, {
            dueDate: null,
            targetScore: 1,
            minAttempts: 1,
            maxAttempts: null,
          }),
        ),
      ).toBe("FD_NOT_FOUND");
    });
  });

  describe("removing an assignment", () => {
    it("keeps the progress: assigning the scenario again brings it back with the new settings", async () => {
      const facilitator = await account("fac-again@example.com", "facilitator");
      const lead = await account("lead-again@example.com", "manager");
      const cohort = await people.cohorts.create(facilitator, "Assigned twice");
      await people.cohorts.addMember(admin, cohort.id, "lead-again@example.com", "member");
      const settings = { dueDate: null, targetScore: 80, minAttempts: 1, maxAttempts: null };
      const first = await people.cohorts.assign(facilitator, cohort.id, SCENARIO, settings);
      expect(first.restored).toBe(false);
      await practised(lead, 87);
      const cellNow = async () =>
        (await people.cohorts.progress(facilitator, cohort.id)).rows[0]?.cells[0];
      expect(await cellNow()).toMatchObject({ status: "done", bestScore: 87, attempts: 1 });

      await people.cohorts.removeAssignment(facilitator, first.id);
      expect((await people.cohorts.progress(facilitator, cohort.id)).assignments).toEqual([]);
      expect(await people.cohorts.mine(lead)).toEqual([]);
      expect(await code(people.cohorts.updateAssignment(facilitator, first.id, settings))).toBe(
        "FD_NOT_FOUND",
      );
      // Practised while it was not assigned: still an attempt since it was first assigned.
      await practised(lead, 40);

      const again = await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        ...settings,
        targetScore: 90,
      });
      expect(again).toMatchObject({
        id: first.id,
        createdAt: first.createdAt,
        targetScore: 90,
        restored: true,
      });
      expect(await cellNow()).toMatchObject({ status: "in_progress", bestScore: 87, attempts: 2 });
      expect(await code(people.cohorts.assign(facilitator, cohort.id, SCENARIO, settings))).toBe(
        "FD_BAD_REQUEST",
      );
    });
  });

  describe("what counts as an attempt", () => {
    it("counts a session only once the manager has said a line in it, for the maximum and the minimum", async () => {
      const facilitator = await account("fac-empty@example.com", "facilitator");
      const lead = await account("lead-empty@example.com", "manager");
      const cohort = await people.cohorts.create(facilitator, "Empty starts");
      await people.cohorts.addMember(admin, cohort.id, "lead-empty@example.com", "member");
      await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate: null,
        targetScore: 50,
        minAttempts: 2,
        maxAttempts: 2,
      });
      const cellNow = async () =>
        (await people.cohorts.progress(facilitator, cohort.id)).rows[0]?.cells[0];
      // Start pressed and left: not an attempt anywhere (grid, CSV, "Assigned to you").
      const empty = await started(lead);
      expect(await cellNow()).toMatchObject({ status: "not_started", attempts: 0 });
      expect((await people.cohorts.mine(lead))[0]?.progress).toMatchObject({ attempts: 0 });
      // One real conversation reaching the target is short of the minimum of two.
      await practised(lead, 58);
      expect(await cellNow()).toMatchObject({ status: "in_progress", attempts: 1, bestScore: 58 });
      expect((await people.cohorts.progressCsv(facilitator, cohort.id)).csv).toContain(
        ",in_progress,58,50,1,2,2,",
      );
      // Another empty start spends none of the two attempts that count: the next real one does.
      await started(lead);
      await practised(lead, 64);
      expect(await cellNow()).toMatchObject({ status: "done", attempts: 2, bestScore: 64 });
      // The first empty session, continued later, is an attempt from its first line: the third.
      await said(empty);
      expect(await cellNow()).toMatchObject({ status: "done", attempts: 3, bestScore: 64 });
    });
  });

  describe("a member who lost the manager role", () => {
    it("stays in the grid marked as unable to practise, with nothing assigned to do", async () => {
      const facilitator = await account("fac-role@example.com", "facilitator");
      const lead = await account("lead-role@example.com", "manager");
      const cohort = await people.cohorts.create(facilitator, "Roles change");
      await people.cohorts.addMember(admin, cohort.id, "lead-role@example.com", "member");
      await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate: null,
        targetScore: 70,
        minAttempts: 1,
        maxAttempts: null,
      });
      const member = async () =>
        ProgressSchema.parse(await people.cohorts.progress(facilitator, cohort.id)).rows[0]?.member;
      expect(await member()).toMatchObject({ displayName: lead.displayName, canPractise: true });
      const mentorOnly = await people.accounts.setRoles(admin, lead.id, ["mentor"]);
      expect(await member()).toMatchObject({ canPractise: false });
      expect(await people.cohorts.mine(mentorOnly)).toEqual([]);
    });
  });

  describe("a disabled account", () => {
    it("stays in its cohort, marked disabled in the grid; and a disabled mentor is no longer offered to share with", async () => {
      const facilitator = await account("fac-off@example.com", "facilitator");
      const lead = await account("lead-off@example.com", "manager");
      const other = await account("other-off@example.com", "manager");
      const mentor = await account("mentor-off@example.com", "mentor");
      const cohort = await people.cohorts.create(facilitator, "Leavers");
      for (const [email, place] of [
        ["lead-off@example.com", "member"],
        ["other-off@example.com", "member"],
        ["mentor-off@example.com", "mentor"],
      ] as const)
        await people.cohorts.addMember(admin, cohort.id, email, place);
      const row = async () =>
        ProgressSchema.parse(await people.cohorts.progress(facilitator, cohort.id)).rows.find(
          (r) => r.member.id === lead.id,
        )?.member;
      expect(await row()).toMatchObject({ canPractise: true });
      expect((await row())?.disabled).toBeUndefined();
      await people.accounts.setDisabled(admin, lead.id, true);
      expect(await row()).toMatchObject({ canPractise: false, disabled: true });
      // The cohort keeps them; enabled again, they can practise.
      await people.accounts.setDisabled(admin, lead.id, false);
      expect(await row()).toMatchObject({ canPractise: true });

      const offered = async () =>
        ((await people.cohorts.read(other, cohort.id)) as { mentors?: { id: string }[] }).mentors;
      expect(await offered()).toEqual([expect.objectContaining({ id: mentor.id })]);
      await people.accounts.setDisabled(admin, mentor.id, true);
      expect(await offered()).toEqual([]);
    });
  });

  describe("late completion", () => {
    it("shows a scenario finished after its due date as done late, in the grid and the CSV", async () => {
      const facilitator = await account("fac-late@example.com", "facilitator");
      const late = await account("late-lead@example.com", "manager");
      const cohort = await people.cohorts.create(facilitator, "Late cohort");
      await people.cohorts.addMember(admin, cohort.id, "late-lead@example.com", "member");
      const dueDate = utcDate(now);
      const assignment = await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate,
        targetScore: 70,
        minAttempts: 1,
        maxAttempts: null,
      });
      // Due at the end of that day everywhere on Earth: the same moment for every reader.
      expect(assignment).toMatchObject({ dueDate, dueAt: dueDateEndsAt(dueDate) });
      now = dueDateEndsAt(dueDate);
      expect(
        (await people.cohorts.progress(facilitator, cohort.id)).rows[0]?.cells[0],
      ).toMatchObject({ overdue: false });
      now += 1;
      expect(
        (await people.cohorts.progress(facilitator, cohort.id)).rows[0]?.cells[0],
      ).toMatchObject({ overdue: true });
      now += 5.5 * 24 * HOUR - 1000;
      await practised(late, 85);
      const grid = ProgressSchema.parse(await people.cohorts.progress(facilitator, cohort.id));
      expect(grid.rows[0]?.cells[0]).toMatchObject({
        status: "done",
        overdue: false,
        completedAt: now,
        // Done on the seventh calendar day after the due date (UTC), as the grid and CSV count it.
        daysLate: 7,
      });
      const { csv } = await people.cohorts.progressCsv(facilitator, cohort.id);
      expect(csv.split("\r\n")[0]).toMatch(
        /,overdue,completed,completed_late,days_late,best_score_reviewed,deleted_attempts,deleted_reviewed,passed,why_not_passed,membership,invited,invitation_expires$/,
      );
      expect(csv.split("\r\n")[1]).toMatch(
        new RegExp(`,done,85,.*,${dueDate},false,[^,]+,true,7,false,0,0,true,,joined,,$`),
      );
      // An older script's due time, the end of a day where it was sent, is read as that day.
      expect(
        assignmentInput({
          dueAt: Date.UTC(2026, 11, 10, 23, 59, 59, 999) + 8 * HOUR,
          targetScore: 70,
          minAttempts: 1,
          maxAttempts: null,
        }).dueDate,
      ).toBe("2026-12-10");
    });
  });

  describe("why not passed, and who has not joined (review 8a #11, #13)", () => {
    it("names how the best attempt ended and the step it missed, and lists managers invited, not joined", async () => {
      const facilitator = await account("fac-why@example.com", "facilitator");
      const ben = await account("ben-why@example.com", "manager");
      const cohort = await people.cohorts.create(facilitator, "Why cohort");
      await people.cohorts.addMember(admin, cohort.id, "ben-why@example.com", "member");
      await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate: null,
        targetScore: 70,
        minAttempts: 1,
        maxAttempts: null,
      });
      // Ben's attempt escalated on his second line and missed a required step: Best 0, not passed.
      const id = await practised(ben, 0, "hit", false);
      await store.db.query(
        `INSERT INTO turns (id, session_id, branch_id, seq, idx, speaker, text, status, created_at)
         VALUES ($1, $2, $3, 3, 2, 'manager', 'another line', 'complete', $4)`,
        [`${id}-t2`, id, `${id}-b`, now],
      );
      await store.db.query("UPDATE practice_sessions SET outcome = 'escalated' WHERE id = $1", [
        id,
      ]);
      await store.db.query(`UPDATE scorecards SET data = data || $2::jsonb WHERE session_id = $1`, [
        id,
        JSON.stringify({ failReasons: ['Required step "Name the impact" was missed.'] }),
      ]);
      // Two invited as managers (one twice), one as a mentor: the managers are listed, once each.
      const invite = (email: string, role: "manager" | "mentor" = "manager", name?: string) =>
        people.cohorts.invite(facilitator, cohort.id, {
          email,
          roles: [role],
          expiresInHours: 720,
          ...(name ? { name } : {}),
        });
      await invite("jonas@example.com");
      await invite("isla@example.com", "manager", "Isla Moreau");
      now += 1000;
      await invite("jonas@example.com");
      await invite("mentor-why@example.com", "mentor");
      const grid = ProgressSchema.parse(await people.cohorts.progress(facilitator, cohort.id));
      expect(grid.rows[0]?.cells[0]).toMatchObject({
        bestScore: 0,
        bestPassed: false,
        bestWhyNotPassed: ["Escalated on turn 2", "Required step “Name the impact” missed"],
      });
      expect(grid.invited?.map((i) => [i.name ?? null, i.email])).toEqual([
        ["Isla Moreau", "isla@example.com"],
        [null, "jonas@example.com"],
      ]);
      expect(grid.invited?.[1]?.expiresAt).toBe(now + 720 * HOUR);
      const { csv } = await people.cohorts.progressCsv(facilitator, cohort.id);
      const lines = csv.split("\r\n");
      expect(lines[0]).toMatch(/,passed,why_not_passed,membership,invited,invitation_expires$/);
      expect(lines[1]).toMatch(
        /^[^,]*,ben-why@example\.com,.*,false,Escalated on turn 2; Required step “Name the impact” missed,joined,,$/,
      );
      expect(lines[2]).toMatch(/^Isla Moreau,isla@example\.com,/);
      expect(lines[3]).toMatch(/^,jonas@example\.com,.*,not_joined,.*,invited,[^,]+Z,[^,]+Z$/);
    });
  });

  describe("mentors in a cohort", () => {
    it("places a mentor invited into a cohort as its mentor: listed, not in the grid, no transcripts", async () => {
      const facilitator = await account("fac-m@example.com", "facilitator");
      const cohort = await people.cohorts.create(facilitator, "Mentored cohort");
      const invite = (email: string, role: "manager" | "mentor") =>
        people.cohorts.invite(facilitator, cohort.id, {
          email,
          roles: [role],
          expiresInHours: 24,
        });
      const { user: lead } = await people.accounts.acceptInvitation(
        (await invite("lead-m@example.com", "manager")).token,
        { displayName: "Lead M", password: "lead password 1" },
        null,
      );
      const { user: mentor } = await people.accounts.acceptInvitation(
        (await invite("mentor-m@example.com", "mentor")).token,
        { displayName: "Mentor M", password: "mentor password 1" },
        null,
      );
      // An existing account accepting signed in joins the same way.
      const known = await account("known-m@example.com", "mentor");
      await people.accounts.acceptInvitation(
        (await invite("known-m@example.com", "mentor")).token,
        {},
        known,
      );

      const asFacilitator = CohortSchema.parse(await people.cohorts.read(facilitator, cohort.id));
      expect(asFacilitator.members?.map((m) => m.displayName)).toEqual(["Lead M"]);
      expect(asFacilitator.mentors?.map((m) => m.displayName).sort()).toEqual([
        "Mentor M",
        known.displayName,
      ]);
      expect(asFacilitator.invitations).toEqual([]);
      await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate: null,
        targetScore: 70,
        minAttempts: 1,
        maxAttempts: null,
      });
      const grid = await people.cohorts.progress(facilitator, cohort.id);
      expect(grid.rows.map((r) => r.member.displayName)).toEqual(["Lead M"]);

      // The mentor sees the cohort in their list and reads its name and assignments, no people.
      const mine = (await people.cohorts.list(mentor)).map((c) => CohortSummarySchema.parse(c));
      expect(mine).toEqual([
        expect.objectContaining({ name: "Mentored cohort", manages: false, yourRoles: ["mentor"] }),
      ]);
      // How the grid stands is on the facilitator's list only: the mentor sees nobody's progress.
      expect(mine[0]).not.toHaveProperty("standing");
      const theirs = (await people.cohorts.list(facilitator)).map((c) =>
        CohortSummarySchema.parse(c),
      );
      expect(theirs.find((c) => c.id === cohort.id)?.standing).toEqual({
        assignments: 1,
        notDone: 1,
        overdue: 0,
      });
      const asMentor = CohortSchema.parse(await people.cohorts.read(mentor, cohort.id));
      expect(asMentor.yourRoles).toEqual(["mentor"]);
      expect(asMentor.assignments).toHaveLength(1);
      expect(asMentor).not.toHaveProperty("members");
      expect(asMentor).not.toHaveProperty("mentors");
      // A manager in the cohort reads its mentors' names and emails (to share a session with one),
      // and nothing else about anyone: no roles, no other managers.
      const asMember = CohortSchema.parse(await people.cohorts.read(lead, cohort.id));
      expect(asMember.yourRoles).toEqual(["member"]);
      expect(asMember.mentors).toEqual(
        [
          { id: known.id, displayName: known.displayName, email: "known-m@example.com" },
          { id: mentor.id, displayName: "Mentor M", email: "mentor-m@example.com" },
        ].sort((a, b) => a.displayName.localeCompare(b.displayName)),
      );
      expect(asMember).not.toHaveProperty("members");
      expect(asMember).not.toHaveProperty("facilitators");
      // No "Assigned to you" for a mentor, no grid, and no transcript that was not shared.
      expect(await people.cohorts.mine(mentor)).toEqual([]);
      expect(await code(people.cohorts.progress(mentor, cohort.id))).toBe("FD_FORBIDDEN");
      const sessionId = await practised(lead, 75);
      expect(await code(people.reviews.notes(mentor, sessionId))).toBe("FD_SESSION_NOT_FOUND");
      await people.reviews.share(lead, sessionId, "mentor-m@example.com");
      expect((await people.reviews.notes(mentor, sessionId)).comments).toEqual([]);

      // The facilitator removes a mentor; the cohort still has its manager.
      await people.cohorts.removeMember(facilitator, cohort.id, mentor.id, "mentor");
      expect(await people.cohorts.list(mentor)).toEqual([]);
      expect(await code(people.cohorts.read(mentor, cohort.id))).toBe("FD_NOT_FOUND");
    });
  });

  describe("cohort names and the cohort list (review 5, #12 and #13)", () => {
    it("refuses a second cohort of the same name for the same facilitator, however it is typed", async () => {
      const facilitator = await account("fac-dup@example.com", "facilitator");
      const other = await account("fac-dup2@example.com", "facilitator");
      const first = await people.cohorts.create(facilitator, "Spring 2027 new managers");
      for (const again of [
        "Spring 2027 new managers",
        "  spring 2027   New Managers ",
        "SPRING 2027 NEW MANAGERS",
      ]) {
        const refused = people.cohorts.create(facilitator, again);
        await expect(refused).rejects.toThrow(
          /already run a cohort named “Spring 2027 new managers”/,
        );
      }
      // Another facilitator's cohort may have the name: each sees only their own.
      await people.cohorts.create(other, "Spring 2027 new managers");
      // Different names are fine, and so is renaming a cohort to its own name; not to another's.
      const second = await people.cohorts.create(facilitator, "Spring 2027 new managers (B)");
      await people.cohorts.rename(facilitator, first.id, "spring 2027 new managers");
      await expect(
        people.cohorts.rename(facilitator, second.id, "Spring 2027 New Managers"),
      ).rejects.toThrow(/already run a cohort named/);
      // An admin renaming it is held to its facilitator's names too.
      await expect(
        people.cohorts.rename(admin, second.id, "Spring 2027 new managers"),
      ).rejects.toThrow(/A facilitator of this cohort already runs a cohort named/);
      const mine = await people.cohorts.list(facilitator);
      expect(mine.map((c) => c.name).sort()).toEqual([
        "Spring 2027 new managers (B)",
        "spring 2027 new managers",
      ]);
    });

    it("lets exactly one of several creates of one name at the same moment land (migration 13)", async () => {
      const facilitator = await account("fac-race@example.com", "facilitator");
      // A double submit, a second tab, a script run twice: typed alike or not, at the same moment.
      const names = [
        "Race cohort",
        "race cohort",
        " RACE  cohort ",
        "Race\tCohort",
        "Race cohort",
        "race COHORT",
      ];
      const settled = await Promise.allSettled(
        names.map((n) => people.cohorts.create(facilitator, n)),
      );
      expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
      for (const s of settled)
        if (s.status === "rejected") {
          expect(s.reason).toMatchObject({ code: "FD_BAD_REQUEST" });
          expect(String(s.reason.message)).toMatch(
            /You already run a cohort named “\s*race\s+cohort\s*”/i,
          );
        }
      const mine = (await people.cohorts.list(facilitator)).map((c) => c.name);
      expect(mine).toHaveLength(1);
      // Two cohorts renamed to one name at the same moment: one of them keeps its old name.
      const a = await people.cohorts.create(facilitator, "Race A");
      const b = await people.cohorts.create(facilitator, "Race B");
      const renamed = await Promise.allSettled([
        people.cohorts.rename(facilitator, a.id, "Race final"),
        people.cohorts.rename(facilitator, b.id, "race FINAL"),
      ]);
      expect(renamed.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const after = (await people.cohorts.list(facilitator)).map((c) => cohortKey(c.name));
      expect(after.filter((n) => n === "race final")).toHaveLength(1);
    });

    it.runIf(kind === "postgres")(
      "lets one of two creates that both passed the check land, and refuses the other as the check does",
      async () => {
        const facilitator = await account("fac-barrier@example.com", "facilitator");
        // Each create's transaction waits before its INSERT until both have run the name check, so
        // both pass it: only the database can tell them apart now.
        let arrived = 0;
        let release = () => {};
        const bothChecked = new Promise<void>((resolve) => {
          release = resolve;
        });
        const db = store.db;
        const racing: Db = {
          kind: db.kind,
          stats: db.stats,
          query: (sql, params) => db.query(sql, params),
          exec: (sql) => db.exec(sql),
          batch: (statements) => db.batch(statements),
          close: () => db.close(),
          transaction: (fn) =>
            db.transaction((tx) =>
              fn({
                async query(sql, params) {
                  if (sql.startsWith("INSERT INTO cohorts")) {
                    if (++arrived === 2) release();
                    await bothChecked;
                  }
                  return tx.query(sql, params);
                },
              }),
            ),
        };
        const cohorts = new CohortService({
          db: racing,
          content,
          accounts: people.accounts,
          clock: () => now,
        });
        const settled = await Promise.allSettled([
          cohorts.create(facilitator, "Barrier cohort"),
          cohorts.create(facilitator, "barrier  COHORT"),
        ]);
        expect(arrived).toBe(2);
        expect(settled.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
        const refused = settled.find((r) => r.status === "rejected") as PromiseRejectedResult;
        expect(refused.reason).toMatchObject({ code: "FD_BAD_REQUEST" });
        expect(String(refused.reason.message)).toMatch(/^You already run a cohort named “barrier/i);
        expect((await people.cohorts.list(facilitator)).map((c) => c.name)).toHaveLength(1);
      },
    );

    it("holds a creator to the names of cohorts they created and no longer run", async () => {
      const creator = await account("fac-left@example.com", "facilitator");
      const successor = await account("fac-succ@example.com", "facilitator");
      const handed = await people.cohorts.create(creator, "Handover cohort");
      await people.cohorts.addMember(creator, handed.id, "fac-succ@example.com", "facilitator");
      await people.cohorts.removeMember(successor, handed.id, creator.id, "facilitator");
      await expect(people.cohorts.create(creator, "handover cohort")).rejects.toThrow(
        /You also created a cohort named “Handover cohort” \(created [0-9-]+\), which other facilitators run now/,
      );
      // Its new facilitator may rename it, and the creator may then use the old name; not to the
      // name of another cohort its creator still runs, which the new facilitator does not see.
      await people.cohorts.create(creator, "Creator's own");
      await expect(people.cohorts.rename(successor, handed.id, "creator's OWN")).rejects.toThrow(
        /^Whoever created this cohort also runs a cohort named “Creator's own” \(created [0-9-]+\): give this one another name\.$/,
      );
      await people.cohorts.rename(successor, handed.id, "Handed over");
      await people.cohorts.create(creator, "Handover cohort");
      // A key the database folds further than the check (the dotted capital I, where the database
      // lower-cases beyond ASCII) still gets a 400.
      await people.cohorts.create(creator, "Istanbul team");
      const [{ folds }] = (await store.db.query<{ folds: boolean }>(
        "SELECT cohort_name_key($1) = cohort_name_key($2) AS folds",
        ["İstanbul team", "Istanbul team"],
      )) as [{ folds: boolean }];
      const dotted = people.cohorts.create(creator, "İstanbul team");
      if (folds) {
        await expect(dotted).rejects.toMatchObject({ code: "FD_BAD_REQUEST" });
        await expect(dotted).rejects.toThrow(/A cohort with a name too like “İstanbul team”/);
      } else await dotted;
    });

    it("counts the invitations not yet accepted, not only who joined", async () => {
      const facilitator = await account("fac-inv@example.com", "facilitator");
      const cohort = await people.cohorts.create(facilitator, "Pending people");
      const invite = (email: string, role: "manager" | "mentor", hours = 24) =>
        people.cohorts.invite(facilitator, cohort.id, {
          email,
          roles: [role],
          expiresInHours: hours,
        });
      for (const n of [1, 2, 3, 4, 5, 6]) await invite(`m${n}@example.com`, "manager");
      await invite("mentor@example.com", "mentor");
      const summary = async () =>
        (await people.cohorts.list(facilitator)).find((c) => c.id === cohort.id);
      expect(await summary()).toMatchObject({ members: 0, mentors: 0, invited: 7 });
      // One joins; one lapses: neither is waiting any more.
      const { token } = await invite("joins@example.com", "manager");
      await invite("lapses@example.com", "manager", 1);
      now += 2 * HOUR;
      const { user: joined } = await people.accounts.acceptInvitation(
        token,
        { displayName: "Joins", password: "joins password 1" },
        null,
      );
      expect(await summary()).toMatchObject({ members: 1, invited: 7 });
      // Members and mentors are not told about invitations.
      const seen = (await people.cohorts.list(joined)).find((c) => c.id === cohort.id);
      expect(seen).not.toHaveProperty("invited");
    });
  });

  describe("invitations into a cohort", () => {
    it("lists unused ones newest first, as pending or expired, and drops them once used", async () => {
      const facilitator = await account("fac-i@example.com", "facilitator");
      const cohort = await people.cohorts.create(facilitator, "Invited cohort");
      const invite = (email: string, hours = 24, role: "manager" | "mentor" = "manager") =>
        people.cohorts.invite(facilitator, cohort.id, {
          email,
          roles: [role],
          expiresInHours: hours,
        });
      const soon = await invite("soon@example.com", 1);
      now += 1000;
      const later = await invite("later@example.com");
      now += 2 * HOUR;
      const list = async () =>
        CohortSchema.parse(await people.cohorts.read(facilitator, cohort.id)).invitations;
      expect(await list()).toEqual([
        expect.objectContaining({
          id: later.invitation.id,
          email: "later@example.com",
          status: "pending",
        }),
        expect.objectContaining({ id: soon.invitation.id, status: "expired" }),
      ]);
      // An expired invitation is invited again: the new link replaces it.
      const again = await invite("soon@example.com");
      expect(again.replaced).toBe(1);
      expect((await list())?.map((i) => [i.email, i.status])).toEqual([
        ["soon@example.com", "pending"],
        ["later@example.com", "pending"],
      ]);
      // A pending one invited again as a mentor: one link, the newest, works.
      const replacement = await invite("later@example.com", 24, "mentor");
      expect(replacement.replaced).toBe(1);
      expect(await code(people.accounts.lookupInvitation(later.token))).toBe("FD_NOT_FOUND");
      expect((await people.accounts.lookupInvitation(replacement.token)).roles).toEqual(["mentor"]);

      // Two links for one email from before links were replaced: accepting one closes both.
      const { token: legacy } = await people.accounts.createInvitation(admin, {
        email: "twice@example.com",
        roles: ["manager"],
        cohortId: cohort.id,
        expiresInHours: 24,
      });
      await store.db.query(
        `INSERT INTO invitations (id, email, roles, cohort_id, created_by, created_at, expires_at)
         VALUES ('legacy-copy', 'twice@example.com', $1, $2, $3, $4, $5)`,
        [["manager"], cohort.id, facilitator.id, now, now + 24 * HOUR],
      );
      expect((await list())?.filter((i) => i.email === "twice@example.com")).toHaveLength(2);
      await people.accounts.acceptInvitation(
        legacy,
        { displayName: "Twice", password: "twice password 1" },
        null,
      );
      expect((await list())?.map((i) => i.email)).not.toContain("twice@example.com");
      // Someone already in the cohort as a manager is not invited as one again.
      expect(await code(invite("twice@example.com"))).toBe("FD_BAD_REQUEST");
    });

    it("is revoked by the cohort's facilitator or an admin, and then its link is dead", async () => {
      const facilitator = await account("fac-r@example.com", "facilitator");
      const other = await account("fac-r2@example.com", "facilitator");
      const cohort = await people.cohorts.create(facilitator, "Revoked cohort");
      const { user: member } = await people.accounts.acceptInvitation(
        (
          await people.cohorts.invite(facilitator, cohort.id, {
            email: "member-r@example.com",
            roles: ["manager"],
            expiresInHours: 24,
          })
        ).token,
        { displayName: "Member R", password: "member password 1" },
        null,
      );
      const made = await people.cohorts.invite(facilitator, cohort.id, {
        email: "gone@example.com",
        roles: ["manager"],
        expiresInHours: 24,
      });
      const id = made.invitation.id;
      expect(await code(people.accounts.revokeInvitation(other, id))).toBe("FD_NOT_FOUND");
      expect(await code(people.accounts.revokeInvitation(member, id))).toBe("FD_FORBIDDEN");
      await people.accounts.revokeInvitation(facilitator, id);
      expect(await code(people.accounts.lookupInvitation(made.token))).toBe("FD_NOT_FOUND");
      expect(
        CohortSchema.parse(await people.cohorts.read(facilitator, cohort.id)).invitations,
      ).toEqual([]);
      expect(await code(people.accounts.revokeInvitation(facilitator, id))).toBe("FD_NOT_FOUND");
      // A used invitation is not revoked: the person is in; remove them instead.
      const used = await store.db.query<{ id: string }>(
        "SELECT id FROM invitations WHERE used_by = $1",
        [member.id],
      );
      expect(await code(people.accounts.revokeInvitation(admin, used[0]?.id ?? ""))).toBe(
        "FD_NOT_FOUND",
      );
      const byAdmin = await people.cohorts.invite(facilitator, cohort.id, {
        email: "gone@example.com",
        roles: ["mentor"],
        expiresInHours: 24,
      });
      await people.accounts.revokeInvitation(admin, byAdmin.invitation.id);
      expect(await code(people.accounts.lookupInvitation(byAdmin.token))).toBe("FD_NOT_FOUND");
    });
    it("counts a reviewer's overall score in the grid once their review is done", async () => {
      const facilitator = await account("fac-r@example.com", "facilitator");
      const mentor = await account("mentor-r@example.com", "mentor");
      const cohort = await people.cohorts.create(facilitator, "Reviewed leads");
      const { token } = await people.cohorts.invite(facilitator, cohort.id, {
        email: "lead-r@example.com",
        roles: ["manager"],
        expiresInHours: 24,
      });
      const { user: lead } = await people.accounts.acceptInvitation(
        token,
        { displayName: "Lead R", password: "lead password 1" },
        null,
      );
      await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate: null,
        targetScore: 70,
        minAttempts: 1,
        maxAttempts: null,
      });
      // A passed attempt under the target (the rules' pass is about the steps, not the number).
      const sessionId = await practised(lead, 62, "hit", true);
      const cellNow = async () =>
        (await people.cohorts.progress(facilitator, cohort.id)).rows[0]?.cells[0];
      expect(await cellNow()).toMatchObject({ status: "in_progress", bestScore: 62 });
      await people.reviews.share(lead, sessionId, "mentor-r@example.com");
      now += 1000;
      await people.reviews.adjust(mentor, sessionId, {
        patternId: PATTERN,
        score: 75,
        reason: "The rules missed a plain-words observation",
      });
      // Not yet: a review in progress is a draft.
      expect(await cellNow()).toMatchObject({ bestScore: 62, bestReviewed: false });
      await people.reviews.markDone(mentor, sessionId, true);
      expect(await cellNow()).toMatchObject({
        status: "done",
        bestScore: 75,
        bestReviewed: true,
      });
      expect((await people.cohorts.mine(lead))[0]?.progress).toMatchObject({
        bestScore: 75,
        bestReviewed: true,
      });
      const { csv } = await people.cohorts.progressCsv(facilitator, cohort.id);
      expect(csv.split("\r\n")[1]).toMatch(/,done,75,70,.*,true,0,0,true,,joined,,$/);
      // Reopened, the review is a draft again, and the rules' score is back.
      await people.reviews.markDone(mentor, sessionId, false);
      expect(await cellNow()).toMatchObject({ bestScore: 62, bestReviewed: false });
    });
  });

  describe("sharing and review", () => {
    it("numbers each shared attempt as its owner's History does: among their attempts of the scenario, in the order started", async () => {
      const owner = await account("numbered@example.com", "manager");
      const mentor = await account("numbered-mentor@example.com", "mentor");
      const first = await practised(owner, 40);
      // Started before the second but its first line came later: History numbers by start.
      const late = await started(owner);
      const second = await practised(owner, 70);
      await practised(owner, 80);
      const empty = await started(owner);
      await said(late);
      for (const id of [second, first])
        await people.reviews.share(owner, id, "numbered-mentor@example.com");
      const inbox = await people.reviews.inbox(mentor);
      const attemptOf = (id: string) => inbox.find((s) => s.sessionId === id)?.attempt;
      const startedAt = async (id: string) =>
        Number(
          (
            await store.db.query<{ created_at: number }>(
              "SELECT created_at FROM practice_sessions WHERE id = $1",
              [id],
            )
          )[0]?.created_at,
        );
      expect(attemptOf(first)).toEqual({ n: 1, of: 4, startedAt: await startedAt(first) });
      expect(attemptOf(second)).toEqual({ n: 3, of: 4, startedAt: await startedAt(second) });
      expect(inbox.find((s) => s.sessionId === empty)).toBeUndefined();
    });

    it("lets only a shared mentor review, only authors edit, and counts agreement", async () => {
      const owner = await account("owner@example.com", "manager");
      const mentor = await account("mentor@example.com", "mentor");
      const otherMentor = await account("mentor2@example.com", "mentor");
      const sessionId = await practised(owner, 60, "hit");
      expect(await code(people.reviews.comment(mentor, sessionId, `${sessionId}-t0`, "hi"))).toBe(
        "FD_SESSION_NOT_FOUND",
      );
      await people.reviews.share(owner, sessionId, "mentor@example.com");
      expect(await code(people.reviews.share(mentor, sessionId, "mentor2@example.com"))).toBe(
        "FD_FORBIDDEN",
      );
      const comment = await people.reviews.comment(
        mentor,
        sessionId,
        `${sessionId}-t0`,
        "Nice opening",
      );
      expect(comment).toMatchObject({ authorId: mentor.id, createdAt: now });
      expect(await code(people.reviews.comment(mentor, sessionId, "no-such-turn", "x"))).toBe(
        "FD_BAD_REQUEST",
      );
      const adjustment = await people.reviews.adjust(mentor, sessionId, {
        patternId: PATTERN,
        stepId: "observe",
        status: "partial",
        reason: "The observation was general",
      });
      expect(adjustment).toMatchObject({ machineStatus: "hit", status: "partial" });
      const overall = await people.reviews.adjust(mentor, sessionId, {
        patternId: PATTERN,
        score: 50,
        reason: "Too generous",
      });
      expect(overall).toMatchObject({ machineScore: 60, score: 50, stepId: null });
      // Only the author edits: the owner reads, another mentor cannot even see it.
      expect(await code(people.reviews.editComment(owner, comment.id, "changed"))).toBe(
        "FD_FORBIDDEN",
      );
      expect(await code(people.reviews.editComment(otherMentor, comment.id, "changed"))).toBe(
        "FD_NOT_FOUND",
      );
      expect((await people.reviews.editComment(mentor, comment.id, "Good opening")).text).toBe(
        "Good opening",
      );
      const notes = await people.reviews.notes(owner, sessionId);
      expect(notes.comments.map((c) => c.text)).toEqual(["Good opening"]);
      expect(notes.adjustments).toHaveLength(2);
      expect(await code(people.reviews.notes(otherMentor, sessionId))).toBe("FD_SESSION_NOT_FOUND");

      await people.reviews.markDone(mentor, sessionId, true);
      expect((await people.reviews.reviewsOfMine(owner))[0]).toMatchObject({
        sessionId,
        reviewed: true,
        comments: 1,
        adjustments: 2,
      });
      expect((await people.reviews.inbox(mentor))[0]).toMatchObject({
        sessionId,
        overall: 60,
        review: { status: "done" },
      });

      const stats = await people.reviews.agreement(admin);
      const observe = stats.steps.find((s) => s.stepId === "observe");
      expect(observe).toMatchObject({ reviews: 1, agreed: 0, kappa: null });
      expect(stats.steps.find((s) => s.stepId === "impact")).toMatchObject({ agreed: 1 });
      expect(stats.overallShift).toBe(-10);
      expect(stats.overallChanges).toEqual({
        adjusted: 1,
        raised: 0,
        lowered: 1,
        meanAbsolute: 10,
        meanShift: -10,
      });
      expect(await code(people.reviews.agreement(mentor))).toBe("FD_FORBIDDEN");

      // A mentor whose role an admin took away is told that the role is missing, not the share.
      await people.reviews.share(owner, sessionId, "mentor2@example.com");
      const demoted = await people.accounts.setRoles(admin, otherMentor.id, ["manager"]);
      const refusal = await people.reviews
        .comment(demoted, sessionId, `${sessionId}-t0`, "still here")
        .then(
          () => null,
          (err: { code?: string; message?: string }) => err,
        );
      expect(refusal?.code).toBe("FD_FORBIDDEN");
      expect(refusal?.message).toMatch(/needs the mentor, facilitator or admin role/);
      expect(refusal?.message).toMatch(/no longer has one of those roles/);
      // Nor do they read it any more (transcript, notes, inbox): the share stays, the role went.
      expect(await code(people.reviews.notes(demoted, sessionId))).toBe("FD_FORBIDDEN");
      // The notes' refusal names the missing role too: the review page shows whichever of its
      // requests is refused first, and both must say why (failed once in CI, the order varies).
      const notesRefusal = await people.reviews.notes(demoted, sessionId).then(
        () => null,
        (err: { message?: string }) => err,
      );
      expect(notesRefusal?.message).toMatch(/no longer has one of those roles/);
      expect(await people.reviews.inbox(demoted)).toEqual([]);
      const roleless = await people.accounts.setRoles(admin, otherMentor.id, []);
      expect(await code(people.reviews.notes(roleless, sessionId))).toBe("FD_FORBIDDEN");
      expect(await people.reviews.inbox(roleless)).toEqual([]);
      // Given the role back, they read it again.
      const restored = await people.accounts.setRoles(admin, otherMentor.id, ["mentor"]);
      expect((await people.reviews.notes(restored, sessionId)).comments).toHaveLength(1);
      expect((await people.reviews.inbox(restored)).map((s) => s.sessionId)).toEqual([sessionId]);

      // Revoking the share ends the mentor's access, and their edits with it.
      await people.reviews.unshare(owner, sessionId, mentor.id);
      expect(await code(people.reviews.editComment(mentor, comment.id, "late"))).toBe(
        "FD_NOT_FOUND",
      );
    });
  });

  describe("replies to a comment", () => {
    it("lets the owner and reviewers answer a comment; the commenter's inbox counts an unread reply", async () => {
      const owner = await account("owner-re@example.com", "manager");
      const mentor = await account("mentor-re@example.com", "mentor");
      const second = await account("mentor-re2@example.com", "mentor");
      const stranger = await account("mentor-re3@example.com", "mentor");
      const sessionId = await practised(owner, 70, "hit");
      await people.reviews.share(owner, sessionId, "mentor-re@example.com");
      await people.reviews.share(owner, sessionId, "mentor-re2@example.com");
      const comment = await people.reviews.comment(
        mentor,
        sessionId,
        `${sessionId}-t0`,
        "Why did you open with the numbers?",
      );
      await people.reviews.markDone(mentor, sessionId, true);
      const waiting = async (who: User) => (await people.reviews.notices(who)).reviewsWaiting;
      const item = async (who: User) =>
        (await people.reviews.inbox(who)).find((x) => x.sessionId === sessionId);
      const before = await waiting(mentor);
      expect((await item(mentor))?.unreadReplies).toBe(0);

      now += 1000;
      const reply = await people.reviews.reply(owner, comment.id, "To keep it factual.");
      expect(reply).toMatchObject({
        parentId: comment.id,
        turnId: `${sessionId}-t0`,
        authorId: owner.id,
        sessionId,
      });
      // Someone the session is not shared with is told the comment does not exist.
      expect(await code(people.reviews.reply(stranger, comment.id, "hi"))).toBe("FD_NOT_FOUND");
      expect(await code(people.reviews.reply(owner, "no-such-comment", "hi"))).toBe("FD_NOT_FOUND");
      // The mentor whose comment it answers has it waiting; the other reviewer does not.
      expect(await waiting(mentor)).toBe(before + 1);
      // The menu tells it apart from a review not done: it waits only for the reply to be read.
      expect((await people.reviews.notices(mentor)).reviewsReplied).toBe(1);
      expect((await people.reviews.notices(second)).reviewsReplied).toBe(0);
      expect((await item(mentor))?.unreadReplies).toBe(1);
      expect((await item(second))?.unreadReplies).toBe(0);
      // A reply to the reply answers the same comment.
      now += 1000;
      const again = await people.reviews.reply(owner, reply.id, "And to show the trend.");
      expect(again.parentId).toBe(comment.id);
      expect((await item(mentor))?.unreadReplies).toBe(2);
      // The owner edits their own reply; nobody else does.
      expect((await people.reviews.editComment(owner, reply.id, "To keep it factual!")).text).toBe(
        "To keep it factual!",
      );
      expect(await code(people.reviews.editComment(mentor, reply.id, "x"))).toBe("FD_FORBIDDEN");
      const notes = await people.reviews.notes(owner, sessionId);
      expect(notes.comments.map((c) => [c.text, c.parentId])).toEqual([
        ["Why did you open with the numbers?", null],
        ["To keep it factual!", comment.id],
        ["And to show the trend.", comment.id],
      ]);

      // Opening the review page reads them: the session no longer waits.
      now += 1000;
      expect(await people.reviews.markReviewsSeen(mentor, sessionId)).toEqual({ seen: 2 });
      expect(await people.reviews.markReviewsSeen(mentor, sessionId)).toEqual({ seen: 0 });
      expect(await waiting(mentor)).toBe(before);
      expect((await people.reviews.notices(mentor)).reviewsReplied).toBe(0);
      expect((await item(mentor))?.unreadReplies).toBe(0);
      // The mentor answers back: their own reply is nothing for them to read, and the review stays done.
      now += 1000;
      const back = await people.reviews.reply(mentor, reply.id, "Good call.");
      expect(back.parentId).toBe(comment.id);
      expect((await item(mentor))?.unreadReplies).toBe(0);
      expect((await item(mentor))?.review?.status).toBe("done");
      // The owner is told too: the finished review and the mentor's answer are new to them (the
      // menu's count beside History, and the attempt's "New" with what is new); their own replies,
      // and the comment written before the review was done, are not.
      const mine = async () =>
        (await people.reviews.reviewsOfMine(owner)).find((x) => x.sessionId === sessionId);
      const isNew = async () => (await people.reviews.notices(owner)).reviewsNew;
      expect(await isNew()).toBe(1);
      const news = async () => (await people.reviews.notices(owner)).news;
      expect(await news()).toEqual({ reviews: 1, replies: 1, comments: 0 });
      expect((await mine())?.news).toEqual({ replies: 1, comments: 0, from: [mentor.displayName] });
      // Opening the debrief reads both: the review and the reply.
      now += 1000;
      expect(await people.reviews.markReviewsSeen(owner, sessionId)).toEqual({ seen: 2 });
      expect(await isNew()).toBe(0);
      expect(await news()).toEqual({ reviews: 0, replies: 0, comments: 0 });
      expect(await mine()).toMatchObject({ unseen: false, news: null });
      // Then only replies by others make it new again: the mentor's answer, another reviewer's
      // reply in that thread, a comment after the review was done; the owner's own reply never.
      now += 1000;
      await people.reviews.reply(owner, comment.id, "Thanks, noted.");
      expect(await isNew()).toBe(0);
      now += 1000;
      await people.reviews.reply(mentor, comment.id, "Try it next time.");
      expect(await isNew()).toBe(1);
      expect((await mine())?.news).toEqual({ replies: 1, comments: 0, from: [mentor.displayName] });
      now += 1000;
      await people.reviews.reply(second, comment.id, "Agreed with Maya.");
      await people.reviews.comment(mentor, sessionId, `${sessionId}-t0`, "One more thought.");
      expect(await isNew()).toBe(1);
      // The menu says which kinds: two replies and a late comment, no new review.
      expect(await news()).toEqual({ reviews: 0, replies: 2, comments: 1 });
      expect((await mine())?.news).toEqual({
        replies: 2,
        comments: 1,
        from: [mentor.displayName, second.displayName],
      });
      now += 1000;
      expect(await people.reviews.markReviewsSeen(owner, sessionId)).toEqual({ seen: 3 });
      expect(await isNew()).toBe(0);
      // A comment in a review still open waits for the review to be done (that tells the owner).
      now += 1000;
      await people.reviews.comment(second, sessionId, `${sessionId}-t0`, "Draft note.");
      expect(await isNew()).toBe(0);
      now += 1000;
      await people.reviews.markDone(second, sessionId, true);
      expect(await isNew()).toBe(1);
      // The draft note comes with the finished review: one new review, no late comment.
      expect(await news()).toEqual({ reviews: 1, replies: 0, comments: 0 });
      expect((await mine())?.news).toBeNull();
      // Deleting a first comment takes its replies with it.
      await people.reviews.deleteComment(mentor, comment.id);
      expect((await people.reviews.notes(owner, sessionId)).comments.map((c) => c.text)).toEqual([
        "One more thought.",
        "Draft note.",
      ]);
    });
  });

  describe("a machine flag set aside by a reviewer", () => {
    const LABEL = {
      id: "label",
      title: "Labelling the person",
      turn: 0,
      start: 0,
      end: 10,
      quote: "lazy bones",
      trigger: "label",
      critical: true,
      why: "w",
      better: "b",
    };
    /** A scoring of the session that fails only on one critical flag (a false alarm). */
    async function scoreWithLabel(sessionId: string) {
      now += 1000;
      const card = {
        patternId: PATTERN,
        overall: 64,
        passed: false,
        failReasons: ['Critical anti-pattern "Labelling the person" on turn 1.'],
        steps: [
          { id: "observe", title: "Observe", required: true, status: "hit" },
          { id: "impact", title: "Impact", required: true, status: "hit" },
        ],
        antiPatterns: [LABEL],
      };
      await store.db.query(
        `INSERT INTO scorecards (id, session_id, branch_id, pattern_id, rubric_version, overall, passed, data, created_at)
         VALUES ($1, $2, $3, $4, '1', 64, false, $5, $6)`,
        [`${sessionId}-c${now}`, sessionId, `${sessionId}-b`, PATTERN, JSON.stringify(card), now],
      );
    }

    it("passes the attempt on every screen once the review is done, and not after a rescoring", async () => {
      const facilitator = await account("fac-f@example.com", "facilitator");
      const mentor = await account("mentor-f@example.com", "mentor");
      const stranger = await account("mentor-g@example.com", "mentor");
      const cohort = await people.cohorts.create(facilitator, "Flagged leads");
      const { token } = await people.cohorts.invite(facilitator, cohort.id, {
        email: "lead-f@example.com",
        roles: ["manager"],
        expiresInHours: 24,
      });
      const { user: lead } = await people.accounts.acceptInvitation(
        token,
        { displayName: "Lead F", password: "lead password 1" },
        null,
      );
      await people.cohorts.assign(facilitator, cohort.id, SCENARIO, {
        dueDate: null,
        targetScore: 60,
        minAttempts: 1,
        maxAttempts: null,
      });
      const sessionId = await practised(lead, 64, "hit", false);
      await scoreWithLabel(sessionId);
      await people.reviews.share(lead, sessionId, "mentor-f@example.com");
      const input = {
        patternId: PATTERN,
        flagId: "label",
        turn: 0,
        reason: "A quote of what the customer said, not a label",
      };
      // Only a reviewer the session is shared with: the owner is told the role it needs.
      const refusal = await people.reviews.setAsideFlag(lead, sessionId, input).then(
        () => null,
        (err: { code?: string; message?: string }) => err,
      );
      expect(refusal?.code).toBe("FD_FORBIDDEN");
      expect(refusal?.message).toMatch(/needs the mentor, facilitator or admin role/);
      expect(await code(people.reviews.setAsideFlag(stranger, sessionId, input))).toBe(
        "FD_SESSION_NOT_FOUND",
      );
      expect(
        await code(people.reviews.setAsideFlag(mentor, sessionId, { ...input, turn: 3 })),
      ).toBe("FD_BAD_REQUEST");

      const cell = async () =>
        (await people.cohorts.progress(facilitator, cohort.id)).rows[0]?.cells[0];
      const inboxed = async () =>
        (await people.reviews.inbox(mentor)).find((s) => s.sessionId === sessionId);
      expect(await cell()).toMatchObject({ status: "in_progress", bestPassed: false });

      now += 1000;
      const setAside = await people.reviews.setAsideFlag(mentor, sessionId, input);
      expect(setAside).toMatchObject({
        authorId: mentor.id,
        flagId: "label",
        turn: 0,
        quote: "lazy bones",
        title: "Labelling the person",
        critical: true,
        reason: input.reason,
      });
      // The owner reads it in the notes; a draft review changes no verdict yet.
      expect((await people.reviews.notes(lead, sessionId)).setAsides).toEqual([setAside]);
      expect((await inboxed())?.counted?.passed).toBe(false);
      // The inbox says why it did not pass, in the grid's words (review 9b #10).
      expect((await inboxed())?.whyNotPassed).toEqual([
        "Critical anti-pattern “Labelling the person” flagged",
      ]);
      expect((await cell())?.bestWhyNotPassed).toEqual((await inboxed())?.whyNotPassed);
      // Only its author changes it.
      expect(await code(people.reviews.editSetAside(lead, setAside.id, "no"))).toBe("FD_FORBIDDEN");
      expect(await code(people.reviews.restoreFlag(lead, setAside.id))).toBe("FD_FORBIDDEN");

      now += 1000;
      await people.reviews.markDone(mentor, sessionId, true);
      expect((await inboxed())?.whyNotPassed).toEqual([]);
      expect((await inboxed())?.counted).toMatchObject({
        passed: true,
        machinePassed: false,
        verdictByReviewer: true,
        overall: 64,
        failReasons: [],
        setAsideFlags: [{ id: "label", turn: 0, reason: input.reason }],
      });
      expect(await cell()).toMatchObject({
        status: "done",
        bestPassed: true,
        bestPassedByReviewer: true,
      });
      const { csv } = await people.cohorts.progressCsv(facilitator, cohort.id);
      expect(csv.split("\r\n")[1]).toMatch(/,true,,joined,,$/);
      // Scoring agreement counts it: reviewers' reading of the detector's false alarms.
      expect(
        (await people.reviews.agreement(admin)).flags?.find((f) => f.antiPatternId === "label"),
      ).toMatchObject({
        patternId: PATTERN,
        title: "Labelling the person",
        flagged: 1,
        setAside: 1,
        setAsideRate: 1,
        criticalSetAside: 1,
      });

      // Restored, the flag fails the attempt again.
      now += 1000;
      await people.reviews.restoreFlag(mentor, setAside.id);
      expect((await inboxed())?.counted?.passed).toBe(false);
      expect(await cell()).toMatchObject({ status: "in_progress", bestPassed: false });
      expect((await people.reviews.notes(lead, sessionId)).setAsides).toEqual([]);

      // Set aside again, then the session is scored again (a rewind): the review counts for
      // nothing until it is done again, and it waits for the mentor once more.
      now += 1000;
      await people.reviews.setAsideFlag(mentor, sessionId, input);
      expect((await inboxed())?.counted?.passed).toBe(true);
      const waiting = (await people.reviews.notices(mentor)).reviewsWaiting;
      await scoreWithLabel(sessionId);
      expect((await inboxed())?.counted).toMatchObject({ passed: false, setAsideFlags: [] });
      expect((await inboxed())?.changedSinceReview).toBe(true);
      expect((await people.reviews.notices(mentor)).reviewsWaiting).toBe(waiting + 1);
      now += 1000;
      await people.reviews.markDone(mentor, sessionId, true);
      expect((await inboxed())?.counted?.passed).toBe(true);
    });
  });
});
