import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config";
import { hashPassword } from "../server/people/password";
import { type RunningServer, startServer } from "../server/server";
import { peopleRepo } from "../server/store/people-repo";
import { ApiClient } from "./support/api-client";
import { DATABASES, freshDatabase, type TestDatabase } from "./support/databases";
import { fakeWebRoot } from "./support/servers";

/**
 * The cohort and account routes over real HTTP, as the web client calls them: what a facilitator
 * downloads, what an admin lists, and the words a person reads when something changed under them.
 */

const SCENARIO = "missed-sprint-commitments";
const PASSWORD = "people routes password 1";

describe.each(DATABASES)("people routes on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  const as: Record<string, ApiClient> = {};

  async function signIn(name: string, roles: string[]) {
    await peopleRepo.insertUser(server.store.db, {
      id: `user-${name}`,
      email: `${name}@example.com`,
      displayName: name,
      roles,
      passwordHash: await hashPassword(PASSWORD),
      now: Date.now(),
    });
    const client = new ApiClient(server.url);
    await client.signIn(`${name}@example.com`, PASSWORD);
    return client;
  }

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const loaded = loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      AUTH_MODE: "password",
      WARM_UP: "off",
      DATA_DIR: database.dataDir,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    });
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    server = await startServer(loaded.config, { webRoot: fakeWebRoot(), logger: false });
    as.admin = await signIn("admin", ["admin"]);
    as.fac = await signIn("fac", ["facilitator"]);
    as.mia = await signIn("mia", ["manager"]);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("downloads the grid as UTF-8 with a byte order mark, named in the cohort's own letters", async () => {
    const cohort = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", {
      name: "Équipe Plateforme — Hiver",
    });
    const res = await as.fac?.req("GET", `/api/cohorts/${cohort?.id}/progress.csv`);
    expect(res?.status).toBe(200);
    expect(res?.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res?.headers.get("content-disposition")).toBe(
      "attachment; filename=\"progress-Equipe-Plateforme-Hiver.csv\"; filename*=UTF-8''progress-%C3%89quipe-Plateforme-Hiver.csv",
    );
    const bytes = new Uint8Array(await (res as Response).arrayBuffer());
    expect([...bytes.subarray(0, 9)]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from("member")]);
  });

  it("keeps a due date as the calendar day sent, and reads an older script's due time as its day", async () => {
    const cohort = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", { name: "Due" });
    const made = await as.fac?.json<{ id: string; dueDate: string; dueAt: number }>(
      "POST",
      `/api/cohorts/${cohort?.id}/assignments`,
      { scenarioId: SCENARIO, dueDate: "2026-12-10" },
    );
    expect(made).toMatchObject({
      dueDate: "2026-12-10",
      dueAt: Date.parse("2026-12-11T11:59:59.999Z"),
    });
    // The last millisecond of Nov 20 in Los Angeles, as the old web client sent it.
    const changed = await as.fac?.json<{ dueDate: string }>("PUT", `/api/assignments/${made?.id}`, {
      dueAt: Date.parse("2026-11-21T07:59:59.999Z"),
      targetScore: 50,
      minAttempts: 1,
      maxAttempts: null,
    });
    expect(changed?.dueDate).toBe("2026-11-20");
    expect(
      (
        await as.fac?.refusal("PUT", `/api/assignments/${made?.id}`, {
          dueDate: "2026-02-30",
          targetScore: 50,
          minAttempts: 1,
          maxAttempts: null,
        })
      )?.status,
    ).toBe(400);
  });

  it("says in plain words what changed under you, with no ids", async () => {
    const cohort = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", { name: "Tabs" });
    const made = await as.fac?.json<{ id: string }>(
      "POST",
      `/api/cohorts/${cohort?.id}/assignments`,
      { scenarioId: SCENARIO },
    );
    // Removed in one tab, changed in another.
    await as.fac?.req("DELETE", `/api/assignments/${made?.id}`);
    const stale = await as.fac?.refusal("PUT", `/api/assignments/${made?.id}`, {
      dueDate: null,
      targetScore: 60,
      minAttempts: 1,
      maxAttempts: null,
    });
    expect(stale).toEqual({
      status: 404,
      message:
        "This assignment no longer exists: it was removed, perhaps in another tab. Reload the page to see the cohort's assignments as they are now.",
    });
    expect(stale?.message).not.toContain(made?.id ?? "");

    // A manager shares with an email nobody has.
    const session = await as.mia?.json<{ id: string }>("POST", "/api/sessions", {
      scenarioId: SCENARIO,
    });
    const unknown = await as.mia?.refusal("POST", `/api/sessions/${session?.id}/shares`, {
      email: "nobody@example.com",
    });
    expect(unknown).toEqual({
      status: 404,
      message:
        "No mentor, facilitator or admin here has the email nobody@example.com. Check the spelling, or ask your facilitator to invite your mentor.",
    });
    const remove = await as.fac?.refusal("DELETE", `/api/cohorts/${cohort?.id}/members/user-mia`);
    expect(remove?.message).toMatch(/^That person is no longer a manager in this cohort/);
  });

  it("lists the admin's invitations into no cohort until they are revoked", async () => {
    // Refused to anyone else, in words that name what was asked for.
    const refused = await as.fac?.req("GET", "/api/invitations");
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toMatchObject({
      error: {
        message: "Only admins can see the accounts, and the invitations made on the Accounts page.",
      },
    });
    const link = await as.admin?.json<{ id: string }>("POST", "/api/invitations", {
      email: "second.admin@example.com",
      roles: ["admin"],
    });
    // One into a cohort is listed on the cohort's page, not here.
    const cohort = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", { name: "Own" });
    await as.fac?.json("POST", `/api/cohorts/${cohort?.id}/invitations`, {
      email: "member@example.com",
    });
    const list = async () =>
      (
        await as.admin?.json<{ invitations: { id: string; email: string }[] }>(
          "GET",
          "/api/invitations",
        )
      )?.invitations;
    expect(await list()).toEqual([
      expect.objectContaining({
        id: link?.id,
        email: "second.admin@example.com",
        roles: ["admin"],
        status: "pending",
        invitedBy: "admin",
      }),
    ]);
    expect((await as.fac?.req("GET", "/api/invitations"))?.status).toBe(403);
    expect((await as.admin?.req("DELETE", `/api/invitations/${link?.id}`))?.status).toBe(204);
    expect(await list()).toEqual([]);
  });

  it("keeps the name given with an invited email: on the link, the pending lists and the sign-up page", async () => {
    const cohort = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", { name: "Named" });
    const named = await as.fac?.json<{ path: string; name?: string }>(
      "POST",
      `/api/cohorts/${cohort?.id}/invitations`,
      { email: "priya.raman@example.com", name: "  Priya Raman " },
    );
    expect(named?.name).toBe("Priya Raman");
    const bare = await as.fac?.json<{ path: string; name?: string }>(
      "POST",
      `/api/cohorts/${cohort?.id}/invitations`,
      { email: "marco@example.com" },
    );
    expect(bare).not.toHaveProperty("name");
    const listed = await as.fac?.json<{ invitations: { email: string; name?: string }[] }>(
      "GET",
      `/api/cohorts/${cohort?.id}`,
    );
    expect(listed?.invitations.map((i) => [i.email, i.name])).toEqual([
      ["marco@example.com", undefined],
      ["priya.raman@example.com", "Priya Raman"],
    ]);
    const lookup = (path?: string) =>
      new ApiClient(server.url).json<{ name?: string }>("POST", "/api/invitations/lookup", {
        token: path?.split("#")[1],
      });
    expect((await lookup(named?.path))?.name).toBe("Priya Raman");
    expect(await lookup(bare?.path)).not.toHaveProperty("name");

    // The admin's invitations into no cohort keep it too; a blank name is refused, not stored.
    await as.admin?.json("POST", "/api/invitations", {
      email: "ola@example.com",
      name: "Ola Nordmann",
      roles: ["facilitator"],
    });
    const mine = await as.admin?.json<{ invitations: { email: string; name?: string }[] }>(
      "GET",
      "/api/invitations",
    );
    expect(mine?.invitations.find((i) => i.email === "ola@example.com")?.name).toBe("Ola Nordmann");
    const blank = await as.admin?.req("POST", "/api/invitations", {
      email: "blank@example.com",
      name: "   ",
      roles: ["facilitator"],
    });
    expect(blank?.status).toBe(400);
    expect(await blank?.json()).toMatchObject({
      error: { message: expect.stringContaining("name") },
    });
  });

  it("invites someone who has an account like anyone else; they join or decline in the app, signed in, without the link", async () => {
    const cohort = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", { name: "Rerun" });
    const invite = (email: string, cohortId = cohort?.id) =>
      as.fac?.req("POST", `/api/cohorts/${cohortId}/invitations`, { email, roles: ["manager"] });
    // The facilitator's answer is the same for an email with an account and one without.
    const known = await invite("mia@example.com");
    const unknown = await invite("newcomer@example.com");
    expect([known?.status, unknown?.status]).toEqual([201, 201]);
    const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
    expect(shape((await known?.json()) as never)).toEqual(shape((await unknown?.json()) as never));

    // Mia, signed in, is offered it; nobody else is, nor can anyone else accept or decline it.
    const mine = await as.mia?.json<{ invitations: Record<string, unknown>[] }>(
      "GET",
      "/api/me/invitations",
    );
    expect(mine?.invitations).toEqual([
      expect.objectContaining({
        roles: ["manager"],
        cohort: { id: cohort?.id, name: "Rerun" },
        invitedBy: { displayName: "fac" },
      }),
    ]);
    const id = mine?.invitations[0]?.id as string;
    expect(
      (await as.admin?.json<{ invitations: unknown[] }>("GET", "/api/me/invitations"))?.invitations,
    ).toEqual([]);
    expect((await as.admin?.req("POST", `/api/me/invitations/${id}/accept`))?.status).toBe(404);
    expect((await as.fac?.req("DELETE", `/api/me/invitations/${id}`))?.status).toBe(404);
    // Until Mia accepts, the facilitator sees nothing of her.
    const grid = () =>
      as.fac?.json<{ rows: { member: { email: string } }[] }>(
        "GET",
        `/api/cohorts/${cohort?.id}/progress`,
      );
    expect((await grid())?.rows).toEqual([]);
    const accepted = await as.mia?.req("POST", `/api/me/invitations/${id}/accept`);
    expect(accepted?.status).toBe(200);
    expect((await grid())?.rows.map((r) => r.member.email)).toEqual(["mia@example.com"]);
    expect((await as.mia?.req("POST", `/api/me/invitations/${id}/accept`))?.status).toBe(404);
    const pending = await as.fac?.json<{ invitations: { email: string }[] }>(
      "GET",
      `/api/cohorts/${cohort?.id}`,
    );
    expect(pending?.invitations.map((i) => i.email)).toEqual(["newcomer@example.com"]);

    // She may leave it again: the facilitator's grid loses her row; leaving twice finds no cohort.
    expect((await as.fac?.req("DELETE", `/api/me/cohorts/${cohort?.id}`))?.status).toBe(400);
    expect((await as.mia?.req("DELETE", `/api/me/cohorts/${cohort?.id}`))?.status).toBe(204);
    expect((await grid())?.rows).toEqual([]);
    expect((await as.mia?.req("DELETE", `/api/me/cohorts/${cohort?.id}`))?.status).toBe(404);

    // Declining: the invitation stops working and she joins nothing.
    const other = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", { name: "Declined" });
    const declinedLink = (await (await invite("mia@example.com", other?.id))?.json()) as {
      path: string;
    };
    const offered = await as.mia?.json<{ invitations: { id: string }[] }>(
      "GET",
      "/api/me/invitations",
    );
    const second = offered?.invitations[0]?.id ?? "";
    expect((await as.mia?.req("DELETE", `/api/me/invitations/${second}`))?.status).toBe(204);
    expect((await as.mia?.req("DELETE", `/api/me/invitations/${second}`))?.status).toBe(404);
    const after = await as.fac?.json<{ members: unknown[]; invitations: unknown[] }>(
      "GET",
      `/api/cohorts/${other?.id}`,
    );
    // The facilitator sees that she declined, to remove or invite again; her link works no more.
    expect(after?.members).toEqual([]);
    expect(after?.invitations).toEqual([
      expect.objectContaining({
        email: "mia@example.com",
        status: "declined",
        declinedAt: expect.any(Number),
      }),
    ]);
    const lookup = await new ApiClient(server.url).req("POST", "/api/invitations/lookup", {
      token: declinedLink.path.split("#")[1],
    });
    expect(lookup.status).toBe(404);
    expect(
      (await as.mia?.json<{ invitations: unknown[] }>("GET", "/api/me/invitations"))?.invitations,
    ).toEqual([]);

    // A facilitator places no manager directly, and adding a co-facilitator says the same
    // whether or not the email has an account.
    const direct = await as.fac?.req("POST", `/api/cohorts/${other?.id}/members`, {
      email: "mia@example.com",
    });
    expect(direct?.status).toBe(403);
    expect(await direct?.json()).toMatchObject({
      error: { message: expect.stringContaining("invite mia@example.com instead") },
    });
    const co = async (email: string) => {
      const res = await as.fac?.req("POST", `/api/cohorts/${other?.id}/members`, {
        email,
        role: "facilitator",
      });
      const body = (await res?.json()) as { error?: { message: string } } | undefined;
      return [res?.status, body?.error?.message.replace(email, "EMAIL")];
    };
    expect(await co("mia@example.com")).toEqual(await co("nobody-at-all@example.com"));
  });

  it("counts for the menu what waits for a reviewer and which finished reviews are new to their owner", async () => {
    const mentor = await signIn("mentor-of-cy", ["mentor"]);
    const cy = await signIn("cy", ["manager"]);
    const attempt = async (line: string) => {
      const socket = await cy.socket();
      socket.send({ type: "start", scenarioId: SCENARIO });
      const [started] = await socket.until<{ type: string; session?: { id: string } }>(
        (f) => f.type === "session_started",
      );
      socket.send({ type: "say", turnId: `t-${randomUUID()}`, text: line });
      await socket.until<{ type: string }>((f) => f.type === "reply_done" || f.type === "error");
      socket.close();
      return started?.session?.id ?? "";
    };
    const notices = (who: ApiClient) =>
      who.json<{ reviewsWaiting: number; reviewsNew: number }>("GET", "/api/me/notices");
    const unseen = async () =>
      (
        await cy.json<{ sessions: { sessionId: string; unseen?: boolean }[] }>(
          "GET",
          "/api/me/reviews",
        )
      ).sessions
        .filter((s) => s.unseen)
        .map((s) => s.sessionId);
    expect(await notices(mentor)).toEqual({
      reviewsWaiting: 0,
      reviewsReplied: 0,
      reviewsNew: 0,
      news: { reviews: 0, replies: 0, comments: 0 },
    });
    const first = await attempt("Can we look at the last sprint together?");
    const second = await attempt("How has the on-call week been for you?");
    for (const id of [first, second])
      await cy.json("POST", `/api/sessions/${id}/shares`, { email: "mentor-of-cy@example.com" });
    // Shared: two wait for the mentor; a comment alone (a review begun) still waits.
    expect(await notices(mentor)).toEqual({
      reviewsWaiting: 2,
      reviewsReplied: 0,
      reviewsNew: 0,
      news: { reviews: 0, replies: 0, comments: 0 },
    });
    expect(await notices(cy)).toEqual({
      reviewsWaiting: 0,
      reviewsReplied: 0,
      reviewsNew: 0,
      news: { reviews: 0, replies: 0, comments: 0 },
    });
    await mentor.req("PUT", `/api/sessions/${first}/review`, { done: false });
    expect((await notices(mentor)).reviewsWaiting).toBe(2);

    // Done: one fewer waits, and it is new to Cy until Cy opens it.
    await mentor.req("PUT", `/api/sessions/${first}/review`, { done: true });
    expect((await notices(mentor)).reviewsWaiting).toBe(1);
    // Said by kind, so the menu calls it a review (not a reply or a comment).
    expect(await notices(cy)).toEqual({
      reviewsWaiting: 0,
      reviewsReplied: 0,
      reviewsNew: 1,
      news: { reviews: 1, replies: 0, comments: 0 },
    });
    expect(await unseen()).toEqual([first]);
    // Only the owner marks it seen: a stranger cannot, and the mentor's seen is of the replies to
    // their comments (migration 14), which leaves the review new to Cy.
    expect(await mentor.json("POST", `/api/sessions/${first}/reviews/seen`)).toEqual({ seen: 0 });
    expect((await notices(cy)).reviewsNew).toBe(1);
    expect((await as.mia?.req("POST", `/api/sessions/${first}/reviews/seen`))?.status).toBe(404);
    expect(await cy.json("POST", `/api/sessions/${first}/reviews/seen`)).toEqual({ seen: 1 });
    expect(await cy.json("POST", `/api/sessions/${first}/reviews/seen`)).toEqual({ seen: 0 });
    expect(await notices(cy)).toEqual({
      reviewsWaiting: 0,
      reviewsReplied: 0,
      reviewsNew: 0,
      news: { reviews: 0, replies: 0, comments: 0 },
    });
    expect(await unseen()).toEqual([]);

    // Reopened and done again: new again. Unshared or deleted: nothing waits for the mentor.
    await mentor.req("PUT", `/api/sessions/${first}/review`, { done: false });
    expect((await notices(mentor)).reviewsWaiting).toBe(2);
    await mentor.req("PUT", `/api/sessions/${first}/review`, { done: true });
    expect((await notices(cy)).reviewsNew).toBe(1);
    await cy.req("DELETE", `/api/sessions/${second}/shares/user-mentor-of-cy`);
    expect((await notices(mentor)).reviewsWaiting).toBe(0);
    await cy.req("DELETE", `/api/sessions/${first}`);
    expect(await notices(cy)).toEqual({
      reviewsWaiting: 0,
      reviewsReplied: 0,
      reviewsNew: 0,
      news: { reviews: 0, replies: 0, comments: 0 },
    });
    // Signed out: 401.
    expect((await new ApiClient(server.url).req("GET", "/api/me/notices")).status).toBe(401);
  });

  it("keeps a trace of a deleted attempt: the grid and its CSV say so, the reviewer's inbox says it was deleted, and no word of it stays", async () => {
    const mentor = await signIn("mentor-of-ben", ["mentor"]);
    const ben = await signIn("ben", ["manager"]);
    const cohort = await as.fac?.json<{ id: string }>("POST", "/api/cohorts", { name: "Traces" });
    await as.admin?.json("POST", `/api/cohorts/${cohort?.id}/members`, {
      email: "ben@example.com",
    });
    const assignment = await as.fac?.json<{ id: string }>(
      "POST",
      `/api/cohorts/${cohort?.id}/assignments`,
      { scenarioId: SCENARIO },
    );
    /** A session of Ben's with one line of his (an attempt), or none (Start pressed and left). */
    const attempt = async (line: string | null) => {
      const socket = await ben.socket();
      socket.send({ type: "start", scenarioId: SCENARIO });
      const [started] = await socket.until<{ type: string; session?: { id: string } }>(
        (f) => f.type === "session_started",
      );
      if (line) {
        socket.send({ type: "say", turnId: `t-${randomUUID()}`, text: line });
        const frames = await socket.until<{ type: string }>(
          (f) => f.type === "reply_done" || f.type === "error",
        );
        expect(frames.at(-1)?.type).toBe("reply_done");
      }
      socket.close();
      return started?.session?.id ?? "";
    };
    const reviewed = await attempt("I'd like to talk about the marmalade release, privately.");
    const shared = await attempt("Can we look at the marmalade review together?");
    const kept = await attempt("How has the sprint felt from your side?");
    const empty = await attempt(null);
    // The mentor reviews one to the end; another is shared and left unreviewed.
    for (const id of [reviewed, shared])
      await ben.json("POST", `/api/sessions/${id}/shares`, { email: "mentor-of-ben@example.com" });
    expect(
      (await mentor.req("PUT", `/api/sessions/${reviewed}/review`, { done: true })).status,
    ).toBe(200);
    const cell = async () => {
      const grid = await as.fac?.json<{
        rows: { member: { id: string }; cells: Record<string, unknown>[] }[];
      }>("GET", `/api/cohorts/${cohort?.id}/progress`);
      return grid?.rows.find((r) => r.member.id === "user-ben")?.cells[0];
    };
    expect(await cell()).toMatchObject({ attempts: 3, deletedAttempts: 0, deletedReviewed: 0 });

    // Ben deletes two attempts (his right, reviewed or not) and the empty session.
    for (const id of [reviewed, shared, empty])
      expect((await ben.req("DELETE", `/api/sessions/${id}`)).status).toBe(204);
    expect(await cell()).toMatchObject({
      assignmentId: assignment?.id,
      status: "in_progress",
      attempts: 1,
      deletedAttempts: 2,
      deletedReviewed: 1,
    });
    const csv = await (await as.fac?.req("GET", `/api/cohorts/${cohort?.id}/progress.csv`))?.text();
    const [header, line] = (csv ?? "").split("\r\n");
    expect(header).toMatch(
      /,best_score_reviewed,deleted_attempts,deleted_reviewed,passed,why_not_passed,membership,invited,invitation_expires$/,
    );
    expect(line).toMatch(/^ben,ben@example.com,.*,2,1,(true|false)?,[^,]*,joined,,$/);

    // The mentor's inbox: both still listed, said to be deleted, with nothing to open.
    const inbox = await mentor.json<{ sessions: Record<string, unknown>[] }>(
      "GET",
      "/api/me/inbox",
    );
    expect(inbox.sessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sessionId: reviewed,
          status: "deleted",
          owner: { id: "user-ben", displayName: "ben" },
          overall: null,
          deletedAt: expect.any(Number),
          review: expect.objectContaining({ reviewerId: "user-mentor-of-ben", status: "done" }),
        }),
        expect.objectContaining({ sessionId: shared, status: "deleted", review: null }),
      ]),
    );
    expect(inbox.sessions).toHaveLength(2);
    expect((await mentor.req("GET", `/api/sessions/${reviewed}`)).status).toBe(404);
    expect(
      (await ben.json<{ sessions: { id: string }[] }>("GET", "/api/sessions")).sessions.map(
        (x) => x.id,
      ),
    ).toEqual([kept]);

    // What is kept: who, which scenario, when, whether reviewed. No line, no score, no note.
    const rows = await server.store.db.query<Record<string, unknown>>(
      "SELECT * FROM deleted_attempts WHERE user_id = 'user-ben' ORDER BY first_line_at",
    );
    expect(rows.map((r) => [r.session_id, r.user_id, r.scenario_id, r.reviewed])).toEqual([
      [reviewed, "user-ben", SCENARIO, true],
      [shared, "user-ben", SCENARIO, false],
    ]);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      "deleted_at",
      "first_line_at",
      "reviewed",
      "scenario_id",
      "session_id",
      "started_at",
      "user_id",
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/marmalade/i);
  });
});
