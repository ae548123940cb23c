import { randomUUID } from "node:crypto";
import type { Content } from "../content";
import { ErrorCode, FlightdeckError } from "../errors";
import type { Db, Queryable } from "../store";
import {
  type AssignmentRow,
  type CohortMemberRow,
  type CohortRow,
  type InvitationRow,
  peopleRepo as repo,
} from "../store/people-repo";
import { authorize, cohortFor, cohortResource } from "./access";
import { type AccountService, invitationStatus } from "./accounts";
import { brokenDownEndings, countedScores } from "./counted";
import { dueDateEndsAt, dueDateOfInstant } from "./due-date";
import type { RoleName } from "./people.schema";
import { APP, type CohortResource, can } from "./policy";
import {
  byName,
  type GridAssignment,
  type GridAttempt,
  type GridDeletion,
  type GridInvitee,
  progressCsv,
  progressGrid,
} from "./progress";
import { LOCAL_USER, publicUser, type User, userOf } from "./user";

/**
 * The people invited into a cohort as managers who have not joined, while their link works: the
 * newest invitation of each email, none of a member's (review 8a #11).
 */
export function invitedManagers(
  invitations: readonly InvitationRow[],
  members: readonly { email: string | null }[],
  now: number,
): GridInvitee[] {
  const joined = new Set(members.flatMap((m) => (m.email ? [m.email.toLowerCase()] : [])));
  const seen = new Set<string>();
  return invitations
    .toSorted((a, b) => b.created_at - a.created_at)
    .filter((i) => {
      const key = i.email.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return (
        i.roles.includes("manager") &&
        invitationStatus(i, now).status === "pending" &&
        !joined.has(key)
      );
    })
    .map((i) => ({
      email: i.email,
      ...(i.name ? { name: i.name } : {}),
      invitedAt: Number(i.created_at),
      expiresAt: Number(i.expires_at),
    }));
}

/** A grid in three numbers, for the cohort list: scenarios, managers not done, managers overdue. */
export function standingOf(grid: {
  assignments: readonly unknown[];
  rows: readonly { cells: readonly { status: string; overdue: boolean }[] }[];
}) {
  return {
    assignments: grid.assignments.length,
    notDone: grid.rows.filter((r) => r.cells.some((c) => c.status !== "done")).length,
    overdue: grid.rows.filter((r) => r.cells.some((c) => c.overdue)).length,
  };
}

export interface CohortServiceDeps {
  db: Db;
  content: Content;
  accounts: AccountService;
  clock?: () => number;
}

export interface AssignmentInput {
  /** "YYYY-MM-DD"; null for no due date. */
  dueDate: string | null;
  targetScore: number;
  minAttempts: number;
  maxAttempts: number | null;
}

/** An assignment's settings from a request body: `dueDate`, or an older script's `dueAt` read as a day. */
export function assignmentInput(body: {
  dueDate?: string | null | undefined;
  dueAt?: number | null | undefined;
  targetScore: number;
  minAttempts: number;
  maxAttempts: number | null;
}): AssignmentInput {
  return {
    dueDate:
      body.dueDate !== undefined
        ? body.dueDate
        : body.dueAt == null
          ? null
          : dueDateOfInstant(body.dueAt),
    targetScore: body.targetScore,
    minAttempts: body.minAttempts,
    maxAttempts: body.maxAttempts,
  };
}

const dueAtOf = (dueDate: string | null) => (dueDate === null ? null : dueDateEndsAt(dueDate));

const wireAssignment = (a: AssignmentRow, content: Content) => ({
  id: a.id,
  cohortId: a.cohort_id,
  scenarioId: a.scenario_id,
  scenarioTitle: content.scenarios.get(a.scenario_id)?.title ?? a.scenario_id,
  dueDate: a.due_date,
  dueAt: dueAtOf(a.due_date),
  targetScore: a.target_score,
  minAttempts: a.min_attempts,
  maxAttempts: a.max_attempts,
  createdAt: a.created_at,
});

type CohortRole = CohortMemberRow["role"];
const PLACE_WORDS: Record<CohortRole, string> = {
  member: "a manager",
  mentor: "a mentor",
  facilitator: "a facilitator",
};

/** The actor's places in a cohort: facilitator, member (a manager in the grid), mentor. */
const rolesIn = (c: CohortResource, userId: string): CohortRole[] => [
  ...(c.facilitatorIds.includes(userId) ? (["facilitator"] as const) : []),
  ...(c.memberIds.includes(userId) ? (["member"] as const) : []),
  ...(c.mentorIds.includes(userId) ? (["mentor"] as const) : []),
];

const wireCohort = (c: CohortRow) => ({ id: c.id, name: c.name, createdAt: c.created_at });

/**
 * A cohort's name as two names are compared: Unicode-normalised, spaces collapsed, case folded, so
 * "Spring 2027 new managers" and "spring 2027  New Managers" are one name.
 */
export const cohortNameKey = (name: string): string =>
  name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("und");

/** Cohorts, their members and assignments, the progress grid and its CSV. */
export class CohortService {
  private readonly clock: () => number;
  constructor(private readonly deps: CohortServiceDeps) {
    this.clock = deps.clock ?? Date.now;
  }
  private get db() {
    return this.deps.db;
  }

  async create(actor: User, name: string) {
    await authorize(actor, "cohort.create", APP);
    // The local user's row appears with its first session or cohort, not at every start.
    if (actor.id === LOCAL_USER.id) await this.deps.accounts.ensureLocalUser();
    const row: CohortRow = {
      id: randomUUID(),
      name,
      created_by: actor.id,
      created_at: this.clock(),
    };
    await this.db.transaction(async (tx) => {
      // A second cohort of the same name (a double submit, a second tab, a script run again) would
      // be a card nobody can tell apart from the first.
      await this.refuseNameInUse(tx, actor, [actor.id], actor.id, name);
      // Another create of the name at the same moment passed the check too: the database's unique
      // index lets only one of them in, and this one is told what the check would have said.
      if (!(await repo.insertCohort(tx, row)))
        await this.nameTaken(tx, actor, [actor.id], actor.id, name);
      await repo.addMember(tx, {
        cohortId: row.id,
        userId: actor.id,
        role: "facilitator",
        now: row.created_at,
      });
    });
    return {
      ...wireCohort(row),
      manages: true,
      members: 0,
      mentors: 0,
      invited: 0,
      yourRoles: ["facilitator" as const],
    };
  }

  /**
   * Refuses a name that another cohort run by the same facilitators already has (`facilitatorIds`:
   * the creator, or a renamed cohort's facilitators; `except`: the cohort being renamed), or that
   * another cohort of the same creator has (`creatorId`), run by them or not: the database keys
   * names by creator (migration 13). Cohorts of other facilitators may share it: each sees only theirs.
   */
  private async refuseNameInUse(
    db: Queryable,
    actor: User,
    facilitatorIds: readonly string[],
    creatorId: string | null,
    name: string,
    except?: string,
  ) {
    const key = cohortNameKey(name);
    for (const facilitatorId of facilitatorIds) {
      for (const other of await repo.cohortsOf(db, facilitatorId)) {
        if (other.id === except || cohortNameKey(other.name) !== key) continue;
        const { resource } = await cohortResource(db, other.id);
        if (!resource.facilitatorIds.includes(facilitatorId)) continue;
        const who =
          facilitatorId === actor.id
            ? "You already run"
            : "A facilitator of this cohort already runs";
        throw new FlightdeckError(
          ErrorCode.BadRequest,
          `${who} a cohort named “${other.name}” (created ${new Date(other.created_at).toISOString().slice(0, 10)}): open it from Cohorts, or give this one another name.`,
        );
      }
    }
    // The same creator's other cohorts, which the database keys names by (migration 13): one they
    // run but this cohort's facilitators do not include, or one they no longer run.
    if (creatorId === null) return;
    const created = (await repo.cohortsCreatedBy(db, creatorId)).find(
      (c) => c.id !== except && cohortNameKey(c.name) === key,
    );
    if (!created) return;
    const runs = (await cohortResource(db, created.id)).resource.facilitatorIds.includes(creatorId);
    const you = creatorId === actor.id;
    const who = you ? "You" : "Whoever created this cohort";
    // "You already run": the words of the check above, which a create racing another one of the
    // same name can miss (the other cohort committed between its two reads) and this read finds.
    const did = runs ? (you ? "already run" : "also runs") : "also created";
    throw new FlightdeckError(
      ErrorCode.BadRequest,
      `${who} ${did} a cohort named “${created.name}” (created ${new Date(created.created_at).toISOString().slice(0, 10)})${runs ? "" : ", which other facilitators run now"}: give this one another name.`,
    );
  }

  /**
   * The database refused the name (another request took it between the check and the write): the
   * check, run again, now sees that cohort and says which one; a key the database folds a little
   * further than the check does (a Turkish dotted İ) gets a plainer answer.
   */
  private async nameTaken(
    db: Queryable,
    actor: User,
    facilitatorIds: readonly string[],
    creatorId: string | null,
    name: string,
    except?: string,
  ): Promise<never> {
    await this.refuseNameInUse(db, actor, facilitatorIds, creatorId, name, except);
    throw new FlightdeckError(
      ErrorCode.BadRequest,
      `A cohort with a name too like “${name}” already exists for ${creatorId === actor.id ? "you" : "this cohort's creator"}: give this one another name.`,
    );
  }

  /** Admins see every cohort; everyone else the cohorts they facilitate or belong to. */
  async list(actor: User) {
    const rows = actor.roles.includes("admin")
      ? await repo.listCohorts(this.db)
      : await repo.cohortsOf(this.db, actor.id);
    const visible = [];
    for (const row of rows) {
      const { resource } = await cohortResource(this.db, row.id);
      const manages = can(actor, "cohort.manage", resource);
      visible.push({
        ...wireCohort(row),
        /** True when the actor may manage it (and open its progress grid). */
        manages,
        members: resource.memberIds.length,
        mentors: resource.mentorIds.length,
        // Invitations still open (not used, declined or expired): people on their way in.
        ...(manages ? { invited: await this.invitedCount(row.id) } : {}),
        yourRoles: rolesIn(resource, actor.id),
        // Who is behind, on the list itself: a facilitator of several cohorts sees where to look.
        ...(manages ? { standing: standingOf(await this.progress(actor, row.id)) } : {}),
      });
    }
    return visible;
  }

  /** How many invitations into a cohort can still be accepted. */
  private async invitedCount(id: string): Promise<number> {
    const now = this.clock();
    return (await repo.openInvitations(this.db, id)).filter(
      (i) => invitationStatus(i, now).status === "pending",
    ).length;
  }

  /**
   * A cohort as its facilitators see it (members, mentors, facilitators, assignments, invitations
   * nobody used yet), or as a member or mentor sees it (its name and assignments: never the people).
   */
  async read(actor: User, id: string) {
    const { row, resource } = await cohortFor(this.db, actor, id, "cohort.read");
    const assignments = (await repo.assignmentsOfCohort(this.db, id)).map((a) =>
      wireAssignment(a, this.deps.content),
    );
    const yourRoles = rolesIn(resource, actor.id);
    if (!can(actor, "cohort.manage", resource)) {
      if (!yourRoles.includes("member")) return { ...wireCohort(row), assignments, yourRoles };
      // A manager in the cohort finds its mentors here, to share a session with one of them: their
      // names and emails only, never the other managers.
      const mentors = (await repo.getUsers(this.db, resource.mentorIds))
        .filter((u) => u.disabled_at === null)
        .map((u) => ({ id: u.id, displayName: u.display_name, email: u.email }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
      return { ...wireCohort(row), assignments, yourRoles, mentors };
    }
    const members = await repo.members(this.db, id);
    const users = new Map(
      (await repo.getUsers(this.db, [...new Set(members.map((m) => m.user_id))])).map((u) => [
        u.id,
        publicUser(userOf(u)),
      ]),
    );
    const now = this.clock();
    const invitations = (await repo.openInvitations(this.db, id)).map((i) => ({
      id: i.id,
      email: i.email,
      ...(i.name ? { name: i.name } : {}),
      roles: i.roles,
      createdAt: i.created_at,
      expiresAt: i.expires_at,
      ...invitationStatus(i, now),
    }));
    const inRole = (role: string) =>
      members
        .filter((m) => m.role === role)
        .flatMap((m) => users.get(m.user_id) ?? [])
        .sort(byName);
    return {
      ...wireCohort(row),
      assignments,
      yourRoles,
      members: inRole("member"),
      mentors: inRole("mentor"),
      facilitators: inRole("facilitator"),
      invitations,
    };
  }

  async rename(actor: User, id: string, name: string) {
    const { row, resource } = await cohortFor(this.db, actor, id, "cohort.manage");
    const facilitators = resource.facilitatorIds;
    await this.refuseNameInUse(this.db, actor, facilitators, row.created_by, name, id);
    if (!(await repo.renameCohort(this.db, id, name)))
      await this.nameTaken(this.db, actor, facilitators, row.created_by, name, id);
    return wireCohort({ ...row, name });
  }

  async remove(actor: User, id: string) {
    await cohortFor(this.db, actor, id, "cohort.manage");
    await repo.deleteCohort(this.db, id);
  }

  /**
   * Adds an existing account by email; someone without an account needs an invitation instead. Their
   * unused invitations into the cohort stop working: they are in.
   */
  async addMember(actor: User, id: string, email: string, role: CohortRole) {
    await cohortFor(this.db, actor, id, "cohort.manage");
    // Joining as a manager shows the facilitators one's progress, so a manager (or a mentor)
    // consents by accepting an invitation: one with an account accepts it in the app with one
    // click (docs/web.md, "Adding people who have accounts"). Only an admin places someone directly.
    if (role !== "facilitator" && !actor.roles.includes("admin"))
      throw new FlightdeckError(
        ErrorCode.Forbidden,
        `Managers and mentors join a cohort by accepting an invitation: invite ${email} instead (someone who already has an account accepts it when they sign in, with one click).`,
      );
    const user = await repo.getUserByEmail(this.db, email);
    // One answer whether or not the email has an account, so adding does not tell who has one.
    if (role === "facilitator" && !user?.roles.includes("facilitator"))
      throw new FlightdeckError(
        ErrorCode.NotFound,
        `No facilitator here has the email ${email}: a co-facilitator needs an account with the facilitator role, which an admin gives on the Accounts page.`,
      );
    if (!user)
      throw new FlightdeckError(
        ErrorCode.NotFound,
        `Nobody with the email ${email} has an account here yet: invite them instead.`,
      );
    if (role === "mentor" && !user.roles.includes("mentor"))
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        `${email} is not a mentor; invite them as a mentor instead.`,
      );
    await this.db.transaction(async (tx) => {
      await repo.addMember(tx, { cohortId: id, userId: user.id, role, now: this.clock() });
      await repo.deleteOpenInvitationsOf(tx, email, id);
    });
    return publicUser(userOf(user));
  }

  /**
   * A manager or mentor leaves a cohort they joined (consent given can be taken back): their places
   * in it go, and with them the grid's row; their sessions, and what they shared, stay theirs.
   */
  async leave(actor: User, id: string) {
    const { resource } = await cohortFor(this.db, actor, id, "cohort.read");
    const places = rolesIn(resource, actor.id).filter(
      (r): r is "member" | "mentor" => r === "member" || r === "mentor",
    );
    if (places.length === 0)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "You are not a manager or mentor in this cohort. A facilitator is removed by another facilitator on its page.",
      );
    await this.db.transaction(async (tx) => {
      for (const place of places) await repo.removeMember(tx, id, actor.id, place);
    });
  }

  async removeMember(actor: User, id: string, userId: string, role: CohortRole) {
    const { resource } = await cohortFor(this.db, actor, id, "cohort.manage");
    if (role === "facilitator" && resource.facilitatorIds.length === 1)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "A cohort keeps at least one facilitator: add another one first.",
      );
    if (!(await repo.removeMember(this.db, id, userId, role)))
      throw new FlightdeckError(
        ErrorCode.NotFound,
        `That person is no longer ${PLACE_WORDS[role]} in this cohort: they were removed, perhaps in another tab. Reload the page to see the cohort as it is now.`,
      );
  }

  async invite(
    actor: User,
    id: string,
    input: { email: string; name?: string; roles: readonly RoleName[]; expiresInHours: number },
  ) {
    return this.deps.accounts.createInvitation(actor, { ...input, cohortId: id });
  }

  // ── assignments ──

  /**
   * Assigns a scenario to the cohort. A scenario assigned there before and removed comes back as it
   * was, with the new settings: its attempts since it was first assigned count again (`restored`).
   */
  async assign(actor: User, cohortId: string, scenarioId: string, input: AssignmentInput) {
    await cohortFor(this.db, actor, cohortId, "cohort.manage");
    const scenario = this.deps.content.scenarios.get(scenarioId);
    if (!scenario)
      throw new FlightdeckError(
        ErrorCode.ScenarioNotFound,
        `There is no scenario "${scenarioId}" in the library.`,
      );
    const existing = await repo.assignmentsOfCohort(this.db, cohortId);
    if (existing.some((a) => a.scenario_id === scenarioId))
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        `“${scenario.title}” is already assigned to this cohort; change that assignment instead.`,
      );
    const settings = {
      due_date: input.dueDate,
      target_score: input.targetScore,
      min_attempts: input.minAttempts,
      max_attempts: input.maxAttempts,
    };
    const removed = await repo.removedAssignment(this.db, cohortId, scenarioId);
    if (removed) {
      await repo.restoreAssignment(this.db, removed.id, settings);
      return {
        ...wireAssignment({ ...removed, ...settings, removed_at: null }, this.deps.content),
        restored: true,
      };
    }
    const row: AssignmentRow = {
      id: randomUUID(),
      cohort_id: cohortId,
      scenario_id: scenarioId,
      ...settings,
      created_by: actor.id,
      created_at: this.clock(),
    };
    await repo.insertAssignment(this.db, row);
    return { ...wireAssignment(row, this.deps.content), restored: false };
  }

  private async assignmentFor(actor: User, id: string) {
    const row = await repo.getAssignment(this.db, id);
    const missing = () =>
      new FlightdeckError(
        ErrorCode.NotFound,
        "This assignment no longer exists: it was removed, perhaps in another tab. Reload the page to see the cohort's assignments as they are now.",
      );
    if (!row) throw missing();
    const { resource } = await cohortResource(this.db, row.cohort_id);
    await authorize(actor, "cohort.manage", resource, missing);
    return row;
  }

  async updateAssignment(actor: User, id: string, input: AssignmentInput) {
    const row = await this.assignmentFor(actor, id);
    await repo.updateAssignment(this.db, id, {
      due_date: input.dueDate,
      target_score: input.targetScore,
      min_attempts: input.minAttempts,
      max_attempts: input.maxAttempts,
    });
    return wireAssignment(
      {
        ...row,
        due_date: input.dueDate,
        target_score: input.targetScore,
        min_attempts: input.minAttempts,
        max_attempts: input.maxAttempts,
      },
      this.deps.content,
    );
  }

  async removeAssignment(actor: User, id: string) {
    await this.assignmentFor(actor, id);
    await repo.removeAssignment(this.db, id, this.clock());
  }

  /**
   * "Assigned to you": the actor's assignments across cohorts, soonest due first, with progress.
   * None for someone without the manager role: they cannot practise them (the grid says so).
   */
  async mine(actor: User) {
    if (!actor.roles.includes("manager")) return [];
    const rows = await repo.assignmentsOfMember(this.db, actor.id);
    const scenarioIds = rows.map((r) => r.scenario_id);
    const [attempts, deleted] = await Promise.all([
      this.attempts([actor.id], scenarioIds),
      this.deletions([actor.id], scenarioIds),
    ]);
    const now = this.clock();
    const cohorts = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.cohort_id))) {
      const c = await repo.getCohort(this.db, id);
      if (c) cohorts.set(id, c.name);
    }
    return rows.map((row) => {
      const a = this.gridAssignment(row);
      const grid = progressGrid(
        [{ id: actor.id, displayName: actor.displayName, email: actor.email }],
        [a],
        attempts,
        now,
        deleted,
      );
      return {
        ...wireAssignment(row, this.deps.content),
        cohortName: cohorts.get(row.cohort_id) ?? "",
        progress: grid.rows[0]?.cells[0] ?? null,
      };
    });
  }

  // ── progress ──

  async progress(actor: User, cohortId: string) {
    await cohortFor(this.db, actor, cohortId, "cohort.progress");
    const [members, assignments] = await Promise.all([
      repo.members(this.db, cohortId),
      repo.assignmentsOfCohort(this.db, cohortId),
    ]);
    const memberIds = members.filter((m) => m.role === "member").map((m) => m.user_id);
    const users = await repo.getUsers(this.db, memberIds);
    const byId = new Map(users.map((u) => [u.id, u]));
    const gridMembers = memberIds.flatMap((id) => {
      const u = byId.get(id);
      return u
        ? [
            {
              id: u.id,
              displayName: u.display_name,
              email: u.email,
              canPractise: u.roles.includes("manager") && u.disabled_at === null,
              ...(u.disabled_at !== null ? { disabled: true } : {}),
            },
          ]
        : [];
    });
    const scenarioIds = assignments.map((a) => a.scenario_id);
    const [attempts, deleted, invitations] = await Promise.all([
      this.attempts(memberIds, scenarioIds),
      this.deletions(memberIds, scenarioIds),
      repo.openInvitations(this.db, cohortId),
    ]);
    const now = this.clock();
    return progressGrid(
      gridMembers,
      assignments.map((a) => this.gridAssignment(a)),
      attempts,
      now,
      deleted,
      invitedManagers(invitations, gridMembers, now),
    );
  }

  async progressCsv(actor: User, cohortId: string) {
    const grid = await this.progress(actor, cohortId);
    const { row } = await cohortFor(this.db, actor, cohortId, "cohort.progress");
    return { name: row.name, csv: progressCsv(grid) };
  }

  private gridAssignment(a: AssignmentRow): GridAssignment {
    const scenario = this.deps.content.scenarios.get(a.scenario_id);
    return {
      id: a.id,
      scenarioId: a.scenario_id,
      scenarioTitle: scenario?.title ?? a.scenario_id,
      ...(scenario ? { level: scenario.level } : {}),
      dueDate: a.due_date,
      dueAt: dueAtOf(a.due_date),
      targetScore: a.target_score,
      minAttempts: a.min_attempts,
      maxAttempts: a.max_attempts,
      createdAt: a.created_at,
    };
  }

  /** Attempts of these users on these scenarios that they deleted (migration 9). */
  private async deletions(
    userIds: readonly string[],
    scenarioIds: readonly string[],
  ): Promise<GridDeletion[]> {
    const rows = await repo.deletedAttemptsOfUsers(this.db, userIds, scenarioIds);
    return rows.map((d) => ({
      userId: d.user_id,
      scenarioId: d.scenario_id,
      firstLineAt: Number(d.first_line_at),
      reviewed: d.reviewed,
    }));
  }

  /**
   * Attempts of these users on these scenarios (sessions with a line of theirs), each with its best
   * score on the first pattern,
   * when each score was given (for the moment a cell became done), and the overall score a reviewer
   * gave it in a finished review.
   */
  private async attempts(
    userIds: readonly string[],
    scenarioIds: readonly string[],
  ): Promise<GridAttempt[]> {
    const sessions = await repo.attemptsOfUsers(this.db, userIds, scenarioIds);
    // The score and verdict each attempt counts with, as every other screen reads them: the branch
    // being flown (not the best of its branches), a current finished review in place of the machine.
    // Step and flag lists of the attempts the machine failed too, so a cell says why one did not pass.
    const counted = await countedScores(this.db, this.deps.content, sessions, "failed");
    const endings = await brokenDownEndings(this.db, sessions);
    return sessions.map((s) => {
      const c = counted.get(s.id) ?? null;
      return {
        userId: s.user_id,
        scenarioId: s.scenario_id,
        sessionId: s.id,
        firstLineAt: Number(s.first_line_at),
        updatedAt: s.updated_at,
        score: c?.machineOverall ?? null,
        passed: c?.passed ?? null,
        passedByReviewer: c?.verdictByReviewer ?? false,
        scores: c ? [{ overall: c.machineOverall, at: c.machineAt }] : [],
        reviewed:
          c && c.reviewedOverall !== null
            ? { score: c.reviewedOverall, at: c.reviewedAt ?? c.machineAt }
            : null,
        ending: endings.get(s.id) ?? null,
        failReasons: c?.failReasons ?? [],
      };
    });
  }
}
